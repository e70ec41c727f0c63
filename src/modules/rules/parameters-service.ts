// Dated parameters: the default evaluation date, the values in force on a date (the catalogue's
// plus administrators', cached per database), the parameter list and entering a new value.
import {
  checkParameterValue,
  parameterTimeline,
  resolveParameters,
  type IsoDate,
  type ParameterEntry,
  type ResolvedParameters,
} from '../../engine';
import type { Db } from '../../db/client';
import { AppError, type FieldError } from '../../errors/app-error';
import { fieldMessages } from '../../errors/field-messages';
import { chinaDateOf } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import { matchAfterParameterChange } from '../matching/runs-service';
import { getCatalogue } from './catalogue';
import * as repo from './repo';
import type { ParameterValueBody } from './schema';

// ---------------------------------------------------------------------------------------------
// Dates and parameters

/** Today's date in Shenzhen (the default evaluation date). */
export function todayInShenzhen(now: Date): IsoDate {
  return chinaDateOf(now);
}

interface ParameterState {
  marker: string;
  checkedAt: number;
  /** Catalogue values plus administrators' values, per parameter, in effective order. */
  timelines: Map<string, ParameterEntry[]>;
  adminEntries: Map<string, ParameterEntry[]>;
  byDate: Map<IsoDate, ResolvedParameters>;
}

/**
 * Parameter values are read from the database once and cached per database. The cache is
 * dropped when this process enters a value, and re-checked (one cheap query) at most every
 * {@link PARAMETER_RECHECK_MS} so values entered through another server process appear too.
 */
const PARAMETER_RECHECK_MS = 2000;
const parameterStates = new WeakMap<Db, ParameterState>();

function entryFromRow(row: repo.ParameterValueRow): ParameterEntry {
  return {
    effectiveFrom: row.effectiveFrom,
    status: row.status,
    value: row.value,
    source: {
      clauses: row.sourceClauses,
      document: row.sourceDocument,
      ...(row.sourceUrl ? { url: row.sourceUrl } : {}),
    },
    ...(row.note ? { note: row.note } : {}),
    origin: 'admin',
    enteredAt: row.enteredAt.toISOString(),
    ...(row.enteredBy ? { enteredBy: row.enteredBy } : {}),
  };
}

async function loadParameterState(db: Db): Promise<ParameterState> {
  const now = performance.now();
  const cached = parameterStates.get(db);
  if (cached && now - cached.checkedAt < PARAMETER_RECHECK_MS) return cached;
  const marker = await repo.readParameterValuesMarker(db);
  if (cached && cached.marker === marker) {
    cached.checkedAt = now;
    return cached;
  }
  const { catalogue } = getCatalogue();
  const adminEntries = new Map<string, ParameterEntry[]>();
  for (const row of await repo.listParameterValues(db)) {
    if (!catalogue.parameterIndex.has(row.parameterId)) continue;
    adminEntries.set(row.parameterId, [
      ...(adminEntries.get(row.parameterId) ?? []),
      entryFromRow(row),
    ]);
  }
  const timelines = new Map(
    catalogue.parameters.map((parameter) => [
      parameter.id,
      parameterTimeline(parameter, adminEntries.get(parameter.id)),
    ]),
  );
  const state: ParameterState = {
    marker,
    checkedAt: now,
    timelines,
    adminEntries,
    byDate: new Map(),
  };
  parameterStates.set(db, state);
  return state;
}

/** Every parameter as it stands on the date (cached per date). */
export async function parametersOn(ctx: Pick<ServiceContext, 'db'>, date: IsoDate) {
  const state = await loadParameterState(ctx.db);
  let resolved = state.byDate.get(date);
  if (!resolved) {
    resolved = resolveParameters(state.timelines, date);
    if (state.byDate.size > 256) state.byDate.clear();
    state.byDate.set(date, resolved);
  }
  return resolved;
}

// ---------------------------------------------------------------------------------------------
// Parameters

function presentParameter(id: string, state: ParameterState, date: IsoDate) {
  const { catalogue } = getCatalogue();
  const parameter = catalogue.parameterIndex.get(id)!;
  const current = resolveParameters(new Map([[id, state.timelines.get(id)!]]), date)[id]!;
  return {
    id,
    label: parameter.label,
    unit: parameter.unit,
    clauses: parameter.clauses,
    min: parameter.min,
    max: parameter.max ?? null,
    atMost: parameter.atMost ?? null,
    usedBy: catalogue.policies
      .filter(
        (policy) => policy.root.parameters.includes(id) || policy.benefit.parameters.includes(id),
      )
      .map((policy) => policy.definition.id),
    current: { ...current, label: parameter.label, unit: parameter.unit },
    timeline: state.timelines.get(id)!.map((entry) => ({
      effectiveFrom: entry.effectiveFrom,
      status: entry.status,
      value: entry.value,
      source: entry.source,
      note: entry.note ?? null,
      origin: entry.origin,
      enteredAt: entry.enteredAt ?? null,
      enteredBy: entry.enteredBy ?? null,
    })),
  };
}

