import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowanceInstalments } from '../../db/schema/allowances';
import { benefitClaims } from '../../db/schema/applications';
import { paymentLines } from '../../db/schema/payments';
import { AppError } from '../../errors/app-error';
import { systemContext, type ServiceContext } from '../../shared/service-context';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import type { Principal } from '../accounts/service';
import { chinaMonthOf, chinaYearOf } from '../../shared/china-time';
import { addMonths } from '../allowances/months';
import { describeMySchedule, listDueInstalments } from '../allowances/service';
import { decideApplication, recommendDecision } from '../applications/review/decisions';
import { payee, signInCast, uploadEvidence, type Cast } from '../applications/test-helpers';
import { buildPaymentBatch, describeBatch, exportBatch, importBatchResult } from './service';

/**
 * The housing allowance is monthly (issue #9 item 12; A.P8: ¥1,250 a month for at most 24 months):
 * an approval creates a schedule of 24 instalments, finance pays the ones whose month has come in
 * the ordinary batches (never one twice), and the schedule stops — budget released — when an
 * officer stops it or the person takes transitional housing instead. The approvals and the stop
 * run over HTTP; the monthly batches run through the service with a clock set to the month.
 */
let server: TestServer;
let cast: Cast;
let budgetLineId: string;
const year = chinaYearOf(new Date());
/** The month of the first instalment: the month after the approval (approvals happen now). */
const firstMonth = addMonths(chinaMonthOf(new Date()), 1);
const monthNo = (n: number) => addMonths(firstMonth, n - 1);

const allowanceFacts = {
  person: { hasCompany: true, meetsYouthTalentConditions: true, benefitsReceived: [] as string[] },
};

beforeAll(async () => {
  server = await startTestServer({ loginRateLimitPer15Min: 1000 });
  cast = await signInCast(server);
  const budget = await cast.admin.post('/api/v1/budgets', {
    policyId: 'housing.allowance',
    year,
    totalFen: 20_000_000,
    note: 'test budget',
  });
  expect(budget.status, budget.text).toBe(201);
  budgetLineId = budget.body.id;
});
afterAll(async () => server?.close());

function principalOf(
  client: { accountId: string; email: string },
  role: Principal['roles'][number],
) {
  return {
    accountId: client.accountId,
    email: client.email,
    displayName: client.email,
    preferredLanguage: 'zh-Hans',
    roles: [role],
    via: 'session',
    sessionId: null,
    tokenId: null,
    tokenPrefix: null,
  } satisfies Principal;
}

/** A service context acting as `who` on the 15th of `month` (Shenzhen). */
function inMonth(month: string, who: { accountId: string; email: string }): ServiceContext {
  return {
    ...systemContext(server.database.db, 'test'),
    actor: { accountId: who.accountId, label: who.email, roles: [] },
    now: () => new Date(`${month}-15T04:00:00.000Z`),
  };
}

async function applyFor(client: TestClient, policyId: string, documents: string[]) {
  const started = await client.post('/api/v1/applications', { policyId });
  expect(started.status, started.text).toBeLessThan(300);
  const id: string = started.body.application.id;
  const saved = await client.patch(`/api/v1/applications/${id}`, {
    version: started.body.application.version,
    facts: allowanceFacts,
    ...(policyId === 'housing.allowance' ? { payee } : {}),
  });
  expect(saved.status, saved.text).toBe(200);
  for (const documentId of documents)
    expect((await uploadEvidence(client, id, documentId)).status).toBe(201);
  const submitted = await client.post(`/api/v1/applications/${id}/submit`);
  expect(submitted.status, submitted.text).toBe(200);
  expect(submitted.body.status, JSON.stringify(submitted.body)).toBe('in_review');
  return id;
}

