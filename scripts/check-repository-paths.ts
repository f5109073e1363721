/**
 * Part of `npm run check`: fails when a source file names a path outside the repository, such as `../shared`
 * beside the checkout or an absolute path on one machine, because a lone clone of the repository cannot run it.
 * Relative paths in string literals are resolved against the file that names them (as `new URL(x, import.meta.url)`
 * and `path.resolve(import.meta.dirname, x)` would), so `'../shared/roles.ts'` inside the repository is fine.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const checkedRoots = ['server', 'web', 'e2e', 'bench', 'scripts', 'test'];

/** Absolute paths that can only be one machine's: home and work folders, never system locations like /usr/bin. */
const machinePath = /^\/(?:work|home|root|mnt|srv|opt|Users)\//;
const quoted = /(['"`])((?:\.\.?\/|\/)[^'"`\s]*)\1/g;

export type OutsidePath = { file: string; line: number; text: string };

/** The string literals in `source` (a file at `file`, relative to `repositoryRoot`) that lead out of the repository. */
export function findOutsidePaths(repositoryRoot: string, file: string, source: string): OutsidePath[] {
  const found: OutsidePath[] = [];
  const directory = path.dirname(path.join(repositoryRoot, file));
  source.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(quoted)) {
      const literal = match[2]!;
      const outside = literal.startsWith('/')
        ? machinePath.test(literal)
        : !`${path.resolve(directory, literal)}/`.startsWith(`${repositoryRoot}/`);
      if (outside) found.push({ file, line: index + 1, text: literal });
    }
  });
  return found;
}

function trackedSources(repositoryRoot: string): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...checkedRoots], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  });
  return listed.split('\n').filter((file) => /\.(?:[cm]?[jt]sx?|json|html|s?css)$/.test(file));
}

if (import.meta.main) {
  const repositoryRoot = path.resolve(import.meta.dirname, '..');
  const problems = trackedSources(repositoryRoot).flatMap((file) =>
    fs.existsSync(path.join(repositoryRoot, file))
      ? findOutsidePaths(repositoryRoot, file, fs.readFileSync(path.join(repositoryRoot, file), 'utf8'))
      : [],
  );
  for (const problem of problems) {
    console.error(`${problem.file}:${problem.line}: names ${problem.text}, outside the repository`);
  }
  if (problems.length > 0) {
    console.error('A lone clone has nothing beside it: copy what is needed into the repository (see test/fixtures).');
    process.exit(1);
  }
  console.log('Paths: every source file stays inside the repository.');
}
