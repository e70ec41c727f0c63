import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/applications';
import { notificationOutbox } from '../../db/schema/notifications';
import { creditCodeCheckCharacter } from '../../shared/uscc';
import { deliverOutbox } from '../notifications/service';
import { startTestServer, type TestServer } from '../../../test/support/test-server';
import {
  applyForSettlement,
  payee,
  publishParameter,
  settlementFacts,
  signInCast,
  tinyPdf,
  uploadEvidence,
  type Cast,
} from './test-helpers';
import { chinaYearOf } from '../../shared/china-time';

/**
 * The whole workflow over HTTP on a real server and database: screening by the rules engine,
 * four-eyes approval within cap and budget, payment batches with result files, appeals,
 * recusal, evidence rules, and replay after a parameter change.
 */
let server: TestServer;
let cast: Cast;
const MASTER_TIER_FEN = 5_000_000; // TEST VALUE entered below, not policy
const year = chinaYearOf(new Date());
let budgetLineId: string;

beforeAll(async () => {
  server = await startTestServer({ loginRateLimitPer15Min: 1000 });
  cast = await signInCast(server);
  await publishParameter(cast.admin, 'talent.settlement-subsidy.tier-master-fen', MASTER_TIER_FEN);
  const budget = await cast.admin.post('/api/v1/budgets', {
    policyId: 'talent.settlement-subsidy',
    year,
    totalFen: 12_000_000,
    note: 'test budget',
  });
  expect(budget.status).toBe(201);
  budgetLineId = budget.body.id;
});
afterAll(async () => server?.close());

const facts = {
  person: { ...settlementFacts.person, benefitsReceived: [] as string[] },
};

async function inReview(client = cast.founder) {
  const { id, submitted } = await applyForSettlement(client, facts);
  expect(submitted.status, submitted.text).toBe(200);
  expect(submitted.body.status).toBe('in_review');
  return id;
}

async function budget() {
  return (await cast.admin.get(`/api/v1/budgets/${budgetLineId}`)).body;
}

async function approve(id: string, amountFen = MASTER_TIER_FEN) {
  const recommended = await cast.reviewer.post(`/api/v1/review/applications/${id}/recommendation`, {
    action: 'approve',
    amountFen,
    note: 'degree and arrival verified',
  });
  expect(recommended.status, recommended.text).toBe(200);
  return cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, { decision: 'approve' });
}

function resultCsv(exported: string, status: 'paid' | 'failed', reference = 'BANK-REF-1') {
  const [header, ...lines] = exported
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  return [
    header,
    ...lines.map((line) => {
      const cells = line.split(',');
      cells[8] = status;
      cells[9] = status === 'paid' ? reference : '';
      cells[10] = status === 'failed' ? 'account closed' : '';
      return cells.join(',');
    }),
  ].join('\r\n');
}

async function importResult(batchId: string, csv: string) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'result.csv');
  return cast.finance.request('POST', `/api/v1/payments/batches/${batchId}/result`, { body: form });
}

