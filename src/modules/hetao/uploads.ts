import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Datasheets uploaded with a consultation question. The type is decided by the file's first
 * bytes, never by its name or the browser's claim; only PDF and raster images are kept, named
 * for their type. Files are written without any execute bit under
 * `<dataDir>/uploads/hetao/<question>/<id>.<ext>` and served back only as downloads (routes.ts).
 *
 * The bytes are written under `.staging/` first and moved into place once their row has
 * committed: a process killed in between leaves a staged file for the start-up sweep (see
 * `sweepStagedDatasheets` in service.ts), never an orphan beside the datasheets.
 */

/** One datasheet at most 10 MiB; a question at most 5 of them. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_QUESTION = 5;

export interface SniffedType {
  mediaType: 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';
  extension: 'pdf' | 'png' | 'jpg' | 'gif' | 'webp';
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0) {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** Identifies PDF, PNG, JPEG, GIF and WebP by their magic bytes; anything else is undefined. */
export function sniffAttachmentType(bytes: Uint8Array): SniffedType | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return { mediaType: 'application/pdf', extension: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', extension: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a')))
    return { mediaType: 'image/gif', extension: 'gif' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
    return { mediaType: 'image/webp', extension: 'webp' };
  return undefined;
}

/**
 * A file name safe to store and show: no directories, no control or bidi-override characters,
 * at most 120 characters, never empty.
 */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 120);
  return cleaned || 'datasheet';
}

export function uploadsRoot(dataDir: string): string {
  return resolve(dataDir, 'uploads', 'hetao');
}

/** Where staged bytes wait, inside the uploads root. */
const STAGING_FOLDER = '.staging';

/** Resolves a stored relative path, refusing anything that would leave the uploads root. */
export function resolveStoredPath(dataDir: string, storagePath: string, staged = false): string {
  const root = uploadsRoot(dataDir);
  const full = staged ? resolve(root, STAGING_FOLDER, storagePath) : resolve(root, storagePath);
  if (!full.startsWith(root + sep)) throw new Error(`stored path escapes the uploads root`);
  return full;
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
  const full = resolveStoredPath(dataDir, storagePath, true);
  await mkdir(dirname(full), { recursive: true, mode: 0o700 });
  await writeFile(full, bytes, { flag: 'wx', mode: 0o600 });
  return { storagePath, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Moves staged bytes into place, once the row naming them has committed. */
export async function commitAttachment(dataDir: string, storagePath: string): Promise<void> {
  const full = resolveStoredPath(dataDir, storagePath);
  await mkdir(dirname(full), { recursive: true, mode: 0o700 });
  // NOTE: a rename within one file system: the file appears in place whole, or not at all.
  await rename(resolveStoredPath(dataDir, storagePath, true), full);
}

/** Removes staged bytes whose row could not be written. */
export async function discardAttachment(dataDir: string, storagePath: string): Promise<void> {
  await rm(resolveStoredPath(dataDir, storagePath, true), { force: true });
}

/** What stageAttachment writes: `<question id>/<attachment id>.<extension>`. */
const STORAGE_PATH_PATTERN = /^[0-9a-f-]{36}\/[0-9a-f-]{36}\.(pdf|png|jpg|gif|webp)$/;

/**
 * Every staged file, as the storage path it would have, with when it was staged. Only what
 * stageAttachment could have written: anything else there is not ours to touch.
 */
export async function listStagedAttachments(
  dataDir: string,
): Promise<{ storagePath: string; stagedAt: Date }[]> {
  const folder = join(uploadsRoot(dataDir), STAGING_FOLDER);
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  const staged: { storagePath: string; stagedAt: Date }[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const storagePath = relative(folder, path);
    if (STORAGE_PATH_PATTERN.test(storagePath))
      staged.push({ storagePath, stagedAt: (await stat(path)).mtime });
  }
  return staged;
}

export async function readAttachment(dataDir: string, storagePath: string): Promise<Buffer> {
  return readFile(resolveStoredPath(dataDir, storagePath));
}
