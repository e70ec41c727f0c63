import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import { applicationDocuments } from '../../src/db/schema/applications';
import { auditLog } from '../../src/db/schema/audit';
import { hetaoAttachments } from '../../src/db/schema/hetao';
import { payee, tinyPdf, uploadEvidence } from '../../src/modules/applications/test-helpers';
import { formWithFile, registerOrganisation } from '../../src/modules/hetao/test-support';
import { startServer, sweepStagedUploads } from '../../src/server';
import { startTestServer, type TestClient, type TestServer } from '../support/test-server';

/**
 * Uploaded files (issue #11): named by what their bytes are, always served as downloads, and
 * never left behind without their row — not by a crash between the write and the commit, and
 * not by deleting a draft. Plus the audit row for a saved draft (issue #11 item 9).
 */
let server: TestServer;
let dataDir: string;
let importer: TestClient;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'opc-uploads-'));
  server = await startTestServer({ dataDir, loginRateLimitPer15Min: 1000 });
  importer = await server.signedInClient(['founder']);
  await registerOrganisation(importer, '深圳河套上传测试有限公司');
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** An HTML page that starts with a PDF or GIF signature: sniffed as PDF / GIF, named .html. */
const pdfPrefixedHtml = Buffer.from('%PDF-1.4\n<html><script>alert(document.cookie)</script>');
const gifPrefixedHtml = Buffer.from('GIF89a<html><script>alert(document.cookie)</script>');

const uploads = () => join(dataDir, 'uploads');

