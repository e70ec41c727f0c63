// Length (about 1,750 lines): the whole application workflow, from draft to payment. Issue #12
// splits it into applying and review, each with the standard file set of STYLE.md.
import type { Db, Executor } from '../../db/client';
import type { ApplicationStatus, ClaimSubject, PayeeDetails } from '../../db/schema/applications';
import { chosenTierSource, isPlaceholderSource } from '../../engine';
import { AppError, type LocalisedText } from '../../errors/app-error';
import { nameForMediaType, nameForType } from '../../shared/file-name';
import type { ServiceContext } from '../../shared/service-context';
import { findAccountById, findPersonByAccount, insertPerson, listRolesOf } from '../accounts/repo';
import type { Principal } from '../accounts/service';
import {
  allowanceGivesWayTo,
  cancelScheduleOnRevocation,
  createAllowanceSchedule,
  stopAllowanceReplacedBy,
} from '../allowances/service';
import { recordAudit } from '../audit/service';
import { budgetYearOf, releaseReservation, reserveBudget } from '../budgets/service';
import { formatMoney } from '../budgets/money';
import { queueNotification } from '../notifications/service';
import { findMembership } from '../organisations/repo';
import {
  MAX_EVIDENCE_BYTES,
  newStorageKey,
  sha256Of,
  sniffEvidenceType,
  type EvidenceStorage,
} from './evidence-storage';
import { applicantMessage, assignmentMessage, awaitingApprovalMessage } from './messages';
import type { EvaluationOutcome, PolicyDetail, PolicySummary } from './policy-types';
import * as repo from './repo';
import type { ApplicationRow } from './repo';
import { rubricFor, weightedPercentage } from './rubrics';
import { rulesGateway } from './rules-gateway';
import {
  defaultWorkflowSettings,
  WORKFLOW_SETTINGS_KEY,
  workflowSettingsSchema,
  type WorkflowSettings,
} from './settings';
import {
  actionsFrom,
  editableStatuses,
  liveStatuses,
  planTransition,
  type TransitionAction,
} from './state-machine';
import {
  addWorkingDays,
  chinaDateOf,
  workingDaysBetween,
  type WorkingCalendar,
} from './working-days';

type Facts = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

export async function readWorkflowSettings(db: Executor): Promise<WorkflowSettings> {
  const row = await repo.readSetting(db, WORKFLOW_SETTINGS_KEY);
  if (!row) return defaultWorkflowSettings;
  const parsed = workflowSettingsSchema.safeParse(row.value);
  return parsed.success ? parsed.data : defaultWorkflowSettings;
}

export async function updateWorkflowSettings(ctx: ServiceContext, input: WorkflowSettings) {
  return ctx.db.transaction(async (tx) => {
    const before = await readWorkflowSettings(tx);
    const value = {
      ...input,
      holidays: [...new Set(input.holidays)].sort(),
      makeUpWorkingDays: [...new Set(input.makeUpWorkingDays)].sort(),
    };
    await repo.writeSetting(tx, WORKFLOW_SETTINGS_KEY, value, ctx.actor.accountId);
    await recordAudit(tx, ctx, {
      action: 'workflow_settings.updated',
      subjectType: 'workflow_settings',
      subjectId: WORKFLOW_SETTINGS_KEY,
      before,
      after: value,
    });
    return value;
  });
}

function calendarOf(settings: WorkflowSettings): WorkingCalendar {
  return {
    holidays: new Set(settings.holidays),
    makeUpWorkingDays: new Set(settings.makeUpWorkingDays),
  };
}

// ---------------------------------------------------------------------------------------------
// Presentation
// ---------------------------------------------------------------------------------------------

