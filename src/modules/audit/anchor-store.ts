import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AuditAnchorConfig } from '../../config';
import { signS3Request } from '../applications/s3-storage';
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

/** RFC 3986 encoding as SigV4 wants it (everything but unreserved characters). */
function encodeKeySegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function objectUrl(bucket: AnchorBucket, key: string): URL {
  const url = new URL(bucket.endpoint);
  const path = key.split('/').map(encodeKeySegment).join('/');
  if (bucket.forcePathStyle) {
    url.pathname = `${url.pathname.replace(/\/$/, '')}/${bucket.bucket}/${path}`;
  } else {
    url.hostname = `${bucket.bucket}.${url.hostname}`;
    url.pathname = `/${path}`;
  }
  return url;
}

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
  const url = objectUrl(bucket, key);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    // S3 requires Content-MD5 (or a checksum) on any write to an Object Lock bucket.
    'content-md5': createHash('md5').update(body).digest('base64'),
  };
  if (bucket.retentionDays !== undefined) {
    headers['x-amz-object-lock-mode'] = 'COMPLIANCE';
    headers['x-amz-object-lock-retain-until-date'] = new Date(
      now.getTime() + bucket.retentionDays * 86_400_000,
    ).toISOString();
  }
  const signed = signS3Request(
    {
      method: 'PUT',
      url,
      headers,
      payloadHash: createHash('sha256').update(body).digest('hex'),
    },
    bucket,
    now,
  );
  delete signed.host; // fetch sets it
  const response = await fetch(url, { method: 'PUT', headers: signed, body: new Uint8Array(body) });
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    throw new Error(`S3 PUT ${key} failed: ${response.status} ${text.slice(0, 300)}`);
  }
  return key;
}
