/**
 * Vouchers through the HTTP API (issue #13; A.P9, A.V1), on a real server over PGlite (or
 * PostgreSQL with TEST_DATABASE_URL): every refusal is a 4xx problem+json naming its rule (the
 * code) and, where A.V1 or A.P9 applies, the clause — and writes NOTHING (no transfer, the
 * contract unchanged). Also: a provider's API token does the provider calls, a company sees its
 * balances, and the per-company cap holds whatever the order of approvals.
 *
 * NOTE: the tests that move the clock (settlement, expiry) run last and put it back.
 */
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/applications';
import {
  voucherContracts,
  type VoucherContractStatus,
  type VoucherKind,
} from '../../db/schema/vouchers';
import { illegalTransition } from '../../shared/state-machine';
import { chinaDateOf, chinaMonthOf } from '../../shared/china-time';
import { chinaYearOf } from '../../shared/china-time';
import type { TestResponse } from '../../../test/support/test-server';
import { insertApplication } from '../applications/repo';
import { accountCodes } from './accounts';
import * as repo from './repo';
import { voucherContractMachine } from './state-machine';
import { periodEnd } from './statements-service';
import {
  approvedVoucherApplication,
  countTransfers,
  createTestOrganisation,
  expectLedgerBalanced,
  fundPools,
  issueTestGrant,
  newCreditCode,
  providerCommand,
  registerTestProvider,
  startVoucherServer,
  type SignedInClient,
  type VoucherServer,
} from './test-support';

let server: VoucherServer;
let admin: SignedInClient;
let finance: SignedInClient;
let reviewer: SignedInClient;
let reviewer2: SignedInClient;
let founder: SignedInClient;
let staff: SignedInClient;
let otherStaff: SignedInClient;
let company: { id: string; creditCode: string };
let provider: { id: string; organisationId: string };
let otherProvider: { id: string; organisationId: string };

const GRANT_FEN = 1_000_000; // ¥10,000 of compute voucher
const contractsPath = () => `/vouchers/providers/${provider.id}/contracts`;

beforeAll(async () => {
  server = await startVoucherServer();
  const year = chinaYearOf(server.clock.now());
  await fundPools(server.ctx, [year, year + 1], 1_000_000_000_000);
  admin = await server.signedInClient(['admin']);
  finance = await server.signedInClient(['finance_officer']);
  reviewer = await server.signedInClient(['reviewer']);
  reviewer2 = await server.signedInClient(['reviewer']);
  founder = await server.signedInClient(['founder']);
  staff = await server.signedInClient(['provider']);
  otherStaff = await server.signedInClient(['provider']);
  // Each organisation is registered by its first member (the founder, a provider's staff).
  company = await createTestOrganisation(server.ctx, founder.principal);
  const providerOrganisation = await createTestOrganisation(
    server.ctx,
    staff.principal,
    '测试算力服务商',
  );
  provider = await registerTestProvider(server.ctx, providerOrganisation, ['compute', 'model']);
  const otherOrganisation = await createTestOrganisation(
    server.ctx,
    otherStaff.principal,
    '另一家服务商',
  );
  otherProvider = await registerTestProvider(server.ctx, otherOrganisation, ['compute']);
  await grant(company.id, 'compute', GRANT_FEN);
}, 120_000);
afterAll(async () => server?.close());

/** A grant of an approved application of the company (as an approval issues it). */
async function grant(organisationId: string, kind: VoucherKind, amountFen: number) {
  const application = await insertApplication(
    server.db,
    approvedVoucherApplication({
      organisationId,
      kind,
      amountFen,
      applicant: { accountId: founder.accountId, personId: founder.personId },
    }),
  );
  return issueTestGrant(server.ctx, {
    organisationId,
    kind,
    amountFen,
    applicationId: application.id,
  });
}

