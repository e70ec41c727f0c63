/**
 * Crash test of voucher redemptions (issue #13 item 5): the real server runs as a child process
 * (test/support/vouchers-crash-server.ts) on a file-backed database — PGlite under a temporary
 * DATA_DIR, or a fresh database on TEST_DATABASE_URL / DATABASE_URL when one is set. Workers
 * redeem (register → company confirm → hold → capture or void), sending 10 % of the idempotent
 * commands twice with the same key; mid-load the child is killed with SIGKILL. It is restarted
 * on the same data, every request whose answer was lost is sent again with its same key, and
 * each worker finishes its redemption. Then, on the database itself: the ledger balances, no
 * balance is negative, each contract number was registered once, each hold placed and ended
 * once with amounts that match the transfers, and every key has exactly one stored answer —
 * equal to what the client saw wherever it saw one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/client';
import { storedContractAnswer } from '../src/modules/vouchers/redemption-service';
import { checkLedger } from '../src/modules/vouchers/repo';
import { LOAD_PASSWORD, type VoucherLoadFixture } from '../bench/vouchers-fixture';

const WORKERS = 6;
const directory = mkdtempSync(join(tmpdir(), 'opc-vouchers-crash-'));
const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
let dropDatabase: (() => Promise<void>) | undefined;
afterAll(async () => {
  await dropDatabase?.();
  rmSync(directory, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

/** A fresh database on the PostgreSQL server, if one is given (dropped after the test). */
async function databaseUrl(): Promise<string | undefined> {
  if (!serverUrl || !/^postgres(ql)?:\/\//.test(serverUrl)) return undefined;
  const name = `opc_crash_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  dropDatabase = async () => {
    const dropper = new pg.Client({ connectionString: serverUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${name} with (force)`);
    await dropper.end();
  };
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function startChild(environment: NodeJS.ProcessEnv) {
  const script = fileURLToPath(new URL('./support/vouchers-crash-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready:\n${output}`)), 45_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('READY ')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return child;
}

async function stopChild(child: ChildProcess, signal: 'SIGKILL' | 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

interface Answer {
  status: number;
  body: any;
  replayed: boolean;
}

/** A request whose answer the client never received (the server died first). */
class LostAnswer extends Error {}

/** What a worker is doing: its contract and the request in flight when the server died. */
interface Worker {
  index: number;
  sequence: number;
  key: string;
  contractId: string | undefined;
  step: 'register' | 'confirm' | 'hold' | 'end' | 'done';
  voids: boolean;
  lost: boolean;
}

describe('voucher redemptions across a crash', () => {
  it('keeps the ledger balanced and every key to one effect when the server is killed mid-load', async () => {
    const url = await databaseUrl();
    const port = await freePort();
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      DATA_DIR: directory,
      DATABASE_URL: url ?? '',
      DATABASE_POOL_SIZE: '16',
      HOST: '127.0.0.1',
      PORT: String(port),
      SESSION_SECRET: randomBytes(32).toString('hex'),
      LOGIN_RATE_LIMIT_PER_15_MIN: '10000',
      LOG_LEVEL: 'silent',
      FIXTURE_FILE: join(directory, 'fixture.json'),
      CRASH_COMPANIES: String(WORKERS),
    };
    const base = `http://127.0.0.1:${port}/api/v1`;
    let child = await startChild(environment);
    const fixture = JSON.parse(
      readFileSync(environment.FIXTURE_FILE!, 'utf8'),
    ) as VoucherLoadFixture;

    // Each founder signs in once; sessions are rows, so they outlive the crash.
    const sessions: { cookie: string; csrf: string }[] = [];
    for (const company of fixture.companies) {
      const response = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: company.founder.email, password: LOAD_PASSWORD }),
      });
      expect(response.status).toBe(200);
      const cookies = response.headers
        .getSetCookie()
        .map((cookie) => cookie.split(';')[0]!)
        .filter((pair) => !pair.endsWith('='));
      sessions.push({
        cookie: cookies.join('; '),
        csrf: cookies.find((pair) => pair.startsWith('opc_csrf='))!.slice('opc_csrf='.length),
      });
    }

    /** Every key's first answer seen, with the request that made it. */
    const firstAnswers = new Map<string, Answer>();
    const requests = new Map<string, { path: string; body: unknown; provider: number }>();
    const mismatches: string[] = [];
    const freshTwice: string[] = [];
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const tag = randomUUID().slice(0, 8);

    async function post(path: string, headers: Record<string, string>, body: unknown) {
      let response: Response;
      try {
        response = await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
        return { status: response.status, text: await response.text(), headers: response.headers };
      } catch {
        throw new LostAnswer(path);
      }
    }

    async function command(key: string): Promise<Answer> {
      const request = requests.get(key)!;
      const provider = fixture.providers[request.provider]!;
      const answered = await post(
        `/vouchers/providers/${provider.id}/contracts${request.path}`,
        { authorization: `Bearer ${provider.token}`, 'idempotency-key': key },
        request.body,
      );
      const answer: Answer = {
        status: answered.status,
        body: JSON.parse(answered.text),
        replayed: answered.headers.get('idempotent-replayed') === 'true',
      };
      if (answer.status >= 300)
        throw new Error(`${request.path}: ${answer.status} ${answered.text}`);
      const first = firstAnswers.get(key);
      if (!first) firstAnswers.set(key, answer);
      else {
        if (!answer.replayed && !first.replayed) freshTwice.push(key);
        if (first.status !== answer.status || !isDeepStrictEqual(first.body, answer.body))
          mismatches.push(key);
      }
      return answer;
    }

    /** Sends an idempotent command; one time in ten, sends it again with the same key. */
    async function send(key: string, path: string, body: unknown, provider: number) {
      requests.set(key, { path, body, provider });
      const answer = await command(key);
      if (Math.random() < 0.1) await command(key);
      return answer;
    }

    async function confirm(worker: Worker) {
      const session = sessions[worker.index]!;
      const answered = await post(
        `/vouchers/contracts/${worker.contractId}/confirm`,
        { cookie: session.cookie, 'x-csrf-token': session.csrf },
        { relatedParty: false },
      );
      // A confirm whose answer was lost may have committed: confirmed already is fine then.
      const alreadyConfirmed =
        answered.status === 409 && worker.lost && answered.text.includes('invalid_transition');
      if (answered.status !== 200 && !alreadyConfirmed)
        throw new Error(`confirm: ${answered.status} ${answered.text}`);
    }

    /** Advances a worker's redemption by one step (again with the same key after a loss). */
    async function step(worker: Worker) {
      const provider = worker.index % fixture.providers.length;
      const prefix = `${tag}-${worker.index}-${worker.sequence}`;
      switch (worker.step) {
        case 'register': {
          worker.key = `${prefix}-register`;
          const answer = worker.lost
            ? await command(worker.key)
            : await send(
                worker.key,
                '',
                {
                  contractNumber: `CRASH-${prefix}`,
                  creditCode: fixture.companies[worker.index]!.creditCode,
                  kind: 'compute',
                  contractAmountFen: 10_000 + worker.sequence,
                  contractDate: today,
                  relatedParty: false,
                },
                provider,
              );
          worker.contractId = answer.body.id;
          worker.step = 'confirm';
          break;
        }
        case 'confirm':
          await confirm(worker);
          worker.step = 'hold';
          break;
        case 'hold':
          worker.key = `${prefix}-hold`;
          if (worker.lost) await command(worker.key);
          else await send(worker.key, `/${worker.contractId}/hold`, {}, provider);
          worker.step = 'end';
          break;
        case 'end':
          worker.key = `${prefix}-${worker.voids ? 'void' : 'capture'}`;
          if (worker.lost) await command(worker.key);
          else if (worker.voids) await send(worker.key, `/${worker.contractId}/void`, {}, provider);
          else
            await send(
              worker.key,
              `/${worker.contractId}/capture`,
              { invoiceNumber: `INV-${prefix}`, deliveryProof: 'crash test delivery' },
              provider,
            );
          worker.step = 'done';
          break;
        case 'done':
          return;
      }
      worker.lost = false;
    }

    const workers: Worker[] = Array.from({ length: WORKERS }, (_, index) => ({
      index,
      sequence: 0,
      key: '',
      contractId: undefined,
      step: 'register',
      voids: false,
      lost: false,
    }));
    let completed = 0;
    let crashed = false;

    async function runWorker(worker: Worker) {
      while (!crashed) {
        try {
          await step(worker);
        } catch (error) {
          if (error instanceof LostAnswer) {
            worker.lost = true;
            return;
          }
          throw error;
        }
        if (worker.step === 'done') {
          completed += 1;
          worker.sequence += 1;
          worker.step = 'register';
          worker.contractId = undefined;
          worker.voids = Math.random() < 0.1;
        }
      }
    }

    // Load, and kill the server mid-load once some redemptions are done.
    const running = workers.map((worker) => runWorker(worker));
    const deadline = Date.now() + 20_000;
    while (completed < 2 * WORKERS && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 200));
    crashed = true;
    await stopChild(child, 'SIGKILL');
    await Promise.all(running);
    expect(completed).toBeGreaterThan(0);
    const lost = workers.filter((worker) => worker.lost).length;

    // Restart on the same data; every lost request again with its key, then finish.
    child = await startChild(environment);
    try {
      for (const worker of workers)
        while (worker.step !== 'done' && worker.step !== 'register') await step(worker);
      for (const worker of workers)
        if (worker.step === 'register' && worker.lost) await step(worker);
      for (const worker of workers) while (worker.step !== 'done') await step(worker);
    } finally {
      await stopChild(child, 'SIGTERM');
    }

    // The database itself.
    const database: Database = await openDatabase(
      url
        ? { kind: 'postgres', url, poolSize: 2 }
        : { kind: 'pglite', dataDir: join(directory, 'pglite') },
    );
    try {
      const ledger = await checkLedger(database.db);
      expect(ledger.mismatchedAccounts).toEqual([]);
      expect(ledger.negativeAccounts).toBe(0);
      expect(ledger.balanceSumFen).toBe(0);

      const rowsOf = async <T>(query: ReturnType<typeof sql>) =>
        ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
      const contracts = await rowsOf<{
        number: string;
        status: string;
        held: number;
        captured: number;
        holds: number;
        hold_sum: number;
        captures: number;
        capture_sum: number;
        release_sum: number;
        audits: number;
      }>(sql`
        select c.contract_number as number, c.status, c.held_fen::int as held,
          c.captured_fen::int as captured,
          count(t.id) filter (where t.type = 'hold')::int as holds,
          coalesce(sum(t.amount_fen) filter (where t.type = 'hold'), 0)::int as hold_sum,
          count(t.id) filter (where t.type = 'capture')::int as captures,
          coalesce(sum(t.amount_fen) filter (where t.type = 'capture'), 0)::int as capture_sum,
          coalesce(sum(t.amount_fen) filter (where t.type = 'release'), 0)::int as release_sum,
          (select count(*) from voucher_command_log a where a.subject_id = c.id::text)::int as audits
        from voucher_contracts c left join voucher_transfers t on t.contract_id = c.id
        where c.contract_number like ${`CRASH-${tag}-%`}
        group by c.id`);
      // Each register key made exactly one contract, and every redemption ended once.
      const registerKeys = [...requests.keys()].filter((key) => key.endsWith('-register'));
      expect(contracts.map((row) => row.number).sort()).toEqual(
        registerKeys.map((key) => `CRASH-${key.slice(0, -'-register'.length)}`).sort(),
      );
      for (const row of contracts) {
        expect(row.status, row.number).toMatch(/^(captured|voided)$/);
        expect(row.holds, row.number).toBe(1);
        expect(row.hold_sum, row.number).toBe(row.held);
        expect(row.captures, row.number).toBe(row.status === 'captured' ? 1 : 0);
        expect(row.capture_sum, row.number).toBe(row.captured);
        expect(row.release_sum, row.number).toBe(row.held - row.captured);
        // registered, confirmed, hold placed, captured or voided: one audit row each.
        expect(row.audits, row.number).toBe(4);
      }

      // Every key has one stored answer, the one the client saw wherever it saw one.
      const stored = await rowsOf<{ key: string; response_status: number; response_body: any }>(
        sql`select key, response_status, response_body from idempotency_keys
            where key like ${`${tag}-%`}`,
      );
      expect(stored.map((row) => row.key).sort()).toEqual([...requests.keys()].sort());
      for (const row of stored) {
        const seen = firstAnswers.get(row.key);
        expect(seen, row.key).toBeDefined();
        expect(row.response_status, row.key).toBe(seen!.status);
        // Hold and capture store the contract row they left (migration 0012), presented on replay.
        expect(storedContractAnswer(row.response_body), row.key).toEqual(seen!.body);
      }
      expect(freshTwice).toEqual([]);
      expect(mismatches).toEqual([]);
      console.log(
        `crash test: ${contracts.length} contracts, ${requests.size} keys, ${lost} answers lost in the crash`,
      );
    } finally {
      await database.close();
    }
  }, 90_000);
});
