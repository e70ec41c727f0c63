import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors/app-error';
import { nameForUpload } from '../../shared/file-name';
import { chinaDateOf } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import { sha256Of } from '../../shared/storage/file-store';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { isAgency, requireMemberOf } from './access';
import {
  SCENARIO_FILE_MAX_BYTES,
  scenarioFileKey,
  sniffScenarioFileType,
  type ScenarioFileStore,
} from './attachments';
import { notifyAccounts, notifyOrganisation } from './notify';
import { presentProposals, presentScenario } from './present';
import * as repo from './repo';
import { isOnOrBeforeDeadline } from './rules';
import type { DemonstrationInput, ProposalInput, ScenarioInput } from './schema';
import { isAccountMemberOf, listOrganisationIdsOfAccount } from '../organisations/service';

/**
 * Government scenarios (A.P6) and demonstration projects (A.P7): a department's officer publishes,
 * founders subscribe and propose for their company, the officer shortlists, pilots and records a
 * product in use with its evidence, and may recognise a demonstration project with the published
 * rubric. Every decision is audited with its reason and told to the company.
 */

function dateProblem(pointer: string, en: string, zh: string) {
  return new AppError('request.validation_failed', {
    fieldErrors: [
      {
        pointer,
        code: 'request.validation_failed',
        detail: { 'zh-Hans': zh, 'zh-Hant': zh, en },
      },
    ],
  });
}

/** The officer publishes a scenario; subscribers of its domain are told. */
export async function publishScenario(
  ctx: ServiceContext,
  input: ScenarioInput,
  options: { demo?: boolean } = {},
) {
  if (input.timelineEndsOn < input.timelineStartsOn)
    throw dateProblem(
      '/body/timelineEndsOn',
      'The timeline ends before it starts',
      '时间安排的结束日期早于开始日期',
    );
  const ids = input.demonstrationCriteria.map((criterion) => criterion.id);
  if (new Set(ids).size !== ids.length)
    throw dateProblem(
      '/body/demonstrationCriteria',
      'Criterion ids must differ',
      '评价标准的编号不能重复',
    );
  const row = await ctx.db.transaction(async (tx) => {
    const scenario = await repo.insertScenario(tx, {
      ...input,
      demo: options.demo ?? false,
      publishedBy: ctx.actor.accountId,
      publishedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'scenario.published',
      subjectType: 'scenario',
      subjectId: scenario.id,
      after: { ...input, demo: scenario.demo },
    });
    await notifyAccounts(tx, ctx, await repo.listSubscribersOf(tx, input.domain), {
      kind: 'scenario.published',
      subjectType: 'scenario',
      subjectId: scenario.id,
      title: {
        'zh-Hans': `新的政务场景：${input.title['zh-Hans']}`,
        'zh-Hant': `新的政務場景：${input.title['zh-Hant']}`,
        en: `New government scenario: ${input.title.en}`,
      },
      body: {
        'zh-Hans': `${input.department['zh-Hans']}发布了新的应用场景，征集方案截至 ${input.proposalsCloseOn}。`,
        'zh-Hant': `${input.department['zh-Hant']}發布了新的應用場景，徵集方案截至 ${input.proposalsCloseOn}。`,
        en: `${input.department.en} opened a scenario; proposals close on ${input.proposalsCloseOn}.`,
      },
      link: `/scenarios/${scenario.id}`,
    });
    return scenario;
  });
  return presentScenario(row, ctx.now());
}

export async function listScenarios(ctx: ServiceContext) {
  return (await repo.listScenarios(ctx.db)).map((row) => presentScenario(row, ctx.now()));
}

export async function getScenario(ctx: ServiceContext, id: string) {
  const row = await repo.findScenario(ctx.db, id);
  if (!row) throw new AppError('scenario.not_found');
  return presentScenario(row, ctx.now());
}

export async function listMySubscriptions(ctx: ServiceContext, principal: Principal) {
  const rows = await repo.listSubscriptions(ctx.db, principal.accountId);
  return { domains: rows.map((row) => row.domain) };
}

