/** How applications, policies, evidence and timeline events are shown: one shape for every reader. */
import { nameForMediaType } from '../../shared/file-name';
import type { ServiceContext } from '../../shared/service-context';
import type { PolicyDetail, PolicySummary } from './policy-types';
import type * as repo from './repo';
import type { ApplicationRow } from './repo';

export function presentApplication(row: ApplicationRow) {
  return {
    id: row.id,
    reference: row.reference,
    policyId: row.policyId,
    status: row.status,
    organisationId: row.organisationId,
    claimSubject: row.claimSubject,
    facts: row.facts,
    requestedAmountFen: row.requestedAmountFen,
    payee: row.payee ?? null,
    capFen: row.capFen,
    paidByPlatform: row.paidByPlatform,
    pendingRequest: row.pendingRequest ?? null,
    approvedAmountFen: row.approvedAmountFen,
    decisionReasons: row.decisionReasons,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    appealDeadline: row.appealDeadline?.toISOString() ?? null,
    appealCount: row.appealCount,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    dueOn: row.dueOn,
    paidAt: row.paidAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type ApplicationView = ReturnType<typeof presentApplication>;

export function presentPolicy(policy: PolicySummary) {
  return {
    id: policy.id,
    name: policy.name,
    audience: policy.audience,
    benefitKind: policy.benefitKind,
    capFen: policy.capFen,
    paidByPlatform: policy.paidByPlatform,
    oneTime: policy.oneTime,
    exclusivityGroup: policy.exclusivityGroup,
    discretionary: policy.discretionary,
    clauses: policy.clauses,
  };
}

export function presentDocument(row: repo.ApplicationDocumentRow) {
  return {
    id: row.id,
    documentId: row.documentId,
    // Named by the sniffed type also for rows stored before names followed types.
    fileName: nameForMediaType(row.fileName, row.contentType, 'evidence'),
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

/** Event details that name officers or internal records: for staff and the audit trail only. */
export const STAFF_ONLY_DETAILS = ['recommendedBy', 'budgetLineId'];

export function presentEvent(
  row: Awaited<ReturnType<typeof repo.listEvents>>[number],
  audience: 'applicant' | 'staff',
) {
  const details =
    audience === 'staff' || !row.event.details
      ? row.event.details
      : Object.fromEntries(
          Object.entries(row.event.details).filter(([key]) => !STAFF_ONLY_DETAILS.includes(key)),
        );
  return {
    id: row.event.id,
    occurredAt: row.event.occurredAt.toISOString(),
    action: row.event.action,
    fromStatus: row.event.fromStatus,
    toStatus: row.event.toStatus,
    actorKind: row.event.actorKind,
    // Officers act for the administration, not in their own name; the system has no name.
    actorName: row.event.actorKind === 'applicant' ? row.actorName : null,
    details,
  };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The stored trace in the reader's language: labels come from the policy's criteria (the stored
 * result keeps the language it was evaluated in); results and facts are as stored.
 */
export function relabelCriteria(criteria: unknown, policy: PolicyDetail, ctx: ServiceContext) {
  if (!Array.isArray(criteria)) return [];
  return criteria.map((criterion: unknown) => {
    if (!isPlainObject(criterion)) return criterion;
    const label = policy.criterionLabels[String(criterion.id)];
    return label ? { ...criterion, label: label[ctx.language] } : criterion;
  });
}
