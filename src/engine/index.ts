/**
 * OPC Hub's rules engine: the catalogue (policies/) loaded through a strict schema and compiled
 * to closures; three-valued evaluation with missing facts and per-criterion traces; dated
 * parameters; the next most useful question. Pure: no IO, no clock, nothing of ours imported.
 */
export * from './types';
export { addDays, addMonths, addYears, isIsoDate } from './dates';
export { CatalogueError, loadCatalogue, type Catalogue, type CatalogueProblem } from './catalogue';
export { benefitsReceivedFactOf, compilePolicy, type CompiledPolicy } from './compile-policy';
export {
  policyCasesFileSchema,
  policySchema,
  parameterSourceSchema,
  textSchema,
} from './catalogue-schema';
export { applyRate } from './benefits';
export {
  evaluate,
  evaluatePolicy,
  evaluateStatus,
  chosenTierSource,
  isPlaceholderSource,
  isProvisionalAmount,
  resolveExclusivity,
  selectPolicies,
  summarise,
  type EvaluateInput,
} from './evaluate';
export {
  chooseNextQuestion,
  stakeOf,
  type NextQuestionInput,
  type QuestionChoice,
} from './next-question';
export {
  checkParameterValue,
  entryInForce,
  parameterTimeline,
  resolveParameter,
  resolveParameters,
} from './parameters';
export { probeValues, withFact } from './probes';
export { buildFactsSchema } from './facts-schema';
export { applyImpliedFacts, findFactContradictions, type FactContradiction } from './implied-facts';
