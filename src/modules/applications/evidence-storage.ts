import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DiskFileStore } from '../../shared/storage/disk-file-store';
import type { FileStore } from '../../shared/storage/file-store';
import { sniffFileType } from '../../shared/storage/file-type';
import { S3FileStore, type S3StoreSettings } from '../../shared/storage/s3-file-store';

export { sha256Of } from '../../shared/storage/file-store';

/**
 * Where evidence files live: a {@link FileStore} (src/shared/storage), on the local disk under
 * `<dataDir>/uploads/` by default or in an S3-compatible bucket (storage-config.ts). Bytes are
 * staged, then moved into place once their row has committed; see `uploadEvidence` and
 * `sweepStagedEvidence` in service.ts.
 */
export type EvidenceStorage = FileStore;

/** Keys look like `2026/11/<uuid>`: no user input ever reaches a path. */
export function newStorageKey(now: Date): string {
  const year = now.getUTCFullYear();
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${year}/${month}/${randomUUID()}`;
}

export const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

export class DiskEvidenceStorage extends DiskFileStore {
  constructor(root: string) {
    super(root, KEY_PATTERN);
  }
}

export class S3EvidenceStorage extends S3FileStore {
  constructor(settings: S3StoreSettings) {
    super(settings, KEY_PATTERN);
  }
}

export function diskStorageUnder(dataDir: string): DiskEvidenceStorage {
  return new DiskEvidenceStorage(join(dataDir, 'uploads'));
}

const EVIDENCE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;

export interface SniffedType {
  contentType: (typeof EVIDENCE_TYPES)[number];
  extension: 'pdf' | 'png' | 'jpg' | 'webp';
}

/**
 * The type of a file from its first bytes (magic numbers), never from the name or the client's
 * Content-Type. Only PDF, PNG, JPEG and WebP are evidence; anything else is undefined.
 */
export function sniffEvidenceType(bytes: Buffer): SniffedType | undefined {
  const type = sniffFileType(bytes, EVIDENCE_TYPES);
  return (
    type && { contentType: type.mediaType, extension: type.extension as SniffedType['extension'] }
  );
}

/** The largest evidence file accepted, in bytes. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