async function approvedAllowance(founder: TestClient) {
  const id = await applyFor(founder, 'housing.allowance', [
    'youth-talent-proof',
    'business-licence',
    'bank-account',
  ]);
  const recommended = await cast.reviewer.post(`/api/v1/review/applications/${id}/recommendation`, {
    action: 'approve',
    amountFen: 3_000_000,
    note: 'conditions verified',
  });
  expect(recommended.status, recommended.text).toBe(200);
  const approved = await cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, {
    decision: 'approve',
  });
  expect(approved.status, approved.text).toBe(200);
  return id;
}

/**
 * The applicant's view of the schedule: over HTTP (today), or — to see what is payable in a later
 * month — through the service with the clock in that month.
 */
async function scheduleOf(
  founder: TestClient & { accountId: string; email: string },
  id: string,
  month?: string,
) {
  if (month) {
    const view = await describeMySchedule(
      inMonth(month, founder),
      principalOf(founder, 'founder'),
      id,
    );
    return JSON.parse(JSON.stringify(view.schedule));
  }
  const response = await founder.get(`/api/v1/applications/${id}/allowance-schedule`);
  expect(response.status, response.text).toBe(200);
  return response.body.schedule;
}

async function budget() {
  const response = await cast.admin.get(`/api/v1/budgets/${budgetLineId}`);
  expect(response.body.reconciled).toBe(true);
  return response.body as { reservedFen: number; consumedFen: number; remainingFen: number };
}

/** Builds the batch of `month` as finance would, then the bank's file saying `status` for all. */
async function payMonth(month: string, status: 'paid' | 'failed' = 'paid') {
  const ctx = inMonth(month, cast.finance);
  const batch = await buildPaymentBatch(ctx, principalOf(cast.finance, 'finance_officer'), {});
  return { batch, ...(await settle(ctx, batch.id, status)), ctx };
}

