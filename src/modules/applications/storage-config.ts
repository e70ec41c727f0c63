import { z } from 'zod';
import type { AppConfig } from '../../config';
import { s3ConnectionEnvironment, s3ConnectionFrom } from '../../shared/storage/s3-client';
import { diskStorageUnder, S3EvidenceStorage, type EvidenceStorage } from './evidence-storage';

/**
 * Where evidence files go, from the environment:
 *   (default)                 the local disk under `<DATA_DIR>/uploads/`
 *   EVIDENCE_STORAGE=s3       an S3-compatible store, with S3_ENDPOINT, S3_REGION, S3_BUCKET,
 *                             S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and optionally
 *                             S3_FORCE_PATH_STYLE=true (MinIO and most self-hosted stores)
 * A half-configured S3 store stops the server at start-up, naming the missing variables.
 */
const { S3_ENDPOINT, S3_REGION, ...credentials } = s3ConnectionEnvironment.shape;
const s3Environment = z.object({
  S3_ENDPOINT,
  S3_REGION,
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name'),
  ...credentials,
});

export function evidenceStorageFor(
  config: AppConfig,
  environment: NodeJS.ProcessEnv = process.env,
): EvidenceStorage {
  const kind = environment.EVIDENCE_STORAGE ?? 'disk';
  if (kind === 'disk') return diskStorageUnder(config.dataDir);
  if (kind !== 's3') throw new Error(`EVIDENCE_STORAGE: must be disk or s3, not "${kind}"`);
  const parsed = s3Environment.safeParse(environment);
  if (!parsed.success)
    throw new Error(
      `Invalid evidence storage configuration:\n${parsed.error.issues
        .map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
        .join('\n')}`,
    );
  return new S3EvidenceStorage({ ...s3ConnectionFrom(parsed.data), bucket: parsed.data.S3_BUCKET });
}
