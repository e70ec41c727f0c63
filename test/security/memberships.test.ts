import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema/audit';
import {
  applyForSettlement,
  publishParameter,
  settlementFacts,
  signInCast,
  type Cast,
} from '../../src/modules/applications/test-helpers';
import { creditCodeCheckCharacter } from '../../src/shared/uscc';
import { startTestServer, type TestServer } from '../support/test-server';
import { chinaYearOf } from '../../src/shared/china-time';

/**
 * Issue #11: who may make whom a member of an organisation (and so recuse a reviewer), invisible
 * characters in names, and who reads a case's internal review notes — over HTTP on a real server.
 */
let server: TestServer;
let cast: Cast;
const MASTER_TIER_FEN = 5_000_000; // TEST VALUE entered below, not policy
const year = chinaYearOf(new Date());

beforeAll(async () => {
  server = await startTestServer({ loginRateLimitPer15Min: 1000 });
  cast = await signInCast(server);
  await publishParameter(cast.admin, 'talent.settlement-subsidy.tier-master-fen', MASTER_TIER_FEN);
  const budget = await cast.admin.post('/api/v1/budgets', {
    policyId: 'talent.settlement-subsidy',
    year,
    totalFen: 100_000_000,
    note: 'test budget',
  });
  expect(budget.status, budget.text).toBe(201);
});
afterAll(async () => server?.close());

let codeCounter = 0;
/** A fresh valid unified social credit code per call. */
function nextCreditCode() {
  codeCounter += 1;
  const first17 = `91440300MA5T${String(codeCounter).padStart(4, '0')}X`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

async function registerOrganisation(founder: Cast['founder'], name = 'Invitation Test Co') {
  const created = await founder.post('/api/v1/organisations', {
    creditCode: nextCreditCode(),
    name,
    kind: 'company',
  });
  expect(created.status, created.text).toBe(201);
  return created.body.id as string;
}

async function inReview(founder: Cast['founder']) {
  const { id, submitted } = await applyForSettlement(founder, {
    person: { ...settlementFacts.person, benefitsReceived: [] },
  } as typeof settlementFacts);
  expect(submitted.status, submitted.text).toBe(200);
  expect(submitted.body.status).toBe('in_review');
  return id;
}

async function auditActions(subjectId: string) {
  const rows = await server.database.db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.subjectId, subjectId)))
    .orderBy(auditLog.seq);
  return rows.map((row) => row.action);
}