/** A contract body for the company (compute, ¥2,000 → a ¥1,000 hold at 50 %). */
function contractBody(overrides: Record<string, unknown> = {}) {
  return {
    contractNumber: `HT-${randomUUID().slice(0, 8)}`,
    creditCode: company.creditCode,
    kind: 'compute',
    contractAmountFen: 200_000,
    contractDate: chinaDateOf(server.clock.now()),
    relatedParty: false,
    ...overrides,
  };
}

/** A contract taken as far as `until` through the API. */
async function contractAt(
  until: 'awaiting_company' | 'confirmed' | 'held' | 'captured',
  overrides: Record<string, unknown> = {},
) {
  const registered = await providerCommand(staff, contractsPath(), contractBody(overrides));
  expect(registered.status, registered.text).toBe(201);
  const id: string = registered.body.id;
  if (until === 'awaiting_company') return registered.body;
  const confirmed = await founder.post(`/api/v1/vouchers/contracts/${id}/confirm`, {
    relatedParty: false,
  });
  expect(confirmed.status, confirmed.text).toBe(200);
  if (until === 'confirmed') return confirmed.body;
  const held = await providerCommand(staff, `${contractsPath()}/${id}/hold`);
  expect(held.status, held.text).toBe(200);
  if (until === 'held') return held.body;
  const captured = await providerCommand(staff, `${contractsPath()}/${id}/capture`, {
    invoiceNumber: 'INV-1',
    deliveryProof: 'delivered',
  });
  expect(captured.status, captured.text).toBe(200);
  return captured.body;
}

/** What a refused call must leave as it was: the ledger's entries, the contracts. */
async function snapshot(contractId?: string) {
  const [contracts] = await server.db.select({ count: count() }).from(voucherContracts);
  return {
    transfers: await countTransfers(server.db),
    contracts: contracts!.count,
    contract: contractId ? await repo.findContract(server.db, contractId) : undefined,
  };
}

async function expectNothingWritten(before: Awaited<ReturnType<typeof snapshot>>) {
  expect(await snapshot(before.contract?.id)).toEqual(before);
  await expectLedgerBalanced(server.db);
}

/** A 4xx problem+json naming its rule and, when given, the clause (extension or detail). */
function expectRefusal(
  response: TestResponse,
  status: number,
  code: string,
  clause?: 'A.V1' | 'A.P9',
) {
  expect(response.status, response.text).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(response.body.code).toBe(code);
  if (clause)
    expect(
      response.body.clause === clause || String(response.body.detail ?? '').includes(clause),
      `clause ${clause} in ${response.text}`,
    ).toBe(true);
}

