import type {
  CriterionTrace,
  Evaluation,
  EvaluationSummary,
  Language,
  PolicyResult,
} from '../../engine';
import { getCatalogue } from './catalogue';
import { allResultParts, catalogueNames, reasonMessage, type ResultParts } from './present';

/**
 * The `POST /api/v1/evaluations` response written straight to JSON from the engine's results —
 * the same text `JSON.stringify` gives for the presented object (evaluation-json.test.ts checks
 * it on thousands of situations), without building the presented objects first. What never
 * changes (names, labels, clause lists) is serialised once per policy and language; what is
 * shared per date (caps, parameter records) once per object. An evaluation's response is about
 * 20 KB with its trace, and building and stringifying it dominated the request.
 */

const quoted = new Map<string, string>();
/** JSON text of a string, remembered (ids, clauses and labels repeat on every request). */
function quote(text: string): string {
  let json = quoted.get(text);
  if (json === undefined) {
    json = JSON.stringify(text);
    if (quoted.size < 10_000) quoted.set(text, json);
  }
  return json;
}

const sharedJson = new WeakMap<object, string>();
/** JSON text of an object the engine shares between results (per-date benefits, parameters). */
function stringifyShared(value: object): string {
  let json = sharedJson.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    sharedJson.set(value, json);
  }
  return json;
}

interface PolicyParts {
  include: ResultParts;
  /** `"name":…,` (or nothing without labels), ready to splice. */
  name: string;
  /** `"citations":…,` (or nothing without citations), ready to splice. */
  citations: string;
  exclusivity: string;
  discretionary: string;
  labels: Map<string, string>;
  /**
   * A trace line's JSON up to its result, by criterion id: a criterion's kind, parent, label,
   * clause and see-also never change, so each line is one cached piece and its values.
   */
  linePrefixes: Map<string, string>;
}

const partsCache = new Map<string, PolicyParts>();

/** Bit flags of the result parts, so each combination caches its own pieces. */
function partsKey(include: ResultParts): number {
  return (include.trace ? 1 : 0) | (include.labels ? 2 : 0) | (include.citations ? 4 : 0);
}

function partsOf(policyId: string, language: Language, include: ResultParts): PolicyParts {
  const key = `${language}\u0000${partsKey(include)}\u0000${policyId}`;
  let parts = partsCache.get(key);
  if (!parts) {
    const policy = getCatalogue().catalogue.policyIndex.get(policyId)!;
    const labels = new Map<string, string>();
    for (const [id, label] of policy.labels) labels.set(id, JSON.stringify(label[language]));
    parts = {
      include,
      name: include.labels ? `"name":${JSON.stringify(policy.definition.name[language])},` : '',
      citations: include.citations ? `"citations":${JSON.stringify(policy.citations)},` : '',
      exclusivity: JSON.stringify(policy.exclusivity),
      discretionary: policy.definition.discretionary ? 'true' : 'false',
      labels,
      linePrefixes: new Map(),
    };
    partsCache.set(key, parts);
  }
  return parts;
}

function linePrefix(line: CriterionTrace, parts: PolicyParts): string {
  let json = `{"id":${quote(line.id)},"kind":"${line.kind}","parent":${
    line.parent === null ? 'null' : quote(line.parent)
  }`;
  if (parts.include.labels) json += `,"label":${parts.labels.get(line.id) ?? quote(line.id)}`;
  if (parts.include.citations) {
    json += `,"clause":${quote(line.clause)}`;
    if (line.seeAlso !== undefined) json += `,"seeAlso":${JSON.stringify(line.seeAlso)}`;
  }
  return `${json},"result":"`;
}

function criterionJson(line: CriterionTrace, parts: PolicyParts): string {
  let prefix = parts.linePrefixes.get(line.id);
  if (prefix === undefined) parts.linePrefixes.set(line.id, (prefix = linePrefix(line, parts)));
  let json = `${prefix}${line.result}","facts":${JSON.stringify(line.facts)}`;
  if (line.parameters !== undefined) json += `,"parameters":${stringifyShared(line.parameters)}`;
  if (line.origin !== undefined) json += `,"origin":"${line.origin}"`;
  return `${json}}`;
}

function resultJson(
  result: PolicyResult,
  language: Language,
  names: ReturnType<typeof catalogueNames>,
  include: ResultParts,
): string {
  const parts = partsOf(result.policyId, language, include);
  let criteria = '';
  if (include.trace) {
    for (let index = 0; index < result.criteria.length; index += 1)
      criteria += (index === 0 ? '' : ',') + criterionJson(result.criteria[index]!, parts);
    criteria = `"criteria":[${criteria}],`;
  }
  const reasons =
    result.reasons.length === 0
      ? '[]'
      : JSON.stringify(
          result.reasons.map((reason) => ({
            code: reason.code,
            policies: reason.policies,
            parameters: reason.parameters,
            ...(include.labels ? { message: reasonMessage(reason, language, names) } : {}),
          })),
        );
  return `{"policyId":${quote(result.policyId)},${parts.name}"status":"${result.status}","missingFacts":${
    result.missingFacts.length === 0 ? '[]' : JSON.stringify(result.missingFacts)
  },"benefit":${stringifyShared(result.benefit)},${criteria}${
    parts.citations
  }"reasons":${reasons},"exclusivity":${parts.exclusivity},"discretionary":${parts.discretionary}}`;
}

/** The evaluation response as JSON text, in the language. */
export function serializeEvaluation(
  evaluation: Evaluation,
  meta: {
    language: Language;
    catalogueVersion: string;
    summary: EvaluationSummary;
    parts?: ResultParts | undefined;
  },
): string {
  const names = catalogueNames();
  const include = meta.parts ?? allResultParts;
  let results = '';
  for (let index = 0; index < evaluation.results.length; index += 1)
    results +=
      (index === 0 ? '' : ',') +
      resultJson(evaluation.results[index]!, meta.language, names, include);
  return `{"date":${JSON.stringify(evaluation.date)},"language":"${meta.language}","catalogueVersion":${JSON.stringify(
    meta.catalogueVersion,
  )},"results":[${results}],"summary":${JSON.stringify(meta.summary)}}`;
}
