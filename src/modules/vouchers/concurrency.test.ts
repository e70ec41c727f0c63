/**
 * Races over HTTP on the voucher ledger (issue #13): many calls with the same Idempotency-Key,
 * holds on different contracts of one company that together ask for more than it has, and a
 * capture racing a void of the same hold. Runs on PGlite by default (its one connection makes
 * transactions take turns) and on PostgreSQL — real parallel transactions — with
 * TEST_DATABASE_URL set, e.g.
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx vitest run src/modules/vouchers/concurrency.test.ts
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { voucherContracts, voucherTransfers } from '../../db/schema/vouchers';
import { chinaDateOf, chinaYearOf } from '../../shared/china-time';
import { accountCodes } from './accounts';
import * as repo from './repo';
import { insertApplication } from '../applications/repo';
import {
  approvedVoucherApplication,
  countTransfers,
  createTestOrganisation,
  expectLedgerBalanced,
  findBrokenInvariants,
  fundPools,
  issueTestGrant,
  noBrokenInvariants,
  providerCommand,
  registerTestProvider,
  startVoucherServer,
  type SignedInClient,
  type VoucherServer,
} from './test-support';

const PARALLEL = 16;

let server: VoucherServer;
let founder: SignedInClient;
let staff: SignedInClient;
let provider: { id: string };

beforeAll(async () => {
  server = await startVoucherServer();
  const year = chinaYearOf(server.clock.now());
  await fundPools(server.ctx, [year, year + 1], 1_000_000_000_000);
  founder = await server.signedInClient(['founder']);
  staff = await server.signedInClient(['provider']);
  const organisation = await createTestOrganisation(server.ctx, staff.principal, '并发测试服务商');
  provider = await registerTestProvider(server.ctx, organisation, ['compute']);
}, 120_000);
afterAll(async () => server?.close());

const contractsPath = () => `/vouchers/providers/${provider.id}/contracts`;

/** A company of the founder with a compute grant of `grantFen`. */
async function companyWithGrant(grantFen: number) {
  const company = await createTestOrganisation(server.ctx, founder.principal);
  const application = await insertApplication(
    server.db,
    approvedVoucherApplication({
      organisationId: company.id,
      kind: 'compute',
      amountFen: grantFen,
      applicant: { accountId: founder.accountId, personId: founder.personId },
    }),
  );
  await issueTestGrant(server.ctx, {
    organisationId: company.id,
    kind: 'compute',
    amountFen: grantFen,
    applicationId: application.id,
  });
  return company;
}

function contractBody(creditCode: string, contractAmountFen: number) {
  return {
    contractNumber: `RACE-${randomUUID().slice(0, 8)}`,
    creditCode,
    kind: 'compute',
    contractAmountFen,
    contractDate: chinaDateOf(server.clock.now()),
    relatedParty: false,
  };
}

/** A registered and confirmed contract (compute: the hold is half the amount). */
async function confirmedContract(creditCode: string, contractAmountFen: number) {
  const registered = await providerCommand(
    staff,
    contractsPath(),
    contractBody(creditCode, contractAmountFen),
  );
  expect(registered.status, registered.text).toBe(201);
  const confirmed = await founder.post(`/api/v1/vouchers/contracts/${registered.body.id}/confirm`, {
    relatedParty: false,
  });
  expect(confirmed.status, confirmed.text).toBe(200);
  return registered.body.id as string;
}

async function expectLedgerSound() {
  await expectLedgerBalanced(server.db);
  expect(await findBrokenInvariants(server.db)).toEqual(noBrokenInvariants);
}

describe('the same Idempotency-Key, many times at once', () => {
  it(`${PARALLEL} registrations with one key: one contract, every answer the same`, async () => {
    const company = await companyWithGrant(1_000_000);
    const key = randomUUID();
    const body = contractBody(company.creditCode, 200_000);
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, () => providerCommand(staff, contractsPath(), body, key)),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201));
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(
      answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'false'),
    ).toHaveLength(1);
    const rows = await server.db
      .select()
      .from(voucherContracts)
      .where(
        and(
          eq(voucherContracts.providerId, provider.id),
          eq(voucherContracts.contractNumber, body.contractNumber),
        ),
      );
    expect(rows).toHaveLength(1);
  });

  it(`${PARALLEL} captures with one key: one capture, every answer the same`, async () => {
    const company = await companyWithGrant(1_000_000);
    const id = await confirmedContract(company.creditCode, 400_000);
    const held = await providerCommand(staff, `${contractsPath()}/${id}/hold`);
    expect(held.body.heldFen).toBe(200_000);
    const transfersBefore = await countTransfers(server.db);
    const key = randomUUID();
    const body = { amountFen: 150_000, invoiceNumber: 'INV-RACE', deliveryProof: 'delivered' };
    const answers = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        providerCommand(staff, `${contractsPath()}/${id}/capture`, body, key),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(answers[0]!.body).toMatchObject({ status: 'captured', capturedFen: 150_000 });
    // One capture and one release of the rest: two entries, whatever the number of calls.
    expect(await countTransfers(server.db)).toBe(transfersBefore + 2);
    const entries = await server.db
      .select()
      .from(voucherTransfers)
      .where(and(eq(voucherTransfers.contractId, id), eq(voucherTransfers.type, 'capture')));
    expect(entries.reduce((sum, entry) => sum + entry.amountFen, 0)).toBe(150_000);
    await expectLedgerSound();
  });
});

