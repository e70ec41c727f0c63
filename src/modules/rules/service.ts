// Length (about 940 lines): evaluations, snapshots, parameters and fact profiles; issue #12
// splits parameters and profiles into files of their own.
import { z } from 'zod';
import { en, zhCN, zhTW } from 'zod/locales';
import type { Db } from '../../db/client';
import {
  benefitsReceivedFactOf,
  checkParameterValue,
  chooseNextQuestion,
  compilePolicy,
  evaluate,
  evaluatePolicy,
  parameterTimeline,
  policySchema,
  resolveParameters,
  summarise,
  type CompiledPolicy,
  type CriterionTrace,
  type Facts,
  type IsoDate,
  type Language,
  type ParameterEntry,
  type PolicyDefinition,
  type ResolvedParameter,
  type ResolvedParameters,
} from '../../engine';
import { AppError, type FieldError } from '../../errors/app-error';
import { fieldMessages } from '../../errors/field-messages';
import type { ServiceContext } from '../../shared/service-context';
import { ensurePersonOf, findPersonByAccount, type Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { listOrganisationsOfPerson } from '../organisations/service';
import { getCatalogue, getFactsSchema } from './catalogue';
import { serializeEvaluation } from './evaluation-json';
import { catalogueNames, presentResult, resultPartsOf } from './present';
import * as repo from './repo';
import {
  evaluationSnapshotSchema,
  type EvaluationPart,
  type EvaluationResponse,
  type EvaluationSnapshot,
  type FactProfile,
  type ParameterValueBody,
  type PolicyDescription,
  type PolicySummary,
  type PresentedPolicyResult,
  type Question,
} from './schema';

/**
 * The rules module: evaluations, the next question, the catalogue, dated parameters and fact
 * profiles. The engine (src/engine) decides; this module supplies the date, the parameter
 * values in force, the language, and keeps what must be kept (parameter values, profiles, the
 * audit trail). See README.md beside this file for the contract other modules rely on.
 */

export const ENGINE_VERSION = 'opc-hub-rules/1';

// ---------------------------------------------------------------------------------------------
// Dates and parameters

const shenzhenDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Shenzhen (the default evaluation date). */
export function todayInShenzhen(now: Date): IsoDate {
  return shenzhenDate.format(now);
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
// Presenting results in a language

// ---------------------------------------------------------------------------------------------
// Evaluations

export interface EvaluateFactsInput {
  facts: unknown;
  date?: IsoDate | undefined;
  policies?: readonly string[] | undefined;
  trace?: boolean | undefined;
  /** The optional parts of each result (see evaluationBody); absent: all. */
  include?: readonly EvaluationPart[] | undefined;
}

const zodLocales = { 'zh-Hans': zhCN(), 'zh-Hant': zhTW(), en: en() } as const;

/** Parses with Zod's own messages in the language (our refinements keep their message keys). */
export function safeParseIn<T extends z.ZodType>(language: Language, schema: T, data: unknown) {
  return schema.safeParse(data, {
    error: (issue) => {
      const localised = zodLocales[language].localeError(issue as never);
      return typeof localised === 'string' ? localised : localised?.message;
    },
  });
}

/** Validates facts (and policy ids) against the vocabulary; a 400 with field paths if wrong. */
export function parseFacts(
  ctx: Pick<ServiceContext, 'language'>,
  facts: unknown,
  pointer = '/facts',
): Facts {
  const parsed = safeParseIn(ctx.language, getFactsSchema('en'), facts ?? {});
  if (parsed.success) return parsed.data as Facts;
  throw validationError(ctx.language, parsed.error, pointer);
}

/** A Zod error as our 400 with localised field errors under `pointer`. */
export function validationError(language: Language, error: z.ZodError, pointer: string): AppError {
  const fieldErrors: FieldError[] = error.issues.flatMap((issue) => {
    const paths =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key])
        : [issue.path];
    return paths.map((path) => ({
      pointer: `${pointer}${path.map((segment) => `/${String(segment)}`).join('')}`,
      code: issue.code === 'custom' ? issue.message : issue.code,
      detail:
        fieldMessages[issue.message as keyof typeof fieldMessages]?.[language] ??
        (issue.code === 'unrecognized_keys'
          ? { 'zh-Hans': '不允许的字段', 'zh-Hant': '不允許的欄位', en: 'Unknown field' }[language]
          : issue.message),
    }));
  });
  return new AppError('request.validation_failed', { fieldErrors });
}

