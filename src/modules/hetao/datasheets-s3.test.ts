import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { hetaoAttachments } from '../../db/schema/hetao';
import { sweepStagedUploads } from '../../server';
import { S3FileStore } from '../../shared/storage/s3-file-store';
import { formWithFile, PDF_BYTES, registerOrganisation } from './test-support';
import { datasheetStoreFor } from './uploads';

/**
 * Datasheets go to the S3-compatible bucket when the file storage is configured for it, like
 * evidence: staged, moved into place once their row commits, swept at start-up, and downloaded
 * through the same route with the same headers. Against s3rver (a fake S3 server).
 */
const S3_VARIABLES = [
  'FILE_STORAGE',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_BUCKET',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const;

describe('Hetao datasheets in S3', () => {
  const directory = mkdtempSync(join(tmpdir(), 'hetao-s3rver-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'hetao-s3-data-'));
  const saved = Object.fromEntries(S3_VARIABLES.map((name) => [name, process.env[name]]));
  let s3: S3rver;
  let server: TestServer;
  let importer: TestClient;
  let bucketRoot: S3FileStore;

  beforeAll(async () => {
    s3 = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory,
      configureBuckets: [{ name: 'uploads', configs: [] }],
    });
    const { port } = await s3.run();
    // NOTE: the routes read the storage configuration from the environment, as in production.
    Object.assign(process.env, {
      FILE_STORAGE: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: 'us-east-1',
      S3_BUCKET: 'uploads',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
    });
    bucketRoot = new S3FileStore(
      {
        endpoint: `http://127.0.0.1:${port}`,
        region: 'us-east-1',
        bucket: 'uploads',
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        forcePathStyle: true,
      },
      /^hetao\/.+$/,
    );
    server = await startTestServer({ dataDir });
    importer = await server.signedInClient(['founder']);
    await registerOrganisation(importer, '深圳河套对象存储测试有限公司');
  });
  afterAll(async () => {
    await server?.close();
    await s3?.close();
    for (const name of S3_VARIABLES)
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    rmSync(directory, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores the datasheet under hetao/ in the bucket and serves it as before', async () => {
    const asked = await importer.post('/api/v1/hetao/questions', {
      description: '我们进口表皮生长因子（EGF），用于细胞培养，是否在免税清单内？',
    });
    expect(asked.status, asked.text).toBe(201);
    const attached = await importer.request(
      'POST',
      `/api/v1/hetao/questions/${asked.body.id}/attachments`,
      { body: formWithFile({ bytes: PDF_BYTES, name: 'EGF.html', type: 'text/html' }) },
    );
    expect(attached.status, attached.text).toBe(201);
    const [attachment] = attached.body.attachments;
    expect(attachment).toMatchObject({ fileName: 'EGF.pdf', mediaType: 'application/pdf' });
    const [row] = await server.database.db
      .select()
      .from(hetaoAttachments)
      .where(eq(hetaoAttachments.id, attachment.id));
    const objectKey = `hetao/${row!.storagePath}`;
    expect(Buffer.from(await bucketRoot.get(objectKey)).equals(Buffer.from(PDF_BYTES))).toBe(true);
    expect(await datasheetStoreFor(server.config).listStaged()).toEqual([]);

    const download = await importer.get(attachment.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="EGF.pdf"; filename*=UTF-8''EGF.pdf`,
    );
    expect(download.headers.get('content-security-policy')).toMatch(/sandbox/);

    // A crash after the commit, before the move: the sweep moves the staged object into place.
    const store = datasheetStoreFor(server.config);
    await bucketRoot.remove(objectKey);
    const missing = await importer.get(attachment.url);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('hetao.attachment_not_found');
    await store.stage(row!.storagePath, PDF_BYTES, 'application/pdf');
    expect(await sweepStagedUploads(server.database, server.config)).toEqual({
      promoted: 1,
      removed: 0,
    });
    expect((await importer.get(attachment.url)).status).toBe(200);
  });
});
