import { z } from 'zod';
import type { AppConfig } from '../../config';
import { diskStorageUnder, type EvidenceStorage } from './evidence-storage';
import { S3EvidenceStorage } from './s3-storage';

/**
 * Where evidence files go, from the environment:
 *   (default)                 the local disk under `<DATA_DIR>/uploads/`
 *   EVIDENCE_STORAGE=s3       an S3-compatible store, with S3_ENDPOINT, S3_REGION, S3_BUCKET,
 *                             S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and optionally
 *                             S3_FORCE_PATH_STYLE=true (MinIO and most self-hosted stores)
 * A half-configured S3 store stops the server at start-up, naming the missing variables.
 */
const s3Environment = z.object({
  S3_ENDPOINT: z.url('must be a URL such as https://s3.cn-south-1.amazonaws.com.cn'),
  S3_REGION: z.string().min(1, 'must not be empty'),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name'),
  S3_ACCESS_KEY_ID: z.string().min(1, 'must not be empty'),
  S3_SECRET_ACCESS_KEY: z.string().min(1, 'must not be empty'),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
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
  const env = parsed.data;
  return new S3EvidenceStorage({
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket: env.S3_BUCKET,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
  });
}
