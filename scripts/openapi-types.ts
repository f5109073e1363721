/**
 * Writes web/src/api/openapi.d.ts, the web's types for the API, from the OpenAPI document the server builds from
 * its route schemas (the one it serves at GET /api/openapi.json), so that a server change that breaks a page fails
 * `tsc -p web/tsconfig.json`.
 *
 *   npm run openapi:types                    rewrite the file
 *   node scripts/openapi-types.ts --check    fail if the committed file is not what the server would give now
 *                                            (part of `npm run check`)
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import prettier from 'prettier';
import { buildApp } from '../server/app.ts';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { startJobQueue } from '../server/jobs/queue.ts';
import { createLogger } from '../server/logger.ts';
import { openBlobStore } from '../server/storage/open-blob-store.ts';

const target = path.resolve(import.meta.dirname, '../web/src/api/openapi.d.ts');

const header = `/**
 * Generated from the server's OpenAPI document (its zod route schemas) by scripts/openapi-types.ts; do not edit.
 * After changing a route's schema, regenerate with \`npm run openapi:types\` and commit the result;
 * \`npm run check\` fails while this file is stale.
 */
`;

/** The OpenAPI document as the production service builds it: no test clock routes, nothing listening. */
async function openApiDocument(): Promise<OpenAPI3> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'telederm-openapi-'));
  const config = loadConfig({ TELEDERM_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  // Building the app only registers routes; the empty in-memory database and idle queue are never asked anything.
  const db = await openDatabase({ pgliteDir: 'memory://', poolMax: 2 });
  const logger = createLogger(config);
  const jobs = await startJobQueue({ url: db.url, embedded: db.embedded, logger, work: false, workers: [] });
  try {
    const services = { config, pool: db.pool, clock: systemClock, jobs, blobs: openBlobStore(config.storage) };
    const { app } = await buildApp(services, { logger: false, webDist: null });
    await app.ready();
    // Two packages type the same document (openapi-types, openapi-typescript).
    const document = app.swagger() as unknown as OpenAPI3;
    await app.close();
    return document;
  } finally {
    await jobs.stop();
    await db.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * fastify-type-provider-zod drops the definitions of a recursive schema (the eligibility rules' conditions),
 * leaving references to components that are not there (turkerdev/fastify-type-provider-zod#210). Those parts
 * become `unknown` in the types rather than failing the whole file.
 */
function withoutDanglingRefs(document: OpenAPI3): OpenAPI3 {
  const known = new Set(Object.keys(document.components?.schemas ?? {}).map((name) => `#/components/schemas/${name}`));
  return JSON.parse(JSON.stringify(document), (_key, value: unknown) => {
    const ref = (value as { $ref?: unknown } | null)?.$ref;
    return typeof ref === 'string' && !known.has(ref) ? {} : value;
  }) as OpenAPI3;
}

async function generate(): Promise<string> {
  const ast = await openapiTS(withoutDanglingRefs(await openApiDocument()));
  const text = header + astToString(ast);
  const options = await prettier.resolveConfig(target);
  return prettier.format(text, { ...options, filepath: target });
}

const generated = await generate();
if (process.argv.includes('--check')) {
  const committed = await fs.readFile(target, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(`${path.relative(process.cwd(), target)} is stale: run npm run openapi:types and commit it.`);
    process.exit(1);
  }
} else {
  await fs.writeFile(target, generated);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
