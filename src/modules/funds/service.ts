import { createHash } from 'node:crypto';
import type { Executor } from '../../db/client';
import {
  fundCodeValues,
  fundStageValues,
  type FundCode,
  type FundCompanyProfile,
  type FundIntroductionRow,
  type FundStage,
} from '../../db/schema/funds';
import { AppError } from '../../errors/app-error';
import { chinaDateOf } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import { nextState } from '../../shared/state-machine';
import {
  findAccountByEmail,
  findAccountById,
  findPersonByAccount,
  listRolesOf,
  type Principal,
} from '../accounts/service';
import { recordAudit } from '../audit/service';
import { queueNotification } from '../notifications/service';
import {
  findMembershipOf,
  findOrganisation,
  listMembers,
  listOrganisationsOfPerson,
} from '../organisations/service';
import { listMyLeases } from '../spaces/admission-service';
import { getCommunity, listCommunities } from '../spaces/communities-service';
import { getResident } from '../spaces/residents-service';
import { listRecognisedTalentsInOrganisations } from '../talent/talent-counts';
import { fundPipeline, funds } from './funds';
import * as repo from './repo';
import type { MoveInput, RequestInput } from './schema';

/**
 * Introductions to the two industry funds (issue #17 item 4; A.P11 「推動人工智能與具身機器人產業
 * 基金、人工智能終端產業投資基金重點關注和投向OPC社區的高成長性企業」). Deal flow, not a grant.
 *
 * - A company's member asks for an introduction to one fund. A.P11 names two conditions: the
 *   company is in an OPC community (a lease on the `opc-community` route running today) and it is
 *   high-growth (its newest high-growth mark, set by its operator under the administrator's
 *   definition — spaces' records, read through spaces' service functions). Either missing: 422
 *   naming A.P11.
 * - The one-page profile is generated from the company's record when it asks, and kept with the
 *   introduction: what the fund read is what the company's record said then.
 * - Fund staff see only their own fund's pipeline: another fund's introduction is a 404, as if it
 *   did not exist. Reasons for each move are private to the fund and the company: the audit row
 *   keeps the reason's SHA-256 (it proves what was written without showing the city), and the
 *   city's aggregate carries counts and amounts per community only.
 */

type Caller = Principal;

const FUND_LINK = '/funds';

function fundOf(code: FundCode) {
  return { code, names: funds[code], clause: 'A.P11' as const };
}

/** The two funds (public). */
export function listFunds() {
  return fundCodeValues.map(fundOf);
}

