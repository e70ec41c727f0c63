import type { FileStore } from '../../shared/storage/file-store';
import { fileStoreFor, type FileArea } from '../../shared/storage/file-storage';

/**
 * Documents uploaded with a white-list application (issue #16 item 1): the same sniffed types
 * and limits as the desk's datasheets (uploads.ts), in their own area of the one file store,
 * `hetao-white-list`: `<dataDir>/uploads/hetao-white-list/<application>/<id>.<ext>` on disk, the
 * same key in the bucket. Staged first, moved into place once their row has committed.
 */

/** An application holds at most 10 documents (a platform limit, not a rule of the policy). */
export const DOCUMENTS_PER_APPLICATION = 10;

export const WHITE_LIST_DOCUMENT_AREA: FileArea = {
  folder: 'hetao-white-list',
  keyPattern: /^[0-9a-f-]{36}\/[0-9a-f-]{36}\.(pdf|png|jpg|gif|webp)$/,
};

export type WhiteListDocumentStore = FileStore;

export function whiteListDocumentStoreFor(
  config: { dataDir: string },
  environment: NodeJS.ProcessEnv = process.env,
): WhiteListDocumentStore {
  return fileStoreFor(config, WHITE_LIST_DOCUMENT_AREA, environment);
}

export function documentKey(applicationId: string, documentId: string, extension: string) {
  return `${applicationId}/${documentId}.${extension}`;
}