function presentApplication(row: ApplicationRow) {
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

function presentPolicy(policy: PolicySummary) {
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

function presentDocument(row: repo.ApplicationDocumentRow) {
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
const STAFF_ONLY_DETAILS = ['recommendedBy', 'budgetLineId'];

function presentEvent(
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

// ---------------------------------------------------------------------------------------------
// Loading with object-level rules
// ---------------------------------------------------------------------------------------------

async function personOf(ctx: ServiceContext, principal: Principal) {
  const person = await findPersonByAccount(ctx.db, principal.accountId);
  if (person) return person;
  return insertPerson(ctx.db, {
    accountId: principal.accountId,
    fullName: principal.displayName,
    contactEmail: principal.email,
  });
}

/** The caller's own application; anyone else's is "not found" so ids reveal nothing. */
async function loadOwn(ctx: ServiceContext, principal: Principal, id: string) {
  const row = await repo.findApplication(ctx.db, id);
  if (!row || row.applicantAccountId !== principal.accountId)
    throw new AppError('application.not_found');
  return row;
}

async function loadAny(db: Executor, id: string) {
  const row = await repo.findApplication(db, id);
  if (!row) throw new AppError('application.not_found');
  return row;
}

async function requirePolicy(ctx: ServiceContext, policyId: string, date?: string) {
  const policy = await rulesGateway.describePolicy(ctx, policyId, date);
  if (!policy) throw new AppError('application.policy_unknown');
  return policy;
}

/**
 * The context for reads made inside an open transaction. NOTE: on PGlite, which runs one
 * transaction at a time, a read through `ctx.db` while a transaction is open would wait for that
 * transaction forever; inside a transaction every read goes through it.
 */
function within(ctx: ServiceContext, tx: Executor): ServiceContext {
  return { ...ctx, db: tx as Db };
}

async function policyNameOf(_ctx: ServiceContext, policyId: string): Promise<LocalisedText> {
  const policy = rulesGateway.staticPolicy(policyId);
  return policy?.name ?? { 'zh-Hans': policyId, 'zh-Hant': policyId, en: policyId };
}

// ---------------------------------------------------------------------------------------------
// The one way an application changes status
// ---------------------------------------------------------------------------------------------

export interface TransitionOptions {
  /** Columns to change along with the status. */
  changes?: Parameters<typeof repo.updateApplicationFrom>[3];
  /** Shown on the timeline and in the audit row. */
  details?: Record<string, unknown>;
  actorKind: 'applicant' | 'officer' | 'system';
  /** Facts for the applicant's message (amount, reasons, due date…). */
  message?: {
    amountFen?: number | null;
    reasons?: string | null;
    dueOn?: string | null;
    appealDeadline?: string | null;
  };
  policyName?: LocalisedText;
  /** Skip the applicant's notification (e.g. the intermediate `screen` step). */
  quiet?: boolean;
}

/**
 * Moves an application along the transition table inside the caller's transaction: refuses an
 * illegal move (409), writes the change guarded by the status it was read in, the timeline event,
 * the audit row and the applicant's notification — all or nothing.
 */
export async function transitionApplication(
  tx: Executor,
  ctx: ServiceContext,
  application: ApplicationRow,
  action: TransitionAction,
  options: TransitionOptions,
): Promise<ApplicationRow> {
  const plan = planTransition(application.status, action);
  if (!plan.ok) throw invalidTransition(application.status, action);
  const to = plan.transition.to;
  const now = ctx.now();
  const updated = await repo.updateApplicationFrom(tx, application.id, application.status, {
    ...options.changes,
    status: to,
    ...(to === 'closed' ? { closedAt: now } : {}),
  });
  // Someone else moved it between our read and our write.
  if (!updated) throw invalidTransition(application.status, action);
  const details = options.details ?? {};
  await repo.insertEvent(tx, {
    applicationId: application.id,
    occurredAt: now,
    action,
    fromStatus: application.status,
    toStatus: to,
    actorAccountId: ctx.actor.accountId,
    actorKind: options.actorKind,
    details,
    visibleToApplicant: true,
  });
  await recordAudit(tx, ctx, {
    action: `application.${action}`,
    subjectType: 'application',
    subjectId: application.id,
    before: { status: application.status },
    after: { status: to, ...details },
  });
  if (!options.quiet) {
    const applicant = await findAccountById(tx, application.applicantAccountId);
    if (applicant) {
      const message = applicantMessage(action, {
        reference: application.reference,
        policyName:
          options.policyName ?? (await policyNameOf(within(ctx, tx), application.policyId)),
        ...options.message,
      });
      await queueNotification(tx, ctx, {
        recipientAccountId: applicant.id,
        recipientEmail: applicant.email,
        recipientLanguage: applicant.preferredLanguage,
        kind: `application.${action}`,
        subjectType: 'application',
        subjectId: application.id,
        title: message.title,
        body: message.body,
        link: `/applications/${application.id}`,
      });
    }
  }
  return updated;
}

function invalidTransition(from: ApplicationStatus, action: TransitionAction) {
  return new AppError('application.invalid_transition', {
    detail: {
      'zh-Hans': `申请当前状态为「${from}」，不能执行「${action}」。`,
      'zh-Hant': `申請目前狀態為「${from}」，不能執行「${action}」。`,
      en: `The application is "${from}"; "${action}" is not possible from there.`,
    },
    extensions: { from, action, allowed: actionsFrom(from) },
  });
}

/** Writes a timeline event that is not a change of status (assignment, recommendation…). */
async function recordNote(
  tx: Executor,
  ctx: ServiceContext,
  application: ApplicationRow,
  action: string,
  details: Record<string, unknown>,
  visibleToApplicant: boolean,
) {
  await repo.insertEvent(tx, {
    applicationId: application.id,
    occurredAt: ctx.now(),
    action,
    fromStatus: application.status,
    toStatus: application.status,
    actorAccountId: ctx.actor.accountId,
    actorKind: 'officer',
    details,
    visibleToApplicant,
  });
  await recordAudit(tx, ctx, {
    action: `application.${action}`,
    subjectType: 'application',
    subjectId: application.id,
    after: details,
  });
}

// ---------------------------------------------------------------------------------------------
// Applying
// ---------------------------------------------------------------------------------------------

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Later sources win; objects merge key by key; null and undefined never erase an answer. */
export function mergeFacts(...sources: (Facts | undefined | null)[]): Facts {
  const result: Facts = {};
  for (const source of sources) {
    if (!source) continue;
    for (const [key, value] of Object.entries(source)) {
      if (value === undefined || value === null) continue;
      const existing = result[key];
      result[key] =
        isPlainObject(existing) && isPlainObject(value) ? mergeFacts(existing, value) : value;
    }
  }
  return result;
}

function claimSubjectFor(policy: PolicySummary): ClaimSubject {
  return policy.audience === 'person' ? 'person' : 'organisation';
}

/** Keys under which one-time and either-or benefits are claimed (see benefit_claims). */
export function claimKeysFor(policy: Pick<PolicySummary, 'id' | 'oneTime' | 'exclusivityGroup'>) {
  const keys: string[] = [];
  if (policy.oneTime) keys.push(`once:${policy.id}`);
  if (policy.exclusivityGroup) keys.push(`group:${policy.exclusivityGroup}`);
  return keys;
}

/**
 * Refuses an application that could never be approved because the subject already holds, or is
 * already applying for, the same one-time benefit or another benefit of the same either-or group.
 */
async function refuseConflictingClaims(
  ctx: ServiceContext,
  policy: PolicySummary,
  subject: { subjectType: ClaimSubject; personId: string; organisationId: string | null },
  exceptApplicationId: string | null,
) {
  const keys = claimKeysFor(policy);
  if (keys.length === 0) return;
  const subjectId =
    subject.subjectType === 'organisation' ? subject.organisationId! : subject.personId;
  for (const key of keys) {
    const claim = await repo.findClaim(ctx.db, subject.subjectType, subjectId, key);
    if (
      claim &&
      claim.applicationId !== exceptApplicationId &&
      // A.P8: a monthly allowance still being paid gives way to the other benefit of its group.
      !(await allowanceGivesWayTo(ctx.db, claim.applicationId, claim.policyId, policy.id))
    ) {
      throw alreadyClaimed(claim.policyId, claim.applicationId);
    }
  }
  // Same one-time policy, or any policy of the same group, with a decision pending or made.
  const relatedPolicies = policy.exclusivityGroup
    ? rulesGateway
        .staticPolicies()
        .filter((other) => other.exclusivityGroup === policy.exclusivityGroup)
        .map((other) => other.id)
    : [policy.id];
  if (!relatedPolicies.includes(policy.id)) relatedPolicies.push(policy.id);
  const others = await repo.findApplicationsOfSubject(
    ctx.db,
    subject,
    relatedPolicies,
    liveStatuses,
  );
  for (const other of others) {
    if (other.id === exceptApplicationId) continue;
    if (await allowanceGivesWayTo(ctx.db, other.id, other.policyId, policy.id)) continue;
    throw alreadyClaimed(other.policyId, other.id);
  }
}

function alreadyClaimed(policyId: string, applicationId: string) {
  return new AppError('application.already_claimed', {
    detail: {
      'zh-Hans': `该福利只能享受一次，或与「${policyId}」只能二选一，而您已有相关申请或已获批准。`,
      'zh-Hant': `該福利只能享受一次，或與「${policyId}」只能二選一，而您已有相關申請或已獲批准。`,
      en: `This benefit can be had only once, or only instead of "${policyId}", and you already have an application or approval for it.`,
    },
    extensions: { conflictingPolicyId: policyId, conflictingApplicationId: applicationId },
  });
}

/**
 * Starts (or returns the open) application for a policy, its answers pre-filled from the fact
 * profile and earlier applications, so nothing is asked twice.
 */
export async function startApplication(
  ctx: ServiceContext,
  principal: Principal,
  input: { policyId: string; organisationId?: string | null | undefined },
) {
  const policy = await requirePolicy(ctx, input.policyId);
  const person = await personOf(ctx, principal);
  const claimSubject = claimSubjectFor(policy);
  let organisationId: string | null = null;
  if (claimSubject === 'organisation') {
    if (!input.organisationId) {
      throw new AppError('application.organisation_required', {
        fieldErrors: [
          {
            pointer: '/body/organisationId',
            code: 'application.organisation_required',
            detail: {
              'zh-Hans': '该政策由企业申请，请选择您的企业',
              'zh-Hant': '該政策由企業申請，請選擇您的企業',
              en: 'This benefit is for a company: choose your company',
            }[ctx.language],
          },
        ],
      });
    }
    const membership = await findMembership(ctx.db, input.organisationId, person.id);
    if (!membership) throw new AppError('organisation.not_found');
    organisationId = input.organisationId;
  }
  const subject = { subjectType: claimSubject, personId: person.id, organisationId };
  // An open draft for the same policy and subject is the one to continue.
  const open = await repo.findApplicationsOfSubject(ctx.db, subject, [policy.id], editableStatuses);
  const mine = open.find((row) => row.applicantAccountId === principal.accountId);
  if (mine) return { application: presentApplication(mine), resumed: true };
  await refuseConflictingClaims(ctx, policy, subject, null);

  const earlier = (await repo.listApplicationsOfAccount(ctx.db, principal.accountId))
    .slice()
    .reverse()
    .map((row) => row.facts);
  const profile = await rulesGateway.getFactProfile(ctx, principal, organisationId);
  const facts = mergeFacts(...earlier, profile);
  const lastPayee = (await repo.listApplicationsOfAccount(ctx.db, principal.accountId)).find(
    (row) => row.payee,
  )?.payee;

  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertApplication(tx, {
      policyId: policy.id,
      applicantAccountId: principal.accountId,
      applicantPersonId: person.id,
      organisationId,
      claimSubject,
      status: 'draft',
      facts,
      payee: policy.paidByPlatform ? (lastPayee ?? null) : null,
      capFen: policy.capFen,
      paidByPlatform: policy.paidByPlatform,
    });
    await repo.insertEvent(tx, {
      applicationId: created.id,
      occurredAt: ctx.now(),
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
      actorAccountId: principal.accountId,
      actorKind: 'applicant',
      details: { policyId: policy.id },
    });
    await recordAudit(tx, ctx, {
      action: 'application.created',
      subjectType: 'application',
      subjectId: created.id,
      after: { policyId: policy.id, organisationId, claimSubject },
    });
    return created;
  });
  return { application: presentApplication(row), resumed: false };
}

export async function listMyApplications(ctx: ServiceContext, principal: Principal) {
  const rows = await repo.listApplicationsOfAccount(ctx.db, principal.accountId);
  const names = new Map<string, LocalisedText>();
  for (const row of rows)
    if (!names.has(row.policyId)) names.set(row.policyId, await policyNameOf(ctx, row.policyId));
  return rows.map((row) => ({
    ...presentApplication(row),
    policyName: names.get(row.policyId)!,
    availableActions: applicantActionsFor(row, ctx.now()),
  }));
}

/** What the applicant may do now (drives the buttons on "My applications"). */
function applicantActionsFor(row: ApplicationRow, now: Date) {
  const actions: ('edit' | 'submit' | 'withdraw' | 'delete' | 'appeal')[] = [];
  if (editableStatuses.includes(row.status)) actions.push('edit', 'submit');
  // A draft was never sent: it is deleted, not withdrawn.
  if (row.status === 'draft') actions.push('delete');
  else if (actionsFrom(row.status).includes('withdraw')) actions.push('withdraw');
  if (
    row.status === 'rejected' &&
    row.appealCount === 0 &&
    row.appealDeadline &&
    row.appealDeadline > now
  )
    actions.push('appeal');
  return actions;
}

/** The applicant's view: application, form (facts to ask, evidence list), files and timeline. */
export async function describeMyApplication(ctx: ServiceContext, principal: Principal, id: string) {
  const row = await loadOwn(ctx, principal, id);
  const policy = await requirePolicy(ctx, row.policyId);
  const [documents, events] = await Promise.all([
    repo.listDocuments(ctx.db, id),
    repo.listEvents(ctx.db, id),
  ]);
  return {
    application: presentApplication(row),
    policy: { ...presentPolicy(policy), evidence: policy.evidence, facts: policy.facts },
    documents: documents.map(presentDocument),
    timeline: events
      .filter((event) => event.event.visibleToApplicant)
      .map((event) => presentEvent(event, 'applicant')),
    availableActions: applicantActionsFor(row, ctx.now()),
    evaluation: row.evaluation
      ? {
          status: row.evaluation.status ?? null,
          missingFacts: row.evaluation.missingFacts ?? [],
          criteria: relabelCriteria(row.evaluation.criteria, policy, ctx),
        }
      : null,
  };
}

/**
 * The stored trace in the reader's language: labels come from the policy's criteria (the stored
 * result keeps the language it was evaluated in); results and facts are as stored.
 */
function relabelCriteria(criteria: unknown, policy: PolicyDetail, ctx: ServiceContext) {
  if (!Array.isArray(criteria)) return [];
  return criteria.map((criterion: unknown) => {
    if (!isPlainObject(criterion)) return criterion;
    const label = policy.criterionLabels[String(criterion.id)];
    return label ? { ...criterion, label: label[ctx.language] } : criterion;
  });
}

export interface DraftChanges {
  version: number;
  facts?: Facts | undefined;
  requestedAmountFen?: number | null | undefined;
  payee?: PayeeDetails | null | undefined;
}

/** Saves answers as the applicant types. Refused once submitted, or if the draft moved on. */
export async function saveDraft(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  changes: DraftChanges,
) {
  const row = await loadOwn(ctx, principal, id);
  if (!editableStatuses.includes(row.status)) throw new AppError('application.not_editable');
  if (changes.version !== row.version)
    throw new AppError('application.version_conflict', {
      extensions: { currentVersion: row.version },
    });
  if (
    changes.requestedAmountFen != null &&
    row.capFen != null &&
    changes.requestedAmountFen > row.capFen
  ) {
    throw new AppError('application.amount_exceeds_cap', {
      detail: capDetail(changes.requestedAmountFen, row.capFen),
      extensions: { capFen: row.capFen },
    });
  }
  if (changes.facts !== undefined) rulesGateway.validateFacts(ctx, changes.facts, '/body/facts');
  const updated = await ctx.db.transaction(async (tx) => {
    // The version is checked by the update itself: of two saves made from the same version, the
    // second finds no row and is told, instead of silently overwriting the first.
    const saved = await repo.updateApplicationFrom(
      tx,
      id,
      row.status,
      {
        ...(changes.facts !== undefined ? { facts: changes.facts } : {}),
        ...(changes.requestedAmountFen !== undefined
          ? { requestedAmountFen: changes.requestedAmountFen }
          : {}),
        ...(changes.payee !== undefined ? { payee: changes.payee } : {}),
      },
      changes.version,
    );
    if (!saved) {
      const current = await repo.lockApplication(tx, id);
      if (current && editableStatuses.includes(current.status))
        throw new AppError('application.version_conflict', {
          extensions: { currentVersion: current.version },
        });
      throw new AppError('application.not_editable');
    }
    // What changed, before and after; `row` is the state the version check just confirmed.
    await recordAudit(tx, ctx, {
      action: 'application.draft_saved',
      subjectType: 'application',
      subjectId: id,
      before: { version: row.version, ...draftFieldsOf(row, changes) },
      after: { version: saved.version, ...draftFieldsOf(saved, changes) },
    });
    return saved;
  });
  return presentApplication(updated);
}

/** The fields a draft save changed, as the audit trail keeps them (the account number masked). */
function draftFieldsOf(row: ApplicationRow, changes: DraftChanges) {
  return {
    ...(changes.facts !== undefined ? { facts: row.facts } : {}),
    ...(changes.requestedAmountFen !== undefined
      ? { requestedAmountFen: row.requestedAmountFen }
      : {}),
    ...(changes.payee !== undefined ? { payee: maskedPayee(row.payee ?? null) } : {}),
  };
}

/**
 * Payee details for the audit trail: the whole bank account number stays in the application
 * (and the payment file) for those who pay; the trail, which every administrator pages, keeps
 * its last four digits — enough to see that it changed and to which account.
 */
function maskedPayee(payee: PayeeDetails | null) {
  if (!payee) return null;
  return { ...payee, accountNumber: `••••${payee.accountNumber.slice(-4)}` };
}

function capDetail(amountFen: number, capFen: number): LocalisedText {
  return {
    'zh-Hans': `金额 ${formatMoney(amountFen)} 超过该政策上限 ${formatMoney(capFen)}。`,
    'zh-Hant': `金額 ${formatMoney(amountFen)} 超過該政策上限 ${formatMoney(capFen)}。`,
    en: `${formatMoney(amountFen)} is more than this benefit's cap of ${formatMoney(capFen)}.`,
  };
}

/** Stores one evidence file: type sniffed from the bytes, size-limited, hashed. */
export async function uploadEvidence(
  ctx: ServiceContext,
  principal: Principal,
  storage: EvidenceStorage,
  id: string,
  input: { documentId: string; fileName: string; bytes: Buffer },
) {
  const row = await loadOwn(ctx, principal, id);
  if (!editableStatuses.includes(row.status)) throw new AppError('application.not_editable');
  if (input.bytes.length > MAX_EVIDENCE_BYTES) throw new AppError('evidence.too_large');
  if (input.bytes.length === 0) throw new AppError('evidence.type_not_allowed');
  const type = sniffEvidenceType(input.bytes);
  if (!type) throw new AppError('evidence.type_not_allowed');
  const policy = await requirePolicy(ctx, row.policyId);
  if (input.documentId !== 'other' && !policy.evidence.some((doc) => doc.id === input.documentId))
    throw new AppError('evidence.unknown_document', {
      extensions: { documentId: input.documentId },
    });
  // Staged first, moved into place once the row has committed (see EvidenceStorage).
  const key = newStorageKey(ctx.now());
  await storage.stage(key, input.bytes, type.contentType);
  let document: repo.ApplicationDocumentRow;
  try {
    document = await ctx.db.transaction(async (tx) => {
      await lockEditable(tx, id);
      const inserted = await repo.insertDocument(tx, {
        applicationId: id,
        documentId: input.documentId,
        fileName: nameForType(sanitiseFileName(input.fileName), type.extension, 'evidence'),
        contentType: type.contentType,
        sizeBytes: input.bytes.length,
        sha256: sha256Of(input.bytes),
        storageKey: key,
        uploadedBy: principal.accountId,
        uploadedAt: ctx.now(),
      });
      await recordAudit(tx, ctx, {
        action: 'application.evidence_uploaded',
        subjectType: 'application',
        subjectId: id,
        after: {
          documentFileId: inserted.id,
          documentId: input.documentId,
          sha256: inserted.sha256,
        },
      });
      return inserted;
    });
  } catch (error) {
    await storage.discard(key).catch(() => undefined);
    throw error;
  }
  await storage.commit(key);
  return presentDocument(document);
}

function sanitiseFileName(name: string): string {
  return [...name.replace(/[\\/]/g, '_')]
    .filter((character) => character.charCodeAt(0) >= 0x20 && character.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 150);
}

/**
 * The start-up sweep of staged evidence (see EvidenceStorage): a staged file whose row committed
 * (the process died before moving it) is moved into place; one with no row, staged more than a
 * day ago, was never evidence and is removed. Younger ones may be uploads still under way.
 */
export async function sweepStagedEvidence(db: Executor, storage: EvidenceStorage, now: Date) {
  const staged = await storage.listStaged();
  const withRow = await repo.findStoredKeys(
    db,
    staged.map((file) => file.key),
  );
  const cutoff = now.getTime() - 24 * 60 * 60 * 1000;
  let promoted = 0;
  let removed = 0;
  for (const file of staged) {
    if (withRow.has(file.key)) {
      await storage.commit(file.key);
      promoted += 1;
    } else if (file.stagedAt.getTime() < cutoff) {
      await storage.discard(file.key);
      removed += 1;
    }
  }
  return { promoted, removed };
}

/**
 * Inside a transaction that changes an application's evidence: the application is locked, still
 * editable, and its version moves on — so a submission that checked the evidence before this
 * change refuses instead of committing without it.
 */
async function lockEditable(tx: Executor, id: string) {
  const locked = await repo.lockApplication(tx, id);
  if (!locked || !editableStatuses.includes(locked.status))
    throw new AppError('application.not_editable');
  await repo.updateApplicationFrom(tx, id, locked.status, {});
}

export async function removeEvidence(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  documentFileId: string,
) {
  const row = await loadOwn(ctx, principal, id);
  if (!editableStatuses.includes(row.status)) throw new AppError('application.not_editable');
  const document = await repo.findDocument(ctx.db, id, documentFileId);
  if (!document || document.removedAt) throw new AppError('evidence.not_found');
  await ctx.db.transaction(async (tx) => {
    await lockEditable(tx, id);
    // NOTE: the file is kept (evidence of what was once sent); it just no longer counts.
    await repo.markDocumentRemoved(tx, documentFileId, ctx.now());
    await recordAudit(tx, ctx, {
      action: 'application.evidence_removed',
      subjectType: 'application',
      subjectId: id,
      before: { documentFileId, documentId: document.documentId, sha256: document.sha256 },
    });
  });
}

/**
 * An evidence file for download: to its applicant, and to staff who work on applications. A
 * reviewer recused from the application may not read its evidence.
 */
export async function readEvidence(
  ctx: ServiceContext,
  principal: Principal,
  storage: EvidenceStorage,
  id: string,
  documentFileId: string,
) {
  const row = await loadAny(ctx.db, id);
  const isApplicant = row.applicantAccountId === principal.accountId;
  const isStaff = principal.roles.some((role) =>
    ['reviewer', 'finance_officer', 'admin'].includes(role),
  );
  if (!isApplicant && !isStaff) throw new AppError('application.not_found');
  if (!isApplicant && principal.roles.includes('reviewer') && !principal.roles.includes('admin')) {
    const conflict = await repo.findConflictOfInterest(ctx.db, principal.accountId, row);
    if (conflict) throw new AppError('review.recused', { extensions: { conflict } });
  }
  const document = await repo.findDocument(ctx.db, id, documentFileId);
  if (!document) throw new AppError('evidence.not_found');
  const bytes = await storage.get(document.storageKey);
  return { document: presentDocument(document), bytes };
}

/**
 * Submits (or resubmits) an application: checks it is complete, moves it to submitted, saves the
 * answers to the fact profile, and screens it with the rules engine. The evaluation snapshot is
 * stored with the application so the decision can be replayed as of this day.
 */
export async function submitApplication(ctx: ServiceContext, principal: Principal, id: string) {
  const row = await loadOwn(ctx, principal, id);
  const plan = planTransition(row.status, 'submit');
  if (!plan.ok) throw invalidTransition(row.status, 'submit');
  const policy = await requirePolicy(ctx, row.policyId);

  const documents = await repo.listDocuments(ctx.db, id);
  const missing = policy.evidence
    .filter((doc) => doc.required && !documents.some((file) => file.documentId === doc.id))
    .map((doc) => doc.id);
  const fieldErrors = missing.map((documentId) => ({
    pointer: `/evidence/${documentId}`,
    code: 'evidence.required_missing',
    detail: policy.evidence.find((doc) => doc.id === documentId)!.label[ctx.language],
  }));
  if (policy.paidByPlatform && !row.payee) {
    fieldErrors.push({
      pointer: '/payee',
      code: 'application.payee_required',
      detail: {
        'zh-Hans': '请填写收款银行账户',
        'zh-Hant': '請填寫收款銀行帳戶',
        en: 'Enter the bank account to pay into',
      }[ctx.language],
    });
  }
  if (fieldErrors.length > 0)
    throw new AppError('application.incomplete', {
      fieldErrors,
      extensions: { missingEvidence: missing },
    });
  await refuseConflictingClaims(
    ctx,
    policy,
    {
      subjectType: row.claimSubject,
      personId: row.applicantPersonId,
      organisationId: row.organisationId,
    },
    row.id,
  );

  // The engine runs before anything is written: answers it cannot read are a 400, not a
  // half-submitted application.
  const date = chinaDateOf(ctx.now());
  const outcome = await rulesGateway.evaluate(ctx, {
    policyId: row.policyId,
    facts: await factsWithPlatformRecord(ctx, row),
    date,
  });
  const settings = await readWorkflowSettings(ctx.db);
  const screened = await ctx.db.transaction(async (tx) => {
    const locked = (await repo.lockApplication(tx, row.id))!;
    // What was checked and evaluated above is the version read then: a draft saved or evidence
    // changed meanwhile must be looked at again, not submitted unseen.
    if (locked.version !== row.version)
      throw new AppError('application.version_conflict', {
        extensions: { currentVersion: locked.version },
      });
    const submitted = await transitionApplication(tx, ctx, locked, 'submit', {
      actorKind: 'applicant',
      changes: { submittedAt: ctx.now(), pendingRequest: null, recommendation: null },
      details: { documents: documents.length },
      policyName: policy.name,
    });
    return recordScreening(tx, ctx, submitted, outcome, date, settings, policy.name);
  });
  // Never ask twice: what was declared here pre-fills the next form. NOTE: best effort — the
  // submission has committed; a profile the rules module refuses (company facts for a company
  // the applicant did not found) must not turn a successful submission into an error.
  await rulesGateway
    .saveFactProfile(ctx, principal, row.facts, row.organisationId)
    .catch((error: unknown) => {
      if (!(error instanceof AppError)) throw error;
    });
  return presentApplication(screened);
}

/**
 * Screening of an application left in `submitted` (the engine failed after submission, or an
 * officer asks for it again): runs the rules engine as of the submission date and records the
 * outcome.
 */
export async function screenApplication(ctx: ServiceContext, id: string) {
  const row = await loadAny(ctx.db, id);
  if (row.status !== 'submitted') throw invalidTransition(row.status, 'screen');
  // An application is decided as of the day it was submitted, however late the screening runs
  // (a submission inside the plan's period stays inside it).
  const date = chinaDateOf(row.submittedAt ?? ctx.now());
  const facts = await factsWithPlatformRecord(ctx, row);
  const outcome = await rulesGateway.evaluate(ctx, { policyId: row.policyId, facts, date });
  const settings = await readWorkflowSettings(ctx.db);
  const policyName = await policyNameOf(ctx, row.policyId);
  const screened = await ctx.db.transaction(async (tx) => {
    const locked = (await repo.lockApplication(tx, id))!;
    return recordScreening(tx, ctx, locked, outcome, date, settings, policyName);
  });
  return presentApplication(screened);
}

/**
 * Screening: stores the engine's result and snapshot (replayable as of `date`). Eligible goes to
 * review with its working-day due date; ineligible or undecided goes back to the applicant with
 * the unmet conditions or the missing facts.
 */
async function recordScreening(
  tx: Executor,
  ctx: ServiceContext,
  row: ApplicationRow,
  outcome: EvaluationOutcome,
  date: string,
  settings: WorkflowSettings,
  policyName: LocalisedText,
) {
  const inScreening = await transitionApplication(tx, ctx, row, 'screen', {
    actorKind: 'system',
    changes: { evaluation: outcome.result, snapshot: outcome.snapshot, capFen: outcome.capFen },
    details: { engineStatus: outcome.status, date },
    quiet: true,
    policyName,
  });
  if (outcome.status === 'eligible') {
    const sla = settings.reviewSlaByPolicy[row.policyId] ?? settings.reviewSlaWorkingDays;
    const dueOn = addWorkingDays(date, sla, calendarOf(settings));
    return transitionApplication(tx, ctx, inScreening, 'pass_screening', {
      actorKind: 'system',
      changes: { dueOn },
      details: { dueOn, slaWorkingDays: sla },
      message: { dueOn },
      policyName,
    });
  }
  const unmet = outcome.criteria.filter((criterion) => criterion.result === 'unmet');
  const reasons =
    outcome.status === 'ineligible'
      ? unmet
          .map(
            (criterion) => `${criterion.label}${criterion.clause ? ` (${criterion.clause})` : ''}`,
          )
          .join('；')
      : `${{ 'zh-Hans': '缺少信息', 'zh-Hant': '缺少資料', en: 'Missing information' }[ctx.language]}: ${outcome.missingFacts.join(', ')}`;
  return transitionApplication(tx, ctx, inScreening, 'fail_screening', {
    actorKind: 'system',
    changes: {
      pendingRequest: {
        kind: 'screening',
        message: reasons,
        facts: outcome.missingFacts,
        documents: [],
        at: ctx.now().toISOString(),
      },
    },
    details: {
      engineStatus: outcome.status,
      unmetCriteria: unmet.map((criterion) => ({
        id: criterion.id,
        label: criterion.label,
        clause: criterion.clause,
      })),
      missingFacts: outcome.missingFacts,
    },
    message: { reasons },
    policyName,
  });
}

/**
 * The applicant's answers plus what the platform itself knows: benefits already approved here
 * are added to `benefitsReceived`, so the engine's one-time and either-or rules see them.
 */
async function factsWithPlatformRecord(ctx: ServiceContext, row: ApplicationRow): Promise<Facts> {
  const policies = await rulesGateway.listPolicies(ctx);
  const ids = policies.map((policy) => policy.id);
  const received = await repo.findApprovedApplicationsOfSubject(
    ctx.db,
    {
      subjectType: row.claimSubject,
      personId: row.applicantPersonId,
      organisationId: row.organisationId,
    },
    ids,
  );
  const others = received.filter((other) => other.id !== row.id);
  const approvedPolicies = others.map((other) => other.policyId);
  if (approvedPolicies.length === 0) return row.facts;
  const entity = row.claimSubject === 'person' ? 'person' : 'company';
  const existing = isPlainObject(row.facts[entity]) ? (row.facts[entity] as Facts) : {};
  const declared = Array.isArray(existing.benefitsReceived)
    ? (existing.benefitsReceived as string[])
    : [];
  const recorded: Facts = {
    ...existing,
    benefitsReceived: [...new Set([...declared, ...approvedPolicies])],
  };
  // A.V1: voucher caps are cumulative per company. What was approved here counts against the
  // cap, and is the least the company has had — a larger amount it declared still stands.
  if (entity === 'company') {
    const vouchers = voucherAmountsApproved(others);
    if (vouchers) {
      const declaredAmounts = isPlainObject(existing.vouchersReceivedFen)
        ? (existing.vouchersReceivedFen as Record<string, unknown>)
        : {};
      const amounts: Record<string, number> = {};
      for (const [kind, approved] of Object.entries(vouchers)) {
        const stated = declaredAmounts[kind];
        amounts[kind] = Math.max(approved, typeof stated === 'number' ? stated : 0);
      }
      recorded.vouchersReceivedFen = { ...declaredAmounts, ...amounts };
    }
  }
  return { ...row.facts, [entity]: recorded };
}

/** Voucher kind (`voucher.corpus` → corpus) → the amount approved here, in fen; null if none. */
function voucherAmountsApproved(
  approved: readonly {
    policyId: string;
    approvedAmountFen: number | null;
    capFen: number | null;
  }[],
): Record<string, number> | null {
  let amounts: Record<string, number> | null = null;
  for (const application of approved) {
    if (!application.policyId.startsWith('voucher.')) continue;
    const kind = application.policyId.slice('voucher.'.length);
    // NOTE: an approval without an amount of its own counts at its cap — never as ¥0.
    const amount = application.approvedAmountFen ?? application.capFen ?? 0;
    amounts ??= {};
    amounts[kind] = (amounts[kind] ?? 0) + amount;
  }
  return amounts;
}

/** Withdraws an application that has not been decided yet. */
export async function withdrawApplication(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: { reason?: string | undefined },
) {
  const row = await loadOwn(ctx, principal, id);
  const updated = await ctx.db.transaction(async (tx) => {
    const locked = (await repo.lockApplication(tx, id))!;
    return transitionApplication(tx, ctx, locked, 'withdraw', {
      actorKind: 'applicant',
      details: { reason: input.reason ?? null },
    });
  });
  void row;
  return presentApplication(updated);
}

/**
 * Deletes a draft the applicant no longer wants. Only a draft: once submitted, an application is
 * part of the record and can only be withdrawn. The audit row keeps what was deleted; its files
 * go once the delete has committed (their uploads' audit rows keep each file's SHA-256).
 */
export async function deleteDraft(
  ctx: ServiceContext,
  principal: Principal,
  storage: EvidenceStorage,
  id: string,
) {
  const row = await loadOwn(ctx, principal, id);
  if (row.status !== 'draft') throw new AppError('application.not_editable');
  const storageKeys = await ctx.db.transaction(async (tx) => {
    const locked = await repo.lockApplication(tx, id);
    const keys = await repo.listStorageKeysOf(tx, id);
    if (!locked || locked.status !== 'draft' || !(await repo.deleteDraftApplication(tx, id)))
      throw new AppError('application.not_editable');
    await recordAudit(tx, ctx, {
      action: 'application.draft_deleted',
      subjectType: 'application',
      subjectId: id,
      before: {
        reference: locked.reference,
        policyId: locked.policyId,
        organisationId: locked.organisationId,
        facts: locked.facts,
      },
    });
    return keys;
  });
  // NOTE: best effort, after the commit: a file that cannot be removed now is an orphan, never
  // a draft left without its file.
  for (const key of storageKeys) await storage.remove(key).catch(() => undefined);
}

/** Appeals a rejection, once, within the appeal period. A different officer will decide. */
export async function appealApplication(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: { reasons: string },
) {
  await loadOwn(ctx, principal, id);
  const updated = await ctx.db.transaction(async (tx) => {
    const row = (await repo.lockApplication(tx, id))!;
    if (row.status !== 'rejected') throw invalidTransition(row.status, 'appeal');
    if (row.appealCount > 0) throw new AppError('application.appeal_limit');
    if (!row.appealDeadline || row.appealDeadline <= ctx.now())
      throw new AppError('application.appeal_period_over', {
        extensions: { appealDeadline: row.appealDeadline?.toISOString() ?? null },
      });
    const excluded = [
      ...new Set([...row.excludedOfficerIds, ...(row.decidedBy ? [row.decidedBy] : [])]),
    ];
    return transitionApplication(tx, ctx, row, 'appeal', {
      actorKind: 'applicant',
      changes: {
        appealCount: row.appealCount + 1,
        appealReasons: input.reasons,
        excludedOfficerIds: excluded,
        assignedReviewerId: null,
      },
      details: { reasons: input.reasons },
    });
  });
  return presentApplication(updated);
}

// ---------------------------------------------------------------------------------------------
// Review
// ---------------------------------------------------------------------------------------------

export interface QueueQuery {
  policyId?: string | undefined;
  status?: 'in_review' | 'appealed' | 'submitted' | 'all_open' | undefined;
  assigned?: 'me' | 'unassigned' | 'any' | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** A review queue with due dates in working days; recused items are flagged, not hidden. */
export async function listReviewQueue(
  ctx: ServiceContext,
  principal: Principal,
  query: QueueQuery,
) {
  const settings = await readWorkflowSettings(ctx.db);
  const calendar = calendarOf(settings);
  const today = chinaDateOf(ctx.now());
  const statuses: ApplicationStatus[] =
    query.status === 'all_open' || query.status === undefined
      ? ['submitted', 'in_review', 'appealed']
      : [query.status];
  const { rows, total } = await repo.listQueue(
    ctx.db,
    {
      policyId: query.policyId,
      statuses,
      assignedTo:
        query.assigned === 'me'
          ? principal.accountId
          : query.assigned === 'unassigned'
            ? 'unassigned'
            : undefined,
      dueOnOrBefore: query.overdue ? previousDay(today) : undefined,
      q: query.q,
    },
    query.limit,
    query.offset,
  );
  const items = [];
  for (const row of rows) {
    const application = row.application;
    const conflict = await repo.findConflictOfInterest(ctx.db, principal.accountId, application);
    items.push({
      id: application.id,
      reference: application.reference,
      policyId: application.policyId,
      policyName: await policyNameOf(ctx, application.policyId),
      status: application.status,
      applicantName: row.applicantName,
      organisationName: row.organisationName,
      submittedAt: application.submittedAt?.toISOString() ?? null,
      dueOn: application.dueOn,
      workingDaysLeft: application.dueOn
        ? workingDaysBetween(today, application.dueOn, calendar)
        : null,
      overdue: application.dueOn !== null && application.dueOn < today,
      assignedReviewerId: application.assignedReviewerId,
      assignedReviewerName: row.reviewerName,
      capFen: application.capFen,
      requestedAmountFen: application.requestedAmountFen,
      // A recused reviewer (the applicant, say) does not read the colleagues' recommendation.
      recommendation: conflict === null ? (application.recommendation ?? null) : null,
      recused: conflict !== null || application.excludedOfficerIds.includes(principal.accountId),
    });
  }
  return { items, total, today };
}

function previousDay(date: string): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() - 1);
  return moment.toISOString().slice(0, 10);
}

/** Refuses an officer who is linked to the applicant or was excluded (appeals). */
async function refuseConflictedOfficer(
  db: Executor,
  officerAccountId: string,
  application: ApplicationRow,
) {
  if (application.excludedOfficerIds.includes(officerAccountId))
    throw new AppError('review.excluded_officer');
  const conflict = await repo.findConflictOfInterest(db, officerAccountId, application);
  if (conflict) throw new AppError('review.recused', { extensions: { conflict } });
}

/**
 * Everything a reviewer needs on one page: answers, evidence, the engine's trace, replay, rubric.
 * A recused reviewer — the applicant among them — sees what the applicant sees of the case and
 * nothing internal: no evidence, no officers' notes on the timeline, no scores or recommendation.
 */
export async function describeForReview(ctx: ServiceContext, principal: Principal, id: string) {
  const row = await loadAny(ctx.db, id);
  if (row.status === 'draft') throw new AppError('application.not_found');
  const conflict = await repo.findConflictOfInterest(ctx.db, principal.accountId, row);
  const recused = conflict !== null;
  const policy = await requirePolicy(ctx, row.policyId);
  const [documents, events, scores, applicant] = await Promise.all([
    repo.listDocuments(ctx.db, id),
    repo.listEvents(ctx.db, id),
    repo.listReviewScores(ctx.db, id),
    findAccountById(ctx.db, row.applicantAccountId),
  ]);
  const rubric = rubricFor(row.policyId) ?? null;
  const settings = await readWorkflowSettings(ctx.db);
  const today = chinaDateOf(ctx.now());
  return {
    application: presentApplication(row),
    applicant: { displayName: applicant?.displayName ?? '', email: applicant?.email ?? '' },
    policy: { ...presentPolicy(policy), evidence: policy.evidence, facts: policy.facts },
    documents: recused ? [] : documents.map(presentDocument),
    timeline: recused
      ? events
          .filter((event) => event.event.visibleToApplicant)
          .map((event) => presentEvent(event, 'applicant'))
      : events.map((event) => presentEvent(event, 'staff')),
    evaluation: row.evaluation
      ? { ...row.evaluation, criteria: relabelCriteria(row.evaluation.criteria, policy, ctx) }
      : null,
    snapshot: row.snapshot ?? null,
    rubric,
    scores: (recused ? [] : scores).map((entry) => ({
      reviewerAccountId: entry.score.reviewerAccountId,
      reviewerName: entry.reviewerName,
      scores: entry.score.scores,
      weightedTotal: entry.score.weightedTotal,
      comment: entry.score.comment,
      updatedAt: entry.score.updatedAt.toISOString(),
    })),
    recommendation:
      row.recommendation && !recused
        ? {
            ...row.recommendation,
            byName:
              (await findAccountById(ctx.db, row.recommendation.byAccountId))?.displayName ?? '',
          }
        : null,
    cap: capBasisOf(row),
    recusal: conflict,
    excluded: row.excludedOfficerIds.includes(principal.accountId),
    workingDaysLeft: row.dueOn ? workingDaysBetween(today, row.dueOn, calendarOf(settings)) : null,
    availableActions: reviewerActionsFor(row, principal.accountId, recused),
  };
}

/**
 * A reviewer declares a conflict of interest with an application: from now on they are recused
 * from it as if linked to the applicant. It is theirs to declare (nobody else's) and is not
 * withdrawn. An assignment to them is released and a recommendation of theirs withdrawn, since
 * neither should stand; the staff timeline and the audit trail record it.
 */
export async function declareRecusal(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: { reason: string },
) {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.lockApplication(tx, id);
    if (!row || row.status === 'draft') throw new AppError('application.not_found');
    if (await repo.findReviewerRecusal(tx, id, principal.accountId)) return;
    await repo.insertReviewerRecusal(tx, {
      applicationId: id,
      reviewerAccountId: principal.accountId,
      reason: input.reason,
      declaredAt: ctx.now(),
    });
    const unassign = row.assignedReviewerId === principal.accountId;
    const withdrawRecommendation = row.recommendation?.byAccountId === principal.accountId;
    if (unassign || withdrawRecommendation)
      await repo.updateApplicationFrom(tx, id, row.status, {
        ...(unassign ? { assignedReviewerId: null, assignedAt: null } : {}),
        ...(withdrawRecommendation ? { recommendation: null } : {}),
      });
    await recordNote(
      tx,
      ctx,
      row,
      'recusal_declared',
      {
        reviewerAccountId: principal.accountId,
        reason: input.reason,
        unassigned: unassign,
        recommendationWithdrawn: withdrawRecommendation,
      },
      false,
    );
  });
  return describeForReview(ctx, principal, id);
}