describe('membership is an invitation the invitee accepts', () => {
  it('a founder naming two reviewers as members recuses neither: four eyes stay possible', async () => {
    const founder = await server.signedInClient(['founder']);
    const organisationId = await registerOrganisation(founder, 'Recusal Attempt Co');
    for (const reviewer of [cast.reviewer, cast.reviewer2]) {
      const invited = await founder.post(`/api/v1/organisations/${organisationId}/members`, {
        email: reviewer.email,
        role: 'member',
      });
      expect(invited.status, invited.text).toBe(202);
      expect(invited.body).toMatchObject({
        organisationId,
        email: reviewer.email,
        role: 'member',
        status: 'pending',
      });
    }
    const organisation = await founder.get(`/api/v1/organisations/${organisationId}`);
    expect(organisation.body.members).toHaveLength(1);
    expect(
      organisation.body.invitations.map((invitation: { email: string }) => invitation.email),
    ).toEqual(expect.arrayContaining([cast.reviewer.email, cast.reviewer2.email]));
    // The reviewers are not members until they say so.
    expect((await cast.reviewer.get(`/api/v1/organisations/${organisationId}`)).body.myRole).toBe(
      null,
    );

    const id = await inReview(founder);
    const assigned = await cast.reviewer2.post('/api/v1/review/assignments', {
      applicationIds: [id],
      reviewerAccountId: cast.reviewer.accountId,
    });
    expect(assigned.body.results[0].outcome).toBe('assigned');
    const recommended = await cast.reviewer.post(
      `/api/v1/review/applications/${id}/recommendation`,
      { action: 'approve', amountFen: MASTER_TIER_FEN, note: 'verified' },
    );
    expect(recommended.status, recommended.text).toBe(200);
    const approved = await cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'approve',
    });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.status).toBe('approved');
  });

  it('answers the same whether or not the e-mail has an account', async () => {
    const founder = await server.signedInClient(['founder']);
    const organisationId = await registerOrganisation(founder);
    const withAccount = await server.signedInClient(['founder']);
    const known = await founder.post(`/api/v1/organisations/${organisationId}/members`, {
      email: withAccount.email,
      role: 'member',
    });
    const unknown = await founder.post(`/api/v1/organisations/${organisationId}/members`, {
      email: `nobody-${Date.now()}@example.cn`,
      role: 'member',
    });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    const shape = (body: Record<string, unknown>) => ({
      ...body,
      id: '<id>',
      email: '<email>',
      invitedAt: '<time>',
    });
    expect(shape(known.body)).toEqual(shape(unknown.body));
    expect(Object.keys(known.body).sort()).toEqual(Object.keys(unknown.body).sort());
  });

  it('the invitee sees, accepts or declines; others cannot; every step is audited', async () => {
    const founder = await server.signedInClient(['founder']);
    const organisationId = await registerOrganisation(founder, 'Accepting Co');
    const joiner = await server.signedInClient(['founder']);
    const decliner = await server.signedInClient(['founder']);
    const stranger = await server.signedInClient(['founder']);
    const toJoiner = await founder.post(`/api/v1/organisations/${organisationId}/members`, {
      email: joiner.email.toUpperCase(),
      role: 'member',
    });
    const toDecliner = await founder.post(`/api/v1/organisations/${organisationId}/members`, {
      email: decliner.email,
      role: 'founder',
    });

    const pending = await joiner.get('/api/v1/invitations');
    expect(pending.status).toBe(200);
    expect(pending.body).toEqual([
      expect.objectContaining({
        id: toJoiner.body.id,
        organisationId,
        organisationName: 'Accepting Co',
        role: 'member',
        status: 'pending',
      }),
    ]);
    expect((await stranger.get('/api/v1/invitations')).body).toEqual([]);

    // Someone else's invitation is not found, whatever the caller does with it.
    for (const action of ['accept', 'decline'])
      expect(
        (await stranger.post(`/api/v1/invitations/${toJoiner.body.id}/${action}`)).status,
      ).toBe(404);
    // The inviter cannot accept on the invitee's behalf either.
    expect((await founder.post(`/api/v1/invitations/${toJoiner.body.id}/accept`)).status).toBe(404);

    const accepted = await joiner.post(`/api/v1/invitations/${toJoiner.body.id}/accept`);
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect((await joiner.get(`/api/v1/organisations/${organisationId}`)).body.myRole).toBe(
      'member',
    );
    // Accepted once is accepted: no second membership, no second audit row.
    expect((await joiner.post(`/api/v1/invitations/${toJoiner.body.id}/accept`)).status).toBe(409);

    const declined = await decliner.post(`/api/v1/invitations/${toDecliner.body.id}/decline`);
    expect(declined.status).toBe(200);
    expect(declined.body.status).toBe('declined');
    expect((await decliner.get(`/api/v1/organisations/${organisationId}`)).status).toBe(404);
    expect((await decliner.post(`/api/v1/invitations/${toDecliner.body.id}/accept`)).status).toBe(
      409,
    );

    const detail = await founder.get(`/api/v1/organisations/${organisationId}`);
    expect(detail.body.members.map((member: { email: string }) => member.email).sort()).toEqual(
      [founder.email, joiner.email].sort(),
    );
    expect(detail.body.invitations).toEqual([]);

    expect(await auditActions(organisationId)).toEqual([
      'organisation.registered',
      'membership.invited',
      'membership.invited',
      'membership.invitation_accepted',
      'membership.invitation_declined',
    ]);
  });

  it('the inviter withdraws; a withdrawn invitation can no longer be accepted', async () => {
    const founder = await server.signedInClient(['founder']);
    const organisationId = await registerOrganisation(founder, 'Withdrawing Co');
    const invitee = await server.signedInClient(['founder']);
    const invited = await founder.post(`/api/v1/organisations/${organisationId}/members`, {
      email: invitee.email,
      role: 'member',
    });
    // A member who is not a founder may not withdraw it; an outsider does not see it.
    const outsider = await server.signedInClient(['founder']);
    expect(
      (
        await outsider.delete(
          `/api/v1/organisations/${organisationId}/invitations/${invited.body.id}`,
        )
      ).status,
    ).toBe(404);
    const withdrawn = await founder.delete(
      `/api/v1/organisations/${organisationId}/invitations/${invited.body.id}`,
    );
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect(withdrawn.body.invitations).toEqual([]);
    expect((await invitee.get('/api/v1/invitations')).body).toEqual([]);
    expect((await invitee.post(`/api/v1/invitations/${invited.body.id}/accept`)).status).toBe(409);
    expect((await invitee.get(`/api/v1/organisations/${organisationId}`)).status).toBe(404);
    expect(await auditActions(organisationId)).toEqual([
      'organisation.registered',
      'membership.invited',
      'membership.invitation_withdrawn',
    ]);
  });

  it('an invitation to an address without an account waits for the account', async () => {
    const founder = await server.signedInClient(['founder']);
    const organisationId = await registerOrganisation(founder, 'Waiting Co');
    const email = `later-${Date.now()}@example.cn`;
    const invited = await founder.post(`/api/v1/organisations/${organisationId}/members`, {
      email,
      role: 'member',
    });
    expect(invited.status).toBe(202);
    const newcomer = await server.signedInClient(['founder'], email);
    const pending = await newcomer.get('/api/v1/invitations');
    expect(pending.body.map((invitation: { id: string }) => invitation.id)).toEqual([
      invited.body.id,
    ]);
    expect((await newcomer.post(`/api/v1/invitations/${invited.body.id}/accept`)).status).toBe(200);
    expect((await newcomer.get(`/api/v1/organisations/${organisationId}`)).body.myRole).toBe(
      'member',
    );
  });

  it('recusal follows a membership the reviewer accepted, and a member may leave', async () => {
    const founder = await server.signedInClient(['founder']);
    const organisationId = await registerOrganisation(founder, 'Real Colleague Co');
    const reviewer = await server.signedInClient(['reviewer']);
    const invited = await founder.post(`/api/v1/organisations/${organisationId}/members`, {
      email: reviewer.email,
      role: 'member',
    });
    expect((await reviewer.post(`/api/v1/invitations/${invited.body.id}/accept`)).status).toBe(200);
    const id = await inReview(founder);
    const assigned = await cast.reviewer2.post('/api/v1/review/assignments', {
      applicationIds: [id],
      reviewerAccountId: reviewer.accountId,
    });
    expect(assigned.body.results[0].outcome).toBe('recused');

    const me = (await reviewer.get(`/api/v1/organisations/${organisationId}`)).body.members.find(
      (member: { email: string }) => member.email === reviewer.email,
    );
    const left = await reviewer.delete(
      `/api/v1/organisations/${organisationId}/members/${me.personId}`,
    );
    expect(left.status, left.text).toBe(204);
    expect(await auditActions(organisationId)).toContain('membership.removed');
    // No longer a colleague: no longer recused.
    const again = await cast.reviewer2.post('/api/v1/review/assignments', {
      applicationIds: [id],
      reviewerAccountId: reviewer.accountId,
    });
    expect(again.body.results[0].outcome).toBe('assigned');
  });

  it('an existing member’s role is changed in place, not by a new invitation', async () => {
    const founder = await server.signedInClient(['founder']);
    const organisationId = await registerOrganisation(founder, 'Role Change Co');
    const member = await server.signedInClient(['founder']);
    const invited = await founder.post(`/api/v1/organisations/${organisationId}/members`, {
      email: member.email,
      role: 'member',
    });
    await member.post(`/api/v1/invitations/${invited.body.id}/accept`);
    const again = await founder.post(`/api/v1/organisations/${organisationId}/members`, {
      email: member.email,
      role: 'founder',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('organisation.already_member');
    const personId = (
      await founder.get(`/api/v1/organisations/${organisationId}`)
    ).body.members.find((row: { email: string }) => row.email === member.email).personId;
    expect(
      (
        await member.patch(`/api/v1/organisations/${organisationId}/members/${personId}`, {
          role: 'founder',
        })
      ).status,
    ).toBe(403);
    const promoted = await founder.patch(
      `/api/v1/organisations/${organisationId}/members/${personId}`,
      { role: 'founder' },
    );
    expect(promoted.status, promoted.text).toBe(200);
    expect((await member.get(`/api/v1/organisations/${organisationId}`)).body.myRole).toBe(
      'founder',
    );
  });
});

