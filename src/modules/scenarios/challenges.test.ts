import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { challenges } from '../../db/schema/scenarios';
import { chinaDateOf } from '../../shared/china-time';
import { consortiumChallengeWonProvider } from './record-facts';
import {
  challengeBody,
  organisationOf,
  startScenariosWorld,
  type ScenariosWorld,
  type SignedIn,
} from './test-support';

let world: ScenariosWorld;
let professor: SignedIn;
let universityId: string;
let panelist: SignedIn;
let conflicted: SignedIn;

beforeAll(async () => {
  world = await startScenariosWorld();
  professor = await world.server.signedInClient([]);
  universityId = await organisationOf(professor, '测试大学人工智能研究院', 'research_institution');
  panelist = await world.server.signedInClient(['reviewer']);
  // A reviewer who also works at the university: may not score its consortium.
  conflicted = await world.server.signedInClient(['reviewer']);
  const invited = await professor.post(`/api/v1/organisations/${universityId}/members`, {
    email: conflicted.email,
    role: 'member',
  });
  expect(invited.status, invited.text).toBeLessThan(300);
  const mine = await conflicted.get('/api/v1/invitations');
  const invitationId = mine.body[0]?.id ?? mine.body.items?.[0]?.id;
  const accepted = await conflicted.post(`/api/v1/invitations/${invitationId}/accept`);
  expect(accepted.status, accepted.text).toBeLessThan(300);
});

afterAll(async () => {
  await world?.server.close();
});

async function publish(overrides: Record<string, unknown> = {}) {
  const response = await world.agency.post('/api/v1/challenges', challengeBody(overrides));
  expect(response.status, response.text).toBe(201);
  return response.body.id as string;
}