/**
 * Where the stored cap comes from, for the reviewer: the document behind a tier amount, and
 * whether it is a placeholder (a value the demo seed or a test entered, not a published one).
 */
function capBasisOf(row: ApplicationRow): { source: string | null; placeholder: boolean } {
  const benefit = isPlainObject(row.evaluation?.benefit) ? row.evaluation.benefit : {};
  const source = chosenTierSource(benefit);
  return { source, placeholder: isPlaceholderSource(source) };
}

function reviewerActionsFor(row: ApplicationRow, accountId: string, recused: boolean) {
  if (recused || row.excludedOfficerIds.includes(accountId)) return [];
  const actions: string[] = [];
  if (row.status === 'in_review') {
    actions.push('assign', 'score', 'recommend', 'reject', 'return');
    if (row.recommendation?.action === 'approve' && row.recommendation.byAccountId !== accountId)
      actions.push('approve');
  }
  if (row.status === 'appealed') actions.push('grant_appeal', 'dismiss_appeal');
  if (row.status === 'approved' || row.status === 'payment_failed') actions.push('revoke');
  return actions;
}

/** Assigns applications to a reviewer; each is refused separately if the reviewer is recused. */
export async function assignApplications(
  ctx: ServiceContext,
  input: { applicationIds: string[]; reviewerAccountId: string },
) {
  const reviewer = await findAccountById(ctx.db, input.reviewerAccountId);
  const reviewerRoles = reviewer ? await listRolesOf(ctx.db, reviewer.id) : [];
  if (!reviewer || !reviewerRoles.includes('reviewer')) throw new AppError('review.not_a_reviewer');
  const results: {
    applicationId: string;
    outcome: 'assigned' | 'recused' | 'not_assignable' | 'not_found';
  }[] = [];
  for (const applicationId of [...new Set(input.applicationIds)]) {
    const outcome = await ctx.db.transaction(async (tx) => {
      const row = await repo.lockApplication(tx, applicationId);
      if (!row) return 'not_found' as const;
      if (!['submitted', 'in_review', 'appealed'].includes(row.status))
        return 'not_assignable' as const;
      const conflict = await repo.findConflictOfInterest(tx, reviewer.id, row);
      if (conflict || row.excludedOfficerIds.includes(reviewer.id)) {
        await recordNote(
          tx,
          ctx,
          row,
          'recused',
          { reviewerAccountId: reviewer.id, conflict: conflict ?? 'excluded' },
          false,
        );
        return 'recused' as const;
      }
      await repo.updateApplicationFrom(tx, row.id, row.status, {
        assignedReviewerId: reviewer.id,
        assignedAt: ctx.now(),
      });
      await recordNote(tx, ctx, row, 'assigned', { reviewerAccountId: reviewer.id }, false);
      const message = assignmentMessage({
        reference: row.reference,
        policyName: await policyNameOf(within(ctx, tx), row.policyId),
        dueOn: row.dueOn,
      });
      await queueNotification(tx, ctx, {
        recipientAccountId: reviewer.id,
        recipientEmail: reviewer.email,
        recipientLanguage: reviewer.preferredLanguage,
        kind: 'review.assigned',
        subjectType: 'application',
        subjectId: row.id,
        title: message.title,
        body: message.body,
        link: `/review/${row.id}`,
      });
      return 'assigned' as const;
    });
    results.push({ applicationId, outcome });
  }
  return { results };
}