/** Replaces the founder's subscriptions (told of each new scenario of those domains). */
export async function setMySubscriptions(
  ctx: ServiceContext,
  principal: Principal,
  domains: ('city-governance' | 'public-services')[],
) {
  const unique = [...new Set(domains)];
  await ctx.db.transaction(async (tx) => {
    await repo.replaceSubscriptions(tx, principal.accountId, unique, ctx.now());
    await recordAudit(tx, ctx, {
      action: 'scenario_subscription.changed',
      subjectType: 'account',
      subjectId: principal.accountId,
      after: { domains: unique },
    });
  });
  return { domains: unique };
}

// ---------------------------------------------------------------------------------------------
// Proposals

async function loadProposalFor(ctx: ServiceContext, principal: Principal, proposalId: string) {
  const found = await repo.findProposal(ctx.db, proposalId);
  if (!found) throw new AppError('scenario.proposal_not_found');
  if (
    !isAgency(principal) &&
    !(await isAccountMemberOf(ctx.db, principal.accountId, found.proposal.organisationId))
  )
    throw new AppError('scenario.proposal_not_found');
  return found;
}

async function presentOne(ctx: ServiceContext, proposalId: string) {
  const [presented] = await presentProposals(ctx.db, [
    (await repo.findProposal(ctx.db, proposalId))!,
  ]);
  return presented!;
}

/** A founder proposes for their company, before the scenario's closing day (China time). */
export async function proposeToScenario(
  ctx: ServiceContext,
  principal: Principal,
  scenarioId: string,
  input: ProposalInput,
) {
  const scenario = await repo.findScenario(ctx.db, scenarioId);
  if (!scenario) throw new AppError('scenario.not_found');
  await requireMemberOf(
    ctx.db,
    principal,
    input.organisationId,
    'scenario.not_company_member',
    '/body/organisationId',
  );
  if (!isOnOrBeforeDeadline(scenario.proposalsCloseOn, ctx.now()))
    throw new AppError('scenario.proposals_closed', {
      extensions: { proposalsCloseOn: scenario.proposalsCloseOn, clauses: ['A.P6'] },
    });
  if (await repo.findProposalOf(ctx.db, scenarioId, input.organisationId))
    throw new AppError('scenario.already_proposed');
  const id = await ctx.db.transaction(async (tx) => {
    const proposal = await repo.insertProposal(tx, {
      scenarioId,
      organisationId: input.organisationId,
      proposerAccountId: principal.accountId,
      summary: input.summary,
      approach: input.approach,
      team: input.team,
      status: 'submitted',
      demo: scenario.demo,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'scenario_proposal.submitted',
      subjectType: 'scenario_proposal',
      subjectId: proposal.id,
      after: { scenarioId, ...input },
    });
    if (scenario.publishedBy) {
      const officer = await repo.findAccount(tx, scenario.publishedBy);
      if (officer?.status === 'active')
        await notifyAccounts(tx, ctx, [officer], {
          kind: 'scenario_proposal.submitted',
          subjectType: 'scenario_proposal',
          subjectId: proposal.id,
          title: {
            'zh-Hans': `收到新方案：${scenario.title['zh-Hans']}`,
            'zh-Hant': `收到新方案：${scenario.title['zh-Hant']}`,
            en: `New proposal: ${scenario.title.en}`,
          },
          body: { 'zh-Hans': input.summary, 'zh-Hant': input.summary, en: input.summary },
          link: `/scenarios/agency/${scenarioId}`,
        });
    }
    return proposal.id;
  });
  return presentOne(ctx, id);
}

/** The officer's list of a scenario's proposals. */
export async function listProposalsOfScenario(ctx: ServiceContext, scenarioId: string) {
  if (!(await repo.findScenario(ctx.db, scenarioId))) throw new AppError('scenario.not_found');
  return presentProposals(ctx.db, await repo.listProposalsOfScenario(ctx.db, scenarioId));
}

