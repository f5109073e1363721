import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';

/**
 * Serves an embedded PGlite over the Postgres wire protocol on loopback, to
 * many client connections at once.
 *
 * PGlite is one backend, so connections must take turns. The stock
 * multiplexer of `@electric-sql/pglite-socket` takes turns message by message,
 * which lets two clients' extended-protocol messages (Parse, Bind, Execute,
 * Sync) interleave: one client's Bind then runs the other's statement. We
 * found this as wrong rows under concurrent sign-ins. This scheduler gives
 * the backend to one connection for a whole batch (up to Sync or a simple
 * Query), and keeps it there while that connection has a transaction open,
 * which is how a real server behaves under a single writer.
 */
class SessionScheduler {
  private owner: number | null = null;
  private readonly waiting: { handlerId: number; grant: () => void }[] = [];
  /** Each connection's messages run strictly in arrival order. */
  private readonly chains = new Map<number, Promise<unknown>>();
  private readonly db: PGlite;

  constructor(db: PGlite) {
    this.db = db;
  }

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    const previous = this.chains.get(handlerId) ?? Promise.resolve();
    const run = previous.then(
      () => this.execute(handlerId, message, onData),
      () => this.execute(handlerId, message, onData),
    );
    this.chains.set(
      handlerId,
      run.catch(() => {}),
    );
    return run;
  }

  private async execute(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    if (message[0] === TERMINATE) {
      // The backend is shared: a client saying goodbye ends only its own transaction, never the session.
      await this.clearTransactionIfNeeded(handlerId);
      return 0;
    }
    await this.acquire(handlerId);
    let size = 0;
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(message, {
          onRawData: (data) => {
            size += data.length;
            onData(data);
          },
        }),
      );
    } finally {
      if (endsBatch(message) && !this.db.isInTransaction()) this.release(handlerId);
    }
    return size;
  }

  private acquire(handlerId: number): Promise<void> {
    if (this.owner === handlerId) return Promise.resolve();
    if (this.owner === null) {
      this.owner = handlerId;
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiting.push({ handlerId, grant }));
  }

  private release(handlerId: number) {
    if (this.owner !== handlerId) return;
    const next = this.waiting.shift();
    this.owner = next ? next.handlerId : null;
    next?.grant();
  }

  /** Called by the handler when its client goes away without finishing. */
  clearQueueForHandler(handlerId: number) {
    this.chains.delete(handlerId);
    for (let i = this.waiting.length - 1; i >= 0; i -= 1) {
      if (this.waiting[i]!.handlerId === handlerId) this.waiting.splice(i, 1);
    }
  }

  async clearTransactionIfNeeded(handlerId: number) {
    if (this.owner !== handlerId) return;
    // exec takes PGlite's own lock; wrapping it in runExclusive would wait on itself.
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.release(handlerId);
  }
}

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'

/** Whether a message closes a batch: Sync, a simple Query, or the untyped startup message. */
function endsBatch(message: Uint8Array): boolean {
  const type = message[0];
  return type === SYNC || type === QUERY || type === 0;
}

export type PGliteServer = { url: string; stop(): Promise<void> };

/** The name PostgreSQL clients look for in a socket directory (the port is part of it). */
const socketPort = 5432;
const socketName = `.s.PGSQL.${socketPort}`;
/** A Unix socket path must fit in sockaddr_un (108 bytes with its terminator on Linux, 104 on macOS). */
const longestSocketPath = 103;

/**
 * Serves the embedded database on a Unix socket that only this operating-system user can open: the socket is
 * mode 0600 in a directory of mode 0700. PGlite has no passwords (it trusts every connection as superuser), so a
 * loopback TCP port would let any local process read every patient; a socket guarded by file permissions does not.
 *
 * `socketDir` is where the socket goes (made owner-only); when none is given, or its path would be too long for a
 * socket, a fresh private directory under the system's temporary directory is used and removed at stop.
 */
export async function servePGlite(db: PGlite, options: { socketDir?: string } = {}): Promise<PGliteServer> {
  const scheduler = new SessionScheduler(db);
  const handlers = new Set<PGLiteSocketHandler>();
  const server = net.createServer((socket) => {
    const handler = new PGLiteSocketHandler({
      queryQueue: scheduler as unknown as ConstructorParameters<typeof PGLiteSocketHandler>[0]['queryQueue'],
      closeOnDetach: true,
    });
    handlers.add(handler);
    handler.addEventListener('close', () => handlers.delete(handler));
    handler.attach(socket).catch(() => socket.destroy());
  });
  const fits = options.socketDir && path.join(options.socketDir, socketName).length <= longestSocketPath;
  const socketDir = fits
    ? options.socketDir!
    : await fs.mkdtemp(path.join(os.tmpdir(), 'telederm-db-'), { encoding: 'utf8' });
  const temporary = !fits;
  await fs.mkdir(socketDir, { recursive: true, mode: 0o700 });
  await fs.chmod(socketDir, 0o700);
  const socketPath = path.join(socketDir, socketName);
  // Left by a process that was killed: the data directory's lock, taken before this, says it is not in use.
  await fs.rm(socketPath, { force: true });
  // Created owner-only from the start, so there is no moment when another user could connect: Node binds the socket
  // inside listen() itself, so the narrower mask is in force for that call alone.
  const listening = new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', resolve);
  });
  const previousMask = process.umask(0o177);
  try {
    server.listen(socketPath);
  } finally {
    process.umask(previousMask);
  }
  await listening;
  await fs.chmod(socketPath, 0o600);
  return {
    url: socketUrl(socketDir),
    async stop() {
      for (const handler of handlers) await handler.detach(true);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fs.rm(temporary ? socketDir : socketPath, { recursive: true, force: true });
    },
  };
}

/** The connection string of a socket directory, as `pg` and pg-boss read it (the host is the directory). */
export const socketUrl = (socketDir: string) =>
  `postgres://postgres@${encodeURIComponent(socketDir)}:${socketPort}/postgres?sslmode=disable`;