describe('holds racing for one balance', () => {
  it('holds on different contracts asking for more than the grant: never more than the grant held', async () => {
    const GRANT = 1_000_000;
    const company = await companyWithGrant(GRANT);
    // Each contract's hold is 300,000 (50 % of 600,000): 8 of them ask for 2,400,000.
    const ids = [];
    for (let index = 0; index < 8; index += 1)
      ids.push(await confirmedContract(company.creditCode, 600_000));
    const answers = await Promise.all(
      ids.map((id) => providerCommand(staff, `${contractsPath()}/${id}/hold`)),
    );
    const held = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status !== 200);
    for (const answer of refused) {
      expect(answer.status, answer.text).toBe(409);
      expect(answer.body.code).toBe('voucher.no_balance');
    }
    const total = held.reduce((sum, answer) => sum + answer.body.heldFen, 0);
    expect(total).toBe(GRANT); // three whole holds and the rest of the grant for a fourth
    expect(held).toHaveLength(4);
    const rows = await server.db
      .select()
      .from(voucherContracts)
      .where(inArray(voucherContracts.id, ids));
    expect(rows.reduce((sum, row) => sum + row.heldFen, 0)).toBe(GRANT);
    const account = await repo.findAccountByCode(
      server.db,
      accountCodes.held(company.id, 'compute'),
    );
    expect(account!.balanceFen).toBe(GRANT);
    const [grant] = await repo.listGrantsWithBalance(server.db, company.id, 'compute');
    expect(grant!.balanceFen).toBe(0);
    await expectLedgerSound();
  });
});

describe('capture and void of the same hold at once', () => {
  it('exactly one wins, each of 6 times, and the money is where the winner put it', async () => {
    const company = await companyWithGrant(6 * 100_000);
    for (let round = 0; round < 6; round += 1) {
      const id = await confirmedContract(company.creditCode, 200_000);
      const held = await providerCommand(staff, `${contractsPath()}/${id}/hold`);
      expect(held.body.heldFen).toBe(100_000);
      const capture = () =>
        providerCommand(staff, `${contractsPath()}/${id}/capture`, {
          invoiceNumber: `INV-${round}`,
          deliveryProof: 'delivered',
        });
      const voidHold = () => providerCommand(staff, `${contractsPath()}/${id}/void`);
      // Sent in one order, then the other.
      const [captureAnswer, voidAnswer] =
        round % 2 === 0
          ? await Promise.all([capture(), voidHold()])
          : (await Promise.all([voidHold(), capture()])).reverse();
      if (!captureAnswer || !voidAnswer) throw new Error('two answers expected');
      const won = [captureAnswer, voidAnswer].filter((answer) => answer.status === 200);
      expect(won, `${captureAnswer.text} / ${voidAnswer.text}`).toHaveLength(1);
      const lost = captureAnswer.status === 200 ? voidAnswer : captureAnswer;
      expect(lost.status, lost.text).toBe(409);
      expect(lost.body.code).toBe('voucher.invalid_transition');
      const row = await repo.findContract(server.db, id);
      if (captureAnswer.status === 200) {
        expect(row).toMatchObject({ status: 'captured', capturedFen: 100_000 });
      } else {
        expect(row).toMatchObject({ status: 'voided', capturedFen: 0 });
      }
      await expectLedgerSound();
    }
    // What was captured left the company; what was voided came back to its grant.
    const rows = await server.db
      .select()
      .from(voucherContracts)
      .where(eq(voucherContracts.organisationId, company.id));
    const captured = rows.reduce((sum, row) => sum + row.capturedFen, 0);
    const [grant] = await repo.listGrantsWithBalance(server.db, company.id, 'compute');
    expect(grant!.balanceFen).toBe(6 * 100_000 - captured);
    const heldAccount = await repo.findAccountByCode(
      server.db,
      accountCodes.held(company.id, 'compute'),
    );
    expect(heldAccount!.balanceFen).toBe(0);
  });
});
