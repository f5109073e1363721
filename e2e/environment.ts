import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { atLondonTime, londonDate } from '../shared/london-time.ts';

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

/**
 * How far the service's clock runs from the real one, in minutes (TEST_CLOCK_OFFSET_MINUTES): the service starts
 * at 09:00 London time on the real clock's London date, and its time passes from there. The clinic specs book
 * sessions later the same day, so they run in clinic hours whatever the hour the suite starts at; the date stays
 * the real one, so pages that work out "today" from the browser's clock agree with the service (the clinic specs
 * also set the browser's clock to the service's: see clinic-steps.ts). Worked out once, on the first read.
 */
process.env['TELEDERM_E2E_CLOCK_OFFSET_MINUTES'] ??= String(
  Math.round((atLondonTime(londonDate(new Date()), '09:00').getTime() - Date.now()) / 60_000),
);
export const e2eClockOffsetMinutes = Number(process.env['TELEDERM_E2E_CLOCK_OFFSET_MINUTES']);

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