describe('a challenge (揭榜挂帅, A.P10) from 發榜 to a winner', () => {
  it('refuses a budget ceiling over ¥30,000,000', async () => {
    const over = await world.agency.post(
      '/api/v1/challenges',
      challengeBody({ budgetCeilingFen: 3_000_000_001 }),
    );
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('challenge.budget_over_ceiling');
    expect(over.body.errors[0].pointer).toBe('/body/budgetCeilingFen');
  });

  it('forms a consortium by consent, submits, is scored by a panel without conflicts, wins and opens funding', async () => {
    const { agency, founder, companyId, server } = world;
    const challengeId = await publish();
    const formed = await founder.post(`/api/v1/challenges/${challengeId}/consortia`, {
      leadOrganisationId: companyId,
      leadRoles: ['start-up'],
      proposal: '以存算一体架构攻关',
    });
    expect(formed.status, formed.text).toBe(201);
    const consortiumId = formed.body.id as string;

    // Without the research partner's consent: not eligible.
    const alone = await founder.post(`/api/v1/challenges/consortia/${consortiumId}/submit`);
    expect(alone.status).toBe(422);
    expect(alone.body.code).toBe('challenge.consortium_ineligible');
    expect(alone.body.eligibility).toMatchObject({ hasResearchPartner: false, hasStartup: true });

    const invited = await founder.post(`/api/v1/challenges/consortia/${consortiumId}/invitations`, {
      organisationId: universityId,
      roles: ['research-partner'],
    });
    expect(invited.status, invited.text).toBe(200);
    expect(
      invited.body.members.find(
        (m: { organisationId: string }) => m.organisationId === universityId,
      ).status,
    ).toBe('invited');
    const stillAlone = await founder.post(`/api/v1/challenges/consortia/${consortiumId}/submit`);
    expect(stillAlone.status).toBe(422);

    // The founder cannot accept for the university.
    const forged = await founder.post(
      `/api/v1/challenges/consortia/${consortiumId}/members/${universityId}/response`,
      { accept: true },
    );
    expect(forged.status).toBe(404);
    const accepted = await professor.post(
      `/api/v1/challenges/consortia/${consortiumId}/members/${universityId}/response`,
      { accept: true },
    );
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body.eligibility.eligible).toBe(true);

    const submitted = await founder.post(`/api/v1/challenges/consortia/${consortiumId}/submit`);
    expect(submitted.status, submitted.text).toBe(200);
    expect(submitted.body.status).toBe('submitted');

    const founderAsPanel = await agency.put(`/api/v1/challenges/${challengeId}/panel`, {
      reviewerAccountIds: [founder.accountId],
    });
    expect(founderAsPanel.status).toBe(422);
    const panel = await agency.put(`/api/v1/challenges/${challengeId}/panel`, {
      reviewerAccountIds: [panelist.accountId, conflicted.accountId],
    });
    expect(panel.status, panel.text).toBe(200);

    const ownScore = await conflicted.post(`/api/v1/challenges/consortia/${consortiumId}/scores`, {
      scores: { technical: 60, team: 40 },
      comment: '满分',
    });
    expect(ownScore.status).toBe(403);
    expect(ownScore.body.code).toBe('challenge.conflict_of_interest');

    const badSheet = await panelist.post(`/api/v1/challenges/consortia/${consortiumId}/scores`, {
      scores: { technical: 70 },
      comment: '超出',
    });
    expect(badSheet.status).toBe(422);
    const scored = await panelist.post(`/api/v1/challenges/consortia/${consortiumId}/scores`, {
      scores: { technical: 50, team: 30 },
      comment: '技术路线清晰',
    });
    expect(scored.status, scored.text).toBe(200);
    expect(scored.body.scores[0].total).toBe(80);

    const unverified = await agency.post(`/api/v1/challenges/${challengeId}/winner`, {
      consortiumId,
      reason: '评分最高',
      milestones: [{ title: '流片', dueOn: '2099-06-30' }],
    });
    expect(unverified.status).toBe(409);
    expect(unverified.body.code).toBe('challenge.startup_unverified');
    const verified = await agency.post(
      `/api/v1/challenges/consortia/${consortiumId}/members/${companyId}/startup-verification`,
      { note: '成立于 2025 年，营业执照核对' },
    );
    expect(verified.status, verified.text).toBe(200);

    const beforeWin = await consortiumChallengeWonProvider.provide(
      server.database.db,
      { accountId: null, personId: null, organisationId: universityId },
      chinaDateOf(new Date()),
    );
    expect(beforeWin).toEqual([]);
    const won = await agency.post(`/api/v1/challenges/${challengeId}/winner`, {
      consortiumId,
      reason: '评分最高（80 分），联合体结构完整',
      milestones: [
        { title: '架构验证', dueOn: '2099-03-31' },
        { title: '流片', dueOn: '2099-06-30' },
      ],
    });
    expect(won.status, won.text).toBe(200);
    expect(won.body).toMatchObject({ status: 'awarded', winnerConsortiumId: consortiumId });
    const again = await agency.post(`/api/v1/challenges/${challengeId}/winner`, {
      consortiumId,
      reason: 'x',
      milestones: [{ title: 'x', dueOn: '2099-01-01' }],
    });
    expect(again.status).toBe(409);

    for (const organisationId of [companyId, universityId]) {
      const [fact] = await consortiumChallengeWonProvider.provide(
        server.database.db,
        { accountId: null, personId: null, organisationId },
        chinaDateOf(new Date()),
      );
      expect(fact).toMatchObject({
        fact: 'company.consortiumChallengeWon',
        value: true,
        source: { kind: 'challenge_consortium', id: consortiumId, until: null },
      });
    }

    const opened = await founder.post(
      `/api/v1/challenges/consortia/${consortiumId}/funding-application`,
    );
    expect(opened.status, opened.text).toBe(201);
    expect(opened.body.policyId).toBe('consortium.challenge');
    const application = await founder.get(`/api/v1/applications/${opened.body.applicationId}`);
    expect(application.body.application.facts.company.consortiumChallengeWon).toBe(true);

    const detail = await founder.get(`/api/v1/challenges/consortia/${consortiumId}`);
    expect(detail.body.fundingApplicationId).toBe(opened.body.applicationId);
    expect(detail.body.scores).toBeNull(); // scores are the agency's and the panel's
    const [first] = detail.body.milestones;
    const acceptedMilestone = await agency.post(
      `/api/v1/challenges/milestones/${first.id}/acceptance`,
      { accepted: true, reason: '验证报告通过专家评审' },
    );
    expect(acceptedMilestone.status, acceptedMilestone.text).toBe(200);
    expect(acceptedMilestone.body.milestones[0].status).toBe('accepted');

    const audited = await server.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(like(auditLog.action, 'challenge%'));
    expect(audited.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        'challenge.published',
        'challenge_consortium.formed',
        'challenge_consortium.member_invited',
        'challenge_consortium.invitation_accepted',
        'challenge_consortium.submitted',
        'challenge.panel_assigned',
        'challenge_consortium.scored',
        'challenge_consortium.startup_verified',
        'challenge.winner_chosen',
        'challenge_consortium.funding_application_started',
        'challenge_milestone.accepted',
      ]),
    );
  }, 60_000);

  it('refuses a submission after the deadline day (China time)', async () => {
    const { founder, companyId, server } = world;
    const challengeId = await publish();
    const formed = await founder.post(`/api/v1/challenges/${challengeId}/consortia`, {
      leadOrganisationId: companyId,
      leadRoles: ['start-up'],
      proposal: '迟到的揭榜',
    });
    const consortiumId = formed.body.id as string;
    await founder.post(`/api/v1/challenges/consortia/${consortiumId}/invitations`, {
      organisationId: universityId,
      roles: ['research-partner'],
    });
    await professor.post(
      `/api/v1/challenges/consortia/${consortiumId}/members/${universityId}/response`,
      { accept: true },
    );
    const yesterday = chinaDateOf(new Date(Date.now() - 86_400_000));
    await server.database.db
      .update(challenges)
      .set({ submissionDeadlineOn: yesterday })
      .where(eq(challenges.id, challengeId));
    const late = await founder.post(`/api/v1/challenges/consortia/${consortiumId}/submit`);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('challenge.deadline_passed');
    expect(late.headers.get('content-type')).toContain('application/problem+json');
    // Today is still on time.
    await server.database.db
      .update(challenges)
      .set({ submissionDeadlineOn: chinaDateOf(new Date()) })
      .where(eq(challenges.id, challengeId));
    const onTime = await founder.post(`/api/v1/challenges/consortia/${consortiumId}/submit`);
    expect(onTime.status, onTime.text).toBe(200);
  });

  it('lets only the invited organisation see the consortium, and only the lead invite', async () => {
    const { founder, companyId, server } = world;
    const challengeId = await publish();
    const formed = await founder.post(`/api/v1/challenges/${challengeId}/consortia`, {
      leadOrganisationId: companyId,
      leadRoles: [],
      proposal: '第三个方案',
    });
    const stranger = await server.signedInClient(['founder']);
    const strangerOrganisation = await organisationOf(stranger, '旁观者公司');
    expect((await stranger.get(`/api/v1/challenges/consortia/${formed.body.id}`)).status).toBe(404);
    const invite = await stranger.post(
      `/api/v1/challenges/consortia/${formed.body.id}/invitations`,
      {
        organisationId: strangerOrganisation,
        roles: ['start-up'],
      },
    );
    expect(invite.status).toBe(404);
    const notMine = await stranger.post(`/api/v1/challenges/${challengeId}/consortia`, {
      leadOrganisationId: companyId,
      leadRoles: [],
      proposal: '冒名',
    });
    expect(notMine.status).toBe(403);
  });
});