/** Records a reviewer's rubric scores (discretionary programmes only). */
export async function scoreApplication(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: { scores: Record<string, number>; comment?: string | undefined },
) {
  const row = await loadAny(ctx.db, id);
  const rubric = rubricFor(row.policyId);
  if (!rubric) throw new AppError('review.no_rubric');
  if (row.status !== 'in_review') throw new AppError('application.not_in_review');
  await refuseConflictedOfficer(ctx.db, principal.accountId, row);
  const fieldErrors = [];
  for (const criterion of rubric.criteria) {
    const value = input.scores[criterion.id];
    if (value === undefined || !Number.isInteger(value) || value < 0 || value > rubric.maxScore)
      fieldErrors.push({
        pointer: `/body/scores/${criterion.id}`,
        code: 'review.score_range',
        detail: {
          'zh-Hans': `请给出 0–${rubric.maxScore} 的整数分`,
          'zh-Hant': `請給出 0–${rubric.maxScore} 的整數分`,
          en: `Give a whole score from 0 to ${rubric.maxScore}`,
        }[ctx.language],
      });
  }
  for (const key of Object.keys(input.scores))
    if (!rubric.criteria.some((criterion) => criterion.id === key))
      fieldErrors.push({ pointer: `/body/scores/${key}`, code: 'unrecognized_keys', detail: key });
  if (fieldErrors.length > 0) throw new AppError('request.validation_failed', { fieldErrors });
  const weightedTotal = weightedPercentage(rubric, input.scores);
  await ctx.db.transaction(async (tx) => {
    await repo.upsertReviewScore(tx, {
      applicationId: id,
      reviewerAccountId: principal.accountId,
      rubricId: rubric.id,
      scores: input.scores,
      weightedTotal,
      comment: input.comment ?? '',
      updatedAt: ctx.now(),
    });
    await recordNote(
      tx,
      ctx,
      row,
      'scored',
      { rubricId: rubric.id, scores: input.scores, weightedTotal },
      false,
    );
  });
  return { rubricId: rubric.id, weightedTotal };
}

