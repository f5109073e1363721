import { PgBoss } from 'pg-boss';
import type { Logger } from 'pino';

/**
 * The job queue: pg-boss, in its own schema of the service's database, so a
 * job is stored in the same place as the data it works on and a crash loses
 * nothing. Web processes only send; worker processes (or the single embedded
 * process) also work.
 */
/**
 * Creates every queue before the long-lived instance starts, so that its queue
 * cache (read once at start) already knows them all. Jobs are sent inside our
 * transactions; a cache miss there would make pg-boss look the queue up on
 * another connection, which on the embedded database waits for the very
 * transaction that is sending.
 */
async function ensureQueues(url: string, embedded: boolean) {
  const setup = new PgBoss({
    connectionString: url,
    backend: embedded ? 'pglite' : 'postgres',
    max: 1,
    supervise: false,
    schedule: false,
  });
  setup.on('error', () => {});
  await setup.start();
  for (const queue of allQueues) await setup.createQueue(queue);
  await setup.stop({ graceful: false, close: true });
}

export type JobQueue = {
  boss: PgBoss;
  stop(): Promise<void>;
};

/** Every queue the service uses; a new job type adds its queue here. */
export const allQueues = [
  'housekeeping',
  'outbox-delivery',
  'image-processing',
  'letters',
  'appointment-reminders',
  'escalations',
] as const;

export type Worker = {
  queue: string;
  /** A cron line (UTC) when the job should also be scheduled. */
  cron?: string;
  /** How often an idle worker looks for work; people wait on images and mail, so those look often. */
  pollingIntervalSeconds?: number;
  /** Jobs of this queue worked at once in one process. */
  concurrency?: number;
  /** `boss` lets a job queue further work (in its own transaction) as it finishes. */
  handle(data: unknown, boss: PgBoss): Promise<void>;
  /** Runs when the worker starts: a chance to requeue work a crashed process left half done. */
  onStart?(boss: PgBoss): Promise<void>;
};

export async function startJobQueue(options: {
  url: string;
  embedded: boolean;
  logger: Logger;
  workers: Worker[];
  /** False in a web-only process: jobs are sent but not worked. */
  work: boolean;
}): Promise<JobQueue> {
  const unknown = options.workers.filter((w) => !(allQueues as readonly string[]).includes(w.queue));
  if (unknown.length) throw new Error(`add the queue ${unknown[0]!.queue} to allQueues`);
  await ensureQueues(options.url, options.embedded);
  const boss = new PgBoss({
    connectionString: options.url,
    backend: options.embedded ? 'pglite' : 'postgres',
    max: options.embedded ? 3 : 5,
    supervise: options.work,
    schedule: options.work,
  });
  boss.on('error', (error: unknown) => options.logger.error({ err: error }, 'job queue error'));
  await boss.start();
  for (const worker of options.workers) {
    if (!options.work) continue;
    await boss.work(
      worker.queue,
      { pollingIntervalSeconds: worker.pollingIntervalSeconds ?? 2, localConcurrency: worker.concurrency ?? 1 },
      async (jobs) => {
        for (const job of jobs) await worker.handle(job.data, boss);
      },
    );
    if (worker.cron) await boss.schedule(worker.queue, worker.cron);
    await worker.onStart?.(boss);
  }
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