describe('apply → screen → four-eyes approval → payment → paid', () => {
  let id: string;
  let batchId: string;
  let exported: string;

  it('pre-fills a new application from the fact profile saved at the last submission', async () => {
    id = await inReview();
    const detail = await cast.founder.get(`/api/v1/applications/${id}`);
    expect(detail.body.application.snapshot).toBeUndefined(); // the snapshot is staff-only
    expect(detail.body.timeline.map((event: { action: string }) => event.action)).toEqual([
      'create',
      'submit',
      'screen',
      'pass_screening',
    ]);
    expect(detail.body.application.capFen).toBe(MASTER_TIER_FEN);
    expect(detail.body.application.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('shows the reviewer the engine trace and the evidence, and replays the stored evaluation', async () => {
    const review = await cast.reviewer.get(`/api/v1/review/applications/${id}`);
    expect(review.status).toBe(200);
    expect(review.body.evaluation.status).toBe('eligible');
    expect(review.body.evaluation.criteria.length).toBeGreaterThan(0);
    expect(review.body.documents).toHaveLength(3);
    const file = await cast.reviewer.get(
      `/api/v1/applications/${id}/evidence/${review.body.documents[0].id}`,
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const replay = await cast.reviewer.get(`/api/v1/review/applications/${id}/replay`);
    expect(replay.body.matches).toBe(true);
  });

  it('refuses an amount above the cap, an approval without a recommendation, and self-approval', async () => {
    const tooMuch = await cast.reviewer.post(`/api/v1/review/applications/${id}/recommendation`, {
      action: 'approve',
      amountFen: MASTER_TIER_FEN + 1,
      note: 'x',
    });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.code).toBe('application.amount_exceeds_cap');
    const early = await cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'approve',
    });
    expect(early.body.code).toBe('review.recommendation_required');
    await cast.reviewer.post(`/api/v1/review/applications/${id}/recommendation`, {
      action: 'approve',
      amountFen: MASTER_TIER_FEN,
      note: 'verified',
    });
    const self = await cast.reviewer.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'approve',
    });
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('review.four_eyes');
    // Four eyes cover the money: the second officer cannot approve another amount alone.
    const otherAmount = await cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'approve',
      amountFen: MASTER_TIER_FEN - 100,
    });
    expect(otherAmount.status).toBe(409);
    expect(otherAmount.body.code).toBe('review.amount_not_recommended');
    expect((await budget()).reservedFen).toBe(0);
  });

  it('approves with a second officer and reserves the budget in the same transaction', async () => {
    const approved = await cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'approve',
    });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.approvedAmountFen).toBe(MASTER_TIER_FEN);
    const line = await budget();
    expect(line.reservedFen).toBe(MASTER_TIER_FEN);
    expect(line.reconciled).toBe(true);
    const again = await cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'approve',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('application.invalid_transition');
  });

  it('refuses withdrawal after the decision', async () => {
    const late = await cast.founder.post(`/api/v1/applications/${id}/withdraw`, {});
    expect(late.status).toBe(409);
  });

  it('builds a batch and exports it as CSV and Excel, totals to the fen', async () => {
    const payable = await cast.finance.get('/api/v1/payments/payable');
    expect(payable.body.map((row: { id: string }) => row.id)).toContain(id);
    const built = await cast.finance.post('/api/v1/payments/batches', { applicationIds: [id] });
    expect(built.status, built.text).toBe(201);
    expect(built.body.totalFen).toBe(MASTER_TIER_FEN);
    batchId = built.body.id;
    const csv = await cast.finance.get(`/api/v1/payments/batches/${batchId}/export?format=csv`);
    expect(csv.status).toBe(200);
    exported = csv.text;
    expect(exported).toContain('50000.00');
    expect(exported).toContain(payee.accountNumber);
    const xlsx = await cast.finance.request(
      'GET',
      `/api/v1/payments/batches/${batchId}/export?format=xlsx`,
    );
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const again = await cast.finance.post('/api/v1/payments/batches', { applicationIds: [id] });
    expect(again.status).toBe(409);
  });

  it('imports the result: paid once, consumed once; re-importing changes nothing', async () => {
    const file = resultCsv(exported, 'paid');
    const first = await importResult(batchId, file);
    expect(first.status, first.text).toBe(200);
    expect(first.body.summary).toMatchObject({
      paid: 1,
      paidFen: MASTER_TIER_FEN,
      alreadyRecorded: 0,
    });
    expect(first.body.batch.reconciled).toBe(true);
    const second = await importResult(batchId, file);
    expect(second.status).toBe(200);
    expect(second.body.summary).toMatchObject({ paid: 0, alreadyRecorded: 1 });
    const contradicting = await importResult(batchId, resultCsv(exported, 'paid', 'OTHER-REF'));
    expect(contradicting.status).toBe(409);
    const line = await budget();
    expect(line).toMatchObject({ reservedFen: 0, consumedFen: MASTER_TIER_FEN, reconciled: true });
    expect(
      line.movements.filter((movement: { kind: string }) => movement.kind === 'consume'),
    ).toHaveLength(1);
  });

  it('shows the founder "paid" with the whole timeline and inbox messages; e-mail goes to the log', async () => {
    const detail = await cast.founder.get(`/api/v1/applications/${id}`);
    expect(detail.body.application.status).toBe('paid');
    expect(detail.body.timeline.map((event: { action: string }) => event.action)).toEqual([
      'create',
      'submit',
      'screen',
      'pass_screening',
      'approve',
      'schedule_payment',
      'record_paid',
    ]);
    // The applicant sees the amount, not which officer recommended it or internal record ids.
    const approval = detail.body.timeline.find(
      (event: { action: string }) => event.action === 'approve',
    );
    expect(approval.details).toEqual(expect.objectContaining({ amountFen: MASTER_TIER_FEN }));
    expect(approval.details).not.toHaveProperty('recommendedBy');
    expect(approval.details).not.toHaveProperty('budgetLineId');
    const staffView = await cast.reviewer2.get(`/api/v1/review/applications/${id}`);
    expect(
      staffView.body.timeline.find((event: { action: string }) => event.action === 'approve')
        .details,
    ).toHaveProperty('recommendedBy');
    const inbox = await cast.founder.get('/api/v1/notifications');
    expect(inbox.body.items.map((item: { kind: string }) => item.kind)).toContain(
      'application.record_paid',
    );
    const logged: unknown[] = [];
    const result = await deliverOutbox(server.database.db, undefined, {
      info: (object) => logged.push(object),
      warn: (object) => logged.push(object),
    });
    expect(result.logged).toBeGreaterThan(0);
    const pending = await server.database.db
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.status, 'pending'));
    expect(pending).toHaveLength(0);
  });

  it('keeps the old decision on replay after the parameter changes', async () => {
    await publishParameter(cast.admin, 'talent.settlement-subsidy.tier-master-fen', 6_000_000);
    const replay = await cast.reviewer.get(`/api/v1/review/applications/${id}/replay`);
    expect(replay.body).toMatchObject({ matches: true, replayed: { capFen: MASTER_TIER_FEN } });
    const policy = await cast.founder.get('/api/v1/policies/talent.settlement-subsidy');
    expect(JSON.stringify(policy.body)).toContain('6000000');
  });

  it('refuses a second settlement subsidy for the same person (one-time benefit)', async () => {
    const second = await cast.founder.post('/api/v1/applications', {
      policyId: 'talent.settlement-subsidy',
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('application.already_claimed');
  });
});

