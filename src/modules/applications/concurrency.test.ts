import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount, insertPerson } from '../accounts/repo';
import { startTestServer, type TestServer } from '../../../test/support/test-server';
import { insertApplication } from './repo';
import { signInCast, type Cast } from './test-helpers';
import { chinaYearOf } from '../../shared/china-time';

/**
 * Races over HTTP: many approvals at once against the last of a budget, and two approvals of
 * the same one-time benefit for one person. Runs on PGlite by default and on PostgreSQL (real
 * parallel transactions) with TEST_DATABASE_URL set.
 */
let server: TestServer;
let cast: Cast;
const POLICY = 'talent.settlement-subsidy';
const AMOUNT = 1_000_000;
const PARALLEL = 40;
const COVERED = 13;
const year = chinaYearOf(new Date());

beforeAll(async () => {
  server = await startTestServer({ loginRateLimitPer15Min: 1000 });
  cast = await signInCast(server);
});
afterAll(async () => server?.close());

let counter = 0;
let budgetLineId: string;
/** An applicant and an application already in review, recommended by the first reviewer. */
async function seedInReview(personId?: string) {
  const db = server.database.db;
  counter += 1;
  let person = personId;
  let accountId: string;
  if (!person) {
    const account = await insertAccount(db, {
      email: `race-${counter}-${Date.now()}@test.opchub.cn`,
      passwordHash: 'no-login',
      displayName: `Race ${counter}`,
    });
    accountId = account!.id;
    person = (await insertPerson(db, { accountId, fullName: `Race ${counter}` })).id;
  } else {
    accountId = cast.founder.accountId;
  }
  const row = await insertApplication(db, {
    policyId: POLICY,
    applicantAccountId: accountId,
    applicantPersonId: person,
    claimSubject: 'person',
    status: 'in_review',
    capFen: 10_000_000,
    paidByPlatform: true,
    payee: { accountName: 'Race', bankName: 'Bank', accountNumber: '6222000011112222' },
    submittedAt: new Date(),
    recommendation: {
      action: 'approve',
      amountFen: AMOUNT,
      note: 'race',
      byAccountId: cast.reviewer.accountId,
      at: new Date().toISOString(),
    },
  });
  return row.id;
}

describe('parallel approvals', () => {
  it(`${PARALLEL} approvals racing for a budget that covers ${COVERED}: never overspent`, async () => {
    const line = await cast.admin.post('/api/v1/budgets', {
      policyId: POLICY,
      year,
      totalFen: AMOUNT * COVERED,
    });
    expect(line.status).toBe(201);
    budgetLineId = line.body.id;
    const ids: string[] = [];
    for (let index = 0; index < PARALLEL; index += 1) ids.push(await seedInReview());
    const responses = await Promise.all(
      ids.map((id) =>
        cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, { decision: 'approve' }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(COVERED);
    const refused = responses.filter((response) => response.status !== 200);
    expect(refused.every((response) => response.body.code === 'budget.exceeded')).toBe(true);
    const after = await cast.admin.get(`/api/v1/budgets/${line.body.id}`);
    expect(after.body).toMatchObject({
      reservedFen: AMOUNT * COVERED,
      remainingFen: 0,
      reconciled: true,
    });
    expect(after.body.movements).toHaveLength(COVERED);
  }, 120_000);

  it('two approvals of the same one-time benefit for one person: exactly one wins', async () => {
    const me = await cast.founder.get('/api/v1/me');
    const personId: string = me.body.person.id;
    await cast.admin.patch(`/api/v1/budgets/${budgetLineId}`, {
      totalFen: AMOUNT * (COVERED + 10),
    });
    const first = await seedInReview(personId);
    const second = await seedInReview(personId);
    const [a, b] = await Promise.all(
      [first, second].map((id) =>
        cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, { decision: 'approve' }),
      ),
    );
    const outcomes = [a!, b!].map((response) => response.body.code ?? response.body.status).sort();
    // One is approved; the other is refused by the claim (or, if it lost the budget race first,
    // by the budget — the budget above is large enough that it cannot).
    expect(outcomes).toEqual(['application.already_claimed', 'approved']);
  }, 60_000);

  it('the same bank result imported twice at once pays once', async () => {
    const id = await seedInReview();
    const approved = await cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'approve',
    });
    expect(approved.status, approved.text).toBe(200);
    const batch = await cast.finance.post('/api/v1/payments/batches', { applicationIds: [id] });
    const csv = (await cast.finance.get(`/api/v1/payments/batches/${batch.body.id}/export`)).text;
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const result = [
      header,
      ...lines.map((line) => {
        const cells = line.split(',');
        cells[8] = 'paid';
        cells[9] = 'RACE-REF';
        return cells.join(',');
      }),
    ].join('\r\n');
    const send = () => {
      const form = new FormData();
      form.append('file', new Blob([result]), 'result.csv');
      return cast.finance.request('POST', `/api/v1/payments/batches/${batch.body.id}/result`, {
        body: form,
      });
    };
    const [one, two] = await Promise.all([send(), send()]);
    const paid = [one!, two!].map((response) => response.body.summary?.paid ?? 0);
    expect(paid.reduce((sum, value) => sum + value, 0)).toBe(1);
    const detail = await cast.finance.get(`/api/v1/payments/batches/${batch.body.id}`);
    expect(detail.body).toMatchObject({ paidFen: AMOUNT, reconciled: true });
  }, 60_000);
});
