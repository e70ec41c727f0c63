/**
 * `npm run bench:scale` — the officers' pages at 10,000 and at 100,000 applications (issue #19
 * item 8).
 *
 * Each level gets a fresh database on a real PostgreSQL (found or started by bench/postgres.ts),
 * filled by bench/scale-seed.ts to the volumes of a programme a few years in (100,000
 * applications, 50,000 people, 606,000 timeline events, 1,000,000 audit rows with a valid chain
 * …; the 10,000 level is one tenth of each), and its own server as a child process
 * (bench/scale-server.ts: `opc-hub serve` with NODE_ENV=production, its own DATA_DIR, audit
 * anchoring on, SQL_STATEMENT_HEADER=true). Then a load generator in another child process
 * (bench/scale-load.ts) opens each page as a signed-in officer (session cookie): 5 warm-up
 * requests then 50 timed, one client; then 10 clients at once (1 warm-up and 20 timed each).
 * The levels' pages alternate (see measureLevels). Every request's SQL statements are read from
 * the server's `x-sql-statements` header; each server's resident memory is sampled from
 * /proc/<pid>/status every 100 ms, and its peak (VmHWM) read at the end.
 *
 * Writes bench/results/scale.json (only when both 10,000 and 100,000 were run). Goals: every
 * page p99 ≤ 100 ms with one client at 100k; ratio (p99 at 10k ÷ p99 at 100k) ≥ 0.5; at most 10
 * statements per request; peak RSS ≤ 512 MB with 10 concurrent officers.
 *
 *   npm run bench:scale                      # 10,000 and 100,000 (~8 minutes on 2 cores)
 *   npm run bench:scale -- --levels 10000    # the small level only, while developing
 *   BENCH_LEVELS=10000 BENCH_REQUESTS=20 npm run bench:scale
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config';
import { describeMachine } from './machine';
import { freePort, obtainBenchPostgres } from './postgres';
import type { LoadPage, LoadPlan, PageLoadResult } from './scale-load';
import { seedScale, type ScaleFixture } from './scale-seed';

const BASELINE_LEVEL = 10_000;
const FULL_LEVEL = 100_000;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 50);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONCURRENT_CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const CONCURRENT_REQUESTS = Number(process.env.BENCH_CONCURRENT_REQUESTS ?? 20);
/** The page size of the web app's review queue (web/src/pages/review/ReviewQueuePage.tsx). */
const QUEUE_PAGE_SIZE = 200;

const GOALS = {
  p99Ms: 100,
  ratio: 0.5,
  statementsPerRequest: 10,
  peakRssMb: 512,
};

function levelsToRun(): number[] {
  const flag = process.argv.indexOf('--levels');
  const given = flag >= 0 ? process.argv[flag + 1] : process.env.BENCH_LEVELS;
  const levels = (given ?? `${BASELINE_LEVEL},${FULL_LEVEL}`)
    .split(',')
    .map((value) => Number(value.trim().replace(/_/g, '')))
    .filter((value) => Number.isInteger(value) && value > 0);
  if (levels.length === 0) throw new Error(`--levels: expected e.g. 10000,100000, got ${given}`);
  return levels.sort((a, b) => a - b);
}

/**
 * The cursor of the open queue's last page, found the way the web finds it: by following
 * `nextCursor` from the first page (untimed).
 */
