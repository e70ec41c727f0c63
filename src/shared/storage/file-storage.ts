import { join } from 'node:path';
import { z } from 'zod';
import { DiskFileStore } from './disk-file-store';
import type { FileStore } from './file-store';
import { s3ConnectionEnvironment, s3ConnectionFrom } from './s3-client';
import { S3FileStore, type S3StoreSettings } from './s3-file-store';

/**
 * Where every uploaded file goes — application evidence and Hetao datasheets alike — from the
 * environment:
 *   (default)            the local disk under `<DATA_DIR>/uploads/`
 *   FILE_STORAGE=s3      an S3-compatible store, with S3_ENDPOINT, S3_REGION, S3_BUCKET,
 *                        S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and optionally
 *                        S3_FORCE_PATH_STYLE=true (MinIO and most self-hosted stores)
 * `EVIDENCE_STORAGE`, the earlier setting for application evidence alone, is still read for
 * evidence — and for evidence only: a deployment that set it keeps its Hetao datasheets where they
 * always were (on disk) until it sets `FILE_STORAGE`. A half-configured S3 store stops the server
 * at start-up, naming the missing variables.
 *
 * Each use keeps its files in its own area: a folder under `<DATA_DIR>/uploads/` on disk, the
 * same prefix in the bucket.
 */
export type FileStorageSettings =
  { kind: 'disk'; root: string } | { kind: 's3'; bucket: S3StoreSettings };

/** The files of one use: where they live, and what their keys look like. */
export interface FileArea {
  /**
   * The folder under the uploads root (and key prefix in the bucket), e.g. `hetao`; '' for the
   * root itself.
   */
  folder: string;
  /** Only keys the use itself makes: no user input ever reaches a path or an object key. */
  keyPattern: RegExp;
  /** The variable that chose this area's storage before `FILE_STORAGE` existed, if any. */
  earlierVariable?: 'EVIDENCE_STORAGE';
}

const { S3_ENDPOINT, S3_REGION, ...credentials } = s3ConnectionEnvironment.shape;
const s3Environment = z.object({
  S3_ENDPOINT,
  S3_REGION,
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name'),
  ...credentials,
});

/** Reads {@link FileStorageSettings} from the environment; throws naming every bad variable. */
export function fileStorageSettingsFrom(
  dataDir: string,
  environment: NodeJS.ProcessEnv = process.env,
  earlierVariable?: FileArea['earlierVariable'],
): FileStorageSettings {
  const chosen = environment.FILE_STORAGE || undefined;
  const earlier = earlierVariable ? environment[earlierVariable] || undefined : undefined;
  if (chosen && earlier && chosen !== earlier)
    throw new Error(
      `FILE_STORAGE=${chosen} and ${earlierVariable}=${earlier} disagree: set FILE_STORAGE only`,
    );
  const kind = chosen ?? earlier ?? 'disk';
  const variable = !chosen && earlier && earlierVariable ? earlierVariable : 'FILE_STORAGE';
  if (kind === 'disk') return { kind: 'disk', root: join(dataDir, 'uploads') };
  if (kind !== 's3') throw new Error(`${variable}: must be disk or s3, not "${kind}"`);
  const parsed = s3Environment.safeParse(environment);
  if (!parsed.success)
    throw new Error(
      `Invalid file storage configuration (${variable}=s3):\n${parsed.error.issues
        .map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
        .join('\n')}`,
    );
  return {
    kind: 's3',
    bucket: { ...s3ConnectionFrom(parsed.data), bucket: parsed.data.S3_BUCKET },
  };
}

/** The store of one area, on disk or in the bucket as the settings say. */
export function fileStoreOf(settings: FileStorageSettings, area: FileArea): FileStore {
  if (settings.kind === 'disk')
    return new DiskFileStore(join(settings.root, area.folder), area.keyPattern);
  return new S3FileStore(settings.bucket, area.keyPattern, area.folder ? `${area.folder}/` : '');
}

/** The store of one area as the environment configures it (see {@link FileStorageSettings}). */
export function fileStoreFor(
  config: { dataDir: string },
  area: FileArea,
  environment: NodeJS.ProcessEnv = process.env,
): FileStore {
  return fileStoreOf(
    fileStorageSettingsFrom(config.dataDir, environment, area.earlierVariable),
    area,
  );
}