describe('a reviewer declares a conflict of interest', () => {
  it('recuses them from the application, audited, and only for what they declared', async () => {
    const founder = await server.signedInClient(['founder']);
    const id = await inReview(founder);
    const reviewer = await server.signedInClient(['reviewer']);
    const declared = await reviewer.post(`/api/v1/review/applications/${id}/recusal`, {
      reason: 'The applicant is my cousin.',
    });
    expect(declared.status, declared.text).toBe(200);
    expect(declared.body.recusal).toBe('declared');
    const decided = await reviewer.post(`/api/v1/review/applications/${id}/decision`, {
      decision: 'reject',
      reasons: 'x',
    });
    expect(decided.status).toBe(403);
    expect(decided.body.code).toBe('review.recused');
    const assigned = await cast.reviewer2.post('/api/v1/review/assignments', {
      applicationIds: [id],
      reviewerAccountId: reviewer.accountId,
    });
    expect(assigned.body.results[0].outcome).toBe('recused');
    expect(await auditActions(id)).toContain('application.recusal_declared');
    // Another reviewer is not affected.
    expect((await cast.reviewer2.get(`/api/v1/review/applications/${id}`)).body.recusal).toBeNull();
  });
});

describe('invisible direction and format characters are refused in names', () => {
  const RLO = '\u202E';
  it.each([
    ['registration display name', '/api/v1/auth/register', 'displayName'],
    ['organisation name', '/api/v1/organisations', 'name'],
    ['organisation address', '/api/v1/organisations', 'registeredAddress'],
  ])('%s', async (_label, path, field) => {
    const client = path.includes('register')
      ? server.client()
      : await server.signedInClient(['founder']);
    const body = path.includes('register')
      ? {
          email: `bidi-${Date.now()}@example.cn`,
          password: 'correct horse battery staple',
          displayName: 'Ordinary',
        }
      : { creditCode: nextCreditCode(), name: 'Ordinary Co', kind: 'company' };
    const response = await client.post(path, {
      ...body,
      [field]: `Tencent ${RLO}gnp.exe`,
    });
    expect(response.status, response.text).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors).toEqual([
      expect.objectContaining({ pointer: `/body/${field}`, code: 'text.invisible_character' }),
    ]);
  });

  it.each([
    '202A',
    '202B',
    '202C',
    '202D',
    '2066',
    '2067',
    '2068',
    '2069',
    '200E',
    '200F',
    '061C',
    '200B',
    '2060',
    '00AD',
    'E0041',
  ])('refuses U+%s in a profile name and an organisation rename', async (codePoint) => {
    const character = String.fromCodePoint(Number.parseInt(codePoint, 16));
    const founder = await server.signedInClient(['founder']);
    const profile = await founder.patch('/api/v1/me/profile', {
      displayName: `Lin${character}Xiaofeng`,
      fullName: `林${character}晓峰`,
    });
    expect(profile.status).toBe(400);
    expect(profile.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual([
      '/body/displayName',
      '/body/fullName',
    ]);
    const organisationId = await registerOrganisation(founder);
    const renamed = await founder.patch(`/api/v1/organisations/${organisationId}`, {
      name: `晓峰${character}科技`,
    });
    expect(renamed.status).toBe(400);
    expect(renamed.body.errors[0]).toMatchObject({
      pointer: '/body/name',
      code: 'text.invisible_character',
    });
  });

  it('keeps joiners that scripts and emoji need, and ordinary punctuation', async () => {
    const founder = await server.signedInClient(['founder']);
    const profile = await founder.patch('/api/v1/me/profile', {
      displayName: 'مهر\u200Cناز 👩\u200D💻',
    });
    expect(profile.status, profile.text).toBe(200);
    const created = await founder.post('/api/v1/organisations', {
      creditCode: nextCreditCode(),
      name: '深圳·晓峰（河套）科技有限公司',
      kind: 'company',
      registeredAddress: '深圳市福田区 1 号\n2 栋',
    });
    expect(created.status, created.text).toBe(201);
  });
});

