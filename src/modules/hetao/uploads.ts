import { join, resolve } from 'node:path';
import { cleanFileName as cleanUploadedName } from '../../shared/file-name';
import { DiskFileStore } from '../../shared/storage/disk-file-store';
import { sha256Of } from '../../shared/storage/file-store';
import { sniffFileType, type FileType } from '../../shared/storage/file-type';

/**
 * Datasheets uploaded with a consultation question. The type is decided by the file's first
 * bytes, never by its name or the browser's claim; only PDF and raster images are kept, named
 * for their type. Files are written without any execute bit under
 * `<dataDir>/uploads/hetao/<question>/<id>.<ext>` and served back only as downloads (routes.ts).
 *
 * The bytes live in a disk {@link DiskFileStore} (src/shared/storage): staged under `.staging/`
 * first and moved into place once their row has committed, so a process killed in between leaves
 * a staged file for the start-up sweep (see `sweepStagedDatasheets` in service.ts), never an
 * orphan beside the datasheets.
 */

/** One datasheet at most 10 MiB; a question at most 5 of them. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_QUESTION = 5;

const ATTACHMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
] as const;

export type SniffedType = FileType<(typeof ATTACHMENT_TYPES)[number]>;

/** Identifies PDF, PNG, JPEG, GIF and WebP by their magic bytes; anything else is undefined. */
export function sniffAttachmentType(bytes: Uint8Array): SniffedType | undefined {
  return sniffFileType(bytes, ATTACHMENT_TYPES);
}

/**
 * A file name safe to store and show: no directories, no control or bidi-override characters,
 * at most 120 characters, never empty.
 */
export function cleanFileName(name: string | undefined): string {
  return cleanUploadedName(name, 'datasheet');
}

export function uploadsRoot(dataDir: string): string {
  return resolve(dataDir, 'uploads', 'hetao');
}

/** What stageAttachment writes: `<question id>/<attachment id>.<extension>`. */
const STORAGE_PATH_PATTERN = /^[0-9a-f-]{36}\/[0-9a-f-]{36}\.(pdf|png|jpg|gif|webp)$/;

function storeUnder(dataDir: string): DiskFileStore {
  return new DiskFileStore(uploadsRoot(dataDir), STORAGE_PATH_PATTERN);
}

/** Resolves a stored relative path, refusing anything that would leave the uploads root. */
export function resolveStoredPath(dataDir: string, storagePath: string, staged = false): string {
  return storeUnder(dataDir).pathOf(storagePath, staged);
}

/**
 * Writes the bytes under their staging name (mode 0600, never overwriting) and returns the
 * relative path they will have once committed, and their SHA-256.
 */
export async function stageAttachment(
  dataDir: string,
  questionId: string,
  attachmentId: string,
  type: SniffedType,
  bytes: Uint8Array,
): Promise<{ storagePath: string; sha256: string }> {
  const storagePath = join(questionId, `${attachmentId}.${type.extension}`);
  await storeUnder(dataDir).stage(storagePath, bytes);
  return { storagePath, sha256: sha256Of(bytes) };
}

/** Moves staged bytes into place, once the row naming them has committed. */
export async function commitAttachment(dataDir: string, storagePath: string): Promise<void> {
  await storeUnder(dataDir).commit(storagePath);
}

/** Removes staged bytes whose row could not be written. */
export async function discardAttachment(dataDir: string, storagePath: string): Promise<void> {
  await storeUnder(dataDir).discard(storagePath);
}

/**
 * Every staged file, as the storage path it would have, with when it was staged. Only what
 * stageAttachment could have written: anything else there is not ours to touch.
 */
export async function listStagedAttachments(
  dataDir: string,
): Promise<{ storagePath: string; stagedAt: Date }[]> {
  const staged = await storeUnder(dataDir).listStaged();
  return staged.map(({ key, stagedAt }) => ({ storagePath: key, stagedAt }));
}

/** The stored bytes; a StoredFileMissingError when the file is not there. */
export async function readAttachment(dataDir: string, storagePath: string): Promise<Buffer> {
  return storeUnder(dataDir).get(storagePath);
}
