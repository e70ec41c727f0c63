/**
 * A match worker on its own, without the HTTP server: takes batches from pg-boss on the
 * PostgreSQL at MATCHING_DATABASE_URL until it is stopped. workers.test.ts starts two of these
 * to show two servers share a run; it is also how a dedicated worker machine would run.
 *
 *   MATCHING_DATABASE_URL=postgres://… npx tsx src/modules/matching/worker-process.ts
 *
 * MATCHING_WORKER names it; MATCHING_BATCH_DELAY_MS slows each batch (tests kill one mid-run);
 * MATCHING_EXPIRE_SECONDS and MATCHING_MAINTENANCE_SECONDS shorten the wait for a lost job;
 * MATCHING_LOG appends "start|done worker batch run" as each batch starts and finishes.
 */
import { appendFileSync } from 'node:fs';
import { openDatabase } from '../../db/client';
import { systemContext } from '../../shared/service-context';
import { runMatchBatch } from './match-service';
import { createPgBossQueue } from './pg-boss-queue';

const url = process.env.MATCHING_DATABASE_URL;
if (!url) throw new Error('MATCHING_DATABASE_URL is required');
const worker = process.env.MATCHING_WORKER ?? `worker:${process.pid}`;
const delay = Number(process.env.MATCHING_BATCH_DELAY_MS ?? 0);
const log = process.env.MATCHING_LOG;

const database = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
const queue = await createPgBossQueue({
  connectionString: url,
  worker,
  expireInSeconds: Number(process.env.MATCHING_EXPIRE_SECONDS ?? 15 * 60),
  maintenanceIntervalSeconds: Number(process.env.MATCHING_MAINTENANCE_SECONDS ?? 60),
  pollingIntervalSeconds: 0.5,
  handler: async (job, name) => {
    if (log) appendFileSync(log, `start ${name} ${job.batch} ${job.runId}\n`);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const outcome = await runMatchBatch(systemContext(database.db, 'matching'), job, name);
    if (log && !outcome.skipped && !outcome.repeated)
      appendFileSync(log, `done ${name} ${job.batch} ${job.runId}\n`);
  },
  onError: (error) => console.error(`${worker}:`, error),
});
console.log(`${worker} ready`);

const stop = async () => {
  await queue.stop();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