describe('budget limits', () => {
  it('refuses an approval beyond what remains, saying what remains', async () => {
    const founder = await server.signedInClient(['founder']);
    const id = await inReview(founder);
    // The budget (¥120,000) had ¥50,000 spent; the tier is now ¥60,000 (published above).
    await cast.admin.patch(`/api/v1/budgets/${budgetLineId}`, { totalFen: 10_000_000 });
    const refused = await approve(id, 6_000_000);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('budget.exceeded');
    expect(refused.body.remainingFen).toBe(5_000_000);
    expect(refused.body.detail).toContain('¥50,000.00');
    const row = await founder.get(`/api/v1/applications/${id}`);
    expect(row.body.application.status).toBe('in_review');
    const below = await cast.admin.patch(`/api/v1/budgets/${budgetLineId}`, { totalFen: 1 });
    expect(below.body.code).toBe('budget.below_committed');
    await cast.admin.patch(`/api/v1/budgets/${budgetLineId}`, { totalFen: 12_000_000 });
  });
});

describe('drafts and evidence changed from two places', () => {
  it('refuses a save made from a version read before the evidence changed, and says so', async () => {
    const founder = await server.signedInClient(['founder']);
    const started = await founder.post('/api/v1/applications', {
      policyId: 'talent.settlement-subsidy',
    });
    const id = started.body.application.id;
    const readVersion = started.body.application.version;
    expect((await uploadEvidence(founder, id, 'degree-certificate')).status).toBe(201);
    const stale = await founder.patch(`/api/v1/applications/${id}`, {
      version: readVersion,
      facts,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('application.version_conflict');
    const current = await founder.get(`/api/v1/applications/${id}`);
    expect(current.body.application.version).toBeGreaterThan(readVersion);
    expect(current.body.application.facts).toEqual({});
    const fresh = await founder.patch(`/api/v1/applications/${id}`, {
      version: current.body.application.version,
      facts,
    });
    expect(fresh.status).toBe(200);
  });
});

describe('screening, returns, withdrawal and appeals', () => {
  it('sends an ineligible application back with the unmet condition, and takes it again after a fix', async () => {
    const founder = await server.signedInClient(['founder']);
    const { id, submitted } = await applyForSettlement(founder, {
      person: { newlyArrived: true, highestDegree: 'other', benefitsReceived: [] },
    } as never);
    expect(submitted.body.status).toBe('returned');
    expect(submitted.body.pendingRequest.kind).toBe('screening');
    expect(submitted.body.pendingRequest.message).toContain('A.P2');
    const detail = await founder.get(`/api/v1/applications/${id}`);
    const fixed = await founder.patch(`/api/v1/applications/${id}`, {
      version: detail.body.application.version,
      facts,
    });
    expect(fixed.status).toBe(200);
    const resubmitted = await founder.post(`/api/v1/applications/${id}/submit`);
    expect(resubmitted.body.status).toBe('in_review');

    // Return for more information, then withdraw.
    const returned = await cast.reviewer.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'return',
      reasons: 'Please upload the full degree certificate',
      requestDocuments: ['degree-certificate'],
    });
    expect(returned.body.status).toBe('returned');
    expect(returned.body.pendingRequest.documents).toEqual(['degree-certificate']);
    expect((await uploadEvidence(founder, id, 'degree-certificate')).status).toBe(201);
    const withdrawn = await founder.post(`/api/v1/applications/${id}/withdraw`, {
      reason: 'moved',
    });
    expect(withdrawn.body.status).toBe('withdrawn');
    const afterwards = await founder.post(`/api/v1/applications/${id}/submit`);
    expect(afterwards.status).toBe(409);
    expect(afterwards.body.allowed).toEqual([]);
  });

  it('lets a rejection be appealed once, decided by a different officer, within the period', async () => {
    const founder = await server.signedInClient(['founder']);
    const id = await inReview(founder);
    const rejected = await cast.reviewer.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'reject',
      reasons: 'Household registration not yet moved',
    });
    expect(rejected.body.status).toBe('rejected');
    expect(rejected.body.appealDeadline).not.toBeNull();
    const appealed = await founder.post(`/api/v1/applications/${id}/appeal`, {
      reasons: 'It was moved on 1 November; proof attached',
    });
    expect(appealed.body.status).toBe('appealed');
    const sameOfficer = await cast.reviewer.post(
      `/api/v1/review/applications/${id}/appeal-decision`,
      {
        outcome: 'grant',
        reasons: 'x',
      },
    );
    expect(sameOfficer.status).toBe(403);
    expect(sameOfficer.body.code).toBe('review.excluded_officer');
    const granted = await cast.reviewer2.post(`/api/v1/review/applications/${id}/appeal-decision`, {
      outcome: 'grant',
      reasons: 'Proof accepted',
    });
    expect(granted.body.status).toBe('in_review');
    // The first officer stays excluded from the re-review.
    const again = await cast.reviewer.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'reject',
      reasons: 'x',
    });
    expect(again.status).toBe(403);
    const second = await cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'reject',
      reasons: 'Still not eligible',
    });
    expect(second.body.status).toBe('rejected');
    const secondAppeal = await founder.post(`/api/v1/applications/${id}/appeal`, {
      reasons: 'again',
    });
    expect(secondAppeal.body.code).toBe('application.appeal_limit');
  });

  it('refuses an appeal after the appeal period', async () => {
    const founder = await server.signedInClient(['founder']);
    const id = await inReview(founder);
    await cast.reviewer.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'reject',
      reasons: 'not eligible',
    });
    await server.database.db
      .update(applications)
      .set({ appealDeadline: new Date(Date.now() - 1000) })
      .where(eq(applications.id, id));
    const late = await founder.post(`/api/v1/applications/${id}/appeal`, { reasons: 'late' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('application.appeal_period_over');
    const closed = await cast.admin.post('/api/v1/admin/applications/close-settled');
    expect(closed.body.closed).toBeGreaterThanOrEqual(1);
    const detail = await founder.get(`/api/v1/applications/${id}`);
    expect(detail.body.application.status).toBe('closed');
  });
});

