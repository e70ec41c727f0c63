import { randomUUID } from 'node:crypto';
import type { FileStore } from '../../shared/storage/file-store';
import { fileStoreFor, type FileArea } from '../../shared/storage/file-storage';
import { sniffFileType, type FileType } from '../../shared/storage/file-type';

export { sha256Of } from '../../shared/storage/file-store';

/**
 * Where evidence files live: a {@link FileStore} from the one file storage configuration
 * (src/shared/storage/file-storage.ts), on the local disk under `<dataDir>/uploads/` by default
 * or in an S3-compatible bucket. Bytes are staged, then moved into place once their row has
 * committed; see `uploadEvidence` and `sweepStagedEvidence` in applying/evidence.ts.
 */
export type EvidenceStorage = FileStore;

/** Keys look like `2026/11/<uuid>`: no user input ever reaches a path. */
export function newStorageKey(now: Date): string {
  const year = now.getUTCFullYear();
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${year}/${month}/${randomUUID()}`;
}

export const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

/**
 * Evidence keeps the root of the uploads folder (and of the bucket).
 * NOTE: that is where evidence was stored before other uses had areas of their own; moving it
 * would strand every stored key. Its keys (`2026/11/<uuid>`) never collide with another area's
 * folder.
 */
export const EVIDENCE_AREA: FileArea = {
  folder: '',
  keyPattern: KEY_PATTERN,
  earlierVariable: 'EVIDENCE_STORAGE',
};

/** The evidence store as configured (disk by default, S3 with FILE_STORAGE=s3). */
export function evidenceStorageFor(
  config: { dataDir: string },
  environment: NodeJS.ProcessEnv = process.env,
): EvidenceStorage {
  return fileStoreFor(config, EVIDENCE_AREA, environment);
}

const EVIDENCE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;

export type SniffedType = FileType<(typeof EVIDENCE_TYPES)[number]>;

/**
 * The type of a file from its first bytes (magic numbers), never from the name or the client's
 * Content-Type. Only PDF, PNG, JPEG and WebP are evidence; anything else is undefined.
 */
export function sniffEvidenceType(bytes: Uint8Array): SniffedType | undefined {
  return sniffFileType(bytes, EVIDENCE_TYPES);
}

/** The largest evidence file accepted, in bytes. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
