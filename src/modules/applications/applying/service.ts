/**
 * The founder's side of an application: start (pre-filled so nothing is asked twice), save the
 * draft, submit, withdraw, delete a draft, appeal. Evidence files are in `evidence.ts`, the
 * rules engine's screening in `screening.ts`.
 */
import type { ClaimSubject, PayeeDetails } from '../../../db/schema/applications';
import { AppError, type LocalisedText } from '../../../errors/app-error';
import type { ServiceContext } from '../../../shared/service-context';
import { ensurePersonOf, findPersonByAccount, type Principal } from '../../accounts/service';
import { allowanceGivesWayTo } from '../../allowances/service';
import { recordAudit } from '../../audit/service';
import { findMembershipOf } from '../../organisations/service';
import type { EvidenceStorage } from '../evidence-storage';
import type { PolicySummary } from '../policy-types';
import {
  isPlainObject,
  presentApplication,
  presentDocument,
  presentEvent,
  presentPolicy,
  relabelCriteria,
} from '../present';
import * as repo from '../repo';
import type { ApplicationRow } from '../repo';
import { rulesGateway } from '../rules-gateway';
import {
  alreadyClaimed,
  capDetail,
  claimKeysFor,
  invalidTransition,
  policyNameOf,
  readWorkflowSettings,
  requirePolicy,
  transitionApplication,
} from '../service';
import { actionsFrom, editableStatuses, liveStatuses, planTransition } from '../state-machine';
import { chinaDateOf } from '../../../shared/china-time';
import { factsWithPlatformRecord, recordScreening } from './screening';

export type Facts = Record<string, unknown>;

/** The caller's own application; anyone else's is "not found" so ids reveal nothing. */
export async function loadOwn(ctx: ServiceContext, principal: Principal, id: string) {
  const row = await repo.findApplication(ctx.db, id);
  if (!row || row.applicantAccountId !== principal.accountId)
    throw new AppError('application.not_found');
  return row;
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
  // NOTE: the person is needed before the application's own transaction (for the membership and
  // claim checks), so a missing one is created in a short transaction of its own.
  const person =
    (await findPersonByAccount(ctx.db, principal.accountId)) ??
    (await ctx.db.transaction((tx) => ensurePersonOf(tx, ctx, principal)));
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
    const membership = await findMembershipOf(ctx.db, input.organisationId, person.id);
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
    if (!names.has(row.policyId)) names.set(row.policyId, policyNameOf(row.policyId));
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
