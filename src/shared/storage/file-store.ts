import { createHash } from 'node:crypto';

/**
 * Where uploaded files live. The database keeps only the key, type, size and SHA-256; the bytes
 * go to a store: the local disk under the data directory by default (disk-file-store.ts), or an
 * S3-compatible bucket by configuration (s3-file-store.ts).
 *
 * Bytes are written under a staging name first and moved into place only once the row naming
 * them has committed: a process killed in between leaves a staged file, which the start-up sweep
 * removes after a day (no row) or moves into place (the row committed) — never an orphan among
 * the stored files.
 */
export interface FileStore {
  readonly kind: string;
  /** Writes the bytes under the key's staging name, never over an existing file. */
  stage(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Moves staged bytes into place under the key, once their row has committed. */
  commit(key: string): Promise<void>;
  /** Removes staged bytes whose row was never written. */
  discard(key: string): Promise<void>;
  /** The stored bytes; a {@link StoredFileMissingError} when there are none under the key. */
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
  /** Every staged key with when it was staged (for the start-up sweep). */
  listStaged(): Promise<StagedFile[]>;
}

export interface StagedFile {
  key: string;
  stagedAt: Date;
}

/** The folder (disk) or key prefix (object store) that staged bytes wait in. */
export const STAGING_PREFIX = '.staging';

/**
 * Nothing is stored under the key. Only this means "not there": any other failure of the store
 * (a disk error, an unreachable bucket, refused credentials) is an outage and propagates as one.
 */
export class StoredFileMissingError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'StoredFileMissingError';
  }
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The start-up sweep of a store's staged files: one whose row committed (the process died before
 * moving it into place) is moved into place; one with no row, staged more than a day ago, was
 * never a file of ours and is removed. Younger ones may be uploads still under way.
 * `findStoredKeys` answers which of the keys a committed row names (the owning module's query).
 */
export async function sweepStagedFiles(
  store: FileStore,
  findStoredKeys: (keys: string[]) => Promise<Set<string>>,
  now: Date,
) {
  const staged = await store.listStaged();
  const withRow = await findStoredKeys(staged.map((file) => file.key));
  const cutoff = now.getTime() - 24 * 60 * 60 * 1000;
  let promoted = 0;
  let removed = 0;
  for (const file of staged) {
    if (withRow.has(file.key)) {
      await store.commit(file.key);
      promoted += 1;
    } else if (file.stagedAt.getTime() < cutoff) {
      await store.discard(file.key);
      removed += 1;
    }
  }
  return { promoted, removed };
}
