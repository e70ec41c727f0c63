import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../config';
import { StoredFileMissingError } from '../../shared/storage/file-store';
import { fileStorageSettingsFrom, fileStoreOf } from '../../shared/storage/file-storage';
import { S3FileStore } from '../../shared/storage/s3-file-store';
import { evidenceStorageFor, EVIDENCE_AREA, KEY_PATTERN, newStorageKey } from './evidence-storage';

/**
 * Recomputes a request's signature with the AWS SDK's own signer (@smithy/signature-v4), an
 * independent implementation, and says whether the request's Authorization header matches.
 */
async function signatureMatches(
  method: string,
  url: URL,
  headers: Record<string, string>,
  body: Buffer,
  secretAccessKey: string,
) {
  const authorization = headers.authorization ?? '';
  const match =
    /Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})/.exec(
      authorization,
    );
  if (!match) return false;
  const [, accessKeyId, , region, signedHeaders, signature] = match;
  if (headers['x-amz-content-sha256'] !== createHash('sha256').update(body).digest('hex'))
    return false;
  const signer = new SignatureV4({
    credentials: { accessKeyId: accessKeyId!, secretAccessKey },
    region: region!,
    service: 's3',
    sha256: Hash.bind(null, 'sha256'),
    uriEscapePath: false,
  });
  const signedNames = signedHeaders!.split(';');
  const amzDate = headers['x-amz-date']!;
  const signingDate = new Date(
    `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
  );
  const signed = await signer.sign(
    {
      method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(signedNames.map((name) => [name, headers[name] ?? ''])),
    },
    { signingDate },
  );
  return String(signed.headers.authorization ?? signed.headers.Authorization).endsWith(
    `Signature=${signature}`,
  );
}

/**
 * A round trip against s3rver (a fake S3 server) behind a gate that refuses any request whose
 * SigV4 signature the AWS SDK's signer does not reproduce — s3rver 3.7 itself does not check
 * version 4 signatures, so the gate is what makes the check real.
 */
describe('S3 evidence storage against s3rver, signatures checked by the AWS SDK signer', () => {
  const directory = mkdtempSync(join(tmpdir(), 'opc-s3rver-'));
  const SECRET = 'S3RVER';
  let server: S3rver;
  let gate: Server;
  let endpoint = '';
  beforeAll(async () => {
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory,
      configureBuckets: [{ name: 'evidence', configs: [] }],
    });
    const address = await server.run();
    const upstream = `http://127.0.0.1:${address.port}`;
    gate = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
      );
      const url = new URL(request.url ?? '/', `http://${headers.host}`);
      if (!(await signatureMatches(request.method ?? 'GET', url, headers, body, SECRET))) {
        response.writeHead(403).end('SignatureDoesNotMatch');
        return;
      }
      const forwarded = await fetch(`${upstream}${request.url}`, {
        method: request.method,
        headers: Object.fromEntries(
          Object.entries(headers).filter(([name]) => !['host', 'connection'].includes(name)),
        ),
        ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
      });
      response.writeHead(forwarded.status).end(Buffer.from(await forwarded.arrayBuffer()));
    });
    await new Promise<void>((resolveListen) => gate.listen(0, '127.0.0.1', resolveListen));
    const gateAddress = gate.address();
    endpoint = `http://127.0.0.1:${typeof gateAddress === 'object' && gateAddress ? gateAddress.port : 0}`;
  });
  afterAll(async () => {
    await new Promise((resolveClose) => gate?.close(resolveClose));
    await server?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const settings = () => ({
    endpoint,
    region: 'us-east-1',
    bucket: 'evidence',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  });

  it('stages, lists, commits, gets and removes an object', async () => {
    const storage = new S3FileStore(settings(), KEY_PATTERN);
    const key = newStorageKey(new Date());
    const bytes = Buffer.from('%PDF-1.4 evidence in S3');
    await storage.stage(key, bytes, 'application/pdf');
    await expect(storage.get(key)).rejects.toThrow(/404/);
    const staged = await storage.listStaged();
    expect(staged.map((file) => file.key)).toEqual([key]);
    expect(Math.abs(staged[0]!.stagedAt.getTime() - Date.now())).toBeLessThan(60_000);
    await storage.commit(key);
    expect(await storage.listStaged()).toEqual([]);
    expect((await storage.get(key)).equals(bytes)).toBe(true);
    await storage.remove(key);
    await expect(storage.get(key)).rejects.toThrow(/404/);
  });

  it('discards a staged object whose row was never written', async () => {
    const storage = new S3FileStore(settings(), KEY_PATTERN);
    const key = newStorageKey(new Date());
    await storage.stage(key, Buffer.from('%PDF-1.4 never evidence'), 'application/pdf');
    await storage.discard(key);
    expect(await storage.listStaged()).toEqual([]);
  });

  it('keeps each area under its own prefix in the one bucket', async () => {
    const bucket = { kind: 's3' as const, bucket: settings() };
    const evidence = fileStoreOf(bucket, EVIDENCE_AREA);
    const datasheets = fileStoreOf(bucket, {
      folder: 'hetao',
      keyPattern: /^[0-9a-f-]{36}\/[0-9a-f-]{36}\.pdf$/,
    });
    const evidenceKey = newStorageKey(new Date());
    const datasheetKey = `${randomUUID()}/${randomUUID()}.pdf`;
    await evidence.stage(evidenceKey, Buffer.from('%PDF-1.4 evidence'), 'application/pdf');
    await datasheets.stage(datasheetKey, Buffer.from('%PDF-1.4 datasheet'), 'application/pdf');
    expect((await evidence.listStaged()).map((file) => file.key)).toEqual([evidenceKey]);
    expect((await datasheets.listStaged()).map((file) => file.key)).toEqual([datasheetKey]);
    await evidence.commit(evidenceKey);
    await datasheets.commit(datasheetKey);
    expect((await datasheets.get(datasheetKey)).toString()).toBe('%PDF-1.4 datasheet');
    // The datasheet is the object `hetao/<key>`; evidence stays at the bucket's root.
    const root = new S3FileStore(settings(), /^hetao\/.+$/);
    expect((await root.get(`hetao/${datasheetKey}`)).toString()).toBe('%PDF-1.4 datasheet');
    await expect(datasheets.get('00000000-0000-4000-8000-000000000000/x.pdf')).rejects.toThrow();
    await expect(
      datasheets.get(
        '00000000-0000-4000-8000-000000000000/00000000-0000-4000-8000-000000000000.pdf',
      ),
    ).rejects.toBeInstanceOf(StoredFileMissingError);
    await evidence.remove(evidenceKey);
    await datasheets.remove(datasheetKey);
  });

  it('is refused with a wrong secret (the signature is checked)', async () => {
    const storage = new S3FileStore({ ...settings(), secretAccessKey: 'WRONG' }, KEY_PATTERN);
    await expect(
      storage.stage(newStorageKey(new Date()), Buffer.from('x'), 'application/pdf'),
    ).rejects.toThrow(/403/);
  });
});

