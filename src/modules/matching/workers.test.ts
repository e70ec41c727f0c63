/**
 * Two servers, one queue (issue #15 item 8): two worker processes on one PostgreSQL share a
 * run's batches — every profile matched, no batch finished twice — and when one is killed in
 * the middle of a batch, its job expires and the other finishes it. PostgreSQL only:
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/matching_test npx vitest run src/modules/matching/workers.test.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/client';
import { matchingResults } from '../../db/schema/matching';
import { systemContext } from '../../shared/service-context';
import { createPgBossQueue } from './pg-boss-queue';
import { registerMatchingQueue, type MatchingQueue } from './queue';
import * as repo from './repo';
import { BATCH_SIZE, startRun } from './runs-service';
import { newCreditCode } from './test-support';

const url = process.env.TEST_DATABASE_URL;
const BATCHES = 6;
const PROFILES = BATCH_SIZE * (BATCHES - 1) + 37;

let database: Database;
let queue: MatchingQueue;
const workers: ChildProcess[] = [];
const logDir = mkdtempSync(join(tmpdir(), 'matching-workers-'));

function startWorker(name: string) {
  const child = spawn(
    process.execPath,
    // NOTE: tsx as a loader, not its CLI: the CLI forks a child, and a kill would miss it.
    ['--import', 'tsx', 'src/modules/matching/worker-process.ts'],
    {
      env: {
        ...process.env,
        MATCHING_DATABASE_URL: url,
        MATCHING_WORKER: name,
        MATCHING_BATCH_DELAY_MS: '400',
        MATCHING_EXPIRE_SECONDS: '20',
        MATCHING_MAINTENANCE_SECONDS: '1',
        MATCHING_LOG: join(logDir, 'batches.log'),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  workers.push(child);
  return new Promise<ChildProcess>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
}

async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  seconds = 90,
  everyMs = 200,
) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(!url)('two pg-boss workers on one database', () => {
  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: url!, poolSize: 4 });
    await database.migrate();
    await database.db.execute(
      sql`truncate matching_push_candidates, matching_results, matching_run_batches, matching_runs, matching_profiles restart identity cascade`,
    );
    // Seeding is not an import: the profiles are written directly, in bulk.
    const rows = Array.from({ length: PROFILES }, (_, index) => ({
      creditCode: newCreditCode(),
      name: `Company ${index}`,
      facts: {
        person: { isFounder: true },
        company: {
          isAiCompany: index % 2 === 0,
          teamSize: (index % 20) + 1,
          foundedOn: '2025-01-01',
        },
      },
      factSources: {},
    }));
    for (let start = 0; start < rows.length; start += 1000)
      await repo.upsertProfiles(database.db, rows.slice(start, start + 1000));
    queue = await createPgBossQueue({
      connectionString: url!,
      handler: async () => {},
      concurrency: 0,
      expireInSeconds: 20,
    });
    await database.db.execute(sql`delete from pgboss.job where name = 'matching-batch'`);
    registerMatchingQueue(database.db, queue);
  }, 120_000);

  afterAll(async () => {
    for (const child of workers) if (child.exitCode === null) child.kill('SIGKILL');
    await queue?.stop();
    await database?.close();
  });

  it('splits a run between them, none matched twice, none skipped, a killed one retried', async () => {
    const [first] = await Promise.all([startWorker('worker-a'), startWorker('worker-b')]);
    const run = (await startRun(systemContext(database.db, 'test'), { trigger: 'manual' }))!;
    expect(run.batchesTotal).toBe(BATCHES);
    expect(run.profilesTotal).toBe(PROFILES);

    // Kill worker A in the middle of a batch: after it finished one and started the next.
    const log = join(logDir, 'batches.log');
    const linesOf = (kind: string) =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((line) => line.split(' '))
            .filter(([what, , , runId]) => what === kind && runId === run.id)
        : [];
    await waitFor(
      'worker-a to be in the middle of its second batch',
      async () =>
        linesOf('start').filter(([, worker]) => worker === 'worker-a').length >= 2
          ? true
          : undefined,
      90,
      20,
    );
    first.kill('SIGKILL');
    const killedIn = linesOf('start')
      .filter(([, worker]) => worker === 'worker-a')
      .at(-1)![2];

    const finished = await waitFor(
      'the run to finish',
      async () => {
        const row = await repo.findRun(database.db, run.id);
        return row?.status === 'finished' ? row : undefined;
      },
      200,
    );
    expect(finished).toMatchObject({
      batchesDone: BATCHES,
      profilesMatched: PROFILES,
    });

    const lines = linesOf('done').map(([, worker, batch]) => [worker!, batch!]);
    const batches = lines.map(([, batch]) => Number(batch)).sort((a, b) => a - b);
    // Every batch finished exactly once, between the two of them.
    expect(batches).toEqual(Array.from({ length: BATCHES }, (_, index) => index));
    const byWorker = new Set(lines.map(([worker]) => worker));
    expect(byWorker).toEqual(new Set(['worker-a', 'worker-b']));

    // The ranges cover every profile once: each has a result from this run for every policy.
    const recorded = await repo.listRunBatches(database.db, run.id);
    expect(recorded.reduce((sum, row) => sum + row.profiles, 0)).toBe(PROFILES);
    const [counts] = (
      (await database.db.execute(
        sql`select count(distinct profile_id)::int as profiles, count(*)::int as results
              from ${matchingResults} where run_id = ${run.id}`,
      )) as unknown as { rows: unknown[] }
    ).rows as { profiles: number; results: number }[];
    expect(counts!.profiles).toBe(PROFILES);
    expect(counts!.results).toBe(finished.resultsWritten);

    // The batch worker A was killed in was finished by B, after pg-boss expired and retried it.
    expect(lines.find(([, batch]) => batch === killedIn)![0]).toBe('worker-b');
    const jobs = (
      (await database.db.execute(
        sql`select state, retry_count from pgboss.job where name = 'matching-batch' and data->>'runId' = ${run.id}`,
      )) as unknown as { rows: unknown[] }
    ).rows as { state: string; retry_count: number }[];
    expect(jobs.every((job) => job.state === 'completed')).toBe(true);
    expect(jobs.some((job) => job.retry_count > 0)).toBe(true);
  }, 360_000);
});
