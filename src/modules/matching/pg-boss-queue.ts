import { hostname } from 'node:os';
import PgBoss from 'pg-boss';
import type { MatchBatchJob } from './match-service';
import type { MatchBatchHandler, MatchingQueue } from './queue';

/** The queue of match batches, and the nightly schedule's queue. */
export const BATCH_QUEUE = 'matching-batch';
export const NIGHTLY_QUEUE = 'matching-nightly';
/** 02:00 in Shenzhen, when nobody is applying. */
export const NIGHTLY_CRON = '0 2 * * *';

export interface PgBossQueueOptions {
  connectionString: string;
  handler: MatchBatchHandler;
  /** Starts a nightly full run (the pg-boss schedule fires on one server only). */
  nightly?: (() => Promise<unknown>) | undefined;
  worker?: string | undefined;
  /** A job running longer than this is taken as lost (its worker died) and retried. */
  expireInSeconds?: number | undefined;
  /** How often this server looks for expired jobs (pg-boss "supervise"). */
  maintenanceIntervalSeconds?: number | undefined;
  pollingIntervalSeconds?: number | undefined;
  /** Jobs this server runs at once; 0: it only enqueues (a process that is not a worker). */
  concurrency?: number | undefined;
  onError?: ((error: unknown) => void) | undefined;
}

/**
 * Match batches on pg-boss (PostgreSQL): jobs are rows in the `pgboss` schema, fetched with
 * SELECT … FOR UPDATE SKIP LOCKED, so two servers never take the same batch; a failed batch is
 * retried, and one whose worker died is expired by whichever server supervises next and retried.
 */
export async function createPgBossQueue(options: PgBossQueueOptions): Promise<MatchingQueue> {
  const worker = options.worker ?? `pg-boss:${hostname()}:${process.pid}`;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: 'pgboss',
    max: 4,
    supervise: true,
    schedule: options.nightly !== undefined,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();
  const batchQueue = {
    name: BATCH_QUEUE,
    retryLimit: 5,
    retryDelay: 1,
    expireInSeconds: options.expireInSeconds ?? 15 * 60,
  };
  // NOTE: createQueue does nothing when the queue exists: the settings of the server that
  // started last apply (they are the same on every server unless a test shortens them).
  await boss.createQueue(BATCH_QUEUE, batchQueue);
  await boss.updateQueue(BATCH_QUEUE, batchQueue);
  const polling = options.pollingIntervalSeconds ?? 1;
  for (let index = 0; index < (options.concurrency ?? 1); index += 1)
    await boss.work<MatchBatchJob>(
      BATCH_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: polling },
      async (jobs) => {
        for (const job of jobs) await options.handler(job.data, worker);
      },
    );
  if (options.nightly) {
    const nightly = options.nightly;
    await boss.createQueue(NIGHTLY_QUEUE, { name: NIGHTLY_QUEUE, retryLimit: 1 });
    await boss.schedule(NIGHTLY_QUEUE, NIGHTLY_CRON, {}, { tz: 'Asia/Shanghai' });
    await boss.work(NIGHTLY_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
      await nightly();
    });
  }
  return {
    kind: 'pg-boss',
    worker,
    async enqueue(jobs) {
      if (jobs.length === 0) return;
      await boss.insert(jobs.map((data) => ({ name: BATCH_QUEUE, data })));
    },
    async drain() {},
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
