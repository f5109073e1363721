import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the browser tier's service runs and keeps its data. Playwright reads
 * its config in the runner and again in every worker; the names are put in
 * the environment on the first read so the workers, the web server and the
 * global teardown all see the same ones.
 */
export const e2ePort = Number(process.env['E2E_PORT'] ?? 18080);
export const e2eOrigin = `http://localhost:${e2ePort}`;

process.env['TELEDERM_E2E_DATA_DIR'] ??= path.resolve('.tmp', `e2e-data-${process.pid}`);
export const e2eDataDir = process.env['TELEDERM_E2E_DATA_DIR'];

/** With TEST_DATABASE_URL set, a database of its own on that server, e.g. `telederm_e2e_3f9a1c2b`. */
export function e2eDatabaseUrl(): string | undefined {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) return undefined;
  const url = new URL(serverUrl);
  process.env['TELEDERM_E2E_DATABASE'] ??=
    `${url.pathname.slice(1) || 'telederm'}_e2e_${randomBytes(4).toString('hex')}`;
  url.pathname = `/${process.env['TELEDERM_E2E_DATABASE']}`;
  return url.toString();
}

export const chromiumMissingMessage = "Chromium not found: browser tests skipped (install Debian's chromium package)";

/** Debian's Chromium (Playwright's own download cannot be fetched here), or undefined when there is none. */
export function findChromium(): string | undefined {
  return [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (candidate): candidate is string => Boolean(candidate) && fs.existsSync(candidate as string),
  );
}