/** The proposals of the founder's companies. */
export async function listMyProposals(ctx: ServiceContext, principal: Principal) {
  const organisationIds = await listOrganisationIdsOfAccount(ctx.db, principal.accountId);
  return presentProposals(ctx.db, await repo.listProposalsOfOrganisations(ctx.db, organisationIds));
}

export async function getProposal(ctx: ServiceContext, principal: Principal, proposalId: string) {
  await loadProposalFor(ctx, principal, proposalId);
  return presentOne(ctx, proposalId);
}

/**
 * Stores a file of a proposal: the company's attachment (its members, while the proposal is not
 * decided against) or the officer's evidence of use (agency). Type sniffed from the bytes.
 */
export async function uploadAttachment(
  ctx: ServiceContext,
  principal: Principal,
  store: ScenarioFileStore,
  proposalId: string,
  input: { purpose: 'proposal' | 'in-use-evidence'; fileName: string; bytes: Buffer },
) {
  const found = await loadProposalFor(ctx, principal, proposalId);
  const agency = isAgency(principal);
  // The company attaches to its proposal; the officer attaches evidence of use.
  const member = await isAccountMemberOf(
    ctx.db,
    principal.accountId,
    found.proposal.organisationId,
  );
  if (input.purpose === 'in-use-evidence' ? !agency : !member)
    throw new AppError('scenario.proposal_not_found');
  if (input.purpose === 'proposal' && found.proposal.status === 'declined')
    throw new AppError('scenario.proposal_wrong_status');
  if (input.bytes.length > SCENARIO_FILE_MAX_BYTES) throw new AppError('scenario.file_too_large');
  const type = sniffScenarioFileType(input.bytes);
  if (!type) throw new AppError('scenario.file_type_not_allowed');
  const attachmentId = randomUUID();
  const key = scenarioFileKey(proposalId, attachmentId, type);
  await store.stage(key, input.bytes, type.mediaType);
  try {
    await ctx.db.transaction(async (tx) => {
      const row = await repo.insertAttachment(tx, {
        id: attachmentId,
        proposalId,
        purpose: input.purpose,
        fileName: nameForUpload(input.fileName, type.extension, 'attachment'),
        contentType: type.mediaType,
        sizeBytes: input.bytes.length,
        sha256: sha256Of(input.bytes),
        storageKey: key,
        uploadedBy: principal.accountId,
        uploadedAt: ctx.now(),
      });
      await recordAudit(tx, ctx, {
        action: 'scenario_proposal.attachment_uploaded',
        subjectType: 'scenario_proposal',
        subjectId: proposalId,
        after: { attachmentId: row.id, purpose: input.purpose, sha256: row.sha256 },
      });
    });
  } catch (error) {
    await store.discard(key).catch(() => undefined);
    throw error;
  }
  await store.commit(key);
  return presentOne(ctx, proposalId);
}

export async function readAttachment(
  ctx: ServiceContext,
  principal: Principal,
  store: ScenarioFileStore,
  proposalId: string,
  attachmentId: string,
) {
  await loadProposalFor(ctx, principal, proposalId);
  const row = await repo.findAttachment(ctx.db, proposalId, attachmentId);
  if (!row) throw new AppError('scenario.attachment_not_found');
  return { attachment: row, bytes: await store.get(row.storageKey) };
}

const decisionTexts = {
  shortlist: { to: 'shortlisted', zhHans: '入围', zhHant: '入圍', en: 'shortlisted' },
  decline: { to: 'declined', zhHans: '未入选', zhHant: '未入選', en: 'declined' },
  'start-pilot': { to: 'piloting', zhHans: '开始试点', zhHant: '開始試點', en: 'moved to a pilot' },
} as const;

/** What each decision may follow: shortlist a submitted one, pilot a shortlisted one. */
const decisionFrom = {
  shortlist: ['submitted'],
  decline: ['submitted', 'shortlisted', 'piloting'],
  'start-pilot': ['shortlisted'],
} as const;