describe('file storage configuration', () => {
  it('uses the disk by default and names every missing S3 variable', () => {
    const config = testConfig();
    expect(evidenceStorageFor(config, {}).kind).toBe('disk');
    expect(() => evidenceStorageFor(config, { EVIDENCE_STORAGE: 's3', S3_REGION: 'x' })).toThrow(
      /S3_ENDPOINT[\s\S]*S3_BUCKET[\s\S]*S3_ACCESS_KEY_ID[\s\S]*S3_SECRET_ACCESS_KEY/,
    );
    const storage = evidenceStorageFor(config, {
      EVIDENCE_STORAGE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_REGION: 'us-east-1',
      S3_BUCKET: 'evidence',
      S3_ACCESS_KEY_ID: 'a',
      S3_SECRET_ACCESS_KEY: 'b',
    });
    expect(storage.kind).toBe('s3');
  });

  it('reads FILE_STORAGE, and EVIDENCE_STORAGE as its earlier name, refusing a disagreement', () => {
    const config = testConfig();
    const s3 = {
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_REGION: 'us-east-1',
      S3_BUCKET: 'uploads',
      S3_ACCESS_KEY_ID: 'a',
      S3_SECRET_ACCESS_KEY: 'b',
    };
    expect(evidenceStorageFor(config, { FILE_STORAGE: 's3', ...s3 }).kind).toBe('s3');
    expect(evidenceStorageFor(config, { FILE_STORAGE: 'disk', ...s3 }).kind).toBe('disk');
    expect(() => evidenceStorageFor(config, { FILE_STORAGE: 'ftp' })).toThrow(
      /FILE_STORAGE: must be disk or s3/,
    );
    expect(() =>
      evidenceStorageFor(config, { FILE_STORAGE: 'disk', EVIDENCE_STORAGE: 's3', ...s3 }),
    ).toThrow(/disagree/);
  });

  it('lets EVIDENCE_STORAGE move evidence alone: datasheets stay where they were', () => {
    const config = testConfig();
    const s3 = {
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_REGION: 'us-east-1',
      S3_BUCKET: 'uploads',
      S3_ACCESS_KEY_ID: 'a',
      S3_SECRET_ACCESS_KEY: 'b',
    };
    expect(evidenceStorageFor(config, { EVIDENCE_STORAGE: 's3', ...s3 }).kind).toBe('s3');
    expect(fileStorageSettingsFrom(config.dataDir, { EVIDENCE_STORAGE: 's3', ...s3 }).kind).toBe(
      'disk',
    );
    expect(fileStorageSettingsFrom(config.dataDir, { FILE_STORAGE: 's3', ...s3 }).kind).toBe('s3');
  });
});
