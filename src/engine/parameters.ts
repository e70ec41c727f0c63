import type {
  IsoDate,
  ParameterDefinition,
  ParameterEntry,
  ResolvedParameter,
  ResolvedParameters,
} from './types';

/**
 * Dated parameter values. A parameter's timeline is the values written in the catalogue plus
 * the values administrators entered later; on a date, the entry with the latest effective date
 * on or before it is in force (two entries with the same date: the one entered later wins).
 * `unpublished` is an explicit state (the source gives no value yet); `ended` means no value is
 * in force from that date on.
 */
export function parameterTimeline(
  definition: Pick<ParameterDefinition, 'values'>,
  adminEntries: readonly ParameterEntry[] = [],
): ParameterEntry[] {
  return [...definition.values, ...adminEntries]
    .map((entry, order) => ({ entry, order }))
    .sort(
      (a, b) =>
        compare(a.entry.effectiveFrom, b.entry.effectiveFrom) ||
        originRank(a.entry) - originRank(b.entry) ||
        compare(a.entry.enteredAt ?? '', b.entry.enteredAt ?? '') ||
        a.order - b.order,
    )
    .map(({ entry }) => entry);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function originRank(entry: ParameterEntry): number {
  return entry.origin === 'catalogue' ? 0 : 1;
}

/** The entry in force on the date, from a timeline sorted by {@link parameterTimeline}. */
export function entryInForce(
  timeline: readonly ParameterEntry[],
  date: IsoDate,
): ParameterEntry | undefined {
  let found: ParameterEntry | undefined;
  for (const entry of timeline) {
    if (entry.effectiveFrom > date) break;
    found = entry;
  }
  return found;
}

export function resolveParameter(
  id: string,
  timeline: readonly ParameterEntry[],
  date: IsoDate,
): ResolvedParameter {
  const entry = entryInForce(timeline, date);
  if (!entry || entry.status === 'ended')
    return {
      id,
      status: 'none',
      value: null,
      effectiveFrom: entry?.effectiveFrom ?? null,
      source: entry?.source ?? null,
    };
  return {
    id,
    status: entry.status,
    value: entry.status === 'published' ? entry.value : null,
    effectiveFrom: entry.effectiveFrom,
    source: entry.source,
  };
}

/** Every parameter as it stands on the date. */
export function resolveParameters(
  timelines: ReadonlyMap<string, readonly ParameterEntry[]>,
  date: IsoDate,
): ResolvedParameters {
  const resolved: ResolvedParameters = {};
  for (const [id, timeline] of timelines) resolved[id] = resolveParameter(id, timeline, date);
  return resolved;
}

/** Why a value is not acceptable for this parameter, or undefined. */
export function checkParameterValue(
  parameter: Pick<ParameterDefinition, 'min' | 'max' | 'unit'>,
  value: number,
): string | undefined {
  if (!Number.isSafeInteger(value)) return 'the value must be a whole number';
  if (value < parameter.min) return `the value must be at least ${parameter.min}`;
  if (parameter.max !== undefined && value > parameter.max)
    return `the value must be at most ${parameter.max}`;
  if (parameter.unit === 'basis-points' && value > 10_000)
    return 'a rate is at most 10000 basis points (100 %)';
  if (parameter.unit === 'in-force' && value !== 1)
    return 'a period in force has the value 1 (end it with an "ended" entry)';
  return undefined;
}