function checkPolicyIds(ctx: Pick<ServiceContext, 'language'>, ids: readonly string[] | undefined) {
  if (!ids) return;
  const { catalogue } = getCatalogue();
  const unknown = ids
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => !catalogue.policyIndex.has(id));
  if (unknown.length > 0)
    throw new AppError('request.validation_failed', {
      fieldErrors: unknown.map(({ index }) => ({
        pointer: `/policies/${index}`,
        code: 'invalid_value',
        detail: {
          'zh-Hans': '没有这项政策',
          'zh-Hant': '沒有這項政策',
          en: 'No policy has this id',
        }[ctx.language],
      })),
    });
}

/**
 * Evaluates a situation against the catalogue (or some of it) on a date — the
 * `POST /api/v1/evaluations` response. Facts are validated here too, so other modules can call
 * it with facts from anywhere.
 */
export async function evaluateFacts(
  ctx: ServiceContext,
  input: EvaluateFactsInput,
): Promise<EvaluationResponse> {
  const facts = parseFacts(ctx, input.facts);
  checkPolicyIds(ctx, input.policies);
  return evaluateParsedFacts(ctx, { ...input, facts });
}

interface ParsedEvaluationInput {
  facts: Facts;
  date?: IsoDate | undefined;
  policies?: readonly string[] | undefined;
  trace?: boolean | undefined;
  include?: readonly EvaluationPart[] | undefined;
}

/** The engine's evaluation of validated facts on the date (today in Shenzhen by default). */
async function evaluateOn(ctx: ServiceContext, input: ParsedEvaluationInput) {
  const { catalogue } = getCatalogue();
  const date = input.date ?? todayInShenzhen(ctx.now());
  const parameters = await parametersOn(ctx, date);
  return evaluate(catalogue, {
    facts: input.facts,
    date,
    parameters,
    policies: input.policies,
    trace: input.include ? input.include.includes('trace') : (input.trace ?? true),
  });
}

/** {@link evaluateFacts} for facts the HTTP layer has already validated with the same schema. */
export async function evaluateParsedFacts(
  ctx: ServiceContext,
  input: ParsedEvaluationInput,
): Promise<EvaluationResponse> {
  const { catalogue, catalogueHash } = getCatalogue();
  const evaluation = await evaluateOn(ctx, input);
  const names = catalogueNames();
  const parts = resultPartsOf(input.include);
  return {
    date: evaluation.date,
    language: ctx.language,
    catalogueVersion: catalogueHash,
    results: evaluation.results.map((result) =>
      presentResult(
        catalogue.policyIndex.get(result.policyId)!,
        result,
        ctx.language,
        names,
        parts,
      ),
    ),
    summary: summarise(evaluation.results),
  };
}

/**
 * {@link evaluateParsedFacts} as JSON text — the same text as `JSON.stringify` of its result,
 * written without building the presented objects (the HTTP route's fast path).
 */
export async function evaluateParsedFactsToJson(
  ctx: ServiceContext,
  input: ParsedEvaluationInput,
): Promise<string> {
  const { catalogueHash } = getCatalogue();
  const evaluation = await evaluateOn(ctx, input);
  return serializeEvaluation(evaluation, {
    language: ctx.language,
    catalogueVersion: catalogueHash,
    parts: resultPartsOf(input.include),
    summary: summarise(evaluation.results),
  });
}

/**
 * The single most useful next question (the fact whose answer settles the most undecided
 * money), with its text and options in the caller's language, plus the running summary.
 */
