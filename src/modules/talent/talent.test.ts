import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisationAs, type SignedIn } from '../spaces/test-support';
import { startTestServer, type TestServer } from '../../../test/support/test-server';
import { provideTalentFacts } from './record-facts';
import { listRecognisedTalentsInOrganisations } from './talent-counts';
import { chinaDateOf } from '../../shared/china-time';

/** Open talent recognition (issue #17 item 3; A.P1) through the HTTP API, on a real database. */

let server: TestServer;
let founder: SignedIn;
let reviewer: SignedIn;
let colleague: SignedIn;
let admin: SignedIn;
let companyId: string;

const github = {
  kind: 'open-source',
  title: 'opc-agent',
  repositoryUrls: ['https://github.com/example/opc-agent'],
  role: 'maintainer',
  mergedWork: '120 merged pull requests',
  evidenceLinks: ['https://github.com/example/opc-agent/graphs/contributors'],
};
const competition = {
  kind: 'competition',
  title: '深圳人工智能创新创业大赛',
  rank: '一等奖',
  year: 2026,
  evidenceLinks: ['https://example.org/results-2026'],
};

const judgements = (judgement = 'meets') =>
  ['ai-field', 'own-work', 'outstanding'].map((criterion) => ({
    criterion,
    judgement,
    reason: `${criterion}: checked the links`,
  }));

beforeAll(async () => {
  server = await startTestServer();
  founder = await server.signedInClient(['founder']);
  reviewer = await server.signedInClient(['reviewer']);
  colleague = await server.signedInClient(['reviewer', 'founder']);
  admin = await server.signedInClient(['admin']);
  companyId = await createOrganisationAs(founder, '人才测试公司');
});
afterAll(async () => server?.close());

describe('the published rubric', () => {
  it('is public and asks nothing about degrees', async () => {
    const rubric = await server.client().get('/api/v1/talent/rubric');
    expect(rubric.status).toBe(200);
    expect(rubric.body.criteria.map((c: { id: string }) => c.id)).toEqual([
      'ai-field',
      'own-work',
      'outstanding',
    ]);
    expect(JSON.stringify(rubric.body.criteria)).not.toMatch(/degree|学历|學歷/i);
  });
});

describe('submitting', () => {
  it('refuses a degree field and an achievement without evidence (400 at the field)', async () => {
    const degree = await founder.post('/api/v1/talent/submissions', {
      achievements: [github],
      degree: 'PhD',
    });
    expect(degree.status).toBe(400);
    const noEvidence = await founder.post('/api/v1/talent/submissions', {
      achievements: [{ ...competition, evidenceLinks: [] }],
    });
    expect(noEvidence.status).toBe(400);
    expect(JSON.stringify(noEvidence.body.errors)).toContain('/body/achievements/0/evidenceLinks');
    const none = await founder.post('/api/v1/talent/submissions', { achievements: [] });
    expect(none.status).toBe(400);
    const badLink = await founder.post('/api/v1/talent/submissions', {
      achievements: [{ ...competition, evidenceLinks: ['javascript:alert(1)'] }],
    });
    expect(badLink.status).toBe(400);
  });
});