describe('payment failure, rescheduling and revocation', () => {
  it('reschedules a failed payment in a new batch and never pays twice', async () => {
    const founder = await server.signedInClient(['founder']);
    const id = await inReview(founder);
    expect((await approve(id, 1_000_000)).status).toBe(200);
    const first = await cast.finance.post('/api/v1/payments/batches', { applicationIds: [id] });
    const csv = (await cast.finance.get(`/api/v1/payments/batches/${first.body.id}/export`)).text;
    const failed = await importResult(first.body.id, resultCsv(csv, 'failed'));
    expect(failed.body.summary).toMatchObject({ failed: 1, failedFen: 1_000_000 });
    expect((await founder.get(`/api/v1/applications/${id}`)).body.application.status).toBe(
      'payment_failed',
    );
    const second = await cast.finance.post('/api/v1/payments/batches', { applicationIds: [id] });
    expect(second.status).toBe(201);
    const csv2 = (await cast.finance.get(`/api/v1/payments/batches/${second.body.id}/export`)).text;
    expect((await importResult(second.body.id, resultCsv(csv2, 'paid', 'REF-2'))).status).toBe(200);
    // The old batch's failed line cannot be turned into a second payment.
    const late = await importResult(first.body.id, resultCsv(csv, 'paid', 'REF-3'));
    expect(late.status).toBe(409);
    expect((await founder.get(`/api/v1/applications/${id}`)).body.application.status).toBe('paid');
  });

  it('revoking an unpaid approval releases the reservation and the one-time claim', async () => {
    const founder = await server.signedInClient(['founder']);
    const id = await inReview(founder);
    const before = (await budget()).reservedFen;
    expect((await approve(id, 2_000_000)).status).toBe(200);
    expect((await budget()).reservedFen).toBe(before + 2_000_000);
    const revoked = await cast.reviewer.post(`/api/v1/review/applications/${id}/revoke`, {
      reasons: 'Duplicate subsidy found elsewhere',
    });
    expect(revoked.body.status).toBe('rejected');
    const line = await budget();
    expect(line.reservedFen).toBe(before);
    expect(line.reconciled).toBe(true);
  });
});