/** Exports a batch and imports the bank's file saying `status` for every line. */
async function settle(ctx: ServiceContext, batchId: string, status: 'paid' | 'failed') {
  const month = chinaMonthOf(ctx.now());
  const { bytes } = await exportBatch(ctx, batchId, 'csv');
  const [header, ...rows] = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const columns = header!.split(',');
  const result = [
    header,
    ...rows.map((row, index) => {
      const cells = row.split(',');
      cells[columns.indexOf('status')] = status;
      cells[columns.indexOf('bank_reference')] = `BANK-${month}-${index + 1}`;
      cells[columns.indexOf('failure_reason')] = status === 'failed' ? 'account closed' : '';
      return cells.join(',');
    }),
  ].join('\r\n');
  const imported = await importBatchResult(ctx, batchId, Buffer.from(result, 'utf8'));
  return { imported, csv: result };
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('an approved housing allowance is a schedule of monthly instalments', () => {
  let founder: Cast['founder'];
  let id: string;

  beforeAll(async () => {
    founder = await server.signedInClient(['founder']);
  });

  it('approval creates 24 instalments of 125000 fen totalling 3000000, the whole of it reserved', async () => {
    const before = await budget();
    id = await approvedAllowance(founder);
    const schedule = await scheduleOf(founder, id);
    expect(schedule).toMatchObject({
      status: 'active',
      monthlyFen: 125_000,
      months: 24,
      totalFen: 3_000_000,
      firstMonth,
      lastMonth: monthNo(24),
      paidFen: 0,
      toComeFen: 3_000_000,
      terms: {
        monthlyFen: { parameterId: 'housing.allowance.monthly-fen', value: 125_000 },
        maxMonths: { parameterId: 'housing.allowance.max-months', value: 24 },
      },
    });
    expect(schedule.instalments).toHaveLength(24);
    expect(schedule.instalments.map((row: { month: string }) => row.month)).toEqual(
      Array.from({ length: 24 }, (_, index) => monthNo(index + 1)),
    );
    expect(
      schedule.instalments.every(
        (row: { amountFen: number; status: string }) =>
          row.amountFen === 125_000 && row.status === 'scheduled',
      ),
    ).toBe(true);
    expect(
      schedule.instalments.reduce(
        (sum: number, row: { amountFen: number }) => sum + row.amountFen,
        0,
      ),
    ).toBe(3_000_000);
    const after = await budget();
    expect(after.reservedFen - before.reservedFen).toBe(3_000_000);

    // Not one payment of ¥30,000: nothing for finance before the first month has come.
    const payable = await cast.finance.get('/api/v1/payments/payable');
    expect(payable.body.map((row: { id: string }) => row.id)).not.toContain(id);
    const due = await cast.finance.get('/api/v1/payments/instalments/due');
    expect(due.status).toBe(200);
    expect(due.body).toEqual([]);
    const audit = await cast.admin.get(
      `/api/v1/audit?subjectType=allowance_schedule&subjectId=${schedule.id}`,
    );
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).toContain('allowance_schedule.created');
  });

  it('a batch in month N pays only the instalments due by N, and never one twice', async () => {
    const before = await budget();
    // Month 3: instalments 1–3 are due; 4–24 are not.
    const { batch, imported, csv, ctx } = await payMonth(monthNo(3));
    expect(batch.lineCount).toBe(3);
    expect(batch.totalFen).toBe(375_000);
    expect(imported.batch.lines.map((line) => line.period)).toEqual([
      monthNo(1),
      monthNo(2),
      monthNo(3),
    ]);
    expect(imported.batch.lines.every((line) => line.amountFen === 125_000)).toBe(true);
    expect(imported.summary).toMatchObject({ paid: 3, paidFen: 375_000 });
    expect(imported.batch.reconciled).toBe(true);

    // The same file again changes nothing; another batch in the same month has nothing to pay.
    const again = await importBatchResult(ctx, batch.id, Buffer.from(csv, 'utf8'));
    expect(again.summary).toMatchObject({ paid: 0, alreadyRecorded: 3 });
    expect(
      await refusal(buildPaymentBatch(ctx, principalOf(cast.finance, 'finance_officer'), {})),
    ).toBe('payment.nothing_to_pay');

    let after = await budget();
    expect(after.consumedFen - before.consumedFen).toBe(375_000);
    expect(before.reservedFen - after.reservedFen).toBe(375_000);

    // Month 4: only instalment 4. The bank fails it: it waits for the next batch, and is paid then.
    const failed = await payMonth(monthNo(4), 'failed');
    expect(failed.batch.lineCount).toBe(1);
    expect(failed.imported.batch.lines[0]!.period).toBe(monthNo(4));
    let schedule = await scheduleOf(founder, id, monthNo(4));
    expect(schedule.instalments[3].status).toBe('payable');
    const retried = await payMonth(monthNo(4));
    expect(retried.batch.lineCount).toBe(1);
    expect(retried.imported.batch.lines[0]!.period).toBe(monthNo(4));

    schedule = await scheduleOf(founder, id);
    expect(schedule.instalments.slice(0, 4).map((row: { status: string }) => row.status)).toEqual([
      'paid',
      'paid',
      'paid',
      'paid',
    ]);
    expect(schedule.paidFen).toBe(500_000);
    expect(schedule.toComeFen).toBe(2_500_000);
    after = await budget();
    expect(after.consumedFen - before.consumedFen).toBe(500_000);

    // The database itself refuses a second live line for a paid instalment.
    const [instalment] = await server.database.db
      .select()
      .from(allowanceInstalments)
      .where(and(eq(allowanceInstalments.applicationId, id), eq(allowanceInstalments.sequence, 1)));
    const [paidLine] = await server.database.db
      .select()
      .from(paymentLines)
      .where(eq(paymentLines.instalmentId, instalment!.id));
    await expect(
      server.database.db.insert(paymentLines).values({
        ...paidLine!,
        id: undefined,
        lineNumber: 99,
        status: 'scheduled',
      }),
    ).rejects.toThrow();
    // …and a second instalment for the same person and month.
    await expect(
      server.database.db.insert(allowanceInstalments).values({
        ...instalment!,
        id: undefined,
        sequence: 99,
        status: 'scheduled',
      }),
    ).rejects.toThrow();
  });

  it('shows finance the due instalments of the month and can pay just the ones named', async () => {
    const ctx = inMonth(monthNo(6), cast.finance);
    const due = await listDueInstalments(ctx);
    expect(due.map((row) => row.month)).toEqual([monthNo(5), monthNo(6)]);
    const batch = await buildPaymentBatch(ctx, principalOf(cast.finance, 'finance_officer'), {
      instalmentIds: [due[0]!.id],
    });
    expect(batch.lineCount).toBe(1);
    expect(batch.totalFen).toBe(125_000);
    expect((await listDueInstalments(ctx)).map((row) => row.month)).toEqual([monthNo(6)]);
    expect(
      await refusal(
        buildPaymentBatch(ctx, principalOf(cast.finance, 'finance_officer'), {
          instalmentIds: [due[0]!.id],
        }),
      ),
    ).toBe('payment.not_payable');
    const schedule = await scheduleOf(founder, id);
    expect(schedule.instalments[4].status).toBe('in_payment');
    await settle(ctx, batch.id, 'paid');
  });

  it('completes when the 24th instalment is paid, and never pays a 25th', async () => {
    const before = await budget();
    const { batch } = await payMonth(monthNo(30));
    expect(batch.lineCount).toBe(19); // months 6 … 24
    const schedule = await scheduleOf(founder, id);
    expect(schedule).toMatchObject({ status: 'completed', paidFen: 3_000_000, toComeFen: 0 });
    const after = await budget();
    expect(after.consumedFen - before.consumedFen).toBe(19 * 125_000);
    expect(
      await refusal(
        buildPaymentBatch(
          inMonth(monthNo(31), cast.finance),
          principalOf(cast.finance, 'finance_officer'),
          {},
        ),
      ),
    ).toBe('payment.nothing_to_pay');
  });
});

