import { describe, expect, it } from 'vitest';
import { findOutsidePaths } from './check-repository-paths.ts';

const root = '/checkout/telederm';
// The examples are built from pieces so that this file does not itself name a path outside the repository.
const up = (levels: number, rest: string) => [...Array<string>(levels).fill('..'), rest].join('/');
const besideCheckout = up(4, 'shared/fixtures/exif-orientation');

describe('paths outside the repository', () => {
  it('finds ../shared beside the checkout, resolved from the file that names it', () => {
    const source = `const fixtures = path.resolve(import.meta.dirname, '${besideCheckout}');`;
    expect(findOutsidePaths(root, 'server/modules/images/images.test.ts', source)).toEqual([
      { file: 'server/modules/images/images.test.ts', line: 1, text: besideCheckout },
    ]);
    const asUrl = `new URL('${up(2, 'shared/fixtures/')}', import.meta.url)`;
    expect(findOutsidePaths(root, 'e2e/photo-steps.ts', asUrl)).toHaveLength(1);
  });

  it("finds one machine's absolute paths but not system locations or URL paths", () => {
    const source = [
      `const a = '/${'work'}/shared/fixtures/exif-orientation';`,
      `const b = \`/${'home'}/someone/photos\`;`,
      "const chromium = '/usr/bin/chromium';",
      "app.get('/api/requests/:id', handler);",
    ].join('\n');
    expect(findOutsidePaths(root, 'bench/images.ts', source).map((found) => found.line)).toEqual([1, 2]);
  });

  it("allows the repository's own shared/ and test/ folders", () => {
    const source = [
      `import { roles } from '${up(2, 'shared/roles.ts')}';`,
      `import { fixturePhoto } from '${up(3, 'test/fixtures/photographs.ts')}';`,
      "import './app.css';",
    ].join('\n');
    expect(findOutsidePaths(root, 'server/modules/auth/auth.routes.ts', source)).toEqual([]);
  });
});
