import type { FileStore } from '../../shared/storage/file-store';
import { fileStoreFor, type FileArea } from '../../shared/storage/file-storage';
import { sniffFileType, type FileType } from '../../shared/storage/file-type';

/**
 * Datasheets uploaded with a consultation question. The type is decided by the file's first
 * bytes, never by its name or the browser's claim; only PDF and raster images are kept, named
 * for their type, and served back only as downloads (questions-routes.ts).
 *
 * The bytes live in the one file store (src/shared/storage/file-storage.ts), in the `hetao` area:
 * `<dataDir>/uploads/hetao/<question>/<id>.<ext>` on disk (no execute bit), or
 * `hetao/<question>/<id>.<ext>` in the bucket when S3 is configured. They are staged first and
 * moved into place once their row has committed, so a process killed in between leaves a staged
 * file for the start-up sweep (see `sweepStagedDatasheets` in questions-service.ts), never an
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

/** Where datasheets are kept; their keys are `<question id>/<attachment id>.<extension>`. */
export const DATASHEET_AREA: FileArea = {
  folder: 'hetao',
  keyPattern: /^[0-9a-f-]{36}\/[0-9a-f-]{36}\.(pdf|png|jpg|gif|webp)$/,
};

export type DatasheetStore = FileStore;

/** The datasheet store as configured (disk by default, S3 with FILE_STORAGE=s3). */
export function datasheetStoreFor(
  config: { dataDir: string },
  environment: NodeJS.ProcessEnv = process.env,
): DatasheetStore {
  return fileStoreFor(config, DATASHEET_AREA, environment);
}

/** The storage path (key) of a datasheet: server-made, never from the client's name. */
export function datasheetKey(questionId: string, attachmentId: string, type: SniffedType): string {
  return `${questionId}/${attachmentId}.${type.extension}`;
}
