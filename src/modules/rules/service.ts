// Evaluations: a situation against the catalogue on a date, as objects or as JSON text, and the
// next most useful question. Beside it: parameters-service.ts (dated parameter values),
// policies-service.ts (the catalogue described), snapshots-service.ts (evaluate for an
// application, replay later), fact-profiles-service.ts and facts-validation.ts.
import {
  benefitsReceivedFactOf,
  chooseNextQuestion,
  evaluate,
  summarise,
  type Facts,
  type IsoDate,
} from '../../engine';
import { AppError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import { getCatalogue } from './catalogue';
import { serializeEvaluation } from './evaluation-json';
import { parseFacts } from './facts-validation';
import { parametersOn, todayInShenzhen } from './parameters-service';
import { catalogueNames, presentResult, resultPartsOf } from './present';
import type { EvaluationPart, EvaluationResponse, Question } from './schema';

/**
 * The rules module: evaluations, the next question, the catalogue, dated parameters and fact
 * profiles. The engine (src/engine) decides; this module supplies the date, the parameter
 * values in force, the language, and keeps what must be kept (parameter values, profiles, the
 * audit trail). See README.md beside this file for the contract other modules rely on.
 */

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
