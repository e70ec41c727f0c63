import { createHash, createHmac } from 'node:crypto';
import {
  KEY_PATTERN,
  STAGING_PREFIX,
  type EvidenceStorage,
  type StagedFile,
} from './evidence-storage';

/**
 * Evidence storage in an S3-compatible object store (AWS S3, MinIO, Ceph, Tencent COS, Alibaba
 * OSS in S3 mode…), spoken as plain HTTP with AWS Signature Version 4 — no SDK.
 */
export interface S3Settings {
  /** e.g. https://s3.cn-south-1.amazonaws.com.cn or http://127.0.0.1:9000 */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (`endpoint/bucket/key`), as MinIO and most self-hosted stores need. */
  forcePathStyle: boolean;
}

function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/** RFC 3986 encoding as SigV4 wants it (everything but unreserved characters). */
function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export interface SignableRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  /** Hex SHA-256 of the body, or `UNSIGNED-PAYLOAD`. */
  payloadHash: string;
}

/**
 * Signs a request with AWS Signature Version 4 (service `s3`): returns the headers to send,
 * `Authorization`, `x-amz-date` and `x-amz-content-sha256` included. Pure: the time is an input.
 */
export function signS3Request(
  request: SignableRequest,
  credentials: { accessKeyId: string; secretAccessKey: string; region: string },
  now: Date,
): Record<string, string> {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {
    ...request.headers,
    host: request.url.host,
    'x-amz-date': amzDate,
    'x-amz-content-sha256': request.payloadHash,
  };
  const lower = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, ' ')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const signedHeaders = lower.map(([name]) => name).join(';');
  const canonicalHeaders = lower.map(([name, value]) => `${name}:${value}\n`).join('');
  // S3 encodes the path once: each segment as it is in the URL (already percent-encoded).
  const canonicalUri = request.url.pathname || '/';
  const canonicalQuery = [...request.url.searchParams.entries()]
    .map(([name, value]) => [encodeRfc3986(name), encodeRfc3986(value)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonicalRequest = [
    request.method,
    canonicalUri,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    request.payloadHash,
  ].join('\n');
  const scope = `${day}/${credentials.region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = hmac(
    hmac(hmac(hmac(`AWS4${credentials.secretAccessKey}`, day), credentials.region), 's3'),
    'aws4_request',
  );
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}

export class S3EvidenceStorage implements EvidenceStorage {
  readonly kind = 's3';

  constructor(
    private readonly settings: S3Settings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The bucket's URL (`key` empty) or an object's. */
  private urlOf(key: string): URL {
    const endpoint = new URL(this.settings.endpoint);
    const path = key.split('/').map(encodeRfc3986).join('/');
    if (this.settings.forcePathStyle) {
      const base = `${endpoint.pathname.replace(/\/$/, '')}/${this.settings.bucket}`;
      endpoint.pathname = key ? `${base}/${path}` : base;
      return endpoint;
    }
    endpoint.hostname = `${this.settings.bucket}.${endpoint.hostname}`;
    endpoint.pathname = `/${path}`;
    return endpoint;
  }

  private async send(
    method: string,
    url: URL,
    options: { body?: Buffer; headers?: Record<string, string> } = {},
  ) {
    const headers = signS3Request(
      {
        method,
        url,
        headers: options.headers ?? {},
        payloadHash: sha256Hex(options.body ?? ''),
      },
      this.settings,
      this.now(),
    );
    delete headers.host; // fetch sets it
    const response = await fetch(url, {
      method,
      headers,
      ...(options.body ? { body: new Uint8Array(options.body) } : {}),
    });
    if (!response.ok && !(method === 'DELETE' && response.status === 404)) {
      const text = await response.text().catch(() => '');
      throw new Error(
        `S3 ${method} ${url.pathname} failed: ${response.status} ${text.slice(0, 300)}`,
      );
    }
    return response;
  }

  private stagedKey(key: string) {
    return `${STAGING_PREFIX}/${key}`;
  }

  async stage(key: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.send('PUT', this.urlOf(this.stagedKey(key)), {
      body: bytes,
      headers: { 'content-type': contentType },
    });
  }

  /** A server-side copy into place, then the staged object removed (S3 has no rename). */
  async commit(key: string): Promise<void> {
    const source = `/${this.settings.bucket}/${this.stagedKey(key).split('/').map(encodeRfc3986).join('/')}`;
    const response = await this.send('PUT', this.urlOf(key), {
      headers: { 'x-amz-copy-source': source },
    });
    // NOTE: a copy can fail after S3 has answered 200; the error is then in the body.
    const text = await response.text();
    if (text.includes('<Error>'))
      throw new Error(`S3 copy of ${key} failed: ${text.slice(0, 300)}`);
    await this.discard(key);
  }

  async discard(key: string): Promise<void> {
    await this.send('DELETE', this.urlOf(this.stagedKey(key)));
  }

  async get(key: string): Promise<Buffer> {
    const response = await this.send('GET', this.urlOf(key));
    return Buffer.from(await response.arrayBuffer());
  }

  async remove(key: string): Promise<void> {
    await this.send('DELETE', this.urlOf(key));
  }

  /** Lists the staging prefix page by page (ListObjectsV2). */
  async listStaged(): Promise<StagedFile[]> {
    const staged: StagedFile[] = [];
    let continuationToken: string | undefined;
    do {
      const url = this.urlOf('');
      url.searchParams.set('list-type', '2');
      url.searchParams.set('prefix', `${STAGING_PREFIX}/`);
      if (continuationToken) url.searchParams.set('continuation-token', continuationToken);
      const xml = await (await this.send('GET', url)).text();
      for (const [, contents] of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
        const key = xmlText(contents!, 'Key')?.slice(STAGING_PREFIX.length + 1);
        const modified = xmlText(contents!, 'LastModified');
        if (key && modified && KEY_PATTERN.test(key))
          staged.push({ key, stagedAt: new Date(modified) });
      }
      continuationToken =
        xmlText(xml, 'IsTruncated') === 'true' ? xmlText(xml, 'NextContinuationToken') : undefined;
    } while (continuationToken);
    return staged;
  }
}

/** The text of the first `<name>` element in a small, flat piece of S3's XML. */
function xmlText(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
  if (!match) return undefined;
  return match[1]!
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
