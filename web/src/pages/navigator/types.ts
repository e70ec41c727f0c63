/**
 * Shapes of the rules API (src/modules/rules/schema.ts), from the generated OpenAPI types, and
 * the navigator's own.
 */
import type { ApiSchema } from '../../api/openapi-client';
import type { paths } from '../../api/schema';

// NOTE: re-exported for the navigator's older imports; the one definition is in api/openapi-client.
export type Status = PolicyResult['status'];
export type CriterionResult = Criterion['result'];

/**
 * A situation: nested objects keyed like the fact ids (`person.hasCompany`). NOTE: looser than
 * the API's `FactsInput`, because the navigator builds it from the fact schema at run time (the
 * server validates it); {@link toFactsInput} is the one place it crosses over.
 */
export type Facts = Record<string, Record<string, unknown>>;

/** The facts as an evaluation's request body (see {@link Facts}). */
export function toFactsInput(facts: Facts): ApiSchema<'FactsInput'> {
  return facts as ApiSchema<'FactsInput'>;
}

type ProfileFacts =
  paths['/facts/profile']['patch']['requestBody']['content']['application/json']['facts'];

/** The facts as a profile change's request body (see {@link Facts}). */
export function toProfileFacts(facts: Facts): ProfileFacts {
  return facts as ProfileFacts;
}

/**
 * Fact ids the person skipped. NOTE: they come from the server's questions, whose `factId` the
 * document types as any string (issue #18), and from this device's storage.
 */
export function toFactIds(ids: string[]): ApiSchema<'FactIdInput'>[] {
  return ids as ApiSchema<'FactIdInput'>[];
}

/** Policy ids from the catalogue, whose `id` the document types as any string (issue #18). */
export function toPolicyIds(ids: string[]): ApiSchema<'PolicyIdInput'>[] {
  return ids as ApiSchema<'PolicyIdInput'>[];
}
export type Summary = ApiSchema<'EvaluationSummary'>;
export type Criterion = ApiSchema<'EvaluationCriterion'>;
export type Benefit = ApiSchema<'BenefitResult'>;
export type Reason = ApiSchema<'EvaluationReason'>;
export type PolicyResult = ApiSchema<'PolicyResult'>;
export type Evaluation = ApiSchema<'Evaluation'>;
export type Question = ApiSchema<'Question'>;
export type FactType = Question['type'];
export type NextQuestion = ApiSchema<'NextQuestion'>;
export type Clause = ApiSchema<'Clause'>;
export type PolicyDescription = ApiSchema<'PolicyDescription'>;
export type FactProfile = ApiSchema<'FactProfile'>;
