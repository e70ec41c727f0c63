import { AppError } from '../../errors/app-error';
import { chinaDateOf } from '../../shared/china-time';
import { decodeCursor, keyValueShapes, pageOf } from '../../shared/keyset';
import { requireCommunityOperator } from './access';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import * as residentsRepo from './residents-repo';
import { isAccountMemberOf } from '../organisations/service';
import type {
  HighGrowthDefinitionInput,
  HighGrowthMarkInput,
  ResidentRecordInput,
} from './residents-schema';

/**
 * Residents' records (issue #14 item 4). A resident is a company holding a lease in a community
 * today. Its team — size, and how many founders and staff count as AI talents (A.T3) — is
 * declared by the company or its community's operator; a high-growth mark (A.T2) is set by the
 * operator or an administrator, with evidence, under the administrator's dated definition of high
 * growth: the source (「培育超千家高成長性人工智能創業企業」) gives none, so until one is published
 * nothing can be marked and the A.T2 figure is "definition unpublished". Every row is kept.
 */

type Caller = Pick<Principal, 'accountId' | 'roles'>;
type Declarer = 'company' | 'operator' | 'admin';

type RecordRow = Awaited<ReturnType<typeof residentsRepo.listResidentRecords>>[number];
type MarkRow = Awaited<ReturnType<typeof residentsRepo.listHighGrowthMarks>>[number];
type DefinitionRow = Awaited<ReturnType<typeof residentsRepo.listHighGrowthDefinitions>>[number];

function presentRecord(row: RecordRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    teamSize: row.teamSize,
    aiFounderCount: row.aiFounderCount,
    aiStaffCount: row.aiStaffCount,
    aiTalents: row.aiFounderCount + row.aiStaffCount,
    declaredAs: row.declaredAs,
    source: row.source,
    setBy: row.setBy,
    setAt: row.setAt.toISOString(),
  };
}

function presentMark(row: MarkRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    highGrowth: row.highGrowth,
    evidence: row.evidence,
    definitionId: row.definitionId,
    setBy: row.setBy,
    setAt: row.setAt.toISOString(),
  };
}

export function presentHighGrowthDefinition(row: DefinitionRow) {
  return {
    id: row.id,
    effectiveFrom: row.effectiveFrom,
    definition: {
      'zh-Hans': row.definitionZhHans,
      'zh-Hant': row.definitionZhHant,
      en: row.definitionEn,
    },
    sourceText: row.sourceText,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt.toISOString(),
  };
}

const organisationPointer = '/params/organisationId';

/**
 * The company and the capacity in which the caller may keep its records: an administrator; a
 * member of the company (unless `operatorsOnly`); a community operator working for the operator
 * of a community where the company leases today. Anyone else: 403. A company that is not a
 * resident today: 422 at the organisation.
 */
async function requireResidentAccess(
  ctx: ServiceContext,
  caller: Caller,
  organisationId: string,
  options: { operatorsOnly?: boolean; requireResident?: boolean } = {},
): Promise<{ declaredAs: Declarer; resident: boolean; name: string }> {
  const organisation = await residentsRepo.findOrganisationName(ctx.db, organisationId);
  if (!organisation) throw new AppError('organisation.not_found');
  const leases = await residentsRepo.listLeasesOfResidentOn(
    ctx.db,
    organisationId,
    chinaDateOf(ctx.now()),
  );
  let declaredAs: Declarer | undefined;
  if (caller.roles.includes('admin')) declaredAs = 'admin';
  else if (caller.roles.includes('community_operator')) {
    for (const lease of leases)
      if (
        lease.operatorOrganisationId !== null &&
        (await isAccountMemberOf(ctx.db, caller.accountId, lease.operatorOrganisationId))
      ) {
        declaredAs = 'operator';
        break;
      }
  }
  if (
    declaredAs === undefined &&
    !options.operatorsOnly &&
    (await isAccountMemberOf(ctx.db, caller.accountId, organisationId))
  )
    declaredAs = 'company';
  if (declaredAs === undefined) throw new AppError('space.resident_record_not_allowed');
  if (options.requireResident !== false && leases.length === 0)
    throw new AppError('space.not_resident', {
      fieldErrors: [
        {
          pointer: organisationPointer,
          code: 'space.not_resident',
          detail: {
            'zh-Hans': '只有在社区持有有效租约的入驻企业才有入驻记录',
            'zh-Hant': '只有在社區持有有效租約的入駐企業才有入駐記錄',
            en: 'Only a company holding a lease in a community today has resident records',
          },
        },
      ],
    });
  return { declaredAs, resident: leases.length > 0, name: organisation.name };
}

