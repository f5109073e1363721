import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { vi } from 'vitest';

/**
 * The real service as a child process, for fault tests: started, killed with
 * SIGKILL and started again on the same data, like a crash in production.
 */
export type ServiceProcess = {
  origin: string;
  dataDir: string;
  databaseUrl: string | undefined;
  start(): Promise<void>;
  kill(): Promise<void>;
  stop(): Promise<void>;
  cleanUp(): Promise<void>;
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export async function serviceProcess(env: Record<string, string> = {}): Promise<ServiceProcess> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'telederm-fault-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let databaseUrl: string | undefined;
  const serverUrl = process.env['TEST_DATABASE_URL'];
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  const databaseName = `${new URL(serverUrl ?? 'postgres://x/telederm').pathname.slice(1) || 'telederm'}_fault_${port}`;
  if (serverUrl) {
    await admin(`CREATE DATABASE "${databaseName}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
  }
  let child: ChildProcess | null = null;
  let output = '';

  // Asked again until ready or the time is up; a service that exits while starting fails the wait at once.
  const waitReady = async (running: ChildProcess) => {
    const exited = new Promise<never>((_, reject) =>
      running.once('exit', () => reject(new Error(`service exited: ${output.slice(-2000)}`))),
    );
    const ready = vi.waitFor(
      async () => {
        const response = await fetch(`${origin}/health/ready`).catch(() => null);
        if (!response?.ok) throw new Error(`service not ready in time: ${output.slice(-2000)}`);
      },
      { timeout: 120_000, interval: 100 },
    );
    exited.catch(() => undefined);
    await Promise.race([ready, exited]);
  };

  return {
    origin,
    dataDir,
    databaseUrl,
    async start() {
      output = '';
      child = spawn(process.execPath, ['server/main.ts'], {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          PUBLIC_ORIGIN: origin,
          DATA_DIR: dataDir,
          TELEDERM_ENV: 'test',
          LOG_LEVEL: 'warn',
          DATABASE_URL: databaseUrl ?? '',
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout?.on('data', (chunk) => (output += chunk));
      child.stderr?.on('data', (chunk) => (output += chunk));
      await waitReady(child);
    },
    async kill() {
      const running = child;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
    async stop() {
      const running = child;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await exited;
    },
    async cleanUp() {
      const running = child;
      if (running && running.exitCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        running.kill('SIGKILL');
        await exited;
      }
      if (serverUrl) await admin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
