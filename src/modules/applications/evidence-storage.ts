import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Where evidence files live. The database keeps only the key, type, size and SHA-256; the bytes
 * go to a storage: the local disk under `<dataDir>/uploads/` by default.
 *
 * Bytes are written under a staging name first and moved into place only once the row naming
 * them has committed: a process killed in between leaves a staged file, which the start-up sweep
 * removes after a day (no row) or moves into place (the row committed) — never an orphan among
 * the evidence. See `uploadEvidence` and `sweepStagedEvidence` in service.ts.
 */
export interface EvidenceStorage {
  readonly kind: string;
  /** Writes the bytes under the key's staging name. */
  stage(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** Moves staged bytes into place under the key, once their row has committed. */
  commit(key: string): Promise<void>;
  /** Removes staged bytes whose row was never written. */
  discard(key: string): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
  /** Every staged key with when it was staged (for the start-up sweep). */
  listStaged(): Promise<StagedFile[]>;
}

export interface StagedFile {
  key: string;
  stagedAt: Date;
}

/** Keys look like `2026/11/<uuid>`: no user input ever reaches a path. */
export function newStorageKey(now: Date): string {
  const year = now.getUTCFullYear();
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${year}/${month}/${randomUUID()}`;
}

export const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

/** The folder (disk) or key prefix (object store) that staged bytes wait in. */
export const STAGING_PREFIX = '.staging';

export class DiskEvidenceStorage implements EvidenceStorage {
  readonly kind = 'disk';
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string, staged = false): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`invalid storage key: ${key}`);
    const path = staged ? resolve(this.root, STAGING_PREFIX, key) : resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`storage key escapes the root: ${key}`);
    return path;
  }

  async stage(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key, true);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes, { flag: 'wx', mode: 0o600 });
  }

  async commit(key: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // NOTE: a rename within one file system: the file appears in place whole, or not at all.
    await rename(this.pathOf(key, true), path);
  }

  async discard(key: string): Promise<void> {
    await rm(this.pathOf(key, true), { force: true });
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async listStaged(): Promise<StagedFile[]> {
    const folder = join(this.root, STAGING_PREFIX);
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      },
    );
    const staged: StagedFile[] = [];
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const key = relative(folder, path).split(sep).join('/');
      // Only what stage() could have written; anything else there is not ours to touch.
      if (KEY_PATTERN.test(key)) staged.push({ key, stagedAt: (await stat(path)).mtime });
    }
    return staged;
  }
}

export function diskStorageUnder(dataDir: string): DiskEvidenceStorage {
  return new DiskEvidenceStorage(join(dataDir, 'uploads'));
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface SniffedType {
  contentType: 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/webp';
  extension: 'pdf' | 'png' | 'jpg' | 'webp';
}

/**
 * The type of a file from its first bytes (magic numbers), never from the name or the client's
 * Content-Type. Only PDF, PNG, JPEG and WebP are evidence; anything else is undefined.
 */
export function sniffEvidenceType(bytes: Buffer): SniffedType | undefined {
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-')
    return { contentType: 'application/pdf', extension: 'pdf' };
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return { contentType: 'image/png', extension: 'png' };
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return { contentType: 'image/jpeg', extension: 'jpg' };
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return { contentType: 'image/webp', extension: 'webp' };
  return undefined;
}

/** The largest evidence file accepted, in bytes. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