/** A resident company's records, newest first (its members, its operator, administrators). */
export async function getResident(ctx: ServiceContext, caller: Caller, organisationId: string) {
  const access = await requireResidentAccess(ctx, caller, organisationId, {
    requireResident: false,
  });
  const [records, marks] = await Promise.all([
    residentsRepo.listResidentRecords(ctx.db, organisationId),
    residentsRepo.listHighGrowthMarks(ctx.db, organisationId),
  ]);
  return {
    organisationId,
    name: access.name,
    resident: access.resident,
    record: records[0] ? presentRecord(records[0]) : null,
    highGrowth: marks[0] ? presentMark(marks[0]) : null,
    history: { records: records.map(presentRecord), highGrowthMarks: marks.map(presentMark) },
  };
}

/**
 * The company or its operator declares the team (A.T3): founders and staff counted as AI talents
 * may not outnumber the team. Audited; earlier declarations stay.
 */
export async function setResidentRecord(
  ctx: ServiceContext,
  caller: Caller,
  organisationId: string,
  input: ResidentRecordInput,
) {
  if (input.aiFounderCount + input.aiStaffCount > input.teamSize)
    throw new AppError('space.talents_exceed_team', {
      fieldErrors: [
        {
          pointer: '/body/aiStaffCount',
          code: 'space.talents_exceed_team',
          detail: {
            'zh-Hans': '人工智能创业者与人工智能员工之和不能超过团队规模',
            'zh-Hant': '人工智能創業者與人工智能員工之和不能超過團隊規模',
            en: 'AI founders and AI staff together may not exceed the team size',
          },
        },
      ],
    });
  const { declaredAs } = await requireResidentAccess(ctx, caller, organisationId);
  return ctx.db.transaction(async (tx) => {
    const row = await residentsRepo.insertResidentRecord(tx, {
      organisationId,
      teamSize: input.teamSize,
      aiFounderCount: input.aiFounderCount,
      aiStaffCount: input.aiStaffCount,
      declaredAs,
      source: input.source,
      setBy: caller.accountId,
      setAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'space_resident.record_set',
      subjectType: 'organisation',
      subjectId: organisationId,
      after: {
        teamSize: row.teamSize,
        aiFounderCount: row.aiFounderCount,
        aiStaffCount: row.aiStaffCount,
        declaredAs,
        source: row.source,
      },
    });
    return presentRecord(row);
  });
}

/**
 * The community's operator or an administrator marks a resident high-growth (or no longer), with
 * evidence, under the definition in force today; none published: 422. Audited.
 */
export async function markHighGrowth(
  ctx: ServiceContext,
  caller: Caller,
  organisationId: string,
  input: HighGrowthMarkInput,
) {
  await requireResidentAccess(ctx, caller, organisationId, { operatorsOnly: true });
  const now = ctx.now();
  const definition = await residentsRepo.findHighGrowthDefinitionInForce(
    ctx.db,
    chinaDateOf(now),
    now,
  );
  if (!definition)
    throw new AppError('space.high_growth_definition_unpublished', {
      fieldErrors: [
        {
          pointer: '/body/highGrowth',
          code: 'space.high_growth_definition_unpublished',
          detail: {
            'zh-Hans': 'A.T2 未定义“高成长性”：须待管理员公布定义后方可标记',
            'zh-Hant': 'A.T2 未定義「高成長性」：須待管理員公布定義後方可標記',
            en: 'A.T2 does not define high growth: an administrator must publish a definition first',
          },
        },
      ],
    });
  return ctx.db.transaction(async (tx) => {
    const row = await residentsRepo.insertHighGrowthMark(tx, {
      organisationId,
      highGrowth: input.highGrowth,
      evidence: input.evidence,
      definitionId: definition.id,
      setBy: caller.accountId,
      setAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'space_resident.high_growth_marked',
      subjectType: 'organisation',
      subjectId: organisationId,
      after: { highGrowth: row.highGrowth, evidence: row.evidence, definitionId: definition.id },
    });
    return presentMark(row);
  });
}