describe('recusal, assignment and evidence rules', () => {
  it('recuses a reviewer who is a member of the applicant’s company', async () => {
    const founder = await server.signedInClient(['founder']);
    const first17 = '91440300MA5R7K2Q1';
    const company = await founder.post('/api/v1/organisations', {
      creditCode: `${first17}${creditCodeCheckCharacter(first17)}`,
      name: 'Recusal Test Co',
      kind: 'company',
    });
    expect(company.status, company.text).toBe(201);
    const organisationId = company.body.id;
    const reviewerEmail = cast.reviewer.email;
    const invited = await founder.post(`/api/v1/organisations/${organisationId}/members`, {
      email: reviewerEmail,
      role: 'member',
    });
    expect(invited.status).toBe(202);
    // Only a membership the reviewer accepted recuses them (issue #11).
    const accepted = await cast.reviewer.post(`/api/v1/invitations/${invited.body.id}/accept`);
    expect(accepted.status).toBe(200);
    const id = await inReview(founder);
    const assigned = await cast.reviewer2.post('/api/v1/review/assignments', {
      applicationIds: [id],
      reviewerAccountId: cast.reviewer.accountId,
    });
    expect(assigned.body.results[0].outcome).toBe('recused');
    const decided = await cast.reviewer.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'reject',
      reasons: 'x',
    });
    expect(decided.status).toBe(403);
    expect(decided.body.code).toBe('review.recused');
    const queue = await cast.reviewer.get('/api/v1/review/queue');
    expect(queue.body.items.find((item: { id: string }) => item.id === id).recused).toBe(true);
    const ok = await cast.reviewer2.post('/api/v1/review/assignments', {
      applicationIds: [id],
      reviewerAccountId: cast.reviewer2.accountId,
    });
    expect(ok.body.results[0].outcome).toBe('assigned');
    const mine = await cast.reviewer2.get('/api/v1/review/queue?assigned=me');
    expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(id);
  });

  it('sniffs evidence types, limits size and keeps applications private', async () => {
    const founder = await server.signedInClient(['founder']);
    const started = await founder.post('/api/v1/applications', {
      policyId: 'talent.settlement-subsidy',
    });
    const id = started.body.application.id;
    const html = await uploadEvidence(
      founder,
      id,
      'degree-certificate',
      Buffer.from('<html>'),
      'cv.pdf',
    );
    expect(html.status).toBe(415);
    const big = Buffer.concat([tinyPdf, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await uploadEvidence(founder, id, 'degree-certificate', big);
    expect(tooBig.status).toBe(413);
    const unknown = await uploadEvidence(founder, id, 'passport');
    expect(unknown.status).toBe(400);
    const other = await cast.founder.get(`/api/v1/applications/${id}`);
    expect(other.status).toBe(404);
    const incomplete = await founder.post(`/api/v1/applications/${id}/submit`);
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors.map((error: { pointer: string }) => error.pointer)).toContain(
      '/evidence/degree-certificate',
    );
    const badFacts = await founder.patch(`/api/v1/applications/${id}`, {
      version: started.body.application.version,
      facts: { person: { highestDegree: 'wizard' } },
    });
    expect(badFacts.status).toBe(400);
  });
});