/**
 * The reviewer's recommendation. An approval needs a recommendation to approve from one officer
 * and the decision from another (four eyes); a discretionary programme needs a rubric score.
 */
export async function recommendDecision(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: { action: 'approve' | 'reject'; amountFen?: number | null | undefined; note: string },
) {
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.lockApplication(tx, id);
    if (!row) throw new AppError('application.not_found');
    if (row.status !== 'in_review') throw new AppError('application.not_in_review');
    await refuseConflictedOfficer(tx, principal.accountId, row);
    if (input.action === 'approve') {
      checkAmount(row, input.amountFen ?? null);
      if (rubricFor(row.policyId)) {
        const scores = await repo.listReviewScores(tx, id);
        if (!scores.some((entry) => entry.score.reviewerAccountId === principal.accountId))
          throw new AppError('review.rubric_required');
      }
    }
    const recommendation = {
      action: input.action,
      amountFen: input.action === 'approve' ? (input.amountFen ?? null) : null,
      note: input.note,
      byAccountId: principal.accountId,
      at: ctx.now().toISOString(),
    };
    const saved = await repo.updateApplicationFrom(tx, id, row.status, {
      recommendation,
      assignedReviewerId: row.assignedReviewerId ?? principal.accountId,
    });
    await recordNote(tx, ctx, row, 'recommended', recommendation, false);
    if (input.action === 'approve') {
      // Tell the other reviewers that a second pair of eyes is needed.
      // Not to a recused reviewer: the applicant, if a reviewer, must not learn the amount.
      const others: Awaited<ReturnType<typeof repo.listReviewerAccounts>> = [];
      for (const account of await repo.listReviewerAccounts(tx))
        if (
          account.id !== principal.accountId &&
          !row.excludedOfficerIds.includes(account.id) &&
          (await repo.findConflictOfInterest(tx, account.id, row)) === null
        )
          others.push(account);
      const message = awaitingApprovalMessage({
        reference: row.reference,
        policyName: await policyNameOf(within(ctx, tx), row.policyId),
        amountFen: recommendation.amountFen,
      });
      for (const other of others)
        await queueNotification(tx, ctx, {
          recipientAccountId: other.id,
          recipientEmail: other.email,
          recipientLanguage: other.preferredLanguage,
          kind: 'review.awaiting_approval',
          subjectType: 'application',
          subjectId: row.id,
          title: message.title,
          body: message.body,
          link: `/review/${row.id}`,
        });
    }
    return saved!;
  });
  return presentApplication(updated);
}

