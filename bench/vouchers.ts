/**
 * `npm run bench:vouchers` — voucher redemptions under load (issue #13), on a real PostgreSQL
 * (found or started by bench/postgres.ts; a fresh database per run).
 *
 *   1. Service layer: BENCH_CLIENTS (64) concurrent clients, each on its own company (providers
 *      shared four clients each), loop hold → capture over contracts registered and confirmed
 *      before the clock starts (BENCH_CONTRACTS_PER_CLIENT, 1,000 each), for BENCH_SECONDS (20),
 *      through the services (bench/vouchers-load.ts: 10 % of commands sent twice with the same
 *      key, 5 % of holds voided, 10 % captured in part). Hold and capture are one statement each
 *      (migration 0012), void too (0021); before that they took ~17 round trips and the ratio
 *      was 0.046. The CPU the phase costs (this process and the server, bench/cpu.ts) per
 *      transfer is set against pgbench's per transaction: a figure the machine's other load moves
 *      far less than throughput.
 *   2. The audit chain's ceiling: the same number of clients committing nothing but an audit row
 *      for 5 s — every audited transaction locks the one chain head. NOTE: it measured 74 a
 *      second on the first run, when voucher commands still wrote their audit rows there; they
 *      now write to the voucher command log (sealed into the chain every minute), and this
 *      figure stays as the comparison.
 *   3. HTTP: the same loop against a real server (bench/vouchers-server.ts, a child process on
 *      the same database) with the providers' API tokens, over contracts prepared as in 1.
 *   4. Checks: repo.checkLedger (balanced, no negative balance, every balance equal to its
 *      entries) and per contract (transfers against held/captured amounts, one hold and one
 *      capture/void each, one command-log row per command).
 *   5. Baseline: pgbench TPC-B (`pgbench -i -s 10` in its own database, then
 *      `pgbench -c 64 -j 2 -T 20`) on the same server.
 *
 * Writes bench/results/vouchers.json. Goal: ratio (ledger transfers per second through the
 * service layer ÷ pgbench tps) ≥ 0.5, invariantBreaks = 0, doubleSpends = 0.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client';
import { recordAudit } from '../src/modules/audit/service';
import {
  captureContract,
  holdContract,
  voidContract,
} from '../src/modules/vouchers/redemption-service';
import { checkLedger } from '../src/modules/vouchers/repo';
import { systemContext, type ServiceContext } from '../src/shared/service-context';
import { cpuSince, readCpu } from './cpu';
import { describeMachine } from './machine';
import { freePort, obtainBenchPostgres } from './postgres';
import {
  newRunTag,
  prepareConfirmedContracts,
  seedVoucherLoad,
  type VoucherLoadFixture,
} from './vouchers-fixture';
import {
  CONTRACT_AMOUNT_FEN,
  latencySummary,
  runRedemptionLoad,
  type CommandAnswer,
  type LoadResult,
  type RedemptionDriver,
} from './vouchers-load';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 64);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PROVIDERS = Math.max(1, Math.ceil(CLIENTS / 4));
const PGBENCH_SECONDS = Number(process.env.BENCH_PGBENCH_SECONDS ?? 20);
const CONTRACTS_PER_CLIENT = Number(process.env.BENCH_CONTRACTS_PER_CLIENT ?? 1000);
const GRANT_FEN = 100_000_000; // ¥1,000,000 per company: 20,000 holds of ¥50
const GOAL_RATIO = 0.5;

// -----------------------------------------------------------------------------------------
// Drivers

function serviceDriver(database: Database, fixture: VoucherLoadFixture): RedemptionDriver {
  const base = systemContext(database.db, 'bench');
  const contextOf = (principal: { accountId: string; email: string; roles: string[] }) =>
    ({
      ...base,
      actor: { accountId: principal.accountId, label: principal.email, roles: principal.roles },
    }) as ServiceContext;
  const providerOf = (client: number) => fixture.providers[client % fixture.providers.length]!;
  const call = (client: number, key: string) => ({
    providerId: providerOf(client).id,
    idempotencyKey: key,
  });
  const asAnswer = (answer: { status: number; body: unknown; replayed: boolean }) =>
    answer as CommandAnswer;
  return {
    hold: async (client, key, contractId) => {
      const provider = providerOf(client);
      return asAnswer(
        await holdContract(
          contextOf(provider.staff),
          provider.staff,
          call(client, key),
          contractId,
        ),
      );
    },
    capture: async (client, key, contractId, input) => {
      const provider = providerOf(client);
      return asAnswer(
        await captureContract(
          contextOf(provider.staff),
          provider.staff,
          call(client, key),
          contractId,
          input,
        ),
      );
    },
    void: async (client, key, contractId) => {
      const provider = providerOf(client);
      return asAnswer(
        await voidContract(
          contextOf(provider.staff),
          provider.staff,
          call(client, key),
          contractId,
        ),
      );
    },
  };
}

function httpDriver(baseUrl: string, fixture: VoucherLoadFixture): RedemptionDriver {
  const providerOf = (client: number) => fixture.providers[client % fixture.providers.length]!;
  const command = async (client: number, path: string, key: string, body: unknown = {}) => {
    const provider = providerOf(client);
    const response = await fetch(
      `${baseUrl}/api/v1/vouchers/providers/${provider.id}/contracts${path}`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${provider.token}`,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: JSON.stringify(body),
      },
    );
    const json = (await response.json()) as CommandAnswer['body'];
    if (response.status >= 300)
      throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(json)}`);
    return {
      status: response.status,
      body: json,
      replayed: response.headers.get('idempotent-replayed') === 'true',
    };
  };
  return {
    hold: (client, key, contractId) => command(client, `/${contractId}/hold`, key),
    capture: (client, key, contractId, input) =>
      command(client, `/${contractId}/capture`, key, input),
    void: (client, key, contractId) => command(client, `/${contractId}/void`, key),
  };
}

// -----------------------------------------------------------------------------------------
// Measurements around the load

/** Samples, every 100 ms, how many of the database's busy backends wait for a lock. */
function sampleLockWaits(url: string) {
  const client = new pg.Client({ connectionString: url });
  let samples = 0;
  let active = 0;
  let waiting = 0;
  let stopped = false;
  const done = (async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query<{ active: number; waiting: number }>(
        `select count(*) filter (where state = 'active')::int as active,
                count(*) filter (where state = 'active' and wait_event_type = 'Lock')::int as waiting
           from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      );
      samples += 1;
      active += rows[0]!.active;
      waiting += rows[0]!.waiting;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.end();
  })();
  return {
    async stop() {
      stopped = true;
      await done;
      return {
        meanActiveBackends: Number((active / Math.max(1, samples)).toFixed(1)),
        meanWaitingForLock: Number((waiting / Math.max(1, samples)).toFixed(1)),
      };
    },
  };
}

async function countRows(database: Database) {
  const result = await database.db.execute(
    sql`select (select count(*) from voucher_transfers)::int as transfers,
               ((select count(*) from audit_log) + (select count(*) from voucher_command_log))::int as audits`,
  );
  const row = (result as unknown as { rows: { transfers: number; audits: number }[] }).rows[0]!;
  return row;
}

/** Audited transactions that do nothing else, from `clients` connections at once, for `seconds`. */
async function measureAuditCeiling(database: Database, clients: number, seconds: number) {
  const ctx = systemContext(database.db, 'bench-audit-ceiling');
  let commits = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) {
        await database.db.transaction(async (tx) => {
          await recordAudit(tx, ctx, {
            action: 'bench.audit_ceiling',
            subjectType: 'bench',
            subjectId: String(client),
            after: { client },
          });
        });
        commits += 1;
      }
    }),
  );
  return commits / ((performance.now() - started) / 1000);
}

/** The invariants at the end: the ledger, then each contract the load redeemed. */
async function checkInvariants(database: Database, expected: LoadResult['expected']) {
  const ledger = await checkLedger(database.db);
  const breaks: string[] = [];
  if (ledger.balanceSumFen !== 0) breaks.push(`ledger sums to ${ledger.balanceSumFen}, not 0`);
  if (ledger.negativeAccounts > 0) breaks.push(`${ledger.negativeAccounts} negative accounts`);
  for (const account of ledger.mismatchedAccounts)
    breaks.push(`account ${account.code}: balance ${account.balanceFen} ≠ ${account.entriesFen}`);

  const result = await database.db.execute(sql`
    select c.id, c.status, c.held_fen::int as held, c.captured_fen::int as captured,
      coalesce(sum(t.amount_fen) filter (where t.type = 'hold'), 0)::int as hold_sum,
      count(t.id) filter (where t.type = 'hold')::int as holds,
      coalesce(sum(t.amount_fen) filter (where t.type = 'capture'), 0)::int as capture_sum,
      count(t.id) filter (where t.type = 'capture')::int as captures,
      coalesce(sum(t.amount_fen) filter (where t.type = 'release'), 0)::int as release_sum,
      (select count(*) from voucher_command_log a where a.subject_type = 'voucher_contract' and a.subject_id = c.id::text
         and a.action = 'voucher_hold.placed')::int as hold_audits,
      (select count(*) from voucher_command_log a where a.subject_type = 'voucher_contract' and a.subject_id = c.id::text
         and a.action in ('voucher_hold.captured', 'voucher_hold.voided'))::int as end_audits
    from voucher_contracts c left join voucher_transfers t on t.contract_id = c.id
    -- The prepared contracts the load did not reach are still only confirmed: nothing to check.
    where c.status <> 'confirmed'
    group by c.id`);
  const rows = (
    result as unknown as {
      rows: {
        id: string;
        status: string;
        held: number;
        captured: number;
        hold_sum: number;
        holds: number;
        capture_sum: number;
        captures: number;
        release_sum: number;
        hold_audits: number;
        end_audits: number;
      }[];
    }
  ).rows;
  const byId = new Map(rows.map((row) => [row.id, row]));
  let doubleSpends = 0;
  for (const row of rows) {
    // A second effect of one command: held twice, captured twice, captured more than held.
    if (row.holds > 1 || row.captures > 1 || row.captured > row.held) doubleSpends += 1;
    if (row.hold_audits > 1 || row.end_audits > 1) doubleSpends += 1;
    if (row.hold_sum !== row.held) breaks.push(`contract ${row.id}: holds ${row.hold_sum} ≠ held`);
    if (row.capture_sum !== row.captured)
      breaks.push(`contract ${row.id}: captures ${row.capture_sum} ≠ captured ${row.captured}`);
    const released = row.status === 'voided' ? row.held : row.held - row.captured;
    if (['captured', 'voided'].includes(row.status) && row.release_sum !== released)
      breaks.push(`contract ${row.id}: released ${row.release_sum} ≠ ${released}`);
  }
  for (const want of expected) {
    const row = byId.get(want.contractId);
    if (
      !row ||
      row.held !== want.heldFen ||
      row.captured !== want.capturedFen ||
      row.status !== (want.voided ? 'voided' : 'captured')
    )
      breaks.push(`contract ${want.contractId}: not as the client was told`);
  }
  return { ledger, contracts: rows.length, breaks, doubleSpends };
}

// -----------------------------------------------------------------------------------------
// The HTTP server and pgbench

const tsxScript = (name: string) => [
  '--import',
  'tsx',
  fileURLToPath(new URL(`./${name}`, import.meta.url)),
];

async function startServerProcess(environment: NodeJS.ProcessEnv, logFile: string) {
  const child = spawn(process.execPath, tsxScript('vouchers-server.ts'), {
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const baseUrl = `http://127.0.0.1:${environment.PORT}`;
  const deadline = Date.now() + 120_000;
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
  throw new Error(`the server did not become ready within 2 minutes; see ${logFile}`);
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

function findPgbench(): string | undefined {
  const found = spawnSync('pgbench', ['--version'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** pgbench TPC-B in a database of its own on the same server: tps without connection time. */
async function runPgbench(log: (line: string) => void) {
  const version = findPgbench();
  if (!version) {
    log(
      'pgbench not found: install it with `apt-get install postgresql-client` (Debian) and run again. Baseline skipped.',
    );
    return undefined;
  }
  const database = await obtainBenchPostgres(log);
  try {
    const url = new URL(database.url);
    const args = [
      '-h',
      url.hostname,
      '-p',
      url.port || '5432',
      '-U',
      decodeURIComponent(url.username || 'postgres'),
    ];
    const name = url.pathname.slice(1);
    const environment = { ...process.env, PGPASSWORD: decodeURIComponent(url.password) };
    log(`pgbench -i -s 10 ${name}`);
    const init = spawnSync('pgbench', [...args, '-i', '-s', '10', '-q', name], {
      encoding: 'utf8',
      env: environment,
    });
    if (init.status !== 0) throw new Error(`pgbench -i failed: ${init.stderr}`);
    const clients = Number(process.env.BENCH_PGBENCH_CLIENTS ?? 64);
    log(`pgbench -c ${clients} -j 2 -T ${PGBENCH_SECONDS} ${name}`);
    const cpuStart = readCpu();
    const run = spawnSync(
      'pgbench',
      [...args, '-c', String(clients), '-j', '2', '-T', String(PGBENCH_SECONDS), name],
      { encoding: 'utf8', env: environment },
    );
    if (run.status !== 0) throw new Error(`pgbench failed: ${run.stderr}`);
    const cpu = cpuSince(cpuStart);
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(run.stdout);
    const latency = /latency average = ([\d.]+) ms/.exec(run.stdout);
    const processed = /number of transactions actually processed: (\d+)/.exec(run.stdout);
    if (!tps) throw new Error(`pgbench printed no tps:\n${run.stdout}`);
    return {
      version,
      clients,
      seconds: PGBENCH_SECONDS,
      tps: Number(Number(tps[1]).toFixed(1)),
      latencyAverageMs: latency ? Number(latency[1]) : null,
      transactions: processed ? Number(processed[1]) : null,
      cpu: {
        ...cpu,
        microsecondsPerTransaction: cpuPerUnit(cpu, processed ? Number(processed[1]) : null),
      },
    };
  } finally {
    await database.close();
  }
}

// -----------------------------------------------------------------------------------------

/** Client + server CPU µs per unit of work; null without the server's figure. */
function cpuPerUnit(
  cpu: { clientSeconds: number; serverSeconds: number | null },
  units: number | null,
) {
  if (cpu.serverSeconds === null || !units) return null;
  return Number((((cpu.clientSeconds + cpu.serverSeconds) * 1e6) / units).toFixed(1));
}

function summarise(load: LoadResult, transfers: number, audits: number) {
  return {
    seconds: Number(load.seconds.toFixed(2)),
    redemptions: load.redemptions,
    captured: load.captured,
    voided: load.voided,
    commands: load.commands,
    duplicateSends: load.duplicateSends,
    transfers,
    auditedTransactions: audits,
    errors: load.errors,
    exhaustedClients: load.exhaustedClients,
    redemptionsPerSecond: Number((load.redemptions / load.seconds).toFixed(1)),
    transfersPerSecond: Number((transfers / load.seconds).toFixed(1)),
    auditedTransactionsPerSecond: Number((audits / load.seconds).toFixed(1)),
    command: latencySummary(load.commandLatenciesMs),
    redemption: latencySummary(load.redemptionLatenciesMs),
  };
}

async function main() {
  const log = (line: string) => console.log(line);
  log(`bench:vouchers — ${CLIENTS} clients, ${SECONDS} s per phase, ${PROVIDERS} providers`);
  const server = await obtainBenchPostgres(log);
  log(`PostgreSQL ${server.serverVersion} (${server.origin})`);
  const dataDir = mkdtempSync(join(tmpdir(), 'opc-bench-vouchers-'));
  let database = await openDatabase({ kind: 'postgres', url: server.url, poolSize: CLIENTS });
  let child: ChildProcess | undefined;
  try {
    await database.migrate();
    const tag = newRunTag();
    const seedStarted = performance.now();
    const fixture = await seedVoucherLoad(database, {
      providers: PROVIDERS,
      companies: CLIENTS,
      grantFen: GRANT_FEN,
      tag,
    });
    log(
      `Seeded ${PROVIDERS} providers and ${CLIENTS} companies in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
    );

    // 1. Service layer -------------------------------------------------------------------------
    log('Service layer…');
    const serviceContracts = await prepareConfirmedContracts(database, fixture, {
      clients: CLIENTS,
      perClient: CONTRACTS_PER_CLIENT,
      amountFen: CONTRACT_AMOUNT_FEN,
      tag: `${tag}S`,
    });
    const before = await countRows(database);
    const waits = sampleLockWaits(server.url);
    const serviceCpuStart = readCpu();
    const serviceLoad = await runRedemptionLoad(serviceDriver(database, fixture), {
      clients: CLIENTS,
      seconds: SECONDS,
      tag: `${tag}-svc`,
      contractsOf: (client) => serviceContracts[client]!,
    });
    const serviceCpu = cpuSince(serviceCpuStart);
    const lockWaits = await waits.stop();
    const after = await countRows(database);
    const service = summarise(
      serviceLoad,
      after.transfers - before.transfers,
      after.audits - before.audits,
    );
    log(JSON.stringify({ ...service, lockWaits }));

    // 2. The audit chain's ceiling ----------------------------------------------------------------
    log('Audit chain ceiling (audited transactions that do nothing else)…');
    const auditCeiling = await measureAuditCeiling(database, CLIENTS, 5);
    log(`  ${auditCeiling.toFixed(0)} audited commits/s`);
    await database.close();

    // 3. HTTP -----------------------------------------------------------------------------------
    log('HTTP (server in a child process, same database)…');
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: server.url,
      DATABASE_POOL_SIZE: String(CLIENTS),
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      SESSION_SECRET: randomBytes(32).toString('hex'),
      AUDIT_ANCHOR_KEY: randomBytes(32).toString('hex'),
      AUDIT_ANCHOR_FILE: join(dataDir, 'audit-anchors.jsonl'),
      LOGIN_RATE_LIMIT_PER_15_MIN: '100000',
      LOG_LEVEL: process.env.BENCH_SERVER_LOG_LEVEL ?? 'warn',
    };
    const started = await startServerProcess(environment, join(dataDir, 'server.log'));
    child = started.child;
    database = await openDatabase({ kind: 'postgres', url: server.url, poolSize: 2 });
    const httpContracts = await prepareConfirmedContracts(database, fixture, {
      clients: CLIENTS,
      perClient: CONTRACTS_PER_CLIENT,
      amountFen: CONTRACT_AMOUNT_FEN,
      tag: `${tag}H`,
    });
    const httpBefore = await countRows(database);
    const httpLoad = await runRedemptionLoad(httpDriver(started.baseUrl, fixture), {
      clients: CLIENTS,
      seconds: SECONDS,
      tag: `${tag}-http`,
      contractsOf: (client) => httpContracts[client]!,
    });
    const httpAfter = await countRows(database);
    const http = summarise(
      httpLoad,
      httpAfter.transfers - httpBefore.transfers,
      httpAfter.audits - httpBefore.audits,
    );
    log(JSON.stringify(http));
    await stopProcess(child);
    child = undefined;

    // 4. Checks -----------------------------------------------------------------------------------
    const checks = await checkInvariants(database, [...serviceLoad.expected, ...httpLoad.expected]);
    await database.close();
    const invariantBreaks = checks.breaks.length;
    const doubleSpends =
      checks.doubleSpends +
      serviceLoad.doubleEffects +
      serviceLoad.replayMismatches +
      httpLoad.doubleEffects +
      httpLoad.replayMismatches;
    for (const line of checks.breaks.slice(0, 10)) log(`BREAK: ${line}`);
    for (const line of [...serviceLoad.firstErrors, ...httpLoad.firstErrors]) log(`ERROR: ${line}`);
    if (serviceLoad.exhaustedClients + httpLoad.exhaustedClients > 0)
      log(
        'WARNING: clients ran out of prepared contracts before the clock stopped; the rates are understated: raise BENCH_CONTRACTS_PER_CLIENT',
      );

    // 5. Baseline ---------------------------------------------------------------------------------
    log('Baseline: pgbench TPC-B…');
    const pgbench = await runPgbench(log);

    const results = {
      name: 'vouchers',
      date: new Date().toISOString(),
      machine: {
        ...describeMachine(),
        postgres: server.serverVersion,
        postgresOrigin: server.origin,
        poolSize: CLIENTS,
      },
      metrics: {
        clients: CLIENTS,
        providers: PROVIDERS,
        secondsPerPhase: SECONDS,
        /** Ledger transfers posted per second through the service layer. */
        transfersPerSecond: service.transfersPerSecond,
        redemptionsPerSecond: service.redemptionsPerSecond,
        httpRedemptionsPerSecond: http.redemptionsPerSecond,
        httpTransfersPerSecond: http.transfersPerSecond,
        invariantBreaks,
        doubleSpends,
        errors: serviceLoad.errors + httpLoad.errors,
        contractsChecked: checks.contracts,
        ledger: {
          accounts: checks.ledger.accounts,
          transfers: checks.ledger.transfers,
          balanceSumFen: checks.ledger.balanceSumFen,
          negativeAccounts: checks.ledger.negativeAccounts,
          mismatchedAccounts: checks.ledger.mismatchedAccounts.length,
        },
        /** One command: hold, capture or void. */
        commandP50Ms: service.command.p50Ms,
        commandP99Ms: service.command.p99Ms,
        redemptionP50Ms: service.redemption.p50Ms,
        redemptionP99Ms: service.redemption.p99Ms,
        httpCommandP50Ms: http.command.p50Ms,
        httpCommandP99Ms: http.command.p99Ms,
        httpRedemptionP50Ms: http.redemption.p50Ms,
        httpRedemptionP99Ms: http.redemption.p99Ms,
        service,
        http,
        /**
         * CPU per unit of work, which the machine's other load does not move as it moves
         * throughput: the service phase's CPU (this process, the PostgreSQL server) per ledger
         * transfer, against pgbench's (pgbench itself, the server) per TPC-B transaction.
         * `ratio` = pgbench's µs per transaction ÷ ours per transfer (≥ 1: a transfer costs less
         * CPU than a TPC-B transaction). Null where the server's processes cannot be read.
         */
        cpu: {
          service: {
            ...serviceCpu,
            microsecondsPerTransfer: cpuPerUnit(serviceCpu, service.transfers),
          },
          pgbench: pgbench?.cpu ?? null,
          ratio:
            pgbench?.cpu.microsecondsPerTransaction && cpuPerUnit(serviceCpu, service.transfers)
              ? Number(
                  (
                    pgbench.cpu.microsecondsPerTransaction /
                    cpuPerUnit(serviceCpu, service.transfers)!
                  ).toFixed(3),
                )
              : null,
        },
        /**
         * The audit chain: every audited transaction locks its one head row until it commits.
         * `auditCeilingPerSecond` is what audited transactions that write nothing else reach with
         * the same clients — what redemptions would be capped by if their four commands took
         * that lock (they write to the voucher command log instead, sealed into the chain).
         */
        auditChain: {
          auditCeilingPerSecond: Number(auditCeiling.toFixed(1)),
          redemptionCeilingPerSecond: Number((auditCeiling / 4).toFixed(1)),
          serviceAuditedTransactionsPerSecond: service.auditedTransactionsPerSecond,
          serviceShareOfCeiling: Number(
            (service.auditedTransactionsPerSecond / auditCeiling).toFixed(3),
          ),
          ...lockWaits,
        },
      },
      baseline: pgbench
        ? { name: 'pgbench TPC-B', ...pgbench }
        : { name: 'pgbench TPC-B', tps: null, skipped: 'pgbench not installed' },
      /** transfersPerSecond ÷ pgbench tps. */
      ratio: pgbench ? Number((service.transfersPerSecond / pgbench.tps).toFixed(3)) : null,
    };
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/vouchers.json', `${JSON.stringify(results, null, 2)}\n`);
    log('');
    log(`transfers/s (service layer)   ${service.transfersPerSecond}`);
    log(`redemptions/s (service layer) ${service.redemptionsPerSecond}`);
    log(`redemptions/s (HTTP)          ${http.redemptionsPerSecond}`);
    log(`pgbench TPC-B tps             ${pgbench?.tps ?? 'skipped'}`);
    log(`ratio                         ${results.ratio ?? 'n/a'} (goal ≥ ${GOAL_RATIO})`);
    log(`audit chain ceiling           ${auditCeiling.toFixed(0)} audited commits/s`);
    log(
      `CPU µs per transfer (ours)    ${results.metrics.cpu.service.microsecondsPerTransfer ?? 'n/a'} (client ${serviceCpu.clientSeconds} s, server ${serviceCpu.serverSeconds ?? 'n/a'} s)`,
    );
    log(
      `CPU µs per TPC-B transaction  ${pgbench?.cpu.microsecondsPerTransaction ?? 'n/a'} (client ${pgbench?.cpu.clientSeconds ?? 'n/a'} s, server ${pgbench?.cpu.serverSeconds ?? 'n/a'} s)`,
    );
    log(`invariant breaks              ${invariantBreaks}`);
    log(`double spends                 ${doubleSpends}`);
    log(`errors                        ${serviceLoad.errors + httpLoad.errors}`);
    const correct =
      invariantBreaks === 0 && doubleSpends === 0 && serviceLoad.errors + httpLoad.errors === 0;
    if (!correct) log('FAIL: the ledger or the idempotency keys broke under load');
    else if (results.ratio !== null && results.ratio < GOAL_RATIO)
      log(
        `Goal missed: ratio ${results.ratio} < ${GOAL_RATIO} (metrics.auditChain.meanWaitingForLock and pg_stat_activity: most connections idle in transaction, waiting for the application)`,
      );
    else log('PASS');
    return correct ? 0 : 1;
  } finally {
    if (child) await stopProcess(child);
    await database.close().catch(() => undefined);
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