async function lastQueuePageCursor(baseUrl: string, cookie: string, queue: string) {
  let cursor: string | null = null;
  for (;;) {
    const url = `${baseUrl}${queue}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(url, { headers: { cookie } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    const body = (await response.json()) as { nextCursor?: string | null };
    if (!body.nextCursor) return cursor;
    cursor = body.nextCursor;
  }
}

/** The pages officers open, as URLs. */
async function officerPages(fixture: ScaleFixture, baseUrl: string): Promise<LoadPage[]> {
  const as = (token: string) => `opc_session=${token}`;
  const reviewer = as(fixture.sessions.reviewer);
  const finance = as(fixture.sessions.finance);
  const customs = as(fixture.sessions.customs);
  const admin = as(fixture.sessions.admin);
  const queue = `/api/v1/review/queue?limit=${QUEUE_PAGE_SIZE}`;
  const lastCursor = await lastQueuePageCursor(baseUrl, reviewer, `${queue}&status=all_open`);
  const pages: Omit<LoadPage, 'baseUrl'>[] = [
    { name: 'review queue, first page', path: `${queue}&status=all_open`, cookie: reviewer },
    {
      name: 'review queue, in review and overdue',
      path: `${queue}&status=in_review&overdue=true`,
      cookie: reviewer,
    },
    {
      name: 'review queue, last page',
      path: `${queue}&status=all_open${lastCursor ? `&cursor=${encodeURIComponent(lastCursor)}` : ''}`,
      cookie: reviewer,
    },
    {
      name: 'review queue, search',
      path: `${queue}&status=all_open&q=${encodeURIComponent(fixture.searchTerm)}`,
      cookie: reviewer,
    },
    { name: 'payments payable', path: '/api/v1/payments/payable', cookie: finance },
    { name: 'payment batches', path: '/api/v1/payments/batches', cookie: finance },
    {
      name: 'budget line with its ledger',
      path: `/api/v1/budgets/${fixture.largestBudgetLine.id}`,
      cookie: finance,
    },
    { name: 'Hetao precedents', path: '/api/v1/hetao/precedents?limit=100', cookie: customs },
    { name: 'audit list', path: '/api/v1/audit?limit=50', cookie: admin },
    {
      name: 'audit list, filtered by action',
      path: '/api/v1/audit?limit=50&action=payment_batch.',
      cookie: admin,
    },
  ];
  return pages.map((page) => ({ ...page, baseUrl }));
}

const tsxScript = (name: string) => [
  '--import',
  'tsx',
  fileURLToPath(new URL(`./${name}`, import.meta.url)),
];

/** Resident memory of a process, from /proc: now (VmRSS) and its peak so far (VmHWM), in MB. */
function memoryOf(pid: number): { rssMb: number; peakMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
    return { rssMb: field('VmRSS'), peakMb: field('VmHWM') };
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every 100 ms; `take()` returns the highest seen since the last take. */
function sampleMemory(pid: number) {
  let highest = 0;
  const timer = setInterval(() => {
    highest = Math.max(highest, memoryOf(pid)?.rssMb ?? 0);
  }, 100);
  return {
    take: () => {
      const seen = Math.max(highest, memoryOf(pid)?.rssMb ?? 0);
      highest = 0;
      return Math.round(seen);
    },
    stop: () => clearInterval(timer),
  };
}

async function startServerProcess(environment: NodeJS.ProcessEnv, logFile: string) {
  const child = spawn(process.execPath, tsxScript('scale-server.ts'), {
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const baseUrl = `http://127.0.0.1:${environment.PORT}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server stopped (exit ${child.exitCode}); see ${logFile}`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { child, baseUrl };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not become ready within 3 minutes; see ${logFile}`);
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

async function runLoad(plan: LoadPlan): Promise<PageLoadResult[]> {
  const child = spawn(process.execPath, [...tsxScript('scale-load.ts'), JSON.stringify(plan)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the load generator failed (exit ${code})`);
  return JSON.parse(output.trim().split('\n').pop()!) as PageLoadResult[];
}

interface LevelResult {
  applications: number;
  seedSeconds: number;
  counts: Record<string, number>;
  auditChain: ScaleFixture['auditChain'];
  largestBudgetLineMovements: number;
  oneClient: PageLoadResult[];
  concurrent: PageLoadResult[];
  rssMb: { afterStart: number; oneClient: number; concurrent: number; peak: number };
}

/** A level ready to measure: its database seeded and its server running. */
interface PreparedLevel {
  applications: number;
  fixture: ScaleFixture;
  pages: LoadPage[];
  server: { child: ChildProcess; baseUrl: string };
  memory: ReturnType<typeof sampleMemory>;
  rssAfterStart: number;
  logFile: string;
  release(): Promise<void>;
}

async function prepareLevel(applications: number): Promise<PreparedLevel> {
  console.log(`\n== ${applications.toLocaleString('en')} applications ==`);
  const postgres = await obtainBenchPostgres();
  console.log(`PostgreSQL ${postgres.serverVersion} (${postgres.origin})`);
  const dataDir = mkdtempSync(join(tmpdir(), 'opc-bench-scale-'));
  const cleanUp = async () => {
    await postgres.close();
    if (process.env.BENCH_KEEP_DATA_DIR !== '1') rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: postgres.url,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      SESSION_SECRET: randomBytes(32).toString('hex'),
      AUDIT_ANCHOR_KEY: randomBytes(32).toString('hex'),
      AUDIT_ANCHOR_FILE: join(dataDir, 'audit-anchors.jsonl'),
      SQL_STATEMENT_HEADER: 'true',
      LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL ?? 'info',
    };
    const anchoring = loadConfig(environment).auditAnchor;
    if (!anchoring) throw new Error('the server configuration has no audit anchoring');
    console.log('Seeding…');
    const fixture = await seedScale({
      url: postgres.url,
      applications,
      anchoring,
      log: (line) => console.log(line),
    });
    console.log(
      `Seeded in ${fixture.seedSeconds.toFixed(0)} s: ${Object.entries(fixture.counts)
        .map(([name, rows]) => `${name} ${rows.toLocaleString('en')}`)
        .join(
          ', ',
        )}; audit chain ${fixture.auditChain.ok ? 'valid' : 'BROKEN'} (${fixture.auditChain.rows.toLocaleString('en')} rows verified in ${fixture.auditChain.verifySeconds.toFixed(1)} s)`,
    );
    const logFile = join(dataDir, 'server.log');
    const server = await startServerProcess(environment, logFile);
    const memory = sampleMemory(server.child.pid!);
    const rssAfterStart = memory.take();
    console.log(`Server ready (pid ${server.child.pid}, RSS ${rssAfterStart} MB).`);
    return {
      applications,
      fixture,
      pages: (await officerPages(fixture, server.baseUrl)).map((page) => ({
        ...page,
        tag: `${applications.toLocaleString('en')} applications`,
      })),
      server,
      memory,
      rssAfterStart,
      logFile,
      release: async () => {
        memory.stop();
        await stopProcess(server.child);
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/**
 * Measures every level's pages, one client and then `CONCURRENT_CLIENTS`. NOTE: the levels'
 * servers run side by side and their pages alternate (page 1 at 10k, page 1 at 100k, page 2 …):
 * on a shared machine, load from elsewhere then weighs on both levels alike instead of on
 * whichever happened to run during it, which would make the ratio meaningless.
 */
async function measureLevels(
  levels: PreparedLevel[],
): Promise<{ results: LevelResult[]; loadAverages: { oneClient: number; concurrent: number } }> {
  const interleaved = levels[0]!.pages.flatMap((_, index) =>
    levels.map((level) => level.pages[index]!),
  );
  const byLevel = (results: PageLoadResult[]) =>
    levels.map((_, levelIndex) =>
      results.filter((_, index) => index % levels.length === levelIndex),
    );
  console.log(`\nOne client: ${WARMUP} warm-up then ${REQUESTS} timed requests per page…`);
  const oneClient = byLevel(
    await runLoad({ pages: interleaved, clients: 1, warmup: WARMUP, requests: REQUESTS }),
  );
  const oneClientRss = levels.map((level) => level.memory.take());
  const oneClientLoad = loadavg()[0] ?? 0;
  console.log(
    `${CONCURRENT_CLIENTS} clients at once: 1 warm-up then ${CONCURRENT_REQUESTS} timed requests each per page…`,
  );
  const concurrent = byLevel(
    await runLoad({
      pages: interleaved,
      clients: CONCURRENT_CLIENTS,
      warmup: 1,
      requests: CONCURRENT_REQUESTS,
    }),
  );
  const concurrentRss = levels.map((level) => level.memory.take());
  const loadAverages = {
    oneClient: Number(oneClientLoad.toFixed(2)),
    concurrent: Number((loadavg()[0] ?? 0).toFixed(2)),
  };
  console.log(
    `Load average (1 min) after the one-client pass ${loadAverages.oneClient}, after the concurrent pass ${loadAverages.concurrent}.`,
  );
  const results = levels.map((level, index) => {
    const failed = [...oneClient[index]!, ...concurrent[index]!].filter((page) => page.non2xx > 0);
    if (failed.length > 0)
      throw new Error(
        `pages answered with errors: ${failed.map((page) => `${page.name} (${page.non2xx})`).join(', ')}; see ${level.logFile} (BENCH_KEEP_DATA_DIR=1 keeps it)`,
      );
    return {
      applications: level.applications,
      seedSeconds: Math.round(level.fixture.seedSeconds),
      counts: level.fixture.counts,
      auditChain: level.fixture.auditChain,
      largestBudgetLineMovements: level.fixture.largestBudgetLine.movements,
      oneClient: oneClient[index]!,
      concurrent: concurrent[index]!,
      rssMb: {
        afterStart: level.rssAfterStart,
        oneClient: oneClientRss[index]!,
        concurrent: concurrentRss[index]!,
        peak: Math.round(memoryOf(level.server.child.pid!)?.peakMb ?? 0),
      },
    };
  });
  return { results, loadAverages };
}

const worst = (pages: PageLoadResult[]) => Math.max(...pages.map((page) => page.p99Ms));

function printTable(levels: LevelResult[]) {
  const rows = levels[0]!.oneClient.map((page, index) => {
    const row: Record<string, string | number | null> = { page: page.name };
    for (const level of levels) {
      const tag =
        level.applications >= 1000 ? `${level.applications / 1000}k` : `${level.applications}`;
      row[`p50 ${tag}`] = level.oneClient[index]!.p50Ms;
      row[`p99 ${tag}`] = level.oneClient[index]!.p99Ms;
      row[`p99 ${tag} ×${CONCURRENT_CLIENTS}`] = level.concurrent[index]!.p99Ms;
      row[`SQL ${tag}`] = level.oneClient[index]!.statements;
    }
    return row;
  });
  console.table(rows);
}

async function main() {
  const levels = levelsToRun();
  console.log(
    `bench:scale — levels ${levels.map((level) => level.toLocaleString('en')).join(', ')} applications`,
  );
  const prepared: PreparedLevel[] = [];
  let results: LevelResult[];
  let loadAverages: { oneClient: number; concurrent: number };
  try {
    for (const level of levels) prepared.push(await prepareLevel(level));
    ({ results, loadAverages } = await measureLevels(prepared));
  } finally {
    for (const level of prepared) await level.release();
  }
  printTable(results);

  const full = results[results.length - 1]!;
  const baseline = results[0]!;
  const statements = results.flatMap((level) =>
    [...level.oneClient, ...level.concurrent].map((page) => page.statements),
  );
  const measured = statements.filter((value): value is number => value !== null);
  const maxStatementsPerRequest =
    measured.length === statements.length ? Math.max(...measured) : 'not measured';
  const pageTable = full.oneClient.map((page, index) => ({
    page: page.name,
    path: page.path,
    levels: Object.fromEntries(
      results.map((level) => [
        level.applications,
        {
          p50Ms: level.oneClient[index]!.p50Ms,
          p99Ms: level.oneClient[index]!.p99Ms,
          p50MsConcurrent: level.concurrent[index]!.p50Ms,
          p99MsConcurrent: level.concurrent[index]!.p99Ms,
          statements: level.oneClient[index]!.statements,
          bytes: level.oneClient[index]!.bytes,
        },
      ]),
    ),
    // NOTE: the headline ratio compares the slowest pages, which may be slow at any size (a
    // query per row); these say how each page's own cost grows (1 = not at all). The p50 one
    // is the steadier on a shared machine.
    p50Ratio: Number((baseline.oneClient[index]!.p50Ms / page.p50Ms).toFixed(3)),
    p99Ratio: Number((baseline.oneClient[index]!.p99Ms / page.p99Ms).toFixed(3)),
  }));
  const worstP99Ms = worst(full.oneClient);
  const worstP99MsConcurrent = worst(full.concurrent);
  const ratio = Number((worst(baseline.oneClient) / worstP99Ms).toFixed(3));
  const result = {
    name: 'scale',
    date: new Date().toISOString(),
    machine: {
      ...describeMachine(),
      levels: results.map((level) => level.applications),
      requestsPerPage: REQUESTS,
      warmup: WARMUP,
      concurrentClients: CONCURRENT_CLIENTS,
      concurrentRequestsPerClient: CONCURRENT_REQUESTS,
      /** The machine is shared: the 1-minute load average after each pass. */
      loadAverage1mAfterPass: loadAverages,
    },
    metrics: {
      applications: full.applications,
      /** Slowest page's p99 with one client, at the largest level. */
      worstP99Ms,
      /** Slowest page's p99 with 10 clients at once, at the largest level. */
      worstP99MsConcurrent,
      maxStatementsPerRequest,
      /** The server's peak resident memory (VmHWM) over the largest level's run. */
      peakRssMb: full.rssMb.peak,
      pages: pageTable,
      levels: results.map((level) => ({
        applications: level.applications,
        seedSeconds: level.seedSeconds,
        rows: level.counts,
        auditChain: level.auditChain,
        largestBudgetLineMovements: level.largestBudgetLineMovements,
        rssMb: level.rssMb,
      })),
    },
    baseline: {
      name: `same pages at ${baseline.applications.toLocaleString('en')} applications`,
      worstP99Ms: worst(baseline.oneClient),
      worstP99MsConcurrent: worst(baseline.concurrent),
      peakRssMb: baseline.rssMb.peak,
    },
    /** Baseline worst p99 ÷ ours: how the cost grows when the data grows (1 = not at all). */
    ratio,
  };

  const complete = levels.includes(BASELINE_LEVEL) && levels.includes(FULL_LEVEL);
  const file = complete
    ? fileURLToPath(new URL('./results/scale.json', import.meta.url))
    : join(tmpdir(), 'opc-hub-bench-scale.json');
  if (complete) mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    JSON.stringify(
      {
        worstP99Ms,
        worstP99MsConcurrent,
        maxStatementsPerRequest,
        peakRssMb: result.metrics.peakRssMb,
        baseline: result.baseline,
        ratio,
      },
      null,
      2,
    ),
  );
  console.log(
    `Results written to ${file}${complete ? '' : ' (not a full run: bench/results/scale.json left as it was)'}`,
  );

  const misses = [
    worstP99Ms > GOALS.p99Ms &&
      `p99 ${worstP99Ms} ms (${full.oneClient.find((page) => page.p99Ms === worstP99Ms)?.name}) is above the ${GOALS.p99Ms} ms goal`,
    results.length > 1 && ratio < GOALS.ratio && `ratio ${ratio} is below the ${GOALS.ratio} goal`,
    typeof maxStatementsPerRequest === 'number' &&
      maxStatementsPerRequest > GOALS.statementsPerRequest &&
      `${maxStatementsPerRequest} SQL statements in one request is above the ${GOALS.statementsPerRequest} goal`,
    maxStatementsPerRequest === 'not measured' &&
      'SQL statements not measured: the server sent no x-sql-statements header',
    full.rssMb.peak > GOALS.peakRssMb &&
      `peak RSS ${full.rssMb.peak} MB is above the ${GOALS.peakRssMb} MB goal`,
  ].filter((miss): miss is string => typeof miss === 'string');
  for (const miss of misses) console.warn(`GOAL MISSED: ${miss}`);
  if (misses.length === 0) console.log('All goals met.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