function checkAmount(row: ApplicationRow, amountFen: number | null) {
  if (!row.paidByPlatform) return;
  if (amountFen === null || amountFen <= 0) throw new AppError('application.amount_required');
  if (row.capFen === null)
    throw new AppError('application.cap_unpublished', {
      detail: {
        'zh-Hans':
          '该福利的金额标准尚未公布（参数未发布），暂不能批准金额。请管理员先发布参数，再重新初审。',
        'zh-Hant':
          '該福利的金額標準尚未公佈（參數未發佈），暫不能批准金額。請管理員先發佈參數，再重新初審。',
        en: 'The amount for this benefit is not published yet (unpublished parameter), so no amount can be approved. An administrator must publish it and the application be screened again.',
      },
    });
  if (amountFen > row.capFen)
    throw new AppError('application.amount_exceeds_cap', {
      detail: capDetail(amountFen, row.capFen),
      extensions: { capFen: row.capFen },
    });
}

export type DecisionInput =
  | { decision: 'approve'; amountFen?: number | null | undefined; reasons?: string | undefined }
  | { decision: 'reject'; reasons: string }
  | {
      decision: 'return';
      reasons: string;
      requestFacts?: string[] | undefined;
      requestDocuments?: string[] | undefined;
    };

/**
 * Decides an application in review. Approve: four eyes (not the recommending officer), amount
 * within the cap, the one-time / either-or claim taken and the budget reserved under its row lock,
 * all in one transaction. Reject: with reasons, opens the appeal period. Return: asks the applicant
 * for more information.
 */