describe('either-or benefits (A.P8): transitional housing or the housing allowance, never both', () => {
  const housingFacts = {
    person: { hasCompany: true, meetsYouthTalentConditions: true, benefitsReceived: [] },
  };

  async function applyFor(client: Cast['founder'], policyId: string) {
    const started = await client.post('/api/v1/applications', { policyId });
    if (started.status >= 300) return { started, id: null as string | null };
    const id: string = started.body.application.id;
    await client.patch(`/api/v1/applications/${id}`, {
      version: started.body.application.version,
      facts: housingFacts,
      payee,
    });
    const form = await client.get(`/api/v1/applications/${id}`);
    for (const document of form.body.policy.evidence.filter(
      (doc: { required: boolean }) => doc.required,
    ))
      expect((await uploadEvidence(client, id, document.id)).status).toBe(201);
    const submitted = await client.post(`/api/v1/applications/${id}/submit`);
    expect(submitted.body.status, submitted.text).toBe('in_review');
    return { started, id };
  }

  it('refuses the allowance while transitional housing is pending, and after it is approved', async () => {
    const founder = await server.signedInClient(['founder']);
    const { id } = await applyFor(founder, 'housing.transitional');
    const whilePending = await founder.post('/api/v1/applications', {
      policyId: 'housing.allowance',
    });
    expect(whilePending.status).toBe(409);
    expect(whilePending.body.code).toBe('application.already_claimed');
    expect(whilePending.body.conflictingPolicyId).toBe('housing.transitional');

    // In kind, not money: approved with four eyes, no amount and no budget.
    await cast.reviewer.post(`/api/v1/review/applications/${id}/recommendation`, {
      action: 'approve',
      note: 'youth-talent proof checked',
    });
    const approved = await cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'approve',
    });
    expect(approved.body).toMatchObject({ status: 'approved', approvedAmountFen: null });
    const afterwards = await founder.post('/api/v1/applications', {
      policyId: 'housing.allowance',
    });
    expect(afterwards.body.code).toBe('application.already_claimed');
  });

  it('lets only one of two either-or applications already in review be approved', async () => {
    const founder = await server.signedInClient(['founder']);
    const { id: first } = await applyFor(founder, 'housing.allowance');
    // A second application slipped in before this rule (inserted directly, as a migration might).
    const [row] = await server.database.db
      .select()
      .from(applications)
      .where(eq(applications.id, first!));
    const { id: _id, reference: _reference, ...copy } = row!;
    const [second] = await server.database.db
      .insert(applications)
      .values({ ...copy, policyId: 'housing.transitional', paidByPlatform: false, capFen: null })
      .returning();
    await cast.admin.post('/api/v1/budgets', {
      policyId: 'housing.allowance',
      year,
      totalFen: 10_000_000,
    });
    for (const id of [first!, second!.id])
      await cast.reviewer.post(`/api/v1/review/applications/${id}/recommendation`, {
        action: 'approve',
        amountFen: id === first ? 3_000_000 : null,
        note: 'ok',
      });
    // Transitional housing first: the allowance can no longer be approved. (The other order is a
    // switch, not both: approving transitional housing stops a running allowance from that
    // month — see payments/monthly-allowance.test.ts.)
    const one = await cast.reviewer2.post(`/api/v1/review/applications/${second!.id}/decision`, {
      decision: 'approve',
    });
    expect(one.status, one.text).toBe(200);
    const other = await cast.reviewer2.post(`/api/v1/review/applications/${first}/decision`, {
      decision: 'approve',
    });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('application.already_claimed');
  });
});

