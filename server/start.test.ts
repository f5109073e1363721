import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * Issue 20: the default start (embedded database, demo data) prints readable lines, not JSON, so the demo sign-ins
 * at the end of start-up stay readable; they are also written to the data directory.
 */
const root = path.resolve(import.meta.dirname, '..');
let dataDir = '';
let stopService: (() => Promise<void>) | undefined;

afterAll(async () => {
  await stopService?.();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm start on the embedded default', () => {
  it('logs one readable line per request and ends start-up with the demo sign-ins, kept in the data directory', async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'telederm-start-'));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '' };
    // The defaults, whatever the calling shell has set.
    delete env['LOG_FORMAT'];
    delete env['TELEDERM_ENV'];
    const child = spawn(process.execPath, ['server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    stopService = async () => {
      child.kill('SIGTERM');
      await exited;
    };

    await vi.waitFor(() => expect(output).toContain('(also in'), { timeout: 60_000, interval: 100 });
    const signIns = output.slice(output.indexOf('Demo sign-ins'));
    expect(signIns).toContain('consultant@northvale.example');
    const file = path.join(dataDir, 'demo-sign-ins.txt');
    expect(signIns).toContain(file);
    expect(await fs.readFile(file, 'utf8')).toContain('gp@riverside.example');
    expect((await fs.stat(file)).mode & 0o077).toBe(0);
    // Nothing was written as JSON, and the banner came after every start-up line.
    expect(output.split('\n').filter((line) => line.startsWith('{'))).toEqual([]);
    expect(output.trimEnd().endsWith(`(also in ${file})`)).toBe(true);

    const token = 'A'.repeat(43);
    await fetch(`http://localhost:${port}/health/ready`);
    await fetch(`http://localhost:${port}/p/${token}?from=sms`);
    await vi.waitFor(() => expect(output).toMatch(/INFO: GET \/p\/\[token\]\?… \d{3} \d+ ms/), { timeout: 10_000 });
    const requestLines = output.split('\n').filter((line) => line.includes('GET /health/ready'));
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: GET \/health\/ready 200 \d+ ms$/);
    expect(output).not.toContain(token);
  }, 90_000);
});
