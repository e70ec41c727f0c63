import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

/**
 * Datasheets uploaded with a consultation question. The type is decided by the file's first
 * bytes, never by its name or the browser's claim; only PDF and raster images are kept. Files
 * are written without any execute bit under `<dataDir>/uploads/hetao/<question>/<id>.<ext>` and
 * served back only as downloads (see routes.ts).
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

/** Resolves a stored relative path, refusing anything that would leave the uploads root. */
export function resolveStoredPath(dataDir: string, storagePath: string): string {
  const root = uploadsRoot(dataDir);
  const full = resolve(root, storagePath);
  if (!full.startsWith(root + sep)) throw new Error(`stored path escapes the uploads root`);
  return full;
}

/** Writes the bytes (mode 0600, never overwriting) and returns the relative path and SHA-256. */
export async function storeAttachment(
  dataDir: string,
  questionId: string,
  attachmentId: string,
  type: SniffedType,
  bytes: Uint8Array,
): Promise<{ storagePath: string; sha256: string }> {
  const storagePath = join(questionId, `${attachmentId}.${type.extension}`);
  const full = resolveStoredPath(dataDir, storagePath);
  await mkdir(dirname(full), { recursive: true, mode: 0o700 });
  await writeFile(full, bytes, { flag: 'wx', mode: 0o600 });
  return { storagePath, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function readAttachment(dataDir: string, storagePath: string): Promise<Buffer> {
  return readFile(resolveStoredPath(dataDir, storagePath));
}

/** Removes a stored file whose database row could not be written. */
export async function removeAttachment(dataDir: string, storagePath: string): Promise<void> {
  await rm(resolveStoredPath(dataDir, storagePath), { force: true });
}