/** The published definitions of high growth, the newest effective date first (public). */
export async function listHighGrowthDefinitions(ctx: ServiceContext) {
  return (await residentsRepo.listHighGrowthDefinitions(ctx.db)).map(presentHighGrowthDefinition);
}

/**
 * An administrator publishes a dated definition of high growth with its source text (A.T2 gives
 * none). One per effective date (409); audited.
 */
export async function publishHighGrowthDefinition(
  ctx: ServiceContext,
  input: HighGrowthDefinitionInput,
) {
  return ctx.db.transaction(async (tx) => {
    const row = await residentsRepo.insertHighGrowthDefinition(tx, {
      effectiveFrom: input.effectiveFrom,
      definitionZhHans: input.definition['zh-Hans'],
      definitionZhHant: input.definition['zh-Hant'],
      definitionEn: input.definition.en,
      sourceText: input.sourceText,
      publishedBy: ctx.actor.accountId,
      publishedAt: ctx.now(),
    });
    if (!row)
      throw new AppError('space.high_growth_definition_date_taken', {
        fieldErrors: [
          {
            pointer: '/body/effectiveFrom',
            code: 'space.high_growth_definition_date_taken',
            detail: {
              'zh-Hans': '该日期已有定义，请选择其他生效日期',
              'zh-Hant': '該日期已有定義，請選擇其他生效日期',
              en: 'A definition already takes effect on this date; choose another',
            },
          },
        ],
      });
    await recordAudit(tx, ctx, {
      action: 'space_high_growth_definition.published',
      subjectType: 'space_high_growth_definition',
      subjectId: row.id,
      after: {
        effectiveFrom: row.effectiveFrom,
        definition: row.definitionZhHans,
        sourceText: row.sourceText,
      },
    });
    return presentHighGrowthDefinition(row);
  });
}

/**
 * The companies resident in a community today, each with its newest team record and high-growth
 * mark (its operator, or an administrator): a keyset page by organisation id.
 */
export async function listCommunityResidents(
  ctx: ServiceContext,
  caller: Caller,
  communityId: string,
  page: { cursor?: string | undefined; limit: number },
) {
  await requireCommunityOperator(ctx.db, caller, communityId);
  const list = `space-residents:${communityId}`;
  const after = decodeCursor(list, page.cursor, [keyValueShapes.uuid]);
  const rows = await residentsRepo.listResidentsOfCommunity(
    ctx.db,
    communityId,
    chinaDateOf(ctx.now()),
    { limit: page.limit, afterId: after?.[0] as string | undefined },
  );
  const paged = pageOf(rows, page.limit, list, (row) => [row.organisationId]);
  const ids = paged.rows.map((row) => row.organisationId);
  const [records, marks] = await Promise.all([
    residentsRepo.listNewestRecordsOf(ctx.db, ids),
    residentsRepo.listNewestMarksOf(ctx.db, ids),
  ]);
  return {
    rows: paged.rows.map((row) => {
      const record = records.find((candidate) => candidate.organisationId === row.organisationId);
      const mark = marks.find((candidate) => candidate.organisationId === row.organisationId);
      return {
        organisationId: row.organisationId,
        name: row.name,
        record: record ? presentRecord(record) : null,
        highGrowth: mark ? presentMark(mark) : null,
      };
    }),
    nextCursor: paged.nextCursor,
  };
}