describe('permission table for applications, review, budgets and payments', () => {
  it('gives each area to the roles it is for', async () => {
    const { isAllowed } = await import('../../shared/permissions');
    const expectations: [string, string[]][] = [
      ['/api/v1/applications', ['founder']],
      ['/api/v1/review/', ['reviewer']],
      ['/api/v1/payments/', ['finance_officer']],
      ['/api/v1/admin/workflow-settings', ['admin']],
    ];
    const roles = [
      'founder',
      'community_operator',
      'reviewer',
      'finance_officer',
      'customs_officer',
      'provider',
      'admin',
    ] as const;
    for (const [prefix, allowed] of expectations) {
      const routes = server.routes.filter(
        (route) =>
          route.url.startsWith(prefix) &&
          !(route.url.endsWith('/evidence/:fileId') && route.method === 'GET'),
      );
      expect(routes.length, prefix).toBeGreaterThan(0);
      for (const route of routes)
        for (const role of roles)
          expect(isAllowed(route.permission, [role]), `${role} ${route.method} ${route.url}`).toBe(
            allowed.includes(role),
          );
    }
    const download = server.routes.find(
      (route) =>
        route.url === '/api/v1/applications/:id/evidence/:fileId' && route.method === 'GET',
    )!;
    expect(isAllowed(download.permission, null)).toBe(false);
    expect(isAllowed(download.permission, ['provider'])).toBe(false);
  });
});