describe('an officer stops a schedule', () => {
  it('stops what is not yet paid from the month given, releases its budget, never undoes a payment', async () => {
    const founder = await server.signedInClient(['founder']);
    const id = await approvedAllowance(founder);
    await payMonth(monthNo(1));
    // Revoking the approval is refused once an instalment is paid: stop the schedule instead.
    const revoke = await cast.reviewer.post(`/api/v1/review/applications/${id}/revoke`, {
      reasons: 'no longer qualifies',
    });
    expect(revoke.status).toBe(409);
    expect(revoke.body.code).toBe('allowance.payments_started');

    // Month 2 is with the bank when the stop comes.
    const month2 = inMonth(monthNo(2), cast.finance);
    const inFlight = await buildPaymentBatch(
      month2,
      principalOf(cast.finance, 'finance_officer'),
      {},
    );
    expect(inFlight.lineCount).toBe(1);

    const before = await budget();
    const stopped = await cast.reviewer.post(
      `/api/v1/review/applications/${id}/allowance-schedule/stop`,
      { reason: '已不再符合青年人才政策条件', fromMonth: monthNo(2) },
    );
    expect(stopped.status, stopped.text).toBe(200);
    expect(stopped.body.schedule).toMatchObject({
      status: 'stopped',
      paidFen: 125_000,
      dueFen: 125_000, // month 2, in the batch
      stoppedFen: 22 * 125_000,
      toComeFen: 0,
      stop: { fromMonth: monthNo(2), cause: 'officer', reason: '已不再符合青年人才政策条件' },
    });
    let after = await budget();
    expect(before.reservedFen - after.reservedFen).toBe(22 * 125_000);
    expect(after.consumedFen).toBe(before.consumedFen);

    // The bank fails month 2: it is stopped (not paid again later) and its amount released too.
    await settle(month2, inFlight.id, 'failed');
    const schedule = await scheduleOf(founder, id);
    expect(schedule).toMatchObject({ paidFen: 125_000, dueFen: 0, stoppedFen: 23 * 125_000 });
    after = await budget();
    expect(before.reservedFen - after.reservedFen).toBe(23 * 125_000);
    expect(after.consumedFen).toBe(before.consumedFen);

    // Nothing more is ever due; the applicant sees it on the timeline; a second stop is refused.
    const laterDue = await listDueInstalments(inMonth(monthNo(24), cast.finance));
    expect(laterDue.filter((row) => row.applicationId === id)).toEqual([]);
    const detail = await founder.get(`/api/v1/applications/${id}`);
    expect(detail.body.timeline.map((event: { action: string }) => event.action)).toContain(
      'allowance_stopped',
    );
    const twice = await cast.reviewer.post(
      `/api/v1/review/applications/${id}/allowance-schedule/stop`,
      { reason: 'again' },
    );
    expect(twice.status).toBe(409);
  });

  it('revoking an approval before any payment stops every instalment and releases all of it', async () => {
    const founder = await server.signedInClient(['founder']);
    const before = await budget();
    const id = await approvedAllowance(founder);
    const revoked = await cast.reviewer.post(`/api/v1/review/applications/${id}/revoke`, {
      reasons: 'approved in error',
    });
    expect(revoked.status, revoked.text).toBe(200);
    const schedule = await scheduleOf(founder, id);
    expect(schedule).toMatchObject({ status: 'stopped', stoppedFen: 3_000_000 });
    expect(schedule.stop.cause).toBe('revoked');
    const after = await budget();
    expect(after.reservedFen).toBe(before.reservedFen);
  });
});