/** The officer shortlists, declines or starts a pilot, with a reason told to the company. */
export async function decideProposal(
  ctx: ServiceContext,
  proposalId: string,
  input: {
    action: keyof typeof decisionTexts;
    reason: string;
    pilotStartedOn?: string | undefined;
  },
) {
  const texts = decisionTexts[input.action];
  await ctx.db.transaction(async (tx) => {
    const proposal = await repo.lockProposal(tx, proposalId);
    if (!proposal) throw new AppError('scenario.proposal_not_found');
    if (!(decisionFrom[input.action] as readonly string[]).includes(proposal.status))
      throw new AppError('scenario.proposal_wrong_status', {
        extensions: { currentStatus: proposal.status },
      });
    const updated = await repo.updateProposal(tx, proposalId, {
      status: texts.to,
      decisionReason: input.reason,
      decidedBy: ctx.actor.accountId,
      decidedAt: ctx.now(),
      ...(input.action === 'start-pilot'
        ? { pilotStartedOn: input.pilotStartedOn ?? chinaDateOf(ctx.now()) }
        : {}),
    });
    await recordAudit(tx, ctx, {
      action: `scenario_proposal.${texts.to}`,
      subjectType: 'scenario_proposal',
      subjectId: proposalId,
      before: { status: proposal.status },
      after: {
        status: updated.status,
        reason: input.reason,
        pilotStartedOn: updated.pilotStartedOn,
      },
    });
    await notifyOrganisation(tx, ctx, proposal.organisationId, {
      kind: `scenario_proposal.${texts.to}`,
      subjectType: 'scenario_proposal',
      subjectId: proposalId,
      title: {
        'zh-Hans': `您的场景方案${texts.zhHans}`,
        'zh-Hant': `您的場景方案${texts.zhHant}`,
        en: `Your scenario proposal was ${texts.en}`,
      },
      body: { 'zh-Hans': input.reason, 'zh-Hant': input.reason, en: input.reason },
      link: '/scenarios/mine',
    });
  });
  return presentOne(ctx, proposalId);
}

/**
 * A.P6 「在政務領域實際場景中投入使用」: the officer records a piloted product in use from a day,
 * with evidence of use already attached. This record is what sets
 * `company.govScenarioProductInUse` (record-facts.ts).
 */
export async function recordInUse(
  ctx: ServiceContext,
  proposalId: string,
  input: { inUseSince: string; reason: string },
) {
  if (input.inUseSince > chinaDateOf(ctx.now()))
    throw dateProblem(
      '/body/inUseSince',
      'The day of use cannot be in the future',
      '投入使用日期不能晚于今天',
    );
  await ctx.db.transaction(async (tx) => {
    const proposal = await repo.lockProposal(tx, proposalId);
    if (!proposal) throw new AppError('scenario.proposal_not_found');
    if (proposal.status !== 'piloting')
      throw new AppError('scenario.proposal_wrong_status', {
        extensions: { currentStatus: proposal.status },
      });
    const evidence = (await repo.listAttachments(tx, [proposalId])).filter(
      (file) => file.purpose === 'in-use-evidence',
    );
    if (evidence.length === 0)
      throw new AppError('scenario.in_use_needs_evidence', { extensions: { clauses: ['A.P6'] } });
    await repo.updateProposal(tx, proposalId, {
      status: 'in_use',
      inUseSince: input.inUseSince,
      inUseRecordedAt: ctx.now(),
      decisionReason: input.reason,
      decidedBy: ctx.actor.accountId,
      decidedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'scenario_proposal.in_use_recorded',
      subjectType: 'scenario_proposal',
      subjectId: proposalId,
      before: { status: proposal.status },
      after: {
        status: 'in_use',
        inUseSince: input.inUseSince,
        reason: input.reason,
        evidence: evidence.map((file) => ({ id: file.id, sha256: file.sha256 })),
      },
    });
    await notifyOrganisation(tx, ctx, proposal.organisationId, {
      kind: 'scenario_proposal.in_use_recorded',
      subjectType: 'scenario_proposal',
      subjectId: proposalId,
      title: {
        'zh-Hans': '您的产品已记录为在政务场景中投入使用',
        'zh-Hant': '您的產品已記錄為在政務場景中投入使用',
        en: 'Your product is recorded as in use in a government scenario',
      },
      body: {
        'zh-Hans': `自 ${input.inUseSince} 起投入使用。您现在可以申请政务场景人工智能产品资助（A.P6），使用证明已可自动附上。`,
        'zh-Hant': `自 ${input.inUseSince} 起投入使用。您現在可以申請政務場景人工智能產品資助（A.P6），使用證明已可自動附上。`,
        en: `In use since ${input.inUseSince}. You can now apply for the A.P6 funding, with the evidence attached for you.`,
      },
      link: '/scenarios/mine',
    });
  });
  return presentOne(ctx, proposalId);
}

