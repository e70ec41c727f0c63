import { createHash, createHmac } from 'node:crypto';
import type { EvidenceStorage } from './evidence-storage';

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

  private urlOf(key: string): URL {
    const endpoint = new URL(this.settings.endpoint);
    const path = key.split('/').map(encodeRfc3986).join('/');
    if (this.settings.forcePathStyle) {
      endpoint.pathname = `${endpoint.pathname.replace(/\/$/, '')}/${this.settings.bucket}/${path}`;
      return endpoint;
    }
    endpoint.hostname = `${this.settings.bucket}.${endpoint.hostname}`;
    endpoint.pathname = `/${path}`;
    return endpoint;
  }

  private async send(method: string, key: string, body?: Buffer, contentType?: string) {
    const url = this.urlOf(key);
    const headers = signS3Request(
      {
        method,
        url,
        headers: contentType ? { 'content-type': contentType } : {},
        payloadHash: sha256Hex(body ?? ''),
      },
      this.settings,
      this.now(),
    );
    delete headers.host; // fetch sets it
    const response = await fetch(url, {
      method,
      headers,
      ...(body ? { body: new Uint8Array(body) } : {}),
    });
    if (!response.ok && !(method === 'DELETE' && response.status === 404)) {
      const text = await response.text().catch(() => '');
      throw new Error(`S3 ${method} ${key} failed: ${response.status} ${text.slice(0, 300)}`);
    }
    return response;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.send('PUT', key, bytes, contentType);
  }

  async get(key: string): Promise<Buffer> {
    const response = await this.send('GET', key);
    return Buffer.from(await response.arrayBuffer());
  }

  async remove(key: string): Promise<void> {
    await this.send('DELETE', key);
  }
}