function sha256(text: string) {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

async function present(db: Executor, rows: FundIntroductionRow[]) {
  const events = await repo.listEvents(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    fund: row.fund,
    fundNames: funds[row.fund],
    organisationId: row.organisationId,
    communityId: row.communityId,
    stage: row.stage,
    note: row.note,
    investedAmountFen: row.investedAmountFen === null ? null : Number(row.investedAmountFen),
    profile: row.profile,
    events: events
      .filter((event) => event.introductionId === row.id)
      .map((event) => ({
        fromStage: event.fromStage,
        toStage: event.toStage,
        reason: event.reason,
        at: event.at.toISOString(),
      })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

// ---------------------------------------------------------------------------------------------
// Staff

/** The caller's fund; a fund-role account no administrator has assigned: 403. */
async function requireFundOf(db: Executor, caller: Pick<Principal, 'accountId'>) {
  const staff = await repo.findStaff(db, caller.accountId);
  if (!staff) throw new AppError('fund.staff_unassigned');
  return staff.fund;
}

export async function listStaff(ctx: ServiceContext) {
  return (await repo.listStaff(ctx.db)).map(({ staff, email, displayName }) => ({
    accountId: staff.accountId,
    email,
    displayName,
    fund: staff.fund,
    assignedAt: staff.assignedAt.toISOString(),
  }));
}

/**
 * An administrator ties a fund-role account to one fund (moving it if it was in the other). The
 * account must hold the `fund` role (422). Audited.
 */
export async function assignStaff(ctx: ServiceContext, accountId: string, fund: FundCode) {
  const account = await findAccountById(ctx.db, accountId);
  if (!account) throw new AppError('account.not_found');
  if (!(await listRolesOf(ctx.db, accountId)).includes('fund'))
    throw new AppError('fund.not_fund_staff');
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findStaff(tx, accountId);
    const row = await repo.upsertStaff(tx, {
      accountId,
      fund,
      assignedBy: ctx.actor.accountId,
      assignedAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'fund_staff.assigned',
      subjectType: 'account',
      subjectId: accountId,
      before: before ? { fund: before.fund } : null,
      after: { fund },
    });
    return {
      accountId,
      email: account.email,
      displayName: account.displayName,
      fund: row.fund,
      assignedAt: row.assignedAt.toISOString(),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Requesting

const notEligible = (missing: { pointer: string; zhHans: string; zhHant: string; en: string }[]) =>
  new AppError('fund.company_not_eligible', {
    detail: {
      'zh-Hans': `A.P11：产业基金重点关注OPC社区内的高成长性企业。${missing.map((item) => item.zhHans).join('；')}`,
      'zh-Hant': `A.P11：產業基金重點關注OPC社區內的高成長性企業。${missing.map((item) => item.zhHant).join('；')}`,
      en: `A.P11: the funds look for high-growth companies in OPC communities. ${missing.map((item) => item.en).join('; ')}`,
    },
    fieldErrors: missing.map((item) => ({
      pointer: item.pointer,
      code: 'fund.company_not_eligible',
      detail: { 'zh-Hans': item.zhHans, 'zh-Hant': item.zhHant, en: item.en },
    })),
    extensions: { clauses: ['A.P11'] },
  });

/**
 * A member of a high-growth company in an OPC community asks for an introduction to a fund. The
 * profile is generated now from the company's record. One open introduction per company and
 * fund (409). Audited; the fund's staff are notified.
 */
export async function requestIntroduction(
  ctx: ServiceContext,
  caller: Caller,
  input: RequestInput,
) {
  const person = await findPersonByAccount(ctx.db, caller.accountId);
  if (!person || !(await findMembershipOf(ctx.db, input.organisationId, person.id)))
    throw new AppError('fund.not_company_member');
  const organisation = await findOrganisation(ctx.db, input.organisationId);
  if (!organisation) throw new AppError('fund.not_company_member');

  const now = ctx.now();
  const today = chinaDateOf(now);
  const resident = await getResident(ctx, caller, input.organisationId);
  const lease = (await listMyLeases(ctx, caller)).find(
    (row) =>
      row.organisationId === input.organisationId &&
      row.route === 'opc-community' &&
      row.status === 'active' &&
      row.startsOn <= today &&
      (row.endsOn === null || row.endsOn >= today),
  );
  const highGrowth = resident.highGrowth?.highGrowth === true ? resident.highGrowth : null;
  const missing = [];
  if (!lease)
    missing.push({
      pointer: '/body/organisationId',
      zhHans: '该企业目前没有在OPC社区的有效租约',
      zhHant: '該企業目前沒有在OPC社區的有效租約',
      en: 'The company holds no lease in an OPC community today',
    });
  if (!highGrowth)
    missing.push({
      pointer: '/body/organisationId',
      zhHans: '该企业尚未被所在社区运营方或管理员标记为高成长性企业',
      zhHant: '該企業尚未被所在社區營運方或管理員標記為高成長性企業',
      en: 'The company is not marked high-growth by its community operator or an administrator',
    });
  if (!lease || !highGrowth) throw notEligible(missing);

  const community = await getCommunity(ctx, lease.communityId);
  const recognised = await listRecognisedTalentsInOrganisations(
    ctx.db,
    [input.organisationId],
    today,
  );
  const profile: FundCompanyProfile = {
    name: organisation.name,
    creditCode: organisation.creditCode,
    community: { id: community.id, names: community.names },
    team: resident.record
      ? { teamSize: resident.record.teamSize, aiTalents: resident.record.aiTalents }
      : null,
    highGrowth: { evidence: highGrowth.evidence, markedAt: highGrowth.setAt },
    recognisedTalents: recognised.get(input.organisationId)?.length ?? 0,
    // NOTE: the applications module exports no service function for a company's approved
    // benefits, nor the scenarios module one for challenge results yet: shown as not available.
    benefitsWon: null,
    challengeResults: null,
    generatedAt: now.toISOString(),
  };

  const row = await ctx.db.transaction(async (tx) => {
    if (await repo.findOpenIntroduction(tx, input.fund, input.organisationId))
      throw new AppError('fund.introduction_open');
    const introduction = await repo.insertIntroduction(tx, {
      fund: input.fund,
      organisationId: input.organisationId,
      communityId: lease.communityId,
      requestedBy: caller.accountId,
      note: input.note,
      profile,
      stage: 'introduced',
      investedAmountFen: null,
      createdAt: now,
      updatedAt: now,
    });
    await repo.insertEvent(tx, {
      introductionId: introduction.id,
      fromStage: null,
      toStage: 'introduced',
      reason: input.note,
      by: caller.accountId,
      at: now,
    });
    await recordAudit(tx, ctx, {
      action: 'fund_introduction.requested',
      subjectType: 'fund_introduction',
      subjectId: introduction.id,
      after: {
        fund: input.fund,
        organisationId: input.organisationId,
        communityId: lease.communityId,
        leaseId: lease.id,
        highGrowthMarkId: highGrowth.id,
        clauses: ['A.P11'],
      },
    });
    for (const staff of await repo.listStaffAccountsOf(tx, input.fund))
      await queueNotification(tx, ctx, {
        recipientAccountId: staff.id,
        recipientEmail: staff.email,
        recipientLanguage: staff.preferredLanguage,
        kind: 'fund.introduction_requested',
        subjectType: 'fund_introduction',
        subjectId: introduction.id,
        title: {
          'zh-Hans': `新的企业对接：${organisation.name}`,
          'zh-Hant': `新的企業對接：${organisation.name}`,
          en: `New introduction: ${organisation.name}`,
        },
        body: {
          'zh-Hans': 'OPC社区内的高成长性企业申请与贵基金对接（A.P11）。',
          'zh-Hant': 'OPC社區內的高成長性企業申請與貴基金對接（A.P11）。',
          en: 'A high-growth company in an OPC community asks to meet your fund (A.P11).',
        },
        link: `${FUND_LINK}/pipeline/${introduction.id}`,
      });
    return introduction;
  });
  return (await present(ctx.db, [row]))[0]!;
}

/** The introductions of the companies the caller belongs to, newest first. */
export async function listMyIntroductions(ctx: ServiceContext, caller: Caller) {
  const person = await findPersonByAccount(ctx.db, caller.accountId);
  if (!person) return [];
  const organisationIds = (await listOrganisationsOfPerson(ctx.db, person.id)).map(
    (row) => row.organisation.id,
  );
  return present(ctx.db, await repo.listIntroductions(ctx.db, { organisationIds }));
}

// ---------------------------------------------------------------------------------------------
// The fund's pipeline

/** The caller's fund's pipeline (the latest 500), newest activity first. */
export async function listPipeline(ctx: ServiceContext, caller: Caller) {
  const fund = await requireFundOf(ctx.db, caller);
  return present(ctx.db, await repo.listIntroductions(ctx.db, { fund }));
}

/**
 * One introduction: for staff of its fund, or a member of the company. Anyone else — staff of
 * the other fund included — 404, as if it did not exist.
 */
export async function getIntroduction(ctx: ServiceContext, caller: Caller, id: string) {
  const row = await repo.findIntroduction(ctx.db, id);
  if (!row || !(await mayRead(ctx.db, caller, row)))
    throw new AppError('fund.introduction_not_found');
  return (await present(ctx.db, [row]))[0]!;
}

async function mayRead(db: Executor, caller: Caller, row: FundIntroductionRow) {
  if (caller.roles.includes('fund')) {
    const staff = await repo.findStaff(db, caller.accountId);
    if (staff?.fund === row.fund) return true;
  }
  const person = await findPersonByAccount(db, caller.accountId);
  return (
    person !== undefined &&
    (await findMembershipOf(db, row.organisationId, person.id)) !== undefined
  );
}

/**
 * Staff of the introduction's fund move it a stage, with a reason (private to the fund and the
 * company); investing records the amount (integer fen, required then and only then: 400 at the
 * field). Another fund's introduction: 404. Audited with the reason's hash; the company is
 * notified.
 */
export async function moveIntroduction(
  ctx: ServiceContext,
  caller: Caller,
  id: string,
  input: MoveInput,
) {
  if ((input.stage === 'invested') !== (input.investedAmountFen !== null))
    throw new AppError('request.validation_failed', {
      fieldErrors: [
        {
          pointer: '/body/investedAmountFen',
          code: 'fund.amount_with_investment',
          detail: {
            'zh-Hans': '仅在“已投资”阶段填写投资金额，且必须填写',
            'zh-Hant': '僅在「已投資」階段填寫投資金額，且必須填寫',
            en: 'An amount is given when, and only when, the stage is invested',
          },
        },
      ],
    });
  const fund = await requireFundOf(ctx.db, caller);
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const current = await repo.lockIntroduction(tx, id);
    if (!current || current.fund !== fund) throw new AppError('fund.introduction_not_found');
    const to: FundStage = nextState(fundPipeline, current.stage, input.stage);
    const updated = await repo.updateIntroduction(tx, id, {
      stage: to,
      investedAmountFen: input.investedAmountFen === null ? null : BigInt(input.investedAmountFen),
      updatedAt: now,
    });
    await repo.insertEvent(tx, {
      introductionId: id,
      fromStage: current.stage,
      toStage: to,
      reason: input.reason,
      by: caller.accountId,
      at: now,
    });
    await recordAudit(tx, ctx, {
      action: 'fund_introduction.stage_moved',
      subjectType: 'fund_introduction',
      subjectId: id,
      before: { stage: current.stage },
      after: {
        stage: to,
        investedAmountFen: input.investedAmountFen,
        // NOTE: the reason is private to the fund and the company; the audit keeps its hash.
        reasonSha256: sha256(input.reason),
      },
    });
    for (const member of await listMembers(tx, current.organisationId)) {
      const account = member.email ? await findAccountByEmail(tx, member.email) : undefined;
      if (!account) continue;
      await queueNotification(tx, ctx, {
        recipientAccountId: account.id,
        recipientEmail: account.email,
        recipientLanguage: account.preferredLanguage,
        kind: 'fund.introduction_moved',
        subjectType: 'fund_introduction',
        subjectId: id,
        title: {
          'zh-Hans': `${funds[fund]['zh-Hans']}：对接进入新阶段`,
          'zh-Hant': `${funds[fund]['zh-Hant']}：對接進入新階段`,
          en: `${funds[fund].en}: the introduction moved`,
        },
        body: {
          'zh-Hans': `新阶段：${to}。理由：${input.reason}`,
          'zh-Hant': `新階段：${to}。理由：${input.reason}`,
          en: `New stage: ${to}. Reason: ${input.reason}`,
        },
        link: FUND_LINK,
      });
    }
    return updated;
  });
  return (await present(ctx.db, [row]))[0]!;
}

// ---------------------------------------------------------------------------------------------
// The city's aggregate

/**
 * For the city (administrators): per community, how many introductions stand at each stage and
 * the invested amount (integer fen) — never a company, a note or a reason.
 */
export async function getAggregate(ctx: ServiceContext) {
  const [figures, communities] = await Promise.all([
    repo.listIntroductionFigures(ctx.db),
    listCommunities(ctx),
  ]);
  const names = new Map(communities.map((community) => [community.id, community.names]));
  const byCommunity = new Map<
    string,
    { byStage: Record<FundStage, number>; introductions: number; investedAmountFen: number }
  >();
  for (const figure of figures) {
    const entry = byCommunity.get(figure.communityId) ?? {
      byStage: Object.fromEntries(fundStageValues.map((stage) => [stage, 0])) as Record<
        FundStage,
        number
      >,
      introductions: 0,
      investedAmountFen: 0,
    };
    entry.byStage[figure.stage] += 1;
    entry.introductions += 1;
    entry.investedAmountFen += Number(figure.investedAmountFen ?? 0n);
    byCommunity.set(figure.communityId, entry);
  }
  const rows = [...byCommunity].map(([communityId, entry]) => ({
    communityId,
    names: names.get(communityId) ?? null,
    ...entry,
  }));
  return {
    communities: rows,
    totals: {
      introductions: figures.length,
      invested: figures.filter((figure) => figure.stage === 'invested').length,
      investedAmountFen: rows.reduce((sum, row) => sum + row.investedAmountFen, 0),
    },
  };
}