export async function decideApplication(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: DecisionInput,
) {
  const settings = await readWorkflowSettings(ctx.db);
  // Read outside the transaction: the approval holds the budget row lock, so it does as little
  // as possible while it does.
  const policy = rulesGateway.staticPolicy((await loadAny(ctx.db, id)).policyId);
  if (!policy) throw new AppError('application.policy_unknown');
  const policyName = policy.name;
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.lockApplication(tx, id);
    if (!row) throw new AppError('application.not_found');
    const action: TransitionAction = input.decision;
    if (!planTransition(row.status, action).ok) throw invalidTransition(row.status, action);
    await refuseConflictedOfficer(tx, principal.accountId, row);
    const now = ctx.now();

    if (input.decision === 'approve') {
      const recommendation = row.recommendation;
      if (!recommendation || recommendation.action !== 'approve')
        throw new AppError('review.recommendation_required');
      if (recommendation.byAccountId === principal.accountId)
        throw new AppError('review.four_eyes');
      // Four eyes cover the money too: the second officer confirms the recommended amount and
      // cannot set another one alone (a different amount needs a new recommendation).
      if (
        row.paidByPlatform &&
        input.amountFen !== undefined &&
        input.amountFen !== null &&
        input.amountFen !== recommendation.amountFen
      )
        throw new AppError('review.amount_not_recommended');
      const amountFen = row.paidByPlatform ? recommendation.amountFen : null;
      checkAmount(row, amountFen);
      let budgetLineId: string | null = null;
      if (row.paidByPlatform && amountFen) {
        const reservation = await reserveBudget(tx, ctx, {
          policyId: row.policyId,
          year: budgetYearOf(now),
          applicationId: row.id,
          amountFen,
        });
        budgetLineId = reservation.budgetLineId;
      }
      // A.P8: approving one benefit of an either-or group stops a running monthly allowance of
      // the other, which hands over the group's claim (allowances/service.ts).
      await stopAllowanceReplacedBy(tx, ctx, row, policy.exclusivityGroup);
      await takeClaims(tx, ctx, row, claimKeysFor(policy));
      const approved = await transitionApplication(tx, ctx, row, 'approve', {
        actorKind: 'officer',
        changes: {
          approvedAmountFen: amountFen,
          budgetLineId,
          decidedBy: principal.accountId,
          decidedAt: now,
          decisionReasons: input.reasons ?? null,
          pendingRequest: null,
        },
        details: {
          amountFen,
          budgetLineId,
          recommendedBy: recommendation.byAccountId,
          reasons: input.reasons ?? null,
        },
        message: { amountFen },
        policyName,
      });
      // A monthly allowance is paid as a schedule of monthly instalments, not in one payment.
      await createAllowanceSchedule(tx, ctx, approved);
      return approved;
    }

    if (input.decision === 'reject') {
      const appealDeadline = new Date(now.getTime() + settings.appealPeriodDays * 86_400_000);
      return transitionApplication(tx, ctx, row, 'reject', {
        actorKind: 'officer',
        changes: {
          decidedBy: principal.accountId,
          decidedAt: now,
          decisionReasons: input.reasons,
          appealDeadline,
          recommendation: null,
        },
        details: { reasons: input.reasons, appealDeadline: appealDeadline.toISOString() },
        message: { reasons: input.reasons, appealDeadline: chinaDateOf(appealDeadline) },
        policyName,
      });
    }

    const request = {
      kind: 'officer' as const,
      message: input.reasons,
      facts: input.requestFacts ?? [],
      documents: input.requestDocuments ?? [],
      at: now.toISOString(),
    };
    return transitionApplication(tx, ctx, row, 'return', {
      actorKind: 'officer',
      changes: { pendingRequest: request, recommendation: null },
      details: { request },
      message: { reasons: input.reasons },
      policyName,
    });
  });
  return presentApplication(updated);
}