export async function findNextQuestion(
  ctx: ServiceContext,
  input: {
    facts: Facts;
    date?: IsoDate | undefined;
    policies?: readonly string[] | undefined;
    skip?: readonly string[] | undefined;
  },
) {
  const { catalogue } = getCatalogue();
  const date = input.date ?? todayInShenzhen(ctx.now());
  const parameters = await parametersOn(ctx, date);
  const evaluation = evaluate(catalogue, {
    facts: input.facts,
    date,
    parameters,
    policies: input.policies,
  });
  const choice = chooseNextQuestion(catalogue, {
    facts: input.facts,
    date,
    parameters,
    policies: input.policies,
    skip: input.skip,
  });
  const names = catalogueNames();
  let question: Question | null = null;
  if (choice) {
    const fact = catalogue.factIndex.get(choice.factId)!;
    const language = ctx.language;
    let options = (fact.options ?? []).map((option) => ({
      value: option.value,
      label: option.label[language],
    }));
    if (fact.type === 'policy-list') {
      // Only the benefits this list can hold: a person's own, or the company's.
      const audience = fact.subject === 'company' ? 'company' : 'person';
      options = catalogue.policies
        .filter(
          (policy) =>
            benefitsReceivedFactOf(policy.definition) !== null &&
            policy.definition.for === audience,
        )
        .map((policy) => ({
          value: policy.definition.id,
          label: policy.definition.name[language],
        }));
    }
    question = {
      factId: fact.id,
      subject: fact.subject,
      type: fact.type,
      text: fact.question[language],
      help: fact.help?.[language] ?? null,
      options,
      ...(fact.min !== undefined ? { min: fact.min } : {}),
      ...(fact.max !== undefined ? { max: fact.max } : {}),
      purpose: choice.purpose,
      policies: choice.policies,
      stakeFen: choice.stakeFen,
      expectedSettledFen: choice.expectedSettledFen,
      storedInProfile: fact.storedInProfile,
    };
  }
  return {
    date,
    language: ctx.language,
    question,
    summary: summarise(evaluation.results),
    results: evaluation.results.map((result) =>
      presentResult(catalogue.policyIndex.get(result.policyId)!, result, ctx.language, names),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Snapshots: evaluate for an application, replay later

/**
 * Evaluates one policy for an application and returns the result with a snapshot holding
 * everything needed to replay the decision exactly as of that day: the policy definition and
 * its content hash, the catalogue hash, every parameter value used (with its effective date and
 * source), the facts, the date, the language and the trace.
 */
export async function evaluateForApplication(
  ctx: ServiceContext,
  input: { policyId: string; facts: unknown; date: IsoDate },
): Promise<{ result: PresentedPolicyResult; snapshot: EvaluationSnapshot }> {
  const { catalogue, catalogueHash, policyHashes, policyFiles } = getCatalogue();
  const policy = catalogue.policyIndex.get(input.policyId);
  if (!policy) throw new AppError('rules.policy_not_found');
  const facts = parseFacts(ctx, input.facts);
  const parameters = await parametersOn(ctx, input.date);
  const engineResult = evaluatePolicy(policy, facts, { date: input.date, parameters }, true);
  const result = presentResult(policy, engineResult, ctx.language, catalogueNames());
  const used: EvaluationSnapshot['parameters'] = {};
  for (const id of [...policy.root.parameters, ...policy.benefit.parameters])
    used[id] = {
      ...snapshotParameter(parameters[id]!),
      label: catalogue.parameterIndex.get(id)!.label,
    };
  const snapshot: EvaluationSnapshot = {
    snapshotVersion: 1,
    engine: ENGINE_VERSION,
    policyId: policy.definition.id,
    policyHash: policyHashes.get(policy.definition.id)!,
    catalogueHash,
    policyFile: policyFiles.get(policy.definition.id) ?? '',
    policy: JSON.parse(JSON.stringify(policy.definition)) as Record<string, unknown>,
    exclusiveWith: policy.exclusiveWith.map((id) => ({
      id,
      name: catalogue.policyIndex.get(id)!.definition.name,
    })),
    parameters: used,
    facts: JSON.parse(JSON.stringify(facts)) as Record<string, unknown>,
    date: input.date,
    language: ctx.language,
    evaluatedAt: ctx.now().toISOString(),
    result,
  };
  return { result, snapshot: JSON.parse(JSON.stringify(snapshot)) as EvaluationSnapshot };
}

function snapshotParameter(parameter: ResolvedParameter) {
  return {
    id: parameter.id,
    status: parameter.status,
    value: parameter.value,
    effectiveFrom: parameter.effectiveFrom,
    source: parameter.source
      ? {
          clauses: parameter.source.clauses,
          document: parameter.source.document,
          ...(parameter.source.url ? { url: parameter.source.url } : {}),
        }
      : null,
  };
}

/**
 * Recomputes a stored decision from its snapshot alone — the policy as it was, the parameter
 * values as they were — so it equals the stored result even after the catalogue or the
 * parameters have changed. Throws `rules.snapshot_invalid` for a snapshot that is not one.
 */
export function replayEvaluation(snapshot: unknown): PresentedPolicyResult {
  const parsed = evaluationSnapshotSchema.safeParse(snapshot);
  if (!parsed.success)
    throw new AppError('rules.snapshot_invalid', { internalMessage: parsed.error.message });
  const stored = parsed.data;
  const definition = policySchema.safeParse(stored.policy);
  if (!definition.success)
    throw new AppError('rules.snapshot_invalid', { internalMessage: definition.error.message });
  const policyDefinition = definition.data as PolicyDefinition;
  const exclusiveNames = new Map(stored.exclusiveWith.map((entry) => [entry.id, entry.name]));
  const policy = compilePolicy(policyDefinition, 0, {
    exclusiveWith: stored.exclusiveWith.map((entry) => entry.id),
    nameOf: (id) => exclusiveNames.get(id),
  });
  const parameterLabels = new Map(
    Object.entries(stored.parameters).map(([id, value]) => [id, value.label]),
  );
  const parameters: ResolvedParameters = {};
  for (const [id, value] of Object.entries(stored.parameters))
    parameters[id] = {
      id,
      status: value.status,
      value: value.value,
      effectiveFrom: value.effectiveFrom,
      source: value.source,
    };
  const result = evaluatePolicy(policy, stored.facts, { date: stored.date, parameters }, true);
  return presentResult(policy, result, stored.language, {
    policy: (id) => (id === policyDefinition.id ? policyDefinition.name : exclusiveNames.get(id)),
    parameter: (id) => parameterLabels.get(id),
  });
}

// ---------------------------------------------------------------------------------------------
// The catalogue

/** Where a secondary clause comes from: other public reports, not the document it supplements. */
const SUPPLEMENTARY_SOURCE = {
  'zh-Hans': '补充来源：其他公开报道（并非行动计划原文）',
  'zh-Hant': '補充來源：其他公開報道（並非行動計劃原文）',
  en: 'Supplementary source: other public reports (not the action plan)',
};

function summarisePolicy(
  policy: CompiledPolicy,
  parameters: ResolvedParameters,
  date: IsoDate,
): PolicySummary {
  const { catalogue, catalogueHash, policyHashes, policyFiles } = getCatalogue();
  const definition = policy.definition;
  return {
    id: definition.id,
    name: definition.name,
    summary: definition.summary,
    audience: definition.for,
    category: definition.category,
    clauses: definition.clauses.map((id) => ({ id, text: catalogue.clauseIndex.get(id)!.text })),
    benefit: policy.benefit.compute(policy.layout.read({}), policy.layout.env(date, parameters)),
    oneTime: definition.oneTime,
    exclusivityGroup: definition.exclusivityGroup ?? null,
    exclusiveWith: policy.exclusiveWith,
    discretionary: definition.discretionary,
    effective: definition.effective
      ? {
          from: definition.effective.from ?? null,
          until: definition.effective.until ?? null,
          clause: definition.effective.clause,
        }
      : null,
    version: {
      policyHash: policyHashes.get(definition.id)!,
      catalogueHash,
      file: policyFiles.get(definition.id) ?? '',
    },
  };
}

/** The catalogue with each benefit as it stands on the date (caps from the parameters). */
export async function listPolicies(ctx: ServiceContext, date?: IsoDate): Promise<PolicySummary[]> {
  const { catalogue } = getCatalogue();
  const on = date ?? todayInShenzhen(ctx.now());
  const parameters = await parametersOn(ctx, on);
  return catalogue.policies.map((policy) => summarisePolicy(policy, parameters, on));
}

/**
 * Everything about one policy on a date: names, clauses with their quoted text, the benefit
 * (cap in fen), one-time and exclusivity rules, whether reviewers choose (discretionary), the
 * criteria, the evidence documents, the facts it reads with their questions (enough to
 * generate an application form) and the parameters with their values and sources.
 */
export async function describePolicy(
  ctx: ServiceContext,
  policyId: string,
  date?: IsoDate,
): Promise<PolicyDescription> {
  const { catalogue } = getCatalogue();
  const policy = catalogue.policyIndex.get(policyId);
  if (!policy) throw new AppError('rules.policy_not_found');
  const on = date ?? todayInShenzhen(ctx.now());
  const parameters = await parametersOn(ctx, on);
  const definition = policy.definition;
  const criteria: PolicyDescription['criteria'] = [];
  const trace: CriterionTrace[] = [];
  policy.root.trace(policy.layout.read({}), policy.layout.env(on, parameters), trace, null);
  for (const line of trace) {
    const leaf = policy.root.leaves.find((candidate) => candidate.id === line.id);
    criteria.push({
      id: line.id,
      kind: line.kind,
      parent: line.parent,
      label: policy.labels.get(line.id) ?? { 'zh-Hans': line.id, 'zh-Hant': line.id, en: line.id },
      clause: line.clause,
      seeAlso: line.seeAlso ?? [],
      facts: leaf ? leaf.facts : [],
      origin: line.origin ?? null,
    });
  }
  const factIds = [...policy.reads, ...policy.amountFacts];
  const parameterIds = [...new Set([...policy.root.parameters, ...policy.benefit.parameters])];
  return {
    ...summarisePolicy(policy, parameters, on),
    date: on,
    clauses: policy.citations.map((id) => {
      const clause = catalogue.clauseIndex.get(id)!;
      return {
        id,
        secondary: clause.secondary,
        original: clause.original,
        text: clause.text,
        // A supplementary fact (A.V1, a 2024 measure as reported) is not the plan's text.
        source: clause.secondary ? SUPPLEMENTARY_SOURCE : catalogue.sources[clause.policy],
      };
    }),
    criteria,
    documents: definition.documents.map((document) => ({
      id: document.id,
      label: document.label,
      required: document.required,
      verifies: document.verifies ?? [],
    })),
    facts: factIds.map((id) => {
      const fact = catalogue.factIndex.get(id)!;
      let options = (fact.options ?? []).map((option) => ({
        value: option.value,
        label: option.label,
      }));
      if (fact.type === 'policy-list')
        options = options.filter((option) => {
          const other = catalogue.policyIndex.get(option.value);
          return (
            other !== undefined &&
            other.definition.for === (fact.subject === 'company' ? 'company' : 'person')
          );
        });
      return {
        id: fact.id,
        path: fact.id,
        subject: fact.subject,
        type: fact.type,
        question: fact.question,
        help: fact.help ?? null,
        options,
        ...(fact.min !== undefined ? { min: fact.min } : {}),
        ...(fact.max !== undefined ? { max: fact.max } : {}),
        storedInProfile: fact.storedInProfile,
        purpose: policy.reads.includes(id) ? ('eligibility' as const) : ('amount' as const),
      };
    }),
    parameters: parameterIds.map((id) => ({
      ...parameters[id]!,
      label: catalogue.parameterIndex.get(id)!.label,
      unit: catalogue.parameterIndex.get(id)!.unit,
    })),
  };
}

/** The JSON Schema of a situation (`GET /api/v1/facts/schema`). */
export function describeFactsSchema(language: Language) {
  // NOTE: the input side: what a client sends (implied facts are filled in after parsing).
  return z.toJSONSchema(getFactsSchema(language), {
    unrepresentable: 'any',
    io: 'input',
  }) as Record<string, unknown>;
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
      action: 'rule-parameter.value-entered',
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
  const fresh = await loadParameterState(ctx.db);
  return presentParameter(parameterId, fresh, input.effectiveFrom);
}

// ---------------------------------------------------------------------------------------------
// Fact profiles: nothing is asked twice

/**
 * The caller's person record, created on first need (accounts/service.ts) in a transaction of its
 * own: reading or saving a fact profile has no other write the person could wait for.
 */
async function personOf(ctx: ServiceContext, principal: Principal) {
  return (
    (await findPersonByAccount(ctx.db, principal.accountId)) ??
    ctx.db.transaction((tx) => ensurePersonOf(tx, ctx, principal))
  );
}

/** The organisation whose company and importer facts are the caller's: one they founded. */
async function companyOf(
  ctx: ServiceContext,
  personId: string,
  organisationId: string | undefined,
) {
  const founded = (await listOrganisationsOfPerson(ctx.db, personId)).filter(
    (row) => row.role === 'founder',
  );
  if (organisationId) {
    const chosen = founded.find((row) => row.organisation.id === organisationId);
    if (!chosen) throw new AppError('organisation.not_found');
    return chosen.organisation;
  }
  if (founded.length === 0) return null;
  // The earliest registered when there are several (stable, and usually the one they run).
  return [...founded].sort(
    (a, b) => a.organisation.createdAt.getTime() - b.organisation.createdAt.getTime(),
  )[0]!.organisation;
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Merges a partial update into stored facts: nested objects merge, null removes, lists replace. */
function mergeFacts(
  stored: Record<string, unknown>,
  update: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(update)) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else if (typeof value === 'object' && !Array.isArray(value)) {
      const inner = mergeFacts(asObject(merged[key]), value as Record<string, unknown>);
      if (Object.keys(inner).length === 0) delete merged[key];
      else merged[key] = inner;
    } else merged[key] = value;
  }
  return merged;
}

/**
 * The caller's facts: their own (`person`) and their company's (`company`, `importer`), where
 * the company is an organisation they founded (memberships with role founder).
 */
export async function getFactProfile(
  ctx: ServiceContext,
  principal: Principal,
  options: { organisationId?: string | undefined } = {},
): Promise<FactProfile> {
  const person = await personOf(ctx, principal);
  const organisation = await companyOf(ctx, person.id, options.organisationId);
  const personProfile = await repo.findPersonFactProfile(ctx.db, person.id);
  const organisationProfile = organisation
    ? await repo.findOrganisationFactProfile(ctx.db, organisation.id)
    : undefined;
  const facts: Record<string, Record<string, unknown>> = {};
  const own = asObject(personProfile?.facts);
  if (Object.keys(own).length > 0) facts.person = own;
  for (const [subject, value] of Object.entries(asObject(organisationProfile?.facts)))
    if (Object.keys(asObject(value)).length > 0) facts[subject] = asObject(value);
  const updated = [personProfile?.updatedAt, organisationProfile?.updatedAt]
    .filter((value): value is Date => value instanceof Date)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return {
    personId: person.id,
    organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
    facts,
    updatedAt: updated ? updated.toISOString() : null,
  };
}

/**
 * Saves facts the caller gave (a partial situation; null removes a fact) to their profile and
 * their company's, audited in the same transaction. Goods facts describe one shipment and are
 * refused; company or importer facts need an organisation the caller founded.
 */
export async function saveFactProfile(
  ctx: ServiceContext,
  principal: Principal,
  partialFacts: unknown,
  options: { organisationId?: string | undefined } = {},
): Promise<FactProfile> {
  // A profile keeps what the person told; what that implies is worked out at each evaluation.
  const parsed = safeParseIn(ctx.language, getFactsSchema('en', true), partialFacts ?? {});
  if (!parsed.success) throw validationError(ctx.language, parsed.error, '/body/facts');
  const facts = parsed.data as Record<string, unknown>;
  if (facts.goods !== undefined)
    throw new AppError('request.validation_failed', {
      fieldErrors: [
        {
          pointer: '/body/facts/goods',
          code: 'rules.goods_not_stored',
          detail: fieldMessages['rules.goods_not_stored'][ctx.language],
        },
      ],
    });
  const person = await personOf(ctx, principal);
  const organisationFacts = Object.fromEntries(
    Object.entries(facts).filter(([subject, value]) => subject !== 'person' && value !== undefined),
  );
  const organisation =
    Object.keys(organisationFacts).length > 0 || options.organisationId
      ? await companyOf(ctx, person.id, options.organisationId)
      : null;
  if (Object.keys(organisationFacts).length > 0 && !organisation)
    throw new AppError('rules.no_organisation');

  await ctx.db.transaction(async (tx) => {
    if (facts.person !== undefined) {
      const row = await repo.lockPersonFactProfile(tx, person.id);
      const before = asObject(row.facts);
      const after = mergeFacts(before, asObject(facts.person));
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await repo.updatePersonFactProfile(tx, person.id, after, ctx.actor.accountId);
        await recordAudit(tx, ctx, {
          action: 'fact-profile.updated',
          subjectType: 'person',
          subjectId: person.id,
          before: { person: before },
          after: { person: after },
        });
      }
    }
    if (organisation && Object.keys(organisationFacts).length > 0) {
      const row = await repo.lockOrganisationFactProfile(tx, organisation.id);
      const before = asObject(row.facts);
      const after = mergeFacts(before, organisationFacts);
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await repo.updateOrganisationFactProfile(tx, organisation.id, after, ctx.actor.accountId);
        await recordAudit(tx, ctx, {
          action: 'fact-profile.updated',
          subjectType: 'organisation',
          subjectId: organisation.id,
          before,
          after,
        });
      }
    }
  });
  return getFactProfile(ctx, principal, {
    organisationId: organisation?.id ?? options.organisationId,
  });
}
