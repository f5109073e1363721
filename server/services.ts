import type pg from 'pg';
import type { Clock, MovableClock } from './clock.ts';
import type { Config } from './config.ts';
import type { JobQueue } from './jobs/queue.ts';
import type { BlobStore } from './storage/blob-store.ts';

/** What use cases need from the outside world, built once at start and passed down. */
export type Services = {
  config: Config;
  pool: pg.Pool;
  clock: Clock;
  jobs: JobQueue;
  /** Photographs and other files. */
  blobs: BlobStore;
  /**
   * The test environment only: `clock` again, which the tests may move forward through /api/test-clock (the
   * browser tests' server, with TEST_CLOCK_OFFSET_MINUTES, and the in-process test app). Absent otherwise.
   */
  testClock?: MovableClock;
};
