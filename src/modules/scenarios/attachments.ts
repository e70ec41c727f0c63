import type { FileStore } from '../../shared/storage/file-store';
import { fileStoreFor, type FileArea } from '../../shared/storage/file-storage';
import { sniffFileType, type FileType } from '../../shared/storage/file-type';

/**
 * Files of a scenario proposal: the company's attachments and the agency's evidence of use. The
 * type comes from the first bytes; only PDF and raster images are kept, and the evidence of use
 * can be copied into a `scenario.gov-deployment` application (which takes the same types).
 * Stored in the `scenarios` area of the one file store, staged first and moved into place once
 * the row has committed.
 */
export const SCENARIO_FILE_MAX_BYTES = 10 * 1024 * 1024;

const SCENARIO_FILE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;

export type ScenarioFileType = FileType<(typeof SCENARIO_FILE_TYPES)[number]>;

export function sniffScenarioFileType(bytes: Uint8Array): ScenarioFileType | undefined {
  return sniffFileType(bytes, SCENARIO_FILE_TYPES);
}

export const SCENARIO_AREA: FileArea = {
  folder: 'scenarios',
  keyPattern: /^[0-9a-f-]{36}\/[0-9a-f-]{36}\.(pdf|png|jpg|webp)$/,
};

export type ScenarioFileStore = FileStore;

export function scenarioFileStoreFor(
  config: { dataDir: string },
  environment: NodeJS.ProcessEnv = process.env,
): ScenarioFileStore {
  return fileStoreFor(config, SCENARIO_AREA, environment);
}

/** `<proposal>/<attachment>.<ext>`: made by the server, never from the client's file name. */
export function scenarioFileKey(proposalId: string, attachmentId: string, type: ScenarioFileType) {
  return `${proposalId}/${attachmentId}.${type.extension}`;
}