describe('internal review notes never reach the applicant', () => {
  it('a reviewer who is the applicant reads none of colleagues’ notes on their own case', async () => {
    const applicantReviewer = await server.signedInClient(['founder', 'reviewer']);
    const id = await inReview(applicantReviewer);
    const secret = 'INTERNAL: the degree certificate looks doctored';
    const recommended = await cast.reviewer.post(
      `/api/v1/review/applications/${id}/recommendation`,
      { action: 'approve', amountFen: MASTER_TIER_FEN, note: secret },
    );
    expect(recommended.status, recommended.text).toBe(200);

    const detail = await applicantReviewer.get(`/api/v1/review/applications/${id}`);
    expect(detail.body.recusal).toBe('self');
    expect(detail.text).not.toContain(secret);
    expect(detail.body.recommendation).toBeNull();
    expect(detail.body.scores).toEqual([]);
    expect(detail.body.timeline.map((event: { action: string }) => event.action)).not.toContain(
      'recommended',
    );

    const queue = await applicantReviewer.get('/api/v1/review/queue?limit=200');
    const item = queue.body.items.find((entry: { id: string }) => entry.id === id);
    expect(item.recused).toBe(true);
    expect(queue.text).not.toContain(secret);
    expect(item.recommendation).toBeNull();

    const own = await applicantReviewer.get(`/api/v1/applications/${id}`);
    expect(own.status).toBe(200);
    expect(own.text).not.toContain(secret);

    // Nor is the applicant told, as one of "the other reviewers", that their case awaits approval.
    const inbox = await applicantReviewer.get('/api/v1/notifications?limit=100');
    expect(
      (inbox.body.items ?? inbox.body).some(
        (notification: { kind: string }) => notification.kind === 'review.awaiting_approval',
      ),
    ).toBe(false);

    // A colleague not linked to the applicant still sees everything.
    const colleague = await cast.reviewer2.get(`/api/v1/review/applications/${id}`);
    expect(colleague.text).toContain(secret);
  });
});