describe('bad input is refused and writes nothing', () => {
  it('a settlement period is a month or a quarter, issued only once it is over', async () => {
    expect(periodEnd('2026-11').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(periodEnd('2026-12').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(periodEnd('2026-Q4').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(periodEnd('2027-Q1').toISOString()).toBe('2027-03-31T16:00:00.000Z');
    const before = await snapshot();
    for (const period of ['2026-Q5', '2026-13', '2026-Q0', '2026-q4']) {
      const refused = await finance.post('/api/v1/vouchers/statements', { period });
      expect(refused.status, period).toBe(400);
      expect(refused.body.errors[0].pointer).toBe('/body/period');
    }
    const now = server.clock.now();
    const quarter = `${chinaMonthOf(now).slice(0, 4)}-Q${Math.floor((Number(chinaMonthOf(now).slice(5)) - 1) / 3) + 1}`;
    const early = await finance.post('/api/v1/vouchers/statements', { period: quarter });
    expectRefusal(early, 422, 'voucher.period_not_over');
    await expectNothingWritten(before);
  });

  it.each([0, -1, 1.5, '100'])('a contract amount of %j', async (amount) => {
    const before = await snapshot();
    const response = await providerCommand(
      staff,
      contractsPath(),
      contractBody({ contractAmountFen: amount }),
    );
    expectRefusal(response, 400, 'request.validation_failed');
    expect(JSON.stringify(response.body.errors)).toContain('contractAmountFen');
    await expectNothingWritten(before);
  });

  it.each([0, -1, 1.5, '100'])('a capture or refund amount of %j', async (amount) => {
    const held = await contractAt('held');
    let before = await snapshot(held.id);
    const capture = await providerCommand(staff, `${contractsPath()}/${held.id}/capture`, {
      amountFen: amount,
      invoiceNumber: 'INV-1',
      deliveryProof: 'delivered',
    });
    expectRefusal(capture, 400, 'request.validation_failed');
    await expectNothingWritten(before);
    const captured = await providerCommand(staff, `${contractsPath()}/${held.id}/capture`, {
      invoiceNumber: 'INV-1',
      deliveryProof: 'delivered',
    });
    expect(captured.status).toBe(200);
    before = await snapshot(held.id);
    const refund = await providerCommand(staff, `${contractsPath()}/${held.id}/refunds`, {
      amountFen: amount,
      reason: 'returned',
    });
    expectRefusal(refund, 400, 'request.validation_failed');
    await expectNothingWritten(before);
  });

  it('an unknown company credit code', async () => {
    const before = await snapshot();
    const response = await providerCommand(
      staff,
      contractsPath(),
      contractBody({ creditCode: newCreditCode() }),
    );
    expectRefusal(response, 422, 'voucher.company_unknown');
    expect(response.body.errors[0].pointer).toBe('/body/creditCode');
    await expectNothingWritten(before);
  });

  it('an unknown kind, and a kind the provider does not offer', async () => {
    const before = await snapshot();
    const unknown = await providerCommand(staff, contractsPath(), contractBody({ kind: 'gpu' }));
    expectRefusal(unknown, 400, 'request.validation_failed');
    const notOffered = await providerCommand(
      staff,
      contractsPath(),
      contractBody({ kind: 'corpus' }),
    );
    expectRefusal(notOffered, 422, 'voucher.kind_not_offered', 'A.V1');
    await expectNothingWritten(before);
  });

  it('a missing Idempotency-Key (400), and the same key with another body (422)', async () => {
    const before = await snapshot();
    const missing = await providerCommand(staff, contractsPath(), contractBody(), null);
    expect(missing.status, missing.text).toBe(400);
    expect(missing.headers.get('content-type')).toContain('application/problem+json');
    expect(missing.body.code).toBe('request.validation_failed');
    expect(JSON.stringify(missing.body.errors)).toContain('idempotency-key');
    await expectNothingWritten(before);

    const key = randomUUID();
    const body = contractBody();
    const first = await providerCommand(staff, contractsPath(), body, key);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBe('false');
    const afterFirst = await snapshot(first.body.id);
    const replay = await providerCommand(staff, contractsPath(), body, key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
    const reused = await providerCommand(
      staff,
      contractsPath(),
      { ...body, contractAmountFen: body.contractAmountFen + 1 },
      key,
    );
    expectRefusal(reused, 422, 'idempotency.key_reused');
    await expectNothingWritten(afterFirst);
  });
});

describe('the rules of a redemption (A.V1, A.P9)', () => {
  it('a related party declared by the provider', async () => {
    const before = await snapshot();
    const response = await providerCommand(
      staff,
      contractsPath(),
      contractBody({ relatedParty: true }),
    );
    expectRefusal(response, 422, 'voucher.related_party', 'A.V1');
    expect(response.body.declaredBy).toBe('provider');
    await expectNothingWritten(before);
  });

  it('a related party on record: a person in both organisations', async () => {
    // The provider's staff member registers the company too: a member of both.
    const related = await createTestOrganisation(server.ctx, staff.principal);
    const before = await snapshot();
    const response = await providerCommand(
      staff,
      contractsPath(),
      contractBody({ creditCode: related.creditCode }),
    );
    expectRefusal(response, 422, 'voucher.related_party', 'A.V1');
    expect(response.body.declaredBy).toBe('record');
    expect(response.body.detail).toContain('A.V1');
    await expectNothingWritten(before);
  });

  it('a contract number the provider already used (another provider may use it)', async () => {
    const first = await contractAt('awaiting_company');
    const before = await snapshot(first.id);
    const again = await providerCommand(
      staff,
      contractsPath(),
      contractBody({ contractNumber: first.contractNumber }),
    );
    expectRefusal(again, 409, 'voucher.contract_duplicate', 'A.V1');
    await expectNothingWritten(before);
    const elsewhere = await providerCommand(
      otherStaff,
      `/vouchers/providers/${otherProvider.id}/contracts`,
      contractBody({ contractNumber: first.contractNumber }),
    );
    expect(elsewhere.status, elsewhere.text).toBe(201);
  });

  it('a hold before the company confirms', async () => {
    const contract = await contractAt('awaiting_company');
    const before = await snapshot(contract.id);
    const response = await providerCommand(staff, `${contractsPath()}/${contract.id}/hold`);
    expectRefusal(response, 409, 'voucher.not_confirmed');
    // NOTE: the contract's status is its own extension: one named `status` replaced the
    // problem's HTTP status (a 500 "invalid status code: awaiting_company").
    expect(response.body).toMatchObject({ status: 409, contractStatus: 'awaiting_company' });
    await expectNothingWritten(before);
  });

  it('a capture above the hold', async () => {
    const held = await contractAt('held');
    expect(held.heldFen).toBe(100_000);
    const before = await snapshot(held.id);
    const response = await providerCommand(staff, `${contractsPath()}/${held.id}/capture`, {
      amountFen: held.heldFen + 1,
      invoiceNumber: 'INV-1',
      deliveryProof: 'delivered',
    });
    expectRefusal(response, 422, 'voucher.capture_exceeds_hold');
    expect(response.body).toMatchObject({ heldFen: 100_000, amountFen: 100_001 });
    await expectNothingWritten(before);
  });

  it('a second capture (with a new key), and a void after the capture', async () => {
    const captured = await contractAt('captured');
    const before = await snapshot(captured.id);
    const second = await providerCommand(staff, `${contractsPath()}/${captured.id}/capture`, {
      invoiceNumber: 'INV-2',
      deliveryProof: 'delivered again',
    });
    expectRefusal(second, 409, 'voucher.invalid_transition');
    const voided = await providerCommand(staff, `${contractsPath()}/${captured.id}/void`);
    expectRefusal(voided, 409, 'voucher.invalid_transition');
    await expectNothingWritten(before);
  });

  it('a partial capture releases the rest; a refund above what was captured is refused', async () => {
    const held = await contractAt('held');
    const captured = await providerCommand(staff, `${contractsPath()}/${held.id}/capture`, {
      amountFen: 40_000,
      invoiceNumber: 'INV-3',
      deliveryProof: 'delivered in part',
    });
    expect(captured.body).toMatchObject({
      status: 'captured',
      heldFen: 100_000,
      capturedFen: 40_000,
    });
    const before = await snapshot(held.id);
    const tooMuch = await providerCommand(staff, `${contractsPath()}/${held.id}/refunds`, {
      amountFen: 40_001,
      reason: 'returned',
    });
    expectRefusal(tooMuch, 422, 'voucher.refund_exceeds_capture');
    await expectNothingWritten(before);
    const refunded = await providerCommand(staff, `${contractsPath()}/${held.id}/refunds`, {
      amountFen: 15_000,
      reason: 'returned in part',
    });
    expect(refunded.body).toMatchObject({ capturedFen: 40_000, refundedFen: 15_000 });
  });
});

describe('hold and capture, one database statement each (migration 0012)', () => {
  // A company of its own, so these holds leave the shared company's grant to the other tests.
  let own: { id: string; creditCode: string };
  beforeAll(async () => {
    own = await createTestOrganisation(server.ctx, founder.principal);
    await grant(own.id, 'compute', GRANT_FEN);
  });
  const ownContractAt = (until: 'confirmed' | 'held' | 'captured') =>
    contractAt(until, { creditCode: own.creditCode });

  it("refuse a move the state machine refuses, with the machine's problem", async () => {
    const machineProblem = (from: VoucherContractStatus, action: 'hold' | 'capture' | 'void') =>
      illegalTransition(voucherContractMachine, from, action).extensions!;
    const held = await ownContractAt('held');
    const heldAgain = await providerCommand(staff, `${contractsPath()}/${held.id}/hold`);
    expectRefusal(heldAgain, 409, 'voucher.invalid_transition');
    expect(heldAgain.body).toMatchObject(machineProblem('held', 'hold'));

    const confirmed = await ownContractAt('confirmed');
    const early = await providerCommand(staff, `${contractsPath()}/${confirmed.id}/capture`, {
      invoiceNumber: 'INV-1',
      deliveryProof: 'delivered',
    });
    expectRefusal(early, 409, 'voucher.invalid_transition');
    expect(early.body).toMatchObject(machineProblem('confirmed', 'capture'));
    expect(early.body.detail).toBe('尚未冻结券额，请先冻结。');

    const captured = await ownContractAt('captured');
    const before = await snapshot(captured.id);
    const again = await providerCommand(staff, `${contractsPath()}/${captured.id}/capture`, {
      invoiceNumber: 'INV-2',
      deliveryProof: 'delivered',
    });
    expect(again.body).toMatchObject(machineProblem('captured', 'capture'));
    expect(again.body.detail).toBe('该冻结已核销过，一笔冻结只能核销一次。');
    const holdCaptured = await providerCommand(staff, `${contractsPath()}/${captured.id}/hold`);
    expect(holdCaptured.body).toMatchObject(machineProblem('captured', 'hold'));
    const voidCaptured = await providerCommand(staff, `${contractsPath()}/${captured.id}/void`);
    expectRefusal(voidCaptured, 409, 'voucher.invalid_transition');
    expect(voidCaptured.body).toMatchObject(machineProblem('captured', 'void'));
    expect(voidCaptured.body.detail).toBe('已核销的合同不能撤销冻结；如需退回，请办理退款。');
    await expectNothingWritten(before);

    const voidConfirmed = await providerCommand(staff, `${contractsPath()}/${confirmed.id}/void`);
    expectRefusal(voidConfirmed, 409, 'voucher.invalid_transition');
    expect(voidConfirmed.body).toMatchObject(machineProblem('confirmed', 'void'));
  });

  it('move the money between the accounts the application names', async () => {
    const held = await ownContractAt('held');
    const heldAccount = await repo.findAccountByCode(
      server.db,
      accountCodes.held(own.id, 'compute'),
    );
    expect(heldAccount?.type).toBe('held');
    const receivableBefore =
      (await repo.findAccountByCode(server.db, accountCodes.receivable(provider.id, 'compute')))
        ?.balanceFen ?? 0;
    const captured = await providerCommand(staff, `${contractsPath()}/${held.id}/capture`, {
      amountFen: 60_000,
      invoiceNumber: 'INV-PART',
      deliveryProof: 'delivered in part',
    });
    expect(captured.status, captured.text).toBe(200);
    expect(captured.body).toMatchObject({
      status: 'captured',
      heldFen: 100_000,
      capturedFen: 60_000,
    });
    const receivable = await repo.findAccountByCode(
      server.db,
      accountCodes.receivable(provider.id, 'compute'),
    );
    expect(receivable!.balanceFen - receivableBefore).toBe(60_000);
    const movements = await repo.listTransfersOf(server.db, { contractIds: [held.id] }, 10);
    expect(movements.map((t) => [t.type, t.amountFen]).sort()).toEqual([
      ['capture', 60_000],
      ['hold', 100_000],
      ['release', 40_000],
    ]);
    await expectLedgerBalanced(server.db);
  });
});

describe('who may act', () => {
  it("another provider's staff: 404 through their own provider, 403 through this one", async () => {
    const held = await contractAt('held');
    const before = await snapshot(held.id);
    const viaOwn = await providerCommand(
      otherStaff,
      `/vouchers/providers/${otherProvider.id}/contracts/${held.id}/void`,
    );
    expectRefusal(viaOwn, 404, 'voucher.contract_not_found');
    const viaTheirs = await providerCommand(otherStaff, `${contractsPath()}/${held.id}/void`);
    expectRefusal(viaTheirs, 403, 'voucher.not_provider_staff');
    const read = await otherStaff.get(`/api/v1${contractsPath()}/${held.id}`);
    expect([403, 404]).toContain(read.status);
    await expectNothingWritten(before);
  });

  it('an API token acts for its account: the provider calls work with it', async () => {
    const created = await staff.post('/api/v1/me/tokens', { name: 'provider system' });
    expect(created.status, created.text).toBe(201);
    const api = server.client();
    api.bearer = created.body.secret;
    const mine = await api.get('/api/v1/vouchers/providers/mine');
    expect(mine.status).toBe(200);
    expect(mine.body.map((row: { id: string }) => row.id)).toEqual([provider.id]);
    const registered = await providerCommand(api, contractsPath(), contractBody());
    expect(registered.status, registered.text).toBe(201);
    await founder.post(`/api/v1/vouchers/contracts/${registered.body.id}/confirm`, {
      relatedParty: false,
    });
    const held = await providerCommand(api, `${contractsPath()}/${registered.body.id}/hold`);
    expect(held.status, held.text).toBe(200);
    const voided = await providerCommand(api, `${contractsPath()}/${registered.body.id}/void`);
    expect(voided.body.status).toBe('voided');
  });

  it('a token of an account that is not staff of the provider: 403, nothing written', async () => {
    const outsider = await server.signedInClient(['provider']);
    const created = await outsider.post('/api/v1/me/tokens', { name: 'not staff' });
    expect(created.status, created.text).toBe(201);
    const api = server.client();
    api.bearer = created.body.secret;
    const held = await contractAt('held');
    const before = await snapshot(held.id);
    expectRefusal(
      await providerCommand(api, contractsPath(), contractBody()),
      403,
      'voucher.not_provider_staff',
    );
    expectRefusal(
      await providerCommand(api, `${contractsPath()}/${held.id}/capture`, {
        invoiceNumber: 'INV-X',
        deliveryProof: 'none',
      }),
      403,
      'voucher.not_provider_staff',
    );
    await expectNothingWritten(before);
  });

  it("the company sees its balances; someone else's founder does not", async () => {
    const fresh = await createTestOrganisation(server.ctx, founder.principal);
    await grant(fresh.id, 'compute', 500_000);
    const seen = await founder.get(`/api/v1/vouchers/companies/${fresh.id}`);
    expect(seen.status, seen.text).toBe(200);
    const compute = seen.body.kinds.find((kind: { kind: string }) => kind.kind === 'compute');
    expect(compute).toMatchObject({ grantedFen: 500_000, availableFen: 500_000, heldFen: 0 });
    const registered = await providerCommand(
      staff,
      contractsPath(),
      contractBody({ creditCode: fresh.creditCode, contractAmountFen: 300_000 }),
    );
    await founder.post(`/api/v1/vouchers/contracts/${registered.body.id}/confirm`, {
      relatedParty: false,
    });
    await providerCommand(staff, `${contractsPath()}/${registered.body.id}/hold`);
    const after = await founder.get(`/api/v1/vouchers/companies/${fresh.id}`);
    expect(
      after.body.kinds.find((kind: { kind: string }) => kind.kind === 'compute'),
    ).toMatchObject({ grantedFen: 500_000, availableFen: 350_000, heldFen: 150_000 });
    const stranger = await server.signedInClient(['founder']);
    expectRefusal(
      await stranger.get(`/api/v1/vouchers/companies/${fresh.id}`),
      403,
      'voucher.not_company_member',
    );
  });
});

describe('the per-company cap (A.V1) whatever the order of approvals', () => {
  // The model voucher's cap is ¥2,000,000 (200,000,000 fen); three approvals that add up to more.
  const amounts = [120_000_000, 60_000_000, 50_000_000];
  const orders = [
    [0, 1, 2],
    [2, 1, 0],
    [1, 2, 0],
  ];

  it.each(orders)('approving in the order %j', async (...order) => {
    const applying = await createTestOrganisation(server.ctx, founder.principal);
    const ids = [];
    for (const amountFen of amounts) {
      const row = await insertApplication(server.db, {
        policyId: 'voucher.model',
        applicantAccountId: founder.accountId,
        applicantPersonId: founder.personId,
        organisationId: applying.id,
        claimSubject: 'organisation',
        status: 'in_review',
        capFen: amountFen,
        facts: { company: { isStartup: false } },
        submittedAt: server.clock.now(),
        recommendation: {
          action: 'approve',
          amountFen,
          note: 'cap test',
          byAccountId: reviewer.accountId,
          at: server.clock.now().toISOString(),
        },
      });
      ids.push(row.id);
    }
    let granted = 0;
    for (const index of order) {
      const before = await countTransfers(server.db);
      const decided = await reviewer2.post(`/api/v1/review/applications/${ids[index]}/decision`, {
        decision: 'approve',
      });
      if (granted + amounts[index]! <= 200_000_000) {
        expect(decided.status, decided.text).toBe(200);
        granted += amounts[index]!;
        expect(await countTransfers(server.db)).toBe(before + 1);
      } else {
        expectRefusal(decided, 409, 'voucher.cap_exceeded', 'A.V1');
        expect(decided.body).toMatchObject({ capFen: 200_000_000, grantedFen: granted });
        expect(await countTransfers(server.db)).toBe(before);
        const [row] = await server.db
          .select({ status: applications.status })
          .from(applications)
          .where(eq(applications.id, ids[index]!));
        expect(row!.status).toBe('in_review');
      }
    }
    const [entitlement] = await repo.listEntitlements(server.db, applying.id);
    expect(entitlement!.grantedFen).toBe(granted);
    expect(entitlement!.grantedFen).toBeLessThanOrEqual(200_000_000);
    await expectLedgerBalanced(server.db);
  });
});

describe('revoking a voucher approval', () => {
  /** A model-voucher application of the organisation, in review, recommended at `amountFen`. */
  async function inReview(organisationId: string, amountFen: number) {
    const row = await insertApplication(server.db, {
      policyId: 'voucher.model',
      applicantAccountId: founder.accountId,
      applicantPersonId: founder.personId,
      organisationId,
      claimSubject: 'organisation',
      status: 'in_review',
      capFen: amountFen,
      facts: { company: { isStartup: false } },
      submittedAt: server.clock.now(),
      recommendation: {
        action: 'approve',
        amountFen,
        note: 'revocation test',
        byAccountId: reviewer.accountId,
        at: server.clock.now().toISOString(),
      },
    });
    return row.id;
  }

  it('returns an unused grant to its pool and to the cap; refused once any of it is held', async () => {
    const applying = await createTestOrganisation(server.ctx, founder.principal);
    const first = await inReview(applying.id, 150_000_000);
    const second = await inReview(applying.id, 100_000_000);
    const decide = (id: string) =>
      reviewer2.post(`/api/v1/review/applications/${id}/decision`, { decision: 'approve' });
    expect((await decide(first)).status).toBe(200);
    // ¥1,500,000 + ¥1,000,000 is over the model voucher's ¥2,000,000 cap (A.V1).
    expectRefusal(await decide(second), 409, 'voucher.cap_exceeded', 'A.V1');

    const pool = `pool:model:${chinaYearOf(server.clock.now())}`;
    const poolBefore = (await repo.findAccountByCode(server.db, pool))!.balanceFen;
    const revoked = await reviewer.post(`/api/v1/review/applications/${first}/revoke`, {
      reasons: 'Contract withdrawn by the company',
    });
    expect(revoked.status, revoked.text).toBe(200);
    expect((await repo.findAccountByCode(server.db, pool))!.balanceFen).toBe(
      poolBefore + 150_000_000,
    );
    const [entitlement] = await repo.listEntitlements(server.db, applying.id);
    expect(entitlement!.grantedFen).toBe(0);
    // The cap has room again: the second approval now goes through.
    expect((await decide(second)).status).toBe(200);
    await expectLedgerBalanced(server.db);

    // Once part of a grant is held for a contract, the approval cannot be revoked.
    const registered = await providerCommand(staff, contractsPath(), {
      ...contractBody({ kind: 'model', creditCode: applying.creditCode }),
    });
    expect(registered.status, registered.text).toBe(201);
    const confirmed = await founder.post(
      `/api/v1/vouchers/contracts/${registered.body.id}/confirm`,
      { relatedParty: false },
    );
    expect(confirmed.status, confirmed.text).toBe(200);
    const held = await providerCommand(staff, `${contractsPath()}/${registered.body.id}/hold`);
    expect(held.status, held.text).toBe(200);
    const before = await countTransfers(server.db);
    const refused = await reviewer.post(`/api/v1/review/applications/${second}/revoke`, {
      reasons: 'too late',
    });
    expectRefusal(refused, 409, 'voucher.grant_in_use');
    expect(await countTransfers(server.db)).toBe(before);
    const [row] = await server.db
      .select({ status: applications.status })
      .from(applications)
      .where(eq(applications.id, second));
    expect(row!.status).toBe('approved');
  });
});

describe('with the clock moved (settlement, expiry)', () => {
  async function moveClock(to: Date) {
    server.clock.set(to);
    for (const client of [staff, founder, finance, admin]) await client.relogin();
  }
  async function resetClock() {
    server.clock.reset();
    for (const client of [staff, founder, finance, admin]) await client.relogin();
  }

  it('a refund after the contract is on a statement: 409, nothing written', async () => {
    const captured = await contractAt('captured');
    const period = chinaMonthOf(server.clock.now());
    try {
      await moveClock(new Date(periodEnd(period).getTime() + 3_600_000));
      const issued = await finance.post('/api/v1/vouchers/statements', {
        period,
        providerId: provider.id,
      });
      expect(issued.status, issued.text).toBe(201);
      const before = await snapshot(captured.id);
      const refund = await providerCommand(staff, `${contractsPath()}/${captured.id}/refunds`, {
        amountFen: 1,
        reason: 'too late',
      });
      expectRefusal(refund, 409, 'voucher.already_settled');
      await expectNothingWritten(before);
      const again = await finance.post('/api/v1/vouchers/statements', {
        period,
        providerId: provider.id,
      });
      expectRefusal(again, 409, 'voucher.nothing_to_settle');
    } finally {
      await resetClock();
    }
  });

  it('an expired grant: a validity entered for voucher.validity-months, then the clock moved', async () => {
    const published = await admin.post('/api/v1/parameters/voucher.validity-months/values', {
      effectiveFrom: '2026-01-01',
      status: 'published',
      value: 1,
      source: { clauses: ['A.V1'], document: 'TEST VALUE — entered by an automated test' },
      note: 'test data',
    });
    expect(published.status, published.text).toBeLessThan(300);
    const expiring = await createTestOrganisation(server.ctx, founder.principal);
    const issued = await grant(expiring.id, 'compute', 400_000);
    expect(issued!.validUntil).not.toBeNull();
    const confirmed = await contractAt('confirmed', { creditCode: expiring.creditCode });
    try {
      await moveClock(new Date(`${issued!.validUntil}T16:00:00Z`)); // the next day in Shenzhen
      const before = await snapshot(confirmed.id);
      const response = await providerCommand(staff, `${contractsPath()}/${confirmed.id}/hold`);
      expectRefusal(response, 409, 'voucher.grant_expired', 'A.P9');
      await expectNothingWritten(before);
    } finally {
      await resetClock();
    }
    // Back to today, before the grant expires, the same hold goes through.
    const held = await providerCommand(staff, `${contractsPath()}/${confirmed.id}/hold`);
    expect(held.status, held.text).toBe(200);
  });
});