describe("the plan's period (A.TITLE): an application is decided as of its submission date", () => {
  it('screens an application submitted on 2027-12-30 as of that day, even when screening runs in 2028', async () => {
    const { screenApplication } = await import('./applying/screening');
    const { systemContext } = await import('../../shared/service-context');
    const id = await inReview(await server.signedInClient(['founder']));
    // As if the engine had failed after a submission on the plan's last days.
    await server.database.db
      .update(applications)
      .set({ status: 'submitted', submittedAt: new Date('2027-12-30T04:00:00Z') })
      .where(eq(applications.id, id));
    const ctx = {
      ...systemContext(server.database.db, 'test'),
      now: () => new Date('2028-01-05T04:00:00Z'),
    };
    const screened = await screenApplication(ctx, id);
    expect(screened.status).toBe('in_review');
    const [row] = await server.database.db
      .select({ snapshot: applications.snapshot })
      .from(applications)
      .where(eq(applications.id, id));
    expect((row!.snapshot as { date: string }).date).toBe('2027-12-30');
  });
});

describe('voucher caps are per company and cumulative (A.V1)', () => {
  it('counts a corpus voucher approved here against the cap: a second one after ¥2,000,000 is refused at screening', async () => {
    const founder = await server.signedInClient(['founder']);
    const first17 = '91440300MA5R7K3Q1';
    const company = await founder.post('/api/v1/organisations', {
      creditCode: `${first17}${creditCodeCheckCharacter(first17)}`,
      name: 'Corpus Buyer Co',
      kind: 'company',
    });
    expect(company.status, company.text).toBe(201);
    const organisationId: string = company.body.id;

    async function applyForCorpus(amountFen: number) {
      const started = await founder.post('/api/v1/applications', {
        policyId: 'voucher.corpus',
        organisationId,
      });
      expect(started.status, started.text).toBe(201);
      const id: string = started.body.application.id;
      const saved = await founder.patch(`/api/v1/applications/${id}`, {
        version: started.body.application.version,
        facts: {
          person: { hasCompany: true },
          company: {
            plannedPurchase: { kind: 'corpus', amountFen, relatedParty: false },
            benefitsReceived: [],
          },
        },
      });
      expect(saved.status, saved.text).toBe(200);
      const form = await founder.get(`/api/v1/applications/${id}`);
      for (const document of form.body.policy.evidence.filter(
        (doc: { required: boolean }) => doc.required,
      ))
        expect((await uploadEvidence(founder, id, document.id)).status).toBe(201);
      const submitted = await founder.post(`/api/v1/applications/${id}/submit`);
      expect(submitted.status, submitted.text).toBe(200);
      return { id, submitted: submitted.body };
    }

    // An approval issues the voucher from this year's corpus pool (issue #13): fund it first.
    const funded = await cast.admin.post(`/api/v1/vouchers/pools/corpus/${year}/funding`, {
      amountFen: 1_000_000_000,
      reason: 'TEST budget',
    });
    expect(funded.status, funded.text).toBe(200);
    // ¥10,000,000 of data at 30 % is ¥3,000,000: held to the ¥2,000,000 cap.
    const first = await applyForCorpus(1_000_000_000);
    expect(first.submitted.status).toBe('in_review');
    await cast.reviewer.post(`/api/v1/review/applications/${first.id}/recommendation`, {
      action: 'approve',
      note: 'contract checked',
    });
    const approved = await cast.reviewer2.post(`/api/v1/review/applications/${first.id}/decision`, {
      decision: 'approve',
    });
    expect(approved.status, approved.text).toBe(200);

    // The company declares nothing received; the platform's record says ¥2,000,000.
    const second = await applyForCorpus(100_000_000);
    expect(second.submitted.status).toBe('returned');
    const [row] = await server.database.db
      .select({ evaluation: applications.evaluation })
      .from(applications)
      .where(eq(applications.id, second.id));
    const evaluation = row!.evaluation as {
      status: string;
      criteria: { id: string; result: string }[];
    };
    expect(evaluation.status).toBe('ineligible');
    expect(evaluation.criteria).toContainEqual(
      expect.objectContaining({ id: 'cap-not-reached', result: 'unmet' }),
    );
  });
});