/** Every parameter with its whole timeline and the value in force on the date. */
export async function listParameters(ctx: ServiceContext, date?: IsoDate) {
  const on = date ?? todayInShenzhen(ctx.now());
  const state = await loadParameterState(ctx.db);
  const { catalogue } = getCatalogue();
  return {
    date: on,
    parameters: catalogue.parameters.map((parameter) => presentParameter(parameter.id, state, on)),
  };
}

/**
 * Enters a dated value for a parameter (administrators): a new value, a return to
 * "unpublished", or an end. It takes effect from `effectiveFrom` without a deploy, is audited
 * in the same transaction, and never edits an earlier entry — so every past evaluation can be
 * explained with the values of its day.
 */
export async function enterParameterValue(
  ctx: ServiceContext,
  parameterId: string,
  input: ParameterValueBody,
) {
  const { catalogue } = getCatalogue();
  const parameter = catalogue.parameterIndex.get(parameterId);
  if (!parameter) throw new AppError('rules.parameter_not_found');
  const fieldErrors: FieldError[] = [];
  input.source.clauses.forEach((id, index) => {
    if (!catalogue.clauseIndex.has(id))
      fieldErrors.push({
        pointer: `/body/source/clauses/${index}`,
        code: 'rules.unknown_clause',
        detail: fieldMessages['rules.unknown_clause'][ctx.language],
      });
  });
  const value = input.status === 'published' ? (input.value ?? null) : null;
  if (value !== null) {
    const problem = checkParameterValue(parameter, value);
    if (problem)
      fieldErrors.push({
        pointer: '/body/value',
        code: 'rules.parameter_value',
        detail: `${fieldMessages['rules.parameter_value'][ctx.language]} (${problem})`,
      });
  }
  if (fieldErrors.length > 0) throw new AppError('request.validation_failed', { fieldErrors });
  const state = await loadParameterState(ctx.db);
  if (value !== null && parameter.atMost) {
    const limit = resolveParameters(
      new Map([[parameter.atMost, state.timelines.get(parameter.atMost)!]]),
      input.effectiveFrom,
    )[parameter.atMost]!;
    if (limit.status === 'published' && limit.value !== null && value > limit.value)
      throw new AppError('rules.parameter_exceeds_limit', {
        detail: {
          'zh-Hans': `不得超过${catalogue.parameterIndex.get(parameter.atMost)!.label['zh-Hans']}（${limit.value}）`,
          'zh-Hant': `不得超過${catalogue.parameterIndex.get(parameter.atMost)!.label['zh-Hant']}（${limit.value}）`,
          en: `It may not exceed ${catalogue.parameterIndex.get(parameter.atMost)!.label.en} (${limit.value})`,
        },
      });
  }
  const before = resolveParameters(
    new Map([[parameterId, state.timelines.get(parameterId)!]]),
    input.effectiveFrom,
  )[parameterId]!;
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertParameterValue(tx, {
      parameterId,
      effectiveFrom: input.effectiveFrom,
      status: input.status,
      value,
      sourceClauses: input.source.clauses,
      sourceDocument: input.source.document,
      sourceUrl: input.source.url ?? null,
      note: input.note ?? null,
      enteredBy: ctx.actor.accountId,
      enteredAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'rule_parameter.value_entered',
      subjectType: 'rule-parameter',
      subjectId: parameterId,
      before: { onEffectiveDate: before },
      after: {
        id: row.id,
        effectiveFrom: row.effectiveFrom,
        status: row.status,
        value: row.value,
        source: { clauses: row.sourceClauses, document: row.sourceDocument, url: row.sourceUrl },
        note: row.note,
      },
    });
  });
  parameterStates.delete(ctx.db);
  // Policy finds the company (issue #15): re-match the policies that read this parameter.
  await matchAfterParameterChange(ctx, parameterId);
  const fresh = await loadParameterState(ctx.db);
  return presentParameter(parameterId, fresh, input.effectiveFrom);
}
