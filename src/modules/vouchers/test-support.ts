/**
 * Test support for the voucher ledger's tests (ledger.property, vouchers, concurrency): a clock
 * the tests move, a real server on a fresh database that reads that clock, and the people,
 * organisations, providers, pools and grants a voucher needs — made through the same services
 * production uses (issueVoucherGrant in a transaction, as an approval does).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { TestClient, TEST_PASSWORD } from '../../../test/support/test-server';
import { createTestDatabase } from '../../../test/support/test-database';
import { testConfig } from '../../config';
import type { Database, Db } from '../../db/client';
import type { Role } from '../../db/schema/accounts';
import type { applications } from '../../db/schema/applications';
import { voucherKindValues, type VoucherKind } from '../../db/schema/vouchers';
import { buildApp } from '../../http/app';
import type { AppInstance } from '../../http/types';
import { registerAccount, type Principal } from '../accounts/service';
import { createOrganisation } from '../organisations/service';
import { creditCodeCheckCharacter } from '../../shared/uscc';
import { systemContext, type ServiceContext } from '../../shared/service-context';
import { allVoucherParameters, fundVoucherPool, issueVoucherGrant } from './grants-service';
import { registerProvider } from './providers-service';
import * as repo from './repo';

// ---------------------------------------------------------------------------------------------
// Clock

/** A clock tests move: real time plus an offset, or a fixed instant. */
export interface TestClock {
  now(): Date;
  /** Moves "now" to this instant (then it stays fixed until moved again). */
  set(instant: Date): void;
  advance(ms: number): void;
  /** Back to the real time. */
  reset(): void;
}

export function createClock(start?: Date): TestClock {
  let fixed: number | null = start ? start.getTime() : null;
  let offset = 0;
  return {
    now: () => new Date(fixed ?? Date.now() + offset),
    set: (instant) => {
      fixed = instant.getTime();
    },
    advance: (ms) => {
      if (fixed !== null) fixed += ms;
      else offset += ms;
    },
    reset: () => {
      fixed = null;
      offset = 0;
    },
  };
}

/** A service context for tests: the system acting, on this clock. */
export function testContext(db: Db, clock: TestClock): ServiceContext {
  return { ...systemContext(db, 'voucher-test'), language: 'en', now: () => clock.now() };
}

// ---------------------------------------------------------------------------------------------
// People and organisations (through their owners' services: modules own their tables)

