// Snapshots: one policy evaluated for an application with everything needed to replay the
// decision as of that day, and the replay from the snapshot alone.
import {
  compilePolicy,
  evaluatePolicy,
  policySchema,
  type IsoDate,
  type PolicyDefinition,
  type ResolvedParameter,
  type ResolvedParameters,
} from '../../engine';
import { AppError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import { getCatalogue } from './catalogue';
import { parseFacts } from './facts-validation';
import { parametersOn } from './parameters-service';
import { catalogueNames, presentResult } from './present';
import {
  evaluationSnapshotSchema,
  type EvaluationSnapshot,
  type PresentedPolicyResult,
} from './schema';

/** The engine version a snapshot records. */
export const ENGINE_VERSION = 'opc-hub-rules/1';

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