/**
 * A.P7 「具有推廣價值的示範應用項目」: the officer judges a proposal (piloting or in use) against the
 * scenario's published criteria, each met or not with a reason, and records whether it is
 * recognised, with the overall reason. No weights: the source gives none. One decision a proposal.
 */
export async function recogniseDemonstration(
  ctx: ServiceContext,
  proposalId: string,
  input: DemonstrationInput,
) {
  const found = await repo.findProposal(ctx.db, proposalId);
  if (!found) throw new AppError('scenario.proposal_not_found');
  const scenario = (await repo.findScenario(ctx.db, found.proposal.scenarioId))!;
  const published = scenario.demonstrationCriteria.map((criterion) => criterion.id).sort();
  const judged = input.judgements.map((judgement) => judgement.criterionId).sort();
  if (published.length !== judged.length || published.some((id, index) => id !== judged[index]))
    throw new AppError('scenario.rubric_incomplete', {
      extensions: { criteria: published, clauses: ['A.P7'] },
    });
  if (input.recognised && input.judgements.some((judgement) => !judgement.met))
    throw new AppError('scenario.rubric_incomplete', {
      detail: {
        'zh-Hans': '存在未满足的评价标准时不能认定为示范项目',
        'zh-Hant': '存在未滿足的評價標準時不能認定為示範項目',
        en: 'A project with a criterion not met cannot be recognised',
      },
    });
  await ctx.db.transaction(async (tx) => {
    const proposal = (await repo.lockProposal(tx, proposalId))!;
    if (proposal.status !== 'piloting' && proposal.status !== 'in_use')
      throw new AppError('scenario.proposal_wrong_status', {
        extensions: { currentStatus: proposal.status },
      });
    if ((await repo.listDemonstrations(tx, [proposalId])).length > 0)
      throw new AppError('scenario.demonstration_already_decided');
    const row = await repo.insertDemonstration(tx, {
      proposalId,
      organisationId: proposal.organisationId,
      judgements: input.judgements,
      recognised: input.recognised,
      reason: input.reason,
      decidedBy: ctx.actor.accountId,
      decidedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: input.recognised
        ? 'scenario_demonstration.recognised'
        : 'scenario_demonstration.not_recognised',
      subjectType: 'scenario_proposal',
      subjectId: proposalId,
      after: { demonstrationId: row.id, ...input },
    });
    await notifyOrganisation(tx, ctx, proposal.organisationId, {
      kind: 'scenario_demonstration.decided',
      subjectType: 'scenario_proposal',
      subjectId: proposalId,
      title: input.recognised
        ? {
            'zh-Hans': '您的项目被认定为示范应用项目（A.P7）',
            'zh-Hant': '您的項目被認定為示範應用項目（A.P7）',
            en: 'Your project is recognised as a demonstration project (A.P7)',
          }
        : {
            'zh-Hans': '您的项目未被认定为示范应用项目',
            'zh-Hant': '您的項目未被認定為示範應用項目',
            en: 'Your project was not recognised as a demonstration project',
          },
      body: { 'zh-Hans': input.reason, 'zh-Hant': input.reason, en: input.reason },
      link: '/scenarios/mine',
    });
  });
  return presentOne(ctx, proposalId);
}