/** Takes the one-time / either-or claims of an approval; the unique index refuses a second one. */
async function takeClaims(
  tx: Executor,
  ctx: ServiceContext,
  row: ApplicationRow,
  claimKeys: string[],
) {
  const subjectId =
    row.claimSubject === 'organisation' ? row.organisationId! : row.applicantPersonId;
  for (const claimKey of claimKeys) {
    const claim = await repo.insertClaim(tx, {
      subjectType: row.claimSubject,
      subjectId,
      claimKey,
      applicationId: row.id,
      policyId: row.policyId,
      createdAt: ctx.now(),
    });
    if (!claim) {
      const holder = await repo.findClaim(tx, row.claimSubject, subjectId, claimKey);
      throw alreadyClaimed(holder?.policyId ?? row.policyId, holder?.applicationId ?? row.id);
    }
  }
}

/** Decides an appeal; only an officer other than the one whose decision is appealed. */
export async function decideAppeal(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: { outcome: 'grant' | 'dismiss'; reasons: string },
) {
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.lockApplication(tx, id);
    if (!row) throw new AppError('application.not_found');
    const action = input.outcome === 'grant' ? 'grant_appeal' : 'dismiss_appeal';
    if (!planTransition(row.status, action).ok) throw invalidTransition(row.status, action);
    await refuseConflictedOfficer(tx, principal.accountId, row);
    return transitionApplication(tx, ctx, row, action, {
      actorKind: 'officer',
      changes:
        input.outcome === 'grant'
          ? {
              assignedReviewerId: principal.accountId,
              assignedAt: ctx.now(),
              decidedBy: null,
              decidedAt: null,
              decisionReasons: null,
              appealDeadline: null,
              recommendation: null,
            }
          : { decisionReasons: input.reasons },
      details: { reasons: input.reasons },
      message: { reasons: input.reasons },
    });
  });
  return presentApplication(updated);
}

/** Revokes an approval not yet paid: releases the budget reservation and the claims. */
export async function revokeApproval(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: { reasons: string },
) {
  const settings = await readWorkflowSettings(ctx.db);
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await repo.lockApplication(tx, id);
    if (!row) throw new AppError('application.not_found');
    if (!planTransition(row.status, 'revoke').ok) throw invalidTransition(row.status, 'revoke');
    await refuseConflictedOfficer(tx, principal.accountId, row);
    // A monthly allowance releases instalment by instalment (refused once any is paid).
    const releasedBySchedule = await cancelScheduleOnRevocation(tx, ctx, row, input.reasons);
    if (!releasedBySchedule && row.budgetLineId && row.approvedAmountFen)
      await releaseReservation(tx, ctx, {
        budgetLineId: row.budgetLineId,
        applicationId: row.id,
        amountFen: row.approvedAmountFen,
      });
    await repo.deleteClaimsOf(tx, row.id);
    const appealDeadline = new Date(ctx.now().getTime() + settings.appealPeriodDays * 86_400_000);
    return transitionApplication(tx, ctx, row, 'revoke', {
      actorKind: 'officer',
      changes: {
        decidedBy: principal.accountId,
        decidedAt: ctx.now(),
        decisionReasons: input.reasons,
        appealDeadline,
        budgetLineId: null,
        approvedAmountFen: null,
        recommendation: null,
      },
      details: { reasons: input.reasons, releasedFen: row.approvedAmountFen },
      message: { reasons: input.reasons, appealDeadline: chinaDateOf(appealDeadline) },
    });
  });
  return presentApplication(updated);
}

/**
 * Replays the stored evaluation from its snapshot alone and compares it with what was stored:
 * a decision stays explainable with the values of its day, whatever changed since.
 */
export async function replayApplicationEvaluation(ctx: ServiceContext, id: string) {
  const row = await loadAny(ctx.db, id);
  if (!row.snapshot || !row.evaluation) throw new AppError('application.not_screened');
  const replayed = await rulesGateway.replay(row.snapshot);
  const stored = row.evaluation;
  return {
    stored: { status: stored.status ?? null, capFen: row.capFen },
    replayed: { status: replayed.status, capFen: replayed.capFen },
    matches: replayed.status === stored.status && replayed.capFen === row.capFen,
    result: replayed.result,
  };
}

/** Closes paid applications and rejections whose appeal period is over (a scheduled sweep). */
export async function closeSettledApplications(ctx: ServiceContext) {
  const due = await repo.findSettledApplications(ctx.db, ctx.now());
  let closed = 0;
  for (const { id } of due) {
    await ctx.db.transaction(async (tx) => {
      const row = await repo.lockApplication(tx, id);
      if (!row || !planTransition(row.status, 'close').ok) return;
      await transitionApplication(tx, ctx, row, 'close', { actorKind: 'system' });
      closed += 1;
    });
  }
  return { closed };
}

/** The catalogue's policies as this module sees them (cap, paid by the platform, claims). */
export async function listPolicySummaries(ctx: ServiceContext) {
  return rulesGateway.listPolicies(ctx);
}

/** Whether the catalogue has this policy (budget lines may only name real policies). */
export async function policyExists(ctx: ServiceContext, policyId: string) {
  return rulesGateway.staticPolicy(policyId) !== undefined;
}

/** Reviewers one may assign work to. */
export async function listReviewers(ctx: ServiceContext) {
  return (await repo.listReviewerAccounts(ctx.db)).map((account) => ({
    id: account.id,
    email: account.email,
    displayName: account.displayName,
  }));
}

export async function describeWorkflowSettings(ctx: ServiceContext) {
  return readWorkflowSettings(ctx.db);
}

export type { PolicyDetail };