describe('taking transitional housing instead (A.P8, either-or)', () => {
  it('approving the same person’s transitional housing stops the allowance from that month', async () => {
    const founder = await server.signedInClient(['founder']);
    const allowanceId = await approvedAllowance(founder);
    await payMonth(monthNo(1));

    // The person may still apply for transitional housing: the running allowance gives way.
    const transitionalId = await applyFor(founder, 'housing.transitional', [
      'youth-talent-proof',
      'business-licence',
    ]);
    const before = await budget();
    // The approval is made in month 3: month 2 is owed and stays payable; 3–24 stop.
    const month3 = monthNo(3);
    await recommendDecision(
      inMonth(month3, cast.reviewer),
      principalOf(cast.reviewer, 'reviewer'),
      transitionalId,
      { action: 'approve', note: 'conditions verified' },
    );
    const decided = await decideApplication(
      inMonth(month3, cast.reviewer2),
      principalOf(cast.reviewer2, 'reviewer'),
      transitionalId,
      { decision: 'approve' },
    );
    expect(decided.status).toBe('approved');

    const schedule = await scheduleOf(founder, allowanceId, month3);
    expect(schedule.status).toBe('stopped');
    expect(schedule.stop).toMatchObject({ fromMonth: month3, cause: 'exclusive_benefit' });
    expect(schedule.stop.byApplication.reference).toMatch(/^OPC-/);
    expect(schedule.instalments.map((row: { status: string }) => row.status).slice(0, 3)).toEqual([
      'paid',
      'payable',
      'stopped',
    ]);
    expect(schedule.stoppedFen).toBe(22 * 125_000);
    const after = await budget();
    expect(before.reservedFen - after.reservedFen).toBe(22 * 125_000);

    // The group claim passed to transitional housing; the allowance cannot be had again.
    const claims = await server.database.db
      .select()
      .from(benefitClaims)
      .where(eq(benefitClaims.claimKey, 'group:housing.a-p8'));
    expect(claims.find((claim) => claim.applicationId === allowanceId)).toBeUndefined();
    expect(claims.find((claim) => claim.applicationId === transitionalId)).toBeDefined();
    const again = await founder.post('/api/v1/applications', { policyId: 'housing.allowance' });
    expect(again.status).toBe(409);

    // Month 2, owed before the switch, is still paid in the next batch; nothing after it.
    const { batch } = await payMonth(monthNo(4));
    const lines = (await describeBatch(inMonth(monthNo(4), cast.finance), batch.id)).lines;
    expect(
      lines.filter((line) => line.applicationId === allowanceId).map((line) => line.period),
    ).toEqual([monthNo(2)]);
  });
});
