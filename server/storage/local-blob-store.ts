import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertSafeKey, BlobNotFoundError, type BlobStore } from './blob-store.ts';

const temporarySuffix = '.partial';

/**
 * Blobs as files under a directory. A blob is written to a temporary name,
 * flushed to disk, then renamed into place, so a crash or a full disk never
 * leaves a partial file under a real key.
 */
export function localBlobStore(root: string): BlobStore {
  const fileOf = (key: string) => {
    assertSafeKey(key);
    return path.join(root, key);
  };
  return {
    describe: `local files in ${root}`,
    async put(key, body) {
      const file = fileOf(key);
      await fsp.mkdir(path.dirname(file), { recursive: true });
      // The writer's pid is in the name, so what a killed writer left can be told from a live write.
      const temporary = `${file}.${process.pid}-${randomBytes(6).toString('hex')}${temporarySuffix}`;
      try {
        const source = Buffer.isBuffer(body) ? Readable.from([body]) : body;
        await pipeline(source, fs.createWriteStream(temporary, { flags: 'wx' }));
        // On disk before it gets its real name: a power cut must not leave a short file there.
        const handle = await fsp.open(temporary, 'r+');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fsp.rename(temporary, file);
      } catch (error) {
        await fsp.rm(temporary, { force: true });
        throw error;
      }
      return { bytes: (await fsp.stat(file)).size };
    },
    async get(key, range) {
      const file = fileOf(key);
      try {
        await fsp.access(file);
      } catch {
        throw new BlobNotFoundError(key);
      }
      return fs.createReadStream(file, range ? { start: range.start, end: range.end } : {});
    },
    async stat(key) {
      try {
        return { bytes: (await fsp.stat(fileOf(key))).size };
      } catch {
        return null;
      }
    },
    async delete(key) {
      await fsp.rm(fileOf(key), { force: true });
    },
    async sweepAbandoned() {
      let swept = 0;
      for await (const key of this.list('')) {
        if (!isTemporaryBlob(key)) continue;
        const pid = Number(/\.(\d+)-[0-9a-f]+\.partial$/.exec(key)?.[1]);
        if (pid && isRunning(pid)) continue;
        await fsp.rm(path.join(root, key), { force: true });
        swept += 1;
      }
      return swept;
    },
    async *list(prefix) {
      if (prefix) assertSafeKey(`${prefix}x`);
      const base = path.join(root, prefix);
      const walk = async function* (dir: string): AsyncGenerator<string> {
        let entries: fs.Dirent[];
        try {
          entries = await fsp.readdir(dir, { withFileTypes: true });
        } catch {
          return;
        }
        for (const entry of entries) {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) yield* walk(full);
          else yield path.relative(root, full).split(path.sep).join('/');
        }
      };
      yield* walk(base);
    },
  };
}

/** A temporary file left by a write that never finished (removed by the storage check). */
export const isTemporaryBlob = (key: string) => key.endsWith(temporarySuffix);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