const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fresh, valid unified social credit code (a market-regulation one, Shenzhen). */
export function newCreditCode(): string {
  const bytes = randomBytes(9);
  const body = [...bytes].map((byte) => CREDIT_CODE_CHARSET[byte % 31]).join('');
  const first17 = `91440300${body}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

/** An account with its person (registered as the accounts module registers one). */
export async function createTestAccount(db: Db, roles: Role[] = ['founder']) {
  const email = `v-${randomUUID().slice(0, 12)}@test.opchub.cn`;
  const account = await registerAccount(
    systemContext(db, 'test'),
    { email, password: TEST_PASSWORD, displayName: `Test ${roles.join('+')}` },
    roles,
  );
  const personId = (await repo.findPersonIdOfAccount(db, account.id))!;
  const principal: Principal = {
    accountId: account.id,
    email,
    displayName: account.displayName,
    preferredLanguage: account.preferredLanguage,
    roles,
    via: 'session',
    sessionId: null,
    tokenId: null,
    tokenPrefix: null,
  };
  return { accountId: account.id, personId, email, principal };
}

/**
 * An organisation registered by `founder` (who becomes its founder member): a company, or the
 * organisation behind a provider. A person who registers two is a member of both — a related
 * party on record (A.V1).
 */
export async function createTestOrganisation(
  ctx: ServiceContext,
  founder: Pick<Principal, 'accountId' | 'displayName' | 'email'>,
  name = `测试企业 ${randomUUID().slice(0, 8)}`,
) {
  const organisation = await createOrganisation(ctx, founder as Principal, {
    creditCode: newCreditCode(),
    name,
    kind: 'company',
  });
  return { id: organisation.id, creditCode: organisation.creditCode, name: organisation.name };
}

// ---------------------------------------------------------------------------------------------
// Providers, pools, grants

/** Registers the organisation as a provider of these kinds (as an administrator would). */
export async function registerTestProvider(
  ctx: ServiceContext,
  organisation: { creditCode: string },
  kinds: VoucherKind[],
) {
  return registerProvider(ctx, {
    creditCode: organisation.creditCode,
    kinds,
    contactName: 'Test contact',
    payeeName: 'Test payee',
    bankName: 'Test bank',
    accountNumber: '6222 0000 0000 0001',
  });
}

/** Puts `amountFen` into every kind's pool for each year. */
export async function fundPools(ctx: ServiceContext, years: number[], amountFen: number) {
  for (const kind of voucherKindValues)
    for (const year of years)
      await fundVoucherPool(ctx, { kind, year, amountFen, reason: 'test funding' });
}

export interface TestGrant {
  organisationId: string;
  kind: VoucherKind;
  amountFen: number;
  startup?: boolean;
  /** The approved application the grant comes from (see {@link approvedVoucherApplication}). */
  applicationId: string;
}

/**
 * The row of an approved voucher application of the company, for the test to insert (the
 * applications module owns the table; test files may write it, this helper may not).
 */
export function approvedVoucherApplication(input: {
  organisationId: string;
  kind: VoucherKind;
  amountFen: number;
  applicant: { accountId: string; personId: string };
}): typeof applications.$inferInsert {
  return {
    policyId: `voucher.${input.kind}`,
    applicantAccountId: input.applicant.accountId,
    applicantPersonId: input.applicant.personId,
    organisationId: input.organisationId,
    claimSubject: 'organisation',
    status: 'approved',
    capFen: input.amountFen,
  };
}

/**
 * Issues a grant the way an approval does (decisions.ts): the parameters read before the
 * transaction, issueVoucherGrant inside it.
 */
export async function issueTestGrant(ctx: ServiceContext, input: TestGrant) {
  const allParameters = await allVoucherParameters(ctx);
  return ctx.db.transaction((tx) =>
    issueVoucherGrant(
      tx,
      ctx,
      {
        applicationId: input.applicationId,
        organisationId: input.organisationId,
        policyId: `voucher.${input.kind}`,
        amountFen: input.amountFen,
        startup: input.startup ?? false,
        clauses: ['A.P9', 'A.V1'],
      },
      allParameters,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Ledger checks

/** The ledger's own invariants: balances sum to zero, match their entries, none negative. */
export async function expectLedgerBalanced(db: Db) {
  const ledger = await repo.checkLedger(db);
  expect(ledger.balanceSumFen).toBe(0);
  expect(ledger.mismatchedAccounts).toEqual([]);
  expect(ledger.negativeAccounts).toBe(0);
  return ledger;
}

export async function countTransfers(db: Db) {
  return (await repo.checkLedger(db)).transfers;
}

/**
 * How many rows break the contracts' and entitlements' invariants (none expected), in one query:
 * captured above held or refunded above captured; granted above the cap; a company's grants not
 * adding up to its entitlement; a contract number used twice by one provider.
 */
export async function findBrokenInvariants(db: Db) {
  const result = await db.execute(sql`select
    (select count(*) from voucher_contracts
      where captured_fen > held_fen or refunded_fen > captured_fen or held_fen < 0)::int
      as "contractsOverdrawn",
    (select count(*) from voucher_entitlements where granted_fen > cap_fen)::int
      as "entitlementsAboveCap",
    (select count(*) from (
      select g.organisation_id from voucher_grants g
      left join voucher_entitlements e on e.organisation_id = g.organisation_id and e.kind = g.kind
      group by g.organisation_id, g.kind, e.granted_fen
      having sum(g.amount_fen) <> coalesce(e.granted_fen, 0)) mismatched)::int
      as "grantsNotMatchingEntitlement",
    (select count(*) from (
      select provider_id from voucher_contracts
      group by provider_id, contract_number having count(*) > 1) duplicated)::int
      as "duplicateContractNumbers"`);
  return (result as unknown as { rows: Record<string, number>[] }).rows[0]!;
}

export const noBrokenInvariants = {
  contractsOverdrawn: 0,
  entitlementsAboveCap: 0,
  grantsNotMatchingEntitlement: 0,
  duplicateContractNumbers: 0,
};

// ---------------------------------------------------------------------------------------------
// A real server on the test clock

export interface VoucherServer {
  app: AppInstance;
  database: Database;
  db: Db;
  baseUrl: string;
  clock: TestClock;
  ctx: ServiceContext;
  client(): TestClient;
  /** Creates an account with these roles and returns a client signed in as it. */
  signedInClient(roles: Role[]): Promise<SignedInClient>;
  close(): Promise<void>;
}

export type SignedInClient = TestClient & {
  accountId: string;
  personId: string;
  email: string;
  principal: Principal;
  /** Signs in again (after the clock moved past the session). */
  relogin(): Promise<void>;
};

/**
 * The real server on a fresh database (PGlite, or PostgreSQL with TEST_DATABASE_URL) whose
 * "now" is the test clock, like `npm run demo:vouchers` moves its clock to settle a month.
 */
export async function startVoucherServer(): Promise<VoucherServer> {
  const database = await createTestDatabase();
  const clock = createClock();
  const config = testConfig({
    loginRateLimitPer15Min: 10_000,
    logLevel: (process.env.VOUCHER_TEST_LOG ?? 'silent') as 'silent',
  });
  const { app } = await buildApp(config, database, { now: () => clock.now() });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const db = database.db;
  return {
    app,
    database,
    db,
    baseUrl,
    clock,
    ctx: testContext(db, clock),
    client: () => new TestClient(baseUrl),
    async signedInClient(roles) {
      const account = await createTestAccount(db, roles);
      const client = new TestClient(baseUrl);
      await client.logIn(account.email, TEST_PASSWORD);
      return Object.assign(client, {
        accountId: account.accountId,
        personId: account.personId,
        email: account.email,
        principal: account.principal,
        relogin: async () => {
          await client.logIn(account.email, TEST_PASSWORD);
        },
      });
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A provider call with an Idempotency-Key (a fresh one unless given). */
export function providerCommand(
  client: TestClient,
  path: string,
  body: unknown = {},
  key: string | null = randomUUID(),
) {
  return client.request('POST', `/api/v1${path}`, {
    json: body,
    headers: key === null ? {} : { 'idempotency-key': key },
  });
}
