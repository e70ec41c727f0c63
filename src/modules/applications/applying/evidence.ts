/**
 * Evidence files of an application: upload (type sniffed from the bytes, size-limited, hashed),
 * removal from a draft, download by its applicant or staff not recused, and the start-up sweep of
 * staged files.
 */
import type { Executor } from '../../../db/client';
import { isAllowed } from '../../../shared/permissions';
import { AppError } from '../../../errors/app-error';
import { nameForUpload } from '../../../shared/file-name';
import type { ServiceContext } from '../../../shared/service-context';
import { StoredFileMissingError, sweepStagedFiles } from '../../../shared/storage/file-store';
import type { Principal } from '../../accounts/service';
import { recordAudit } from '../../audit/service';
import {
  type EvidenceStorage,
  MAX_EVIDENCE_BYTES,
  newStorageKey,
  sha256Of,
  sniffEvidenceType,
} from '../evidence-storage';
import { presentDocument } from '../present';
import * as repo from '../repo';
import { loadAny, requirePolicy } from '../service';
import { editableStatuses } from '../state-machine';
import { loadOwn } from './service';

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
  await storage.stage(key, input.bytes, type.mediaType);
  let document: repo.ApplicationDocumentRow;
  try {
    document = await ctx.db.transaction(async (tx) => {
      await lockEditable(tx, id);
      const inserted = await repo.insertDocument(tx, {
        applicationId: id,
        documentId: input.documentId,
        fileName: nameForUpload(input.fileName, type.extension, 'evidence'),
        contentType: type.mediaType,
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

/** The start-up sweep of staged evidence (see `sweepStagedFiles`). */
export async function sweepStagedEvidence(db: Executor, storage: EvidenceStorage, now: Date) {
  return sweepStagedFiles(storage, (keys) => repo.findStoredKeys(db, keys), now);
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
  const isStaff = isAllowed('applications.evidence-of-any', principal.roles);
  if (!isApplicant && !isStaff) throw new AppError('application.not_found');
  if (!isApplicant && principal.roles.includes('reviewer') && !principal.roles.includes('admin')) {
    const conflict = await repo.findConflictOfInterest(ctx.db, principal.accountId, row);
    if (conflict) throw new AppError('review.recused', { extensions: { conflict } });
  }
  const document = await repo.findDocument(ctx.db, id, documentFileId);
  if (!document) throw new AppError('evidence.not_found');
  // Only a file that is not there is "not found"; a store that fails is an outage (a 500).
  const bytes = await storage.get(document.storageKey).catch((error: unknown) => {
    if (error instanceof StoredFileMissingError) throw new AppError('evidence.not_found');
    throw error;
  });
  return { document: presentDocument(document), bytes };
}
