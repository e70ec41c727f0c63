import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AuditAnchorConfig } from '../../config';
import { createS3Client, s3Failure } from '../../shared/storage/s3-client';
import type { AuditAnchor } from './anchors';

/**
 * Where anchors are published, outside the database: a JSON-lines file that is only ever
 * appended to, and optionally one object per anchor in an S3 bucket (immutable when the bucket
 * has Object Lock).
 */

/** One line of an anchor file, numbered from 1 as an editor numbers it. */
export interface AnchorLine {
  line: number;
  text: string;
}

/**
 * Appends one anchor as a line and fsyncs it before returning. The file is opened O_APPEND (and
 * created 0600 if missing): every write lands at the end, nothing earlier is rewritten.
 */
export async function appendAnchorToFile(file: string, anchor: AuditAnchor): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const handle = await open(
    file,
    constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT,
    0o600,
  );
  try {
    // NOTE: one write call per line, so two writers appending at once (the server's timer and
    // `audit anchor`) never interleave within a line.
    await handle.write(`${JSON.stringify(anchor)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Every non-blank line of the anchor file, in order; none when it does not exist yet. */
export async function readAnchorFile(file: string): Promise<AnchorLine[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter(({ text: line }) => line !== '');
}

type AnchorBucket = NonNullable<AuditAnchorConfig['s3']>;

/**
 * Writes the anchor as its own object, `<prefix><seq, 12 digits>-<time>-<random>.json`, holding
 * the same line as the file (so `cat` of the objects is an anchor file `audit verify --anchors`
 * reads). With retentionDays it asks for COMPLIANCE-mode Object Lock retention: nobody, the bucket
 * owner included, can delete or overwrite the object until then. Returns the object key.
 */
export async function putAnchorInBucket(
  bucket: AnchorBucket,
  anchor: AuditAnchor,
  now: Date,
): Promise<string> {
  const key = `${bucket.prefix}${String(anchor.seq).padStart(12, '0')}-${anchor.anchoredAt.replace(/[-:.]/g, '')}-${randomBytes(4).toString('hex')}.json`;
  const body = Buffer.from(`${JSON.stringify(anchor)}\n`);
  const command = new PutObjectCommand({
    Bucket: bucket.bucket,
    Key: key,
    Body: body,
    ContentType: 'application/json',
    // S3 requires Content-MD5 (or a checksum) on any write to an Object Lock bucket.
    ContentMD5: createHash('md5').update(body).digest('base64'),
    ...(bucket.retentionDays !== undefined && { ObjectLockMode: 'COMPLIANCE' }),
  });
  if (bucket.retentionDays !== undefined) {
    const retainUntil = new Date(now.getTime() + bucket.retentionDays * 86_400_000);
    // NOTE: set as a header, not as ObjectLockRetainUntilDate: the SDK would drop the
    // milliseconds, and the date sent has always been the full ISO 8601 form.
    command.middlewareStack.add(
      (next) => (args) => {
        const request = args.request as { headers: Record<string, string> };
        request.headers['x-amz-object-lock-retain-until-date'] = retainUntil.toISOString();
        return next(args);
      },
      { step: 'build', name: 'objectLockRetainUntilDate' },
    );
  }
  const client = createS3Client(bucket);
  try {
    await client.send(command);
  } catch (error) {
    throw s3Failure('PUT', key, error);
  } finally {
    client.destroy();
  }
  return key;
}