describe('from a GitHub link and a competition result to a verified certificate', () => {
  let submissionId: string;
  let achievementIds: string[];

  it('the founder submits; a second open submission is refused (409)', async () => {
    const submitted = await founder.post('/api/v1/talent/submissions', {
      statement: '维护开源智能体框架',
      achievements: [github, competition],
    });
    expect(submitted.status, submitted.text).toBe(201);
    submissionId = submitted.body.id;
    achievementIds = submitted.body.achievements.map((a: { id: string }) => a.id);
    expect(submitted.body.status).toBe('submitted');
    const again = await founder.post('/api/v1/talent/submissions', { achievements: [github] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('talent.submission_open');
  });

  it('a second founder cannot read it (404)', async () => {
    const other = await server.signedInClient(['founder']);
    const read = await other.get(`/api/v1/talent/submissions/${submissionId}`);
    expect(read.status).toBe(404);
  });

  it('a colleague of the applicant (same organisation) is refused review and decision (403)', async () => {
    const invited = await founder.post(`/api/v1/organisations/${companyId}/members`, {
      email: colleague.email,
      role: 'member',
    });
    expect(invited.status, invited.text).toBe(202);
    const pending = await colleague.get('/api/v1/invitations');
    const invitationId = pending.body.find(
      (row: { organisationId: string }) => row.organisationId === companyId,
    ).id;
    const accepted = await colleague.post(`/api/v1/invitations/${invitationId}/accept`);
    expect(accepted.status, accepted.text).toBe(200);
    const queue = await colleague.get('/api/v1/talent/submissions?status=submitted');
    expect(queue.body.find((s: { id: string }) => s.id === submissionId).conflictOfInterest).toBe(
      true,
    );
    const review = await colleague.post(`/api/v1/talent/submissions/${submissionId}/reviews`, {
      judgements: judgements(),
      recommendation: 'recognise',
      reason: 'my colleague',
    });
    expect(review.status).toBe(403);
    expect(review.body.code).toBe('talent.conflict_of_interest');
  });

  it('a decision before any review is refused (422); a review must judge every criterion', async () => {
    const early = await reviewer.post(`/api/v1/talent/submissions/${submissionId}/decision`, {
      outcome: 'recognise',
      grounds: 'x',
      groundAchievementIds: achievementIds,
    });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('talent.review_required');
    const partial = await reviewer.post(`/api/v1/talent/submissions/${submissionId}/reviews`, {
      judgements: judgements().slice(0, 2),
      recommendation: 'recognise',
      reason: 'x',
    });
    expect(partial.status).toBe(400);
  });

  it('the panel member reviews, then a recognition without evidence is refused (422)', async () => {
    const reviewed = await reviewer.post(`/api/v1/talent/submissions/${submissionId}/reviews`, {
      judgements: judgements(),
      recommendation: 'recognise',
      reason: 'Maintainer of a widely used agent framework; first prize.',
    });
    expect(reviewed.status, reviewed.text).toBe(201);
    expect(reviewed.body.reviews).toHaveLength(1);
    const twice = await reviewer.post(`/api/v1/talent/submissions/${submissionId}/reviews`, {
      judgements: judgements(),
      recommendation: 'recognise',
      reason: 'again',
    });
    expect(twice.status).toBe(409);
    const noGrounds = await reviewer.post(`/api/v1/talent/submissions/${submissionId}/decision`, {
      outcome: 'recognise',
      grounds: 'outstanding',
      groundAchievementIds: [],
    });
    expect(noGrounds.status).toBe(422);
    expect(noGrounds.body.code).toBe('talent.no_evidence');
  });

  it('recognises with grounds; no validity period set: no end date; the certificate verifies publicly', async () => {
    const decided = await reviewer.post(`/api/v1/talent/submissions/${submissionId}/decision`, {
      outcome: 'recognise',
      grounds: 'Maintainer of opc-agent (evidence: contributors graph) and first prize 2026.',
      groundAchievementIds: achievementIds,
    });
    expect(decided.status, decided.text).toBe(200);
    expect(decided.body.status).toBe('recognised');
    const recognition = decided.body.recognition;
    expect(recognition.kinds).toEqual(['open-source', 'competition']);
    expect(recognition.validUntil).toBeNull();
    expect(recognition.certificateCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const verified = await server
      .client()
      .get(`/api/v1/talent/certificates/${recognition.certificateCode}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ status: 'valid', clause: 'A.P1', validUntil: null });
    expect(JSON.stringify(verified.body)).not.toContain('contributors graph');
    const unknown = await server.client().get('/api/v1/talent/certificates/AAAA-BBBB-CCCC');
    expect(unknown.status).toBe(404);
    const malformed = await server.client().get('/api/v1/talent/certificates/nope');
    expect(malformed.status).toBe(400);

    const again = await reviewer.post(`/api/v1/talent/submissions/${submissionId}/decision`, {
      outcome: 'refuse',
      grounds: 'changed my mind',
    });
    expect(again.status).toBe(409);
  });

  it('sets person.talentRecognized, counts toward A.T3 in the company, shows in the distribution', async () => {
    const today = chinaDateOf(new Date());
    const facts = await provideTalentFacts(
      server.database.db,
      { accountId: founder.accountId, personId: null, organisationId: null },
      today,
    );
    expect(facts).toMatchObject([{ fact: 'person.talentRecognized', value: true }]);
    expect(facts[0]!.source.until).toBeNull();
    const counts = await listRecognisedTalentsInOrganisations(
      server.database.db,
      [companyId],
      today,
    );
    expect(counts.get(companyId)).toHaveLength(1);

    const distribution = await admin.get('/api/v1/talent/distribution');
    expect(distribution.status).toBe(200);
    expect(distribution.body.recognisedPeople).toBe(1);
    expect(
      distribution.body.byKind.map((row: { kind: string; people: number }) => [
        row.kind,
        row.people,
      ]),
    ).toEqual([
      ['open-source', 1],
      ['application', 0],
      ['competition', 1],
    ]);
    const forbidden = await founder.get('/api/v1/talent/distribution');
    expect(forbidden.status).toBe(403);

    const again = await founder.post('/api/v1/talent/submissions', { achievements: [github] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('talent.already_recognised');
  });

  it('is audited with its grounds and notifies the applicant', async () => {
    const audit = await admin.get('/api/v1/audit?subjectType=talent_submission');
    expect(audit.status, audit.text).toBe(200);
    const text = JSON.stringify(audit.body);
    expect(text).toContain('talent_submission.recognised');
    expect(text).toContain('talent_submission.reviewed');
    const inbox = await founder.get('/api/v1/notifications');
    expect(JSON.stringify(inbox.body)).toContain('talent.decided');
  });
});

describe('the validity period (an administrator’s dated parameter)', () => {
  it('once set, a new recognition ends after it; one per date (409)', async () => {
    const set = await admin.post('/api/v1/talent/validity-periods', {
      effectiveFrom: '2026-01-01',
      months: 36,
      sourceText: '测试：认定有效期三年',
    });
    expect(set.status, set.text).toBe(201);
    const twice = await admin.post('/api/v1/talent/validity-periods', {
      effectiveFrom: '2026-01-01',
      months: 12,
      sourceText: 'x',
    });
    expect(twice.status).toBe(409);
    const other = await server.signedInClient(['founder']);
    const submitted = await other.post('/api/v1/talent/submissions', {
      achievements: [{ ...competition, title: 'another' }],
    });
    await reviewer.post(`/api/v1/talent/submissions/${submitted.body.id}/reviews`, {
      judgements: judgements(),
      recommendation: 'recognise',
      reason: 'ok',
    });
    const decided = await reviewer.post(
      `/api/v1/talent/submissions/${submitted.body.id}/decision`,
      {
        outcome: 'recognise',
        grounds: 'first prize',
        groundAchievementIds: [submitted.body.achievements[0].id],
      },
    );
    expect(decided.status, decided.text).toBe(200);
    const today = chinaDateOf(new Date());
    expect(decided.body.recognition.validFrom).toBe(today);
    expect(decided.body.recognition.validUntil > today).toBe(true);
  });
});
