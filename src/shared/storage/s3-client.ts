import { S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { z } from 'zod';

/**
 * How to reach an S3-compatible object store (AWS S3, MinIO, Ceph, Tencent COS, Alibaba OSS in
 * S3 mode…), through the AWS SDK's client. The file store (file-storage.ts) and the audit anchors
 * share it.
 */
export interface S3Connection {
  /** e.g. https://s3.cn-south-1.amazonaws.com.cn or http://127.0.0.1:9000 */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (`endpoint/bucket/key`), as MinIO and most self-hosted stores need. */
  forcePathStyle: boolean;
}

/** The environment variables that name an {@link S3Connection} (the bucket is each user's own). */
export const s3ConnectionEnvironment = z.object({
  S3_ENDPOINT: z.url('must be a URL such as https://s3.cn-south-1.amazonaws.com.cn'),
  S3_REGION: z.string().min(1, 'must not be empty'),
  S3_ACCESS_KEY_ID: z.string().min(1, 'must not be empty'),
  S3_SECRET_ACCESS_KEY: z.string().min(1, 'must not be empty'),
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
});

export function s3ConnectionFrom(env: z.output<typeof s3ConnectionEnvironment>): S3Connection {
  return {
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
  };
}

export function createS3Client(connection: S3Connection): S3Client {
  // NOTE: the SDK warns on every process start that its releases after January 2027 will need
  // Node 22. package.json pins a release range that runs on Node 20.19 (our engines floor), so
  // the warning is noise in the server's and the CLI's output; the SDK's own switch silences it.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const client = new S3Client({
    endpoint: connection.endpoint,
    region: connection.region,
    credentials: {
      accessKeyId: connection.accessKeyId,
      secretAccessKey: connection.secretAccessKey,
    },
    forcePathStyle: connection.forcePathStyle,
    // NOTE: checksums only where S3 requires them. The SDK's default adds CRC32 checksums to every
    // request, which several S3-compatible stores (older MinIO, COS, OSS) refuse or mishandle.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  // NOTE: the SDK tags object requests with an `?x-id=PutObject`-style query that S3 ignores;
  // without it each request's URL is just the object's path, as a gateway or a log expects it.
  client.middlewareStack.add(
    (next) => (args) => {
      const request = args.request as { query?: Record<string, unknown> };
      if (request.query) delete request.query['x-id'];
      return next(args);
    },
    { step: 'build', name: 'dropOperationIdQuery' },
  );
  return client;
}

/** The HTTP status of a failed S3 call, when the store answered at all. */
export function s3StatusOf(error: unknown): number | undefined {
  if (error instanceof S3ServiceException) return error.$metadata.httpStatusCode;
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

/**
 * A failed S3 call as an error that names the operation, the key and the store's answer (status
 * and error code), keeping the SDK's error as its cause.
 */
export function s3Failure(operation: string, key: string, error: unknown): Error {
  const status = s3StatusOf(error) ?? 'no answer';
  const name = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new Error(`S3 ${operation} ${key} failed: ${status} ${name.slice(0, 300)}`, {
    cause: error,
  });
}
