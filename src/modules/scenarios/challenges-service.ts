import type { Executor } from '../../db/client';
import { CHALLENGE_BUDGET_CEILING_FEN } from '../../db/schema/scenarios';
import { AppError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { isAgency, requireMemberOf } from './access';
import { notifyAccounts, notifyOrganisation } from './notify';
import { presentChallenge, presentMilestone } from './present';
import * as repo from './repo';
import { consortiumEligibility, isOnOrBeforeDeadline, scoreSheetProblems, totalOf } from './rules';
import type { ChallengeInput } from './schema';
import { isAccountMemberOf, listOrganisationIdsOfAccount } from '../organisations/service';

/**
 * Technology challenges, 揭榜挂帅 (A.P10 「支持高校、科研院所聯合創業企業組建創新聯合體，共同承接
 * 關鍵核心技術攻關任務，成功揭榜項目可獲得最高3,000萬元資助」): 發榜 (the agency publishes), a lead
 * organisation forms a consortium by invitation (nobody is added without accepting), 揭榜 (submits
 * before the deadline), a panel scores with the published rubric and declared conflicts of
 * interest, the agency chooses a winner with reasons and accepts its milestones (驗收).
 */

function fieldProblem(
  pointer: string,
  detail: { 'zh-Hans': string; 'zh-Hant': string; en: string },
) {
  return new AppError('request.validation_failed', {
    fieldErrors: [{ pointer, code: 'request.validation_failed', detail }],
  });
}

export async function publishChallenge(
  ctx: ServiceContext,
  input: ChallengeInput,
  options: { demo?: boolean } = {},
) {
  if (input.budgetCeilingFen > CHALLENGE_BUDGET_CEILING_FEN)
    throw new AppError('challenge.budget_over_ceiling', {
      fieldErrors: [
        {
          pointer: '/body/budgetCeilingFen',
          code: 'challenge.budget_over_ceiling',
          detail: {
            'zh-Hans': '预算上限不能超过3,000万元（A.P10）',
            'zh-Hant': '預算上限不能超過3,000萬元（A.P10）',
            en: 'The budget ceiling is at most ¥30,000,000 (A.P10)',
          },
        },
      ],
      extensions: { ceilingFen: CHALLENGE_BUDGET_CEILING_FEN, clauses: ['A.P10'] },
    });
  const ids = input.criteria.map((criterion) => criterion.id);
  if (new Set(ids).size !== ids.length)
    throw fieldProblem('/body/criteria', {
      'zh-Hans': '评审标准的编号不能重复',
      'zh-Hant': '評審標準的編號不能重複',
      en: 'Criterion ids must differ',
    });
  const row = await ctx.db.transaction(async (tx) => {
    const challenge = await repo.insertChallenge(tx, {
      ...input,
      status: 'open',
      demo: options.demo ?? false,
      publishedBy: ctx.actor.accountId,
      publishedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'challenge.published',
      subjectType: 'challenge',
      subjectId: challenge.id,
      after: { ...input, demo: challenge.demo },
    });
    return challenge;
  });
  return presentChallenge(row, ctx.now());
}

export async function listChallenges(ctx: ServiceContext) {
  return (await repo.listChallenges(ctx.db)).map((row) => presentChallenge(row, ctx.now()));
}

export async function getChallenge(ctx: ServiceContext, id: string) {
  const row = await repo.findChallenge(ctx.db, id);
  if (!row) throw new AppError('challenge.not_found');
  return presentChallenge(row, ctx.now());
}

// ---------------------------------------------------------------------------------------------
// Consortia

async function presentConsortia(db: Executor, rows: repo.ConsortiumRow[], showScores: boolean) {
  const ids = rows.map((row) => row.id);
  const [members, scores, milestones] = await Promise.all([
    repo.listMembers(db, ids),
    showScores ? repo.listScores(db, ids) : Promise.resolve([]),
    repo.listMilestones(db, ids),
  ]);
  const titles = new Map<string, repo.ChallengeRow['title']>();
  for (const row of rows)
    if (!titles.has(row.challengeId))
      titles.set(row.challengeId, (await repo.findChallenge(db, row.challengeId))!.title);
  return rows.map((row) => {
    const mine = members.filter((member) => member.member.consortiumId === row.id);
    const presentedMembers = mine.map(({ member, organisationName, organisationKind }) => ({
      organisationId: member.organisationId,
      organisationName,
      organisationKind,
      roles: member.roles,
      status: member.status,
      startupVerified: member.startupVerifiedAt !== null,
    }));
    return {
      id: row.id,
      challengeId: row.challengeId,
      challengeTitle: titles.get(row.challengeId)!,
      leadOrganisationId: row.leadOrganisationId,
      proposal: row.proposal,
      status: row.status,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      members: presentedMembers,
      eligibility: consortiumEligibility(presentedMembers),
      scores: showScores
        ? scores
            .filter((score) => score.consortiumId === row.id)
            .map((score) => ({
              reviewerAccountId: score.reviewerAccountId,
              scores: score.scores,
              total: totalOf(score.scores),
              comment: score.comment,
            }))
        : null,
      milestones: milestones
        .filter((milestone) => milestone.consortiumId === row.id)
        .map(presentMilestone),
      fundingApplicationId: row.fundingApplicationId,
      demo: row.demo,
    };
  });
}

/** Who may see a consortium: the agency, its challenge's panel, and its members' people. */
async function loadConsortiumFor(ctx: ServiceContext, principal: Principal, consortiumId: string) {
  const consortium = await repo.findConsortium(ctx.db, consortiumId);
  if (!consortium) throw new AppError('challenge.consortium_not_found');
  if (isAgency(principal)) return { consortium, showScores: true };
  if (
    principal.roles.includes('reviewer') &&
    (await repo.isPanelMember(ctx.db, consortium.challengeId, principal.accountId))
  )
    return { consortium, showScores: true };
  const organisationIds = await listOrganisationIdsOfAccount(ctx.db, principal.accountId);
  const members = await repo.listMembers(ctx.db, [consortiumId]);
  if (!members.some((member) => organisationIds.includes(member.member.organisationId)))
    throw new AppError('challenge.consortium_not_found');
  return { consortium, showScores: false };
}

async function presentOneConsortium(
  ctx: ServiceContext,
  consortiumId: string,
  showScores: boolean,
) {
  const [presented] = await presentConsortia(
    ctx.db,
    [(await repo.findConsortium(ctx.db, consortiumId))!],
    showScores,
  );
  return presented!;
}

export async function getConsortium(
  ctx: ServiceContext,
  principal: Principal,
  consortiumId: string,
) {
  const { showScores } = await loadConsortiumFor(ctx, principal, consortiumId);
  return presentOneConsortium(ctx, consortiumId, showScores);
}

/** Consortia the caller's organisations lead or were invited to. */
export async function listMyConsortia(ctx: ServiceContext, principal: Principal) {
  const organisationIds = await listOrganisationIdsOfAccount(ctx.db, principal.accountId);
  const ids = await repo.listConsortiumIdsOfOrganisations(ctx.db, organisationIds);
  return presentConsortia(ctx.db, await repo.listConsortiaByIds(ctx.db, ids), false);
}

/** The agency's (all) or a panel member's (submitted ones) view of a challenge's consortia. */
export async function listConsortiaOfChallenge(
  ctx: ServiceContext,
  principal: Principal,
  challengeId: string,
) {
  if (!(await repo.findChallenge(ctx.db, challengeId))) throw new AppError('challenge.not_found');
  const agency = isAgency(principal);
  if (!agency && !(await repo.isPanelMember(ctx.db, challengeId, principal.accountId)))
    throw new AppError('challenge.not_panel_member');
  const rows = (await repo.listConsortiaOfChallenge(ctx.db, challengeId)).filter(
    (row) => agency || row.status !== 'forming',
  );
  return presentConsortia(ctx.db, rows, true);
}

function refuseIfClosed(challenge: repo.ChallengeRow, now: Date) {
  if (challenge.status !== 'open' || !isOnOrBeforeDeadline(challenge.submissionDeadlineOn, now))
    throw new AppError('challenge.deadline_passed', {
      extensions: { submissionDeadlineOn: challenge.submissionDeadlineOn, clauses: ['A.P10'] },
    });
}

/** A member of the lead organisation forms a consortium for a challenge (the lead accepts itself). */
export async function formConsortium(
  ctx: ServiceContext,
  principal: Principal,
  challengeId: string,
  input: {
    leadOrganisationId: string;
    leadRoles: ('research-partner' | 'start-up' | 'other')[];
    proposal: string;
  },
) {
  const challenge = await repo.findChallenge(ctx.db, challengeId);
  if (!challenge) throw new AppError('challenge.not_found');
  await requireMemberOf(
    ctx.db,
    principal,
    input.leadOrganisationId,
    'challenge.not_organisation_member',
    '/body/leadOrganisationId',
  );
  refuseIfClosed(challenge, ctx.now());
  if (await repo.findConsortiumOfLead(ctx.db, challengeId, input.leadOrganisationId))
    throw new AppError('challenge.already_member');
  const id = await ctx.db.transaction(async (tx) => {
    const consortium = await repo.insertConsortium(tx, {
      challengeId,
      leadOrganisationId: input.leadOrganisationId,
      createdBy: principal.accountId,
      proposal: input.proposal,
      status: 'forming',
      demo: challenge.demo,
      createdAt: ctx.now(),
    });
    await repo.insertMember(tx, {
      consortiumId: consortium.id,
      organisationId: input.leadOrganisationId,
      roles: ['lead', ...new Set(input.leadRoles)],
      status: 'accepted',
      invitedBy: principal.accountId,
      respondedBy: principal.accountId,
      respondedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'challenge_consortium.formed',
      subjectType: 'challenge_consortium',
      subjectId: consortium.id,
      after: { challengeId, ...input },
    });
    return consortium.id;
  });
  return presentOneConsortium(ctx, id, false);
}

async function requireLead(
  ctx: ServiceContext,
  principal: Principal,
  consortium: repo.ConsortiumRow,
) {
  if (!(await isAccountMemberOf(ctx.db, principal.accountId, consortium.leadOrganisationId))) {
    // Not a member of the consortium at all: nothing to see.
    await loadConsortiumFor(ctx, principal, consortium.id);
    throw new AppError('challenge.not_consortium_lead');
  }
}

/** The lead invites an organisation; it joins only when one of its members accepts. */
export async function inviteToConsortium(
  ctx: ServiceContext,
  principal: Principal,
  consortiumId: string,
  input: { organisationId: string; roles: ('research-partner' | 'start-up' | 'other')[] },
) {
  const consortium = await repo.findConsortium(ctx.db, consortiumId);
  if (!consortium) throw new AppError('challenge.consortium_not_found');
  await requireLead(ctx, principal, consortium);
  if (consortium.status !== 'forming') throw new AppError('challenge.consortium_wrong_status');
  const organisation = await repo.findOrganisation(ctx.db, input.organisationId);
  if (!organisation)
    throw fieldProblem('/body/organisationId', {
      'zh-Hans': '找不到该单位',
      'zh-Hant': '找不到該單位',
      en: 'No such organisation',
    });
  if (await repo.findMember(ctx.db, consortiumId, input.organisationId))
    throw new AppError('challenge.already_member');
  const challenge = (await repo.findChallenge(ctx.db, consortium.challengeId))!;
  await ctx.db.transaction(async (tx) => {
    await repo.insertMember(tx, {
      consortiumId,
      organisationId: input.organisationId,
      roles: [...new Set(input.roles)],
      status: 'invited',
      invitedBy: principal.accountId,
    });
    await recordAudit(tx, ctx, {
      action: 'challenge_consortium.member_invited',
      subjectType: 'challenge_consortium',
      subjectId: consortiumId,
      after: input,
    });
    await notifyOrganisation(tx, ctx, input.organisationId, {
      kind: 'challenge_consortium.member_invited',
      subjectType: 'challenge_consortium',
      subjectId: consortiumId,
      title: {
        'zh-Hans': `邀请加入创新联合体：${challenge.title['zh-Hans']}`,
        'zh-Hant': `邀請加入創新聯合體：${challenge.title['zh-Hant']}`,
        en: `Invitation to join a consortium: ${challenge.title.en}`,
      },
      body: {
        'zh-Hans': '您的单位受邀加入创新联合体，接受后方成为成员。',
        'zh-Hant': '您的單位受邀加入創新聯合體，接受後方成為成員。',
        en: 'Your organisation is invited to join a consortium; it becomes a member only if you accept.',
      },
      link: `/challenges/consortia/${consortiumId}`,
    });
  });
  return presentOneConsortium(ctx, consortiumId, false);
}

/** A member of the invited organisation accepts or declines. */
export async function respondToInvitation(
  ctx: ServiceContext,
  principal: Principal,
  consortiumId: string,
  organisationId: string,
  accept: boolean,
) {
  const consortium = await repo.findConsortium(ctx.db, consortiumId);
  const member = consortium && (await repo.findMember(ctx.db, consortiumId, organisationId));
  if (
    !consortium ||
    !member ||
    !(await isAccountMemberOf(ctx.db, principal.accountId, organisationId))
  )
    throw new AppError('challenge.consortium_not_found');
  if (member.status !== 'invited' || consortium.status !== 'forming')
    throw new AppError('challenge.invitation_not_pending');
  await ctx.db.transaction(async (tx) => {
    await repo.updateMember(tx, consortiumId, organisationId, {
      status: accept ? 'accepted' : 'declined',
      respondedBy: principal.accountId,
      respondedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: accept
        ? 'challenge_consortium.invitation_accepted'
        : 'challenge_consortium.invitation_declined',
      subjectType: 'challenge_consortium',
      subjectId: consortiumId,
      after: { organisationId },
    });
    await notifyOrganisation(tx, ctx, consortium.leadOrganisationId, {
      kind: 'challenge_consortium.invitation_answered',
      subjectType: 'challenge_consortium',
      subjectId: consortiumId,
      title: accept
        ? {
            'zh-Hans': '受邀单位已接受加入联合体',
            'zh-Hant': '受邀單位已接受加入聯合體',
            en: 'An invited organisation accepted',
          }
        : {
            'zh-Hans': '受邀单位拒绝加入联合体',
            'zh-Hant': '受邀單位拒絕加入聯合體',
            en: 'An invited organisation declined',
          },
      body: {
        'zh-Hans': consortium.proposal.slice(0, 200),
        'zh-Hant': consortium.proposal.slice(0, 200),
        en: consortium.proposal.slice(0, 200),
      },
      link: `/challenges/consortia/${consortiumId}`,
    });
  });
  return presentOneConsortium(ctx, consortiumId, false);
}

/**
 * 揭榜: the lead submits, on or before the deadline day (China time), with at least one accepted
 * university or research institute and one accepted start-up (A.P10).
 */
export async function submitConsortium(
  ctx: ServiceContext,
  principal: Principal,
  consortiumId: string,
) {
  const consortium = await repo.findConsortium(ctx.db, consortiumId);
  if (!consortium) throw new AppError('challenge.consortium_not_found');
  await requireLead(ctx, principal, consortium);
  const challenge = (await repo.findChallenge(ctx.db, consortium.challengeId))!;
  refuseIfClosed(challenge, ctx.now());
  if (consortium.status !== 'forming') throw new AppError('challenge.consortium_wrong_status');
  const [presented] = await presentConsortia(ctx.db, [consortium], false);
  const eligibility = presented!.eligibility;
  if (!eligibility.eligible)
    throw new AppError('challenge.consortium_ineligible', {
      detail: {
        'zh-Hans': `${eligibility.hasResearchPartner ? '' : '缺少已接受邀请的高校或科研院所。'}${eligibility.hasStartup ? '' : '缺少已接受邀请的创业企业。'}`,
        'zh-Hant': `${eligibility.hasResearchPartner ? '' : '缺少已接受邀請的高校或科研院所。'}${eligibility.hasStartup ? '' : '缺少已接受邀請的創業企業。'}`,
        en: [
          eligibility.hasResearchPartner ? '' : 'No university or research institute has accepted.',
          eligibility.hasStartup ? '' : 'No start-up has accepted.',
        ]
          .join(' ')
          .trim(),
      },
      extensions: { eligibility, clauses: ['A.P10'] },
    });
  await ctx.db.transaction(async (tx) => {
    const locked = (await repo.lockConsortium(tx, consortiumId))!;
    if (locked.status !== 'forming') throw new AppError('challenge.consortium_wrong_status');
    await repo.updateConsortium(tx, consortiumId, { status: 'submitted', submittedAt: ctx.now() });
    await recordAudit(tx, ctx, {
      action: 'challenge_consortium.submitted',
      subjectType: 'challenge_consortium',
      subjectId: consortiumId,
      before: { status: 'forming' },
      after: { status: 'submitted', eligibility },
    });
    for (const member of presented!.members.filter((row) => row.status === 'accepted'))
      await notifyOrganisation(tx, ctx, member.organisationId, {
        kind: 'challenge_consortium.submitted',
        subjectType: 'challenge_consortium',
        subjectId: consortiumId,
        title: {
          'zh-Hans': `联合体已揭榜：${challenge.title['zh-Hans']}`,
          'zh-Hant': `聯合體已揭榜：${challenge.title['zh-Hant']}`,
          en: `Consortium submitted: ${challenge.title.en}`,
        },
        body: {
          'zh-Hans': '联合体的揭榜方案已提交评审。',
          'zh-Hant': '聯合體的揭榜方案已提交評審。',
          en: "The consortium's submission has gone to the panel.",
        },
        link: `/challenges/consortia/${consortiumId}`,
      });
  });
  return presentOneConsortium(ctx, consortiumId, false);
}

/** The agency verifies that a member declaring itself the start-up is one (A.P10 defines none). */
export async function verifyStartup(
  ctx: ServiceContext,
  consortiumId: string,
  organisationId: string,
  note: string,
) {
  const member = await repo.findMember(ctx.db, consortiumId, organisationId);
  if (!member || !member.roles.includes('start-up'))
    throw new AppError('challenge.consortium_not_found');
  await ctx.db.transaction(async (tx) => {
    await repo.updateMember(tx, consortiumId, organisationId, {
      startupVerifiedBy: ctx.actor.accountId,
      startupVerifiedAt: ctx.now(),
      startupVerificationNote: note,
    });
    await recordAudit(tx, ctx, {
      action: 'challenge_consortium.startup_verified',
      subjectType: 'challenge_consortium',
      subjectId: consortiumId,
      after: { organisationId, note },
    });
  });
  return presentOneConsortium(ctx, consortiumId, true);
}

// ---------------------------------------------------------------------------------------------
// The panel

/** The agency assigns the panel: reviewer accounts only. */
export async function setPanel(
  ctx: ServiceContext,
  challengeId: string,
  reviewerAccountIds: string[],
) {
  if (!(await repo.findChallenge(ctx.db, challengeId))) throw new AppError('challenge.not_found');
  const unique = [...new Set(reviewerAccountIds)];
  const reviewers = await repo.listAccountIdsWithRole(ctx.db, unique, 'reviewer');
  if (reviewers.length !== unique.length)
    throw new AppError('challenge.panel_member_not_reviewer', {
      extensions: { notReviewers: unique.filter((id) => !reviewers.includes(id)) },
    });
  await ctx.db.transaction(async (tx) => {
    const before = (await repo.listPanel(tx, challengeId)).map((row) => row.accountId);
    await repo.replacePanel(tx, challengeId, unique, ctx.actor.accountId, ctx.now());
    await recordAudit(tx, ctx, {
      action: 'challenge.panel_assigned',
      subjectType: 'challenge',
      subjectId: challengeId,
      before: { reviewerAccountIds: before },
      after: { reviewerAccountIds: unique },
    });
    const challenge = (await repo.findChallenge(tx, challengeId))!;
    for (const accountId of unique.filter((id) => !before.includes(id))) {
      const account = await repo.findAccount(tx, accountId);
      if (account)
        await notifyAccounts(tx, ctx, [account], {
          kind: 'challenge.panel_assigned',
          subjectType: 'challenge',
          subjectId: challengeId,
          title: {
            'zh-Hans': `您被指定为揭榜评审专家：${challenge.title['zh-Hans']}`,
            'zh-Hant': `您被指定為揭榜評審專家：${challenge.title['zh-Hant']}`,
            en: `You are on the panel of: ${challenge.title.en}`,
          },
          body: {
            'zh-Hans': '如与任何联合体存在利益冲突，请在评分前申报。',
            'zh-Hant': '如與任何聯合體存在利益衝突，請在評分前申報。',
            en: 'Declare any conflict of interest with a consortium before scoring.',
          },
          link: `/challenges/panel/${challengeId}`,
        });
    }
  });
  return repo.listPanel(ctx.db, challengeId);
}

/** The reviewer accounts the agency may put on a panel. */
export async function listReviewers(ctx: ServiceContext) {
  return repo.listReviewerAccounts(ctx.db);
}

export async function getPanel(ctx: ServiceContext, challengeId: string) {
  if (!(await repo.findChallenge(ctx.db, challengeId))) throw new AppError('challenge.not_found');
  return repo.listPanel(ctx.db, challengeId);
}

/** Challenges on whose panel the reviewer sits. */
export async function listMyPanelChallenges(ctx: ServiceContext, principal: Principal) {
  const ids = await repo.listChallengeIdsOfPanelMember(ctx.db, principal.accountId);
  return (await repo.listChallenges(ctx.db))
    .filter((row) => ids.includes(row.id))
    .map((row) => presentChallenge(row, ctx.now()));
}

/** A panel member declares a conflict of interest with a consortium: they will not score it. */
export async function declareConflict(
  ctx: ServiceContext,
  principal: Principal,
  challengeId: string,
  input: { consortiumId: string; reason: string },
) {
  if (!(await repo.isPanelMember(ctx.db, challengeId, principal.accountId)))
    throw new AppError('challenge.not_panel_member');
  const consortium = await repo.findConsortium(ctx.db, input.consortiumId);
  if (!consortium || consortium.challengeId !== challengeId)
    throw new AppError('challenge.consortium_not_found');
  await ctx.db.transaction(async (tx) => {
    await repo.insertConflict(tx, {
      consortiumId: input.consortiumId,
      reviewerAccountId: principal.accountId,
      reason: input.reason,
      declaredAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'challenge_panel.conflict_declared',
      subjectType: 'challenge_consortium',
      subjectId: input.consortiumId,
      after: { reviewerAccountId: principal.accountId, reason: input.reason },
    });
  });
}

/**
 * A panel member scores a submitted consortium with the published rubric. Refused when they
 * declared a conflict with it, or belong to one of its organisations (invited or accepted).
 */
export async function scoreConsortium(
  ctx: ServiceContext,
  principal: Principal,
  consortiumId: string,
  input: { scores: Record<string, number>; comment: string },
) {
  const consortium = await repo.findConsortium(ctx.db, consortiumId);
  if (!consortium) throw new AppError('challenge.consortium_not_found');
  const challenge = (await repo.findChallenge(ctx.db, consortium.challengeId))!;
  if (!(await repo.isPanelMember(ctx.db, challenge.id, principal.accountId)))
    throw new AppError('challenge.not_panel_member');
  const ownOrganisations = await listOrganisationIdsOfAccount(ctx.db, principal.accountId);
  const members = await repo.listMembers(ctx.db, [consortiumId]);
  const belongs = members.some(
    (member) =>
      member.member.status !== 'declined' &&
      ownOrganisations.includes(member.member.organisationId),
  );
  const declared = (await repo.listConflicts(ctx.db, [consortiumId])).some(
    (conflict) => conflict.reviewerAccountId === principal.accountId,
  );
  if (belongs || declared)
    throw new AppError('challenge.conflict_of_interest', {
      extensions: { reason: belongs ? 'member_of_consortium' : 'declared' },
    });
  if (consortium.status !== 'submitted' || challenge.status !== 'open')
    throw new AppError('challenge.consortium_wrong_status');
  const problems = scoreSheetProblems(challenge.criteria, input.scores);
  if (problems.length > 0)
    throw new AppError('challenge.scores_invalid', { extensions: { problems } });
  await ctx.db.transaction(async (tx) => {
    await repo.upsertScore(tx, {
      consortiumId,
      reviewerAccountId: principal.accountId,
      scores: input.scores,
      comment: input.comment,
      scoredAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'challenge_consortium.scored',
      subjectType: 'challenge_consortium',
      subjectId: consortiumId,
      after: { ...input, total: totalOf(input.scores) },
    });
  });
  return presentOneConsortium(ctx, consortiumId, true);
}

// ---------------------------------------------------------------------------------------------
// The winner and milestones

/**
 * The agency chooses the winner among submitted consortia, with reasons and the milestones it
 * will accept. The winner needs its start-up verified. Every member is told; the others are
 * marked not selected.
 */
export async function chooseWinner(
  ctx: ServiceContext,
  challengeId: string,
  input: { consortiumId: string; reason: string; milestones: { title: string; dueOn: string }[] },
) {
  const consortium = await repo.findConsortium(ctx.db, input.consortiumId);
  if (!consortium || consortium.challengeId !== challengeId)
    throw new AppError('challenge.consortium_not_found');
  if (consortium.status !== 'submitted') throw new AppError('challenge.consortium_wrong_status');
  const [presented] = await presentConsortia(ctx.db, [consortium], true);
  if (!presented!.eligibility.eligible) throw new AppError('challenge.consortium_ineligible');
  if (!presented!.eligibility.hasVerifiedStartup)
    throw new AppError('challenge.startup_unverified', { extensions: { clauses: ['A.P10'] } });
  await ctx.db.transaction(async (tx) => {
    const challenge = await repo.lockChallenge(tx, challengeId);
    if (!challenge) throw new AppError('challenge.not_found');
    if (challenge.status !== 'open') throw new AppError('challenge.already_awarded');
    await repo.updateChallenge(tx, challengeId, {
      status: 'awarded',
      winnerConsortiumId: input.consortiumId,
      winnerReason: input.reason,
      awardedAt: ctx.now(),
    });
    await repo.updateConsortium(tx, input.consortiumId, { status: 'won' });
    const milestones = await repo.insertMilestones(
      tx,
      input.milestones.map((milestone, index) => ({
        challengeId,
        consortiumId: input.consortiumId,
        sequence: index + 1,
        title: milestone.title,
        dueOn: milestone.dueOn,
        status: 'pending' as const,
      })),
    );
    const others = (await repo.listConsortiaOfChallenge(tx, challengeId)).filter(
      (row) => row.id !== input.consortiumId && row.status === 'submitted',
    );
    for (const other of others)
      await repo.updateConsortium(tx, other.id, { status: 'not_selected' });
    await recordAudit(tx, ctx, {
      action: 'challenge.winner_chosen',
      subjectType: 'challenge',
      subjectId: challengeId,
      before: { status: 'open' },
      after: {
        status: 'awarded',
        winnerConsortiumId: input.consortiumId,
        reason: input.reason,
        scores: presented!.scores,
        notSelected: others.map((row) => row.id),
        milestoneIds: milestones.map((row) => row.id),
      },
    });
    for (const member of presented!.members.filter((row) => row.status === 'accepted'))
      await notifyOrganisation(tx, ctx, member.organisationId, {
        kind: 'challenge.won',
        subjectType: 'challenge_consortium',
        subjectId: input.consortiumId,
        title: {
          'zh-Hans': `成功揭榜：${challenge.title['zh-Hans']}`,
          'zh-Hant': `成功揭榜：${challenge.title['zh-Hant']}`,
          en: `Challenge won: ${challenge.title.en}`,
        },
        body: { 'zh-Hans': input.reason, 'zh-Hant': input.reason, en: input.reason },
        link: `/challenges/consortia/${input.consortiumId}`,
      });
    for (const other of others)
      await notifyOrganisation(tx, ctx, other.leadOrganisationId, {
        kind: 'challenge.not_selected',
        subjectType: 'challenge_consortium',
        subjectId: other.id,
        title: {
          'zh-Hans': `未获揭榜：${challenge.title['zh-Hans']}`,
          'zh-Hant': `未獲揭榜：${challenge.title['zh-Hant']}`,
          en: `Not selected: ${challenge.title.en}`,
        },
        body: { 'zh-Hans': input.reason, 'zh-Hant': input.reason, en: input.reason },
        link: `/challenges/consortia/${other.id}`,
      });
  });
  return getChallenge(ctx, challengeId);
}

/** 驗收: the agency accepts (or not) a milestone of the winning consortium, with a reason. */
export async function decideMilestone(
  ctx: ServiceContext,
  milestoneId: string,
  input: { accepted: boolean; reason: string },
) {
  const consortiumId = await ctx.db.transaction(async (tx) => {
    const milestone = await repo.lockMilestone(tx, milestoneId);
    if (!milestone) throw new AppError('challenge.milestone_not_found');
    if (milestone.status !== 'pending') throw new AppError('challenge.milestone_already_decided');
    await repo.updateMilestone(tx, milestoneId, {
      status: input.accepted ? 'accepted' : 'not_accepted',
      decisionReason: input.reason,
      decidedBy: ctx.actor.accountId,
      decidedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: input.accepted ? 'challenge_milestone.accepted' : 'challenge_milestone.not_accepted',
      subjectType: 'challenge_milestone',
      subjectId: milestoneId,
      before: { status: 'pending' },
      after: { status: input.accepted ? 'accepted' : 'not_accepted', reason: input.reason },
    });
    const consortium = (await repo.findConsortium(tx, milestone.consortiumId))!;
    await notifyOrganisation(tx, ctx, consortium.leadOrganisationId, {
      kind: 'challenge_milestone.decided',
      subjectType: 'challenge_milestone',
      subjectId: milestoneId,
      title: input.accepted
        ? {
            'zh-Hans': `里程碑已通过验收：${milestone.title}`,
            'zh-Hant': `里程碑已通過驗收：${milestone.title}`,
            en: `Milestone accepted: ${milestone.title}`,
          }
        : {
            'zh-Hans': `里程碑未通过验收：${milestone.title}`,
            'zh-Hant': `里程碑未通過驗收：${milestone.title}`,
            en: `Milestone not accepted: ${milestone.title}`,
          },
      body: { 'zh-Hans': input.reason, 'zh-Hant': input.reason, en: input.reason },
      link: `/challenges/consortia/${milestone.consortiumId}`,
    });
    return milestone.consortiumId;
  });
  return presentOneConsortium(ctx, consortiumId, true);
}
