// The facts the community records give (issue #14): where a company works (`company.workspace`,
// A.S2/A.S3) from its lease on the day, and whether it is high-growth (`company.highGrowth`,
// A.T2) from its newest mark. Read by the rules module's record-facts registry.
import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { spaceCommunities, spaceHighGrowthMarks, spaceLeases } from '../../db/schema/spaces';
import { chinaDateOf } from '../../shared/china-time';
import type { RecordFactProvider, RecordedFact } from '../rules/record-facts';

const workspaceOfRoute = {
  'opc-community': 'opc-community',
  'other-industrial': 'other-industrial-space',
} as const;

export const spacesRecordFacts: RecordFactProvider = {
  name: 'spaces',
  facts: ['company.workspace', 'company.highGrowth'],
  async provide(db: Executor, subject, onDate): Promise<RecordedFact[]> {
    if (!subject.organisationId) return [];
    const facts: RecordedFact[] = [];
    const [lease] = await db
      .select({
        id: spaceLeases.id,
        route: spaceLeases.route,
        startsOn: spaceLeases.startsOn,
        endsOn: sql<string>`coalesce(${spaceLeases.movedOutOn}, ${spaceLeases.endsOn})`,
        nameZhHans: spaceCommunities.nameZhHans,
        nameZhHant: spaceCommunities.nameZhHant,
        nameEn: spaceCommunities.nameEn,
      })
      .from(spaceLeases)
      .innerJoin(spaceCommunities, eq(spaceCommunities.id, spaceLeases.communityId))
      .where(
        and(
          eq(spaceLeases.organisationId, subject.organisationId),
          lte(spaceLeases.startsOn, onDate),
          gte(sql`coalesce(${spaceLeases.movedOutOn}, ${spaceLeases.endsOn})`, onDate),
        ),
      )
      .orderBy(desc(spaceLeases.startsOn))
      .limit(1);
    if (lease)
      facts.push({
        fact: 'company.workspace',
        value: workspaceOfRoute[lease.route],
        source: {
          kind: 'space-lease',
          id: lease.id,
          since: lease.startsOn,
          until: lease.endsOn,
          label: {
            'zh-Hans': `租约：${lease.nameZhHans}`,
            'zh-Hant': `租約：${lease.nameZhHant}`,
            en: `Lease: ${lease.nameEn}`,
          },
        },
      });
    const [mark] = await db
      .select({
        id: spaceHighGrowthMarks.id,
        highGrowth: spaceHighGrowthMarks.highGrowth,
        setAt: spaceHighGrowthMarks.setAt,
      })
      .from(spaceHighGrowthMarks)
      .where(
        and(
          eq(spaceHighGrowthMarks.organisationId, subject.organisationId),
          lte(sql`(${spaceHighGrowthMarks.setAt} at time zone 'Asia/Shanghai')::date`, onDate),
        ),
      )
      .orderBy(desc(spaceHighGrowthMarks.setAt))
      .limit(1);
    if (mark)
      facts.push({
        fact: 'company.highGrowth',
        value: mark.highGrowth,
        source: {
          kind: 'space-high-growth-mark',
          id: mark.id,
          since: chinaDateOf(mark.setAt),
          until: null,
          label: {
            'zh-Hans': '社区运营方的高成长性标记',
            'zh-Hant': '社區營運方的高成長性標記',
            en: "Community operator's high-growth mark",
          },
        },
      });
    return facts;
  },
};
