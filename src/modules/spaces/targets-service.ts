import { chinaDateOf } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import { getCatalogue } from '../rules/catalogue';
import { shenzhenDistricts } from './districts';
import * as residentsRepo from './residents-repo';
import { presentHighGrowthDefinition } from './residents-service';
import {
  computeTargetFigures,
  monthlyHistory,
  projectLinear,
  TARGET_DEADLINE,
  TARGET_IDS,
  targetDefinitions,
  type Figures,
  type TargetFacts,
} from './targets-figures';

/**
 * The city's 2027 targets, live (issue #14 item 5): the figures computed from the records on a
 * day, the monthly history from snapshots, and a projection to 2027-12-31 at the pace of the
 * snapshots. The rules of counting are in targets-figures.ts.
 */

const DAY_MS = 86_400_000;

/** The last instant of a China calendar day. */
function endOfChinaDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00+08:00`) + DAY_MS - 1);
}

/** Records as they stood at the end of `day` (or now, for today and later days). */
function asOfInstant(ctx: ServiceContext, day: string): Date {
  const now = ctx.now();
  const end = endOfChinaDay(day);
  return end < now ? end : now;
}

async function loadFacts(ctx: ServiceContext, day: string) {
  const asOf = asOfInstant(ctx, day);
  const [communities, residences, records, marks, definition] = await Promise.all([
    residentsRepo.listCommunitiesForTargets(ctx.db),
    residentsRepo.listResidentsOn(ctx.db, day),
    residentsRepo.listLatestResidentRecords(ctx.db, asOf),
    residentsRepo.listLatestHighGrowthMarks(ctx.db, asOf),
    residentsRepo.findHighGrowthDefinitionInForce(ctx.db, day, asOf),
  ]);
  const facts: TargetFacts = {
    day,
    communities,
    residences,
    aiTalentsByOrganisation: new Map(
      records.map((record) => [record.organisationId, record.aiFounderCount + record.aiStaffCount]),
    ),
    highGrowthOrganisations: new Set(
      marks.filter((mark) => mark.highGrowth).map((mark) => mark.organisationId),
    ),
    highGrowthDefinitionPublished: definition !== undefined,
  };
  return { facts, definition };
}

/** The figures on a day (China date; today when omitted), without history. */
export async function computeTargetsOn(ctx: ServiceContext, day: string) {
  const { facts, definition } = await loadFacts(ctx, day);
  return { ...computeTargetFigures(facts), definition };
}

/**
 * The targets on `date` (today in China when omitted): each with its clause quoted, the figure,
 * the monthly history of snapshots taken up to that day and the projection to 2027-12-31.
 */
export async function getTargets(ctx: ServiceContext, date?: string) {
  const day = date ?? chinaDateOf(ctx.now());
  const [{ figures, districts, coverage, definition }, snapshots] = await Promise.all([
    computeTargetsOn(ctx, day),
    residentsRepo.listTargetSnapshotsUntil(ctx.db, day),
  ]);
  const history = monthlyHistory(snapshots);
  const { clauseIndex } = getCatalogue().catalogue;
  return {
    date: day,
    targets: targetDefinitions.map((definitionOfTarget) => {
      const id = definitionOfTarget.id;
      const clause = clauseIndex.get(id)!;
      const points = history.flatMap((snapshot) => {
        const value = snapshot.figures[id];
        return typeof value === 'number' ? [{ takenOn: snapshot.takenOn, value }] : [];
      });
      const actual = figures[id];
      const projection =
        actual === null
          ? ({ value: null, reason: 'definition_unpublished' } as const)
          : projectLinear(points, TARGET_DEADLINE, definitionOfTarget.unit);
      return {
        id,
        clause: id,
        target: definitionOfTarget.target,
        unit: definitionOfTarget.unit,
        actual,
        projection2027: projection.value,
        comparison: 'more_than' as const,
        quote: { original: clause.original, ...clause.text },
        actualReason: actual === null ? ('definition_unpublished' as const) : null,
        projectionReason: projection.reason,
        history: history.map((snapshot) => ({
          month: snapshot.takenOn.slice(0, 7),
          takenOn: snapshot.takenOn,
          actual: snapshot.figures[id] ?? null,
        })),
      };
    }),
    deadline: TARGET_DEADLINE,
    highGrowthDefinition: definition ? presentHighGrowthDefinition(definition) : null,
    districts: districts.map((district) => ({
      districtCode: district.districtCode,
      names: district.districtCode ? shenzhenDistricts[district.districtCode] : null,
      figures: district.figures,
    })),
    coverage,
  };
}

/**
 * Writes the figures of `date` as that day's snapshot (replacing one taken earlier that day) and
 * audits it. The server's upkeep calls it once a month; an administrator on demand.
 */
export async function snapshotTargets(ctx: ServiceContext, date: string) {
  const { figures } = await computeTargetsOn(ctx, date);
  const snapshot: Figures = { ...figures };
  return ctx.db.transaction(async (tx) => {
    await residentsRepo.upsertTargetSnapshot(tx, {
      takenOn: date,
      figures: snapshot,
      takenBy: ctx.actor.label,
      takenAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'space_targets.snapshot_taken',
      subjectType: 'space_target_snapshot',
      subjectId: date,
      after: snapshot,
    });
    return { takenOn: date, figures: TARGET_IDS.map((id) => ({ id, actual: snapshot[id] })) };
  });
}

/** The monthly snapshot: taken today unless this month already has one. */
export async function takeMonthlyTargetSnapshot(ctx: ServiceContext) {
  const today = chinaDateOf(ctx.now());
  if (await residentsRepo.hasTargetSnapshotInMonth(ctx.db, today)) return undefined;
  return snapshotTargets(ctx, today);
}