/** Every file under a directory, as paths relative to it. */
function filesUnder(directory: string): string[] {
  try {
    return readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}
const isStaged = (path: string) => path.split('/').includes('.staging');

/**
 * Runs a request and lists the files on disk at the moment each database transaction begins —
 * the bytes are written, the row not yet committed: what a `kill -9` right then would leave.
 */
async function filesWhenTransactionsBegin<T>(run: () => Promise<T>) {
  const db = server.database.db;
  const original = db.transaction;
  const snapshots: string[][] = [];
  db.transaction = ((...args: Parameters<typeof original>) => {
    snapshots.push(filesUnder(uploads()));
    return original.apply(db, args);
  }) as typeof original;
  try {
    return { result: await run(), snapshots };
  } finally {
    db.transaction = original;
  }
}

/** A new draft of a new applicant (an applicant has one open draft per policy). */
async function startDraft() {
  const client = await server.signedInClient(['founder']);
  const started = await client.post('/api/v1/applications', {
    policyId: 'talent.settlement-subsidy',
  });
  expect(started.status, started.text).toBe(201);
  return { client, ...(started.body.application as { id: string; version: number }) };
}

async function askQuestion() {
  const asked = await importer.post('/api/v1/hetao/questions', {
    description: '我们进口胎牛血清（FBS，500 mL），用于细胞培养，是否在免税清单内？',
  });
  expect(asked.status, asked.text).toBe(201);
  return asked.body.id as string;
}

const attachDatasheet = (questionId: string, bytes: Uint8Array, name: string) =>
  importer.request('POST', `/api/v1/hetao/questions/${questionId}/attachments`, {
    body: formWithFile({ bytes, name, type: 'text/html' }),
  });

describe('file names come from the sniffed type, and files download as attachments', () => {
  it('application evidence: a PDF-prefixed x.html is stored and served as x.pdf', async () => {
    const { client: founder, id } = await startDraft();
    const uploaded = await uploadEvidence(
      founder,
      id,
      'degree-certificate',
      pdfPrefixedHtml,
      'x.html',
    );
    expect(uploaded.status, uploaded.text).toBe(201);
    expect(uploaded.body).toMatchObject({ fileName: 'x.pdf', contentType: 'application/pdf' });
    const download = await founder.get(`/api/v1/applications/${id}/evidence/${uploaded.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="x.pdf"; filename*=UTF-8''x.pdf`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toMatch(/sandbox/);
  });

  it('application evidence stored under its old name before the fix downloads as .pdf too', async () => {
    const { client: founder, id } = await startDraft();
    const uploaded = await uploadEvidence(founder, id, 'degree-certificate', tinyPdf, '证书');
    expect(uploaded.body.fileName).toBe('证书.pdf');
    await server.database.db
      .update(applicationDocuments)
      .set({ fileName: 'evil.html' })
      .where(eq(applicationDocuments.id, uploaded.body.id));
    const download = await founder.get(`/api/v1/applications/${id}/evidence/${uploaded.body.id}`);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="evil.pdf"; filename*=UTF-8''evil.pdf`,
    );
    const detail = await founder.get(`/api/v1/applications/${id}`);
    expect(detail.body.documents[0].fileName).toBe('evil.pdf');
  });

  it('Hetao datasheets: a GIF-prefixed x.html is stored and served as x.gif', async () => {
    const questionId = await askQuestion();
    const attached = await attachDatasheet(questionId, gifPrefixedHtml, 'x.html');
    expect(attached.status, attached.text).toBe(201);
    const [attachment] = attached.body.attachments;
    expect(attachment).toMatchObject({ fileName: 'x.gif', mediaType: 'image/gif' });
    const download = await importer.get(attachment.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/gif');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="x.gif"; filename*=UTF-8''x.gif`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    // A row written before the fix keeps its .html name in the database, not in the download.
    await server.database.db
      .update(hetaoAttachments)
      .set({ fileName: 'old.html' })
      .where(eq(hetaoAttachments.id, attachment.id));
    expect((await importer.get(attachment.url)).headers.get('content-disposition')).toMatch(
      /filename\*=UTF-8''old\.gif$/,
    );
  });

  it('keeps a name that already says the type, and names a nameless file by its type', async () => {
    const { client: founder, id } = await startDraft();
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    const named = await uploadEvidence(founder, id, 'degree-certificate', jpeg, '学位证.JPEG');
    expect(named.body.fileName).toBe('学位证.JPEG');
    const nameless = await uploadEvidence(founder, id, 'degree-certificate', tinyPdf, '.html');
    expect(nameless.body.fileName).toBe('evidence.pdf');
    const quoted = await uploadEvidence(
      founder,
      id,
      'degree-certificate',
      tinyPdf,
      "证书;b'c(1).pdf",
    );
    const download = await founder.get(`/api/v1/applications/${id}/evidence/${quoted.body.id}`);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="___b'c(1).pdf"; filename*=UTF-8''%E8%AF%81%E4%B9%A6%3Bb%27c%281%29.pdf`,
    );
  });
});

describe('no file without its row', () => {
  it('evidence bytes wait under a staging name until the row commits', async () => {
    const { client: founder, id } = await startDraft();
    const before = filesUnder(uploads()).filter((path) => !isStaged(path));
    const { result, snapshots } = await filesWhenTransactionsBegin(() =>
      uploadEvidence(founder, id, 'degree-certificate'),
    );
    expect(result.status, result.text).toBe(201);
    expect(snapshots.length).toBeGreaterThan(0);
    for (const files of snapshots) expect(files.filter((path) => !isStaged(path))).toEqual(before);
    expect(snapshots.some((files) => files.some(isStaged))).toBe(true);
    const after = filesUnder(uploads());
    expect(after.filter(isStaged)).toEqual([]);
    expect(after.filter((path) => !before.includes(path))).toHaveLength(1);
  });

  it('Hetao datasheet bytes wait under a staging name until the row commits', async () => {
    const questionId = await askQuestion();
    const before = filesUnder(uploads()).filter((path) => !isStaged(path));
    const { result, snapshots } = await filesWhenTransactionsBegin(() =>
      attachDatasheet(questionId, tinyPdf, 'datasheet.pdf'),
    );
    expect(result.status, result.text).toBe(201);
    for (const files of snapshots) expect(files.filter((path) => !isStaged(path))).toEqual(before);
    expect(snapshots.some((files) => files.some(isStaged))).toBe(true);
    expect(filesUnder(uploads()).filter(isStaged)).toEqual([]);
  });

  it('an upload refused after its bytes were staged leaves nothing behind', async () => {
    const questionId = await askQuestion();
    for (let index = 0; index < 5; index += 1)
      expect((await attachDatasheet(questionId, tinyPdf, `sheet-${index}.pdf`)).status).toBe(201);
    const before = filesUnder(uploads());
    // The limit is checked in the row's transaction, after the bytes were staged.
    const sixth = await attachDatasheet(questionId, tinyPdf, 'sheet-6.pdf');
    expect(sixth.status).toBe(409);
    expect(sixth.body.code).toBe('hetao.attachment_limit');
    expect(filesUnder(uploads())).toEqual(before);
  });

  it('the sweep removes staged files over a day old with no row, promotes those with one', async () => {
    const { client: founder, id } = await startDraft();
    const uploaded = await uploadEvidence(founder, id, 'degree-certificate');
    const questionId = await askQuestion();
    const attached = await attachDatasheet(questionId, tinyPdf, 'datasheet.pdf');
    const attachment = attached.body.attachments[0];
    // A crash after the commit, before the move: the rows exist, the bytes are still staged.
    const [document] = await server.database.db
      .select()
      .from(applicationDocuments)
      .where(eq(applicationDocuments.id, uploaded.body.id));
    const evidencePath = join(uploads(), document!.storageKey);
    const stagedEvidence = join(uploads(), '.staging', document!.storageKey);
    mkdirSync(dirname(stagedEvidence), { recursive: true });
    renameSync(evidencePath, stagedEvidence);
    const [row] = await server.database.db
      .select()
      .from(hetaoAttachments)
      .where(eq(hetaoAttachments.id, attachment.id));
    const datasheetPath = join(uploads(), 'hetao', row!.storagePath);
    const stagedDatasheet = join(uploads(), 'hetao', '.staging', row!.storagePath);
    mkdirSync(dirname(stagedDatasheet), { recursive: true });
    renameSync(datasheetPath, stagedDatasheet);
    // Crashes before the commit: old ones (no row), and one still being uploaded (no row yet).
    const orphans = [
      join(uploads(), '.staging', '2026', '01', '00000000-0000-4000-8000-000000000001'),
      join(
        uploads(),
        'hetao',
        '.staging',
        '00000000-0000-4000-8000-000000000002',
        '00000000-0000-4000-8000-000000000005.pdf',
      ),
    ];
    const fresh = join(uploads(), '.staging', '2026', '01', '00000000-0000-4000-8000-000000000003');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    for (const path of [...orphans, fresh]) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, tinyPdf);
    }
    for (const path of [...orphans, stagedEvidence, stagedDatasheet])
      utimesSync(path, twoDaysAgo, twoDaysAgo);

    const swept = await sweepStagedUploads(server.database, server.config);
    expect(swept).toEqual({ promoted: 2, removed: 2 });
    const staged = filesUnder(uploads()).filter(isStaged);
    expect(staged).toEqual([relative(uploads(), fresh)]);
    const evidence = await founder.get(`/api/v1/applications/${id}/evidence/${uploaded.body.id}`);
    expect(evidence.status).toBe(200);
    expect((await importer.get(attachment.url)).status).toBe(200);
    rmSync(fresh);
  });

  it('the server sweeps at start-up', async () => {
    const startDir = mkdtempSync(join(tmpdir(), 'opc-sweep-'));
    const orphan = join(
      startDir,
      'uploads',
      '.staging',
      '2026',
      '01',
      '00000000-0000-4000-8000-000000000004',
    );
    mkdirSync(dirname(orphan), { recursive: true });
    writeFileSync(orphan, tinyPdf);
    const old = new Date(Date.now() - 25 * 3600 * 1000);
    utimesSync(orphan, old, old);
    const running = await startServer(testConfig({ dataDir: startDir }), () => undefined);
    try {
      expect(filesUnder(join(startDir, 'uploads'))).toEqual([]);
    } finally {
      await running.close();
      rmSync(startDir, { recursive: true, force: true });
    }
  });

  it('deleting a draft removes its files once the delete has committed', async () => {
    const { client: founder, id } = await startDraft();
    const uploaded = await uploadEvidence(founder, id, 'degree-certificate');
    const [document] = await server.database.db
      .select()
      .from(applicationDocuments)
      .where(eq(applicationDocuments.id, uploaded.body.id));
    expect(filesUnder(uploads())).toContain(document!.storageKey);
    expect((await founder.delete(`/api/v1/applications/${id}`)).status).toBe(204);
    expect(filesUnder(uploads())).not.toContain(document!.storageKey);
  });
});

describe('a missing file is a 404, a failing store a 500 (no catch-all 404)', () => {
  it('application evidence', async () => {
    const { client: founder, id } = await startDraft();
    const uploaded = await uploadEvidence(founder, id, 'degree-certificate');
    const [document] = await server.database.db
      .select()
      .from(applicationDocuments)
      .where(eq(applicationDocuments.id, uploaded.body.id));
    const path = join(uploads(), document!.storageKey);
    const url = `/api/v1/applications/${id}/evidence/${uploaded.body.id}`;
    rmSync(path);
    const missing = await founder.get(url);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('evidence.not_found');
    // A directory where the file should be: the disk fails to read it (EISDIR), an outage.
    mkdirSync(path);
    const failing = await founder.get(url);
    expect(failing.status).toBe(500);
    expect(failing.body.correlationId).toBeTruthy();
    rmSync(path, { recursive: true });
  });

  it('Hetao datasheets', async () => {
    const questionId = await askQuestion();
    const attached = await attachDatasheet(questionId, tinyPdf, 'datasheet.pdf');
    const attachment = attached.body.attachments[0];
    const [row] = await server.database.db
      .select()
      .from(hetaoAttachments)
      .where(eq(hetaoAttachments.id, attachment.id));
    const path = join(uploads(), 'hetao', row!.storagePath);
    rmSync(path);
    const missing = await importer.get(attachment.url);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('hetao.attachment_not_found');
    mkdirSync(path);
    const failing = await importer.get(attachment.url);
    expect(failing.status).toBe(500);
    expect(failing.body.correlationId).toBeTruthy();
    rmSync(path, { recursive: true });
    // Bytes that are no longer what was stored are a fault too, not "not found".
    writeFileSync(path, '<html><script>alert(1)</script>');
    expect((await importer.get(attachment.url)).status).toBe(500);
  });
});

describe('saving a draft is audited', () => {
  it('writes an audit row in the same change, with the account number masked', async () => {
    const { client: applicant, id, version } = await startDraft();
    const saved = await applicant.patch(`/api/v1/applications/${id}`, {
      version,
      facts: { person: { newlyArrived: true } },
      payee,
    });
    expect(saved.status, saved.text).toBe(200);
    const rows = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'application.draft_saved')));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row!.actorAccountId).toBe(applicant.accountId);
    expect(row!.after).toMatchObject({
      version: version + 1,
      facts: { person: { newlyArrived: true } },
      payee: {
        accountName: payee.accountName,
        bankName: payee.bankName,
        accountNumber: `••••${payee.accountNumber.slice(-4)}`,
      },
    });
    expect(row!.before).toMatchObject({ version, payee: null });
    expect(JSON.stringify([row!.before, row!.after])).not.toContain(payee.accountNumber);
  });

  it('writes nothing when the save is refused', async () => {
    const { client: founder, id, version } = await startDraft();
    const stale = await founder.patch(`/api/v1/applications/${id}`, {
      version: version + 5,
      payee,
    });
    expect(stale.status).toBe(409);
    const rows = await server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'application.draft_saved')));
    expect(rows).toEqual([]);
  });
});
