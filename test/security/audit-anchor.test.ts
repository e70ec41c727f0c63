import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { asc, eq, gte, sql } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ConfigError,
  ed25519PrivateKeyFrom,
  ed25519PublicKeyHex,
  loadConfig,
  type AuditAnchorConfig,
} from '../../src/config';
import { openDatabase, type Database } from '../../src/db/client';
import { auditChainHead, auditLog } from '../../src/db/schema/audit';
import { signAuditAnchor } from '../../src/modules/audit/anchors';
import { hashAuditRow } from '../../src/modules/audit/repo';
import {
  AuditAnchorRefusedError,
  publishAuditAnchor,
  recordAudit,
  verifyAuditChain,
  verifyAuditChainWithAnchors,
} from '../../src/modules/audit/service';
import { systemContext } from '../../src/shared/service-context';
import { createTestDatabase } from '../support/test-database';
import { startTestServer } from '../support/test-server';

/**
 * Issue #11: the audit trail could be rewritten by a database superuser who disables the
 * append-only trigger, edits a row, and recomputes every later hash and the chain head — the
 * hash chain alone then verifies. Anchors (the chain head signed with a key outside the
 * database, appended to a file outside it) catch that.
 */

const run = promisify(execFile);
const directories: string[] = [];
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'opc-anchor-'));
  directories.push(directory);
  return directory;
}

const KEY_HEX = randomBytes(32).toString('hex');

function anchoringIn(directory: string, keyHex = KEY_HEX): AuditAnchorConfig {
  const signingKey = ed25519PrivateKeyFrom(keyHex);
  return {
    signingKey,
    verifyingKey: signingKey,
    generatedKeyFile: undefined,
    file: join(directory, 'audit-anchors.jsonl'),
    intervalSeconds: 300,
    s3: undefined,
  };
}

async function writeRows(database: Database, howMany: number, tag = 'row') {
  const ctx = systemContext(database.db, 'test');
  for (let index = 0; index < howMany; index += 1) {
    await database.db.transaction((tx) =>
      recordAudit(tx, ctx, {
        action: 'application.approved',
        subjectType: 'application',
        subjectId: `${tag}-${index}`,
        after: { amountFen: 30_000_00, decidedBy: 'reviewer@example.cn' },
      }),
    );
  }
}

/**
 * What a database superuser can do: switch the append-only trigger off, change row `seq`, then
 * recompute that row's hash and every later row's prevHash and hash exactly as the chain code
 * does (hashAuditRow), set the chain head to the new last hash, and switch the trigger back on.
 */
async function rewriteAsSuperuser(database: Database, seq: number, subjectId: string) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await tx.update(auditLog).set({ subjectId }).where(eq(auditLog.seq, seq));
    const [previous] = await tx
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .where(eq(auditLog.seq, seq - 1));
    let prevHash = previous?.hash ?? '0'.repeat(64);
    const rows = await tx
      .select()
      .from(auditLog)
      .where(gte(auditLog.seq, seq))
      .orderBy(asc(auditLog.seq));
    for (const row of rows) {
      const { hash: _old, ...rest } = row;
      const hash = hashAuditRow({ ...rest, prevHash });
      await tx.update(auditLog).set({ prevHash, hash }).where(eq(auditLog.seq, row.seq));
      prevHash = hash;
    }
    await tx
      .update(auditChainHead)
      .set({ lastSeq: rows[rows.length - 1]!.seq, lastHash: prevHash })
      .where(eq(auditChainHead.id, 1));
    await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  });
}

describe('a superuser rewrite of the audit chain', { timeout: 120_000 }, () => {
  let database: Database;
  let anchoring: AuditAnchorConfig;
  beforeEach(async () => {
    database = await createTestDatabase();
    anchoring = anchoringIn(temporaryDirectory());
    return () => database.close();
  });

  it('passes the chain check alone, and is named by the anchors', async () => {
    await writeRows(database, 3);
    await publishAuditAnchor(database.db, anchoring); // row 3
    await writeRows(database, 3);
    await publishAuditAnchor(database.db, anchoring); // row 6
    await writeRows(database, 2); // rows 7 and 8: not yet anchored

    const before = await verifyAuditChainWithAnchors(database.db, anchoring);
    expect(before).toMatchObject({
      ok: true,
      rows: 8,
      anchors: { anchors: 2, rejected: [], lastMatching: { line: 2, seq: 6 }, unanchoredRows: 2 },
    });

    await rewriteAsSuperuser(database, 5, 'someone else');

    // The old behaviour: the recomputed chain is self-consistent, so the chain check says intact.
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 8 });

    const after = await verifyAuditChainWithAnchors(database.db, anchoring);
    expect(after.ok).toBe(false);
    if (after.ok) return;
    // Rows 4–6 lie between the last anchor that matches (row 3) and the first that does not.
    expect(after.brokenAtSeq).toBe(4);
    expect(after.rows).toBe(3);
    expect(after.reason).toMatch(/rows 4–6 were rewritten and the chain re-hashed/);
    expect(after.reason).toMatch(/line 2 of .*audit-anchors\.jsonl/);
    expect(after.reason).toMatch(/last anchor that still matches is for row 3 \(line 1/);

    // And the publisher refuses to sign the rewritten head.
    await expect(publishAuditAnchor(database.db, anchoring)).rejects.toBeInstanceOf(
      AuditAnchorRefusedError,
    );
    expect(readFileSync(anchoring.file, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('names the exact row when every row is anchored', async () => {
    for (let index = 0; index < 6; index += 1) {
      await writeRows(database, 1, `r${index}`);
      await publishAuditAnchor(database.db, anchoring);
    }
    await rewriteAsSuperuser(database, 4, 'someone else');
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 6 });
    const result = await verifyAuditChainWithAnchors(database.db, anchoring);
    expect(result).toMatchObject({ ok: false, brokenAtSeq: 4, rows: 3 });
    if (!result.ok) expect(result.reason).toMatch(/^row 4 was rewritten/);
  });

  it('catches rows removed from the end with the head rewound', async () => {
    await writeRows(database, 4);
    await publishAuditAnchor(database.db, anchoring);
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      const [row2] = await tx.select().from(auditLog).where(eq(auditLog.seq, 2));
      await tx.delete(auditLog).where(gte(auditLog.seq, 3));
      await tx
        .update(auditChainHead)
        .set({ lastSeq: 2, lastHash: row2!.hash })
        .where(eq(auditChainHead.id, 1));
      await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    });
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 2 });
    const result = await verifyAuditChainWithAnchors(database.db, anchoring);
    expect(result).toMatchObject({ ok: false, brokenAtSeq: 1 });
    if (!result.ok)
      expect(result.reason).toMatch(/row 4 was anchored .* the chain now ends at row 2/);
  });
});

describe('forged anchors', { timeout: 120_000 }, () => {
  it('an anchor signed with another key is rejected, never trusted, and fails verification', async () => {
    const database = await createTestDatabase();
    try {
      const anchoring = anchoringIn(temporaryDirectory());
      await writeRows(database, 3);
      await publishAuditAnchor(database.db, anchoring); // the genuine anchor, row 3

      // The intruder rewrites row 2, then appends anchors for the new head: one signed with
      // their own key, one claiming the configured key but signed with theirs.
      await rewriteAsSuperuser(database, 2, 'someone else');
      const [head] = await database.db.select().from(auditChainHead);
      const intruderKey = generateKeyPairSync('ed25519').privateKey;
      const ownKey = signAuditAnchor(intruderKey, { seq: 3, hash: head!.lastHash }, new Date());
      const claimed = {
        ...ownKey,
        publicKey: ed25519PublicKeyHex(anchoring.verifyingKey),
      };
      writeFileSync(anchoring.file, `${JSON.stringify(ownKey)}\n${JSON.stringify(claimed)}\n`, {
        flag: 'a',
      });

      const result = await verifyAuditChainWithAnchors(database.db, anchoring);
      // The genuine anchor still decides: rows 1–3 were rewritten.
      expect(result).toMatchObject({ ok: false, brokenAtSeq: 1 });
      expect(result.anchors.anchors).toBe(1);
      expect(result.anchors.rejected).toEqual([
        {
          line: 2,
          seq: 3,
          reason: expect.stringMatching(/signed by key .*not the configured key/),
        },
        { line: 3, seq: 3, reason: 'has a signature that does not verify' },
      ]);
    } finally {
      await database.close();
    }
  });

  it('on an intact chain a forged line still fails verification, naming the line', async () => {
    const database = await createTestDatabase();
    try {
      const anchoring = anchoringIn(temporaryDirectory());
      await writeRows(database, 2);
      await publishAuditAnchor(database.db, anchoring);
      const forger = anchoringIn(temporaryDirectory(), randomBytes(32).toString('hex'));
      const [head] = await database.db.select().from(auditChainHead);
      const forged = signAuditAnchor(
        forger.signingKey!,
        { seq: 2, hash: head!.lastHash },
        new Date(),
      );
      writeFileSync(anchoring.file, `${JSON.stringify(forged)}\nnot json\n`, { flag: 'a' });

      const result = await verifyAuditChainWithAnchors(database.db, anchoring);
      expect(result).toMatchObject({
        ok: false,
        brokenAtSeq: 0,
        rows: 2,
        anchors: { anchors: 1, lastMatching: { line: 1, seq: 2 } },
      });
      if (!result.ok)
        expect(result.reason).toMatch(/^line 2 of .* \(for row 2\) is signed by key .*1 more line/);
      // The publisher ignores forged lines: it checks from the last genuine anchor.
      await writeRows(database, 1);
      expect(await publishAuditAnchor(database.db, anchoring)).toMatchObject({
        published: true,
        head: { seq: 3 },
      });
    } finally {
      await database.close();
    }
  });
});

describe('the anchor file', { timeout: 120_000 }, () => {
  it('is only appended to: each anchor adds a line, earlier lines stay byte for byte', async () => {
    const database = await createTestDatabase();
    try {
      const anchoring = anchoringIn(temporaryDirectory());
      // Whatever is already there (an earlier installation's anchors) is kept too.
      writeFileSync(anchoring.file, '', { mode: 0o600 });
      const snapshots: string[] = [];
      for (let round = 0; round < 3; round += 1) {
        await writeRows(database, 2, `round${round}`);
        const publication = await publishAuditAnchor(database.db, anchoring);
        expect(publication).toMatchObject({ published: true, head: { seq: 2 * (round + 1) } });
        snapshots.push(readFileSync(anchoring.file, 'utf8'));
      }
      for (let index = 1; index < snapshots.length; index += 1) {
        expect(snapshots[index]!.startsWith(snapshots[index - 1]!)).toBe(true);
        expect(snapshots[index]!.split('\n')).toHaveLength(index + 2);
      }
      // The head has not moved: the timer publishes nothing; on demand (force) it does.
      expect(await publishAuditAnchor(database.db, anchoring)).toMatchObject({ published: false });
      expect(snapshots.at(-1)).toBe(readFileSync(anchoring.file, 'utf8'));
      await publishAuditAnchor(database.db, anchoring, { force: true });
      const lines = readFileSync(anchoring.file, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(4);
      expect(lines.map((line) => (JSON.parse(line) as { seq: number }).seq)).toEqual([2, 4, 6, 6]);
      expect(statSync(anchoring.file).mode & 0o777).toBe(0o600);
    } finally {
      await database.close();
    }
  });

  it('is written at start-up, on an interval and at shutdown; the API reports a rewrite', async () => {
    const directory = temporaryDirectory();
    const anchoring = { ...anchoringIn(directory), intervalSeconds: 1 };
    const server = await startTestServer({ auditAnchor: anchoring });
    const lines = () =>
      existsSync(anchoring.file) ? readFileSync(anchoring.file, 'utf8').trim().split('\n') : [];
    let closed = false;
    try {
      await expect.poll(() => lines().length, { timeout: 60_000 }).toBe(1);
      const admin = await server.signedInClient(['admin']); // writes audit rows
      await expect.poll(() => lines().length, { timeout: 60_000 }).toBe(2);
      const intact = await admin.get('/api/v1/audit/verification');
      expect(intact.body).toMatchObject({ ok: true, brokenAtSeq: null });

      await rewriteAsSuperuser(server.database, 1, 'someone else');
      const broken = await admin.get('/api/v1/audit/verification');
      expect(broken.body).toMatchObject({ ok: false, brokenAtSeq: 1 });
      expect(broken.body.reason).toMatch(/rewritten and the chain re-hashed/);

      // No anchor is signed over the rewritten chain: not on the timer, not at shutdown.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      closed = true;
      await server.close();
      expect(lines()).toHaveLength(2);
    } finally {
      if (!closed) await server.close();
    }
  });

  it('anchors the head at shutdown', async () => {
    const anchoring = anchoringIn(temporaryDirectory());
    const server = await startTestServer({ auditAnchor: anchoring });
    const lines = () =>
      existsSync(anchoring.file) ? readFileSync(anchoring.file, 'utf8').trim().split('\n') : [];
    let head: typeof auditChainHead.$inferSelect | undefined;
    try {
      await expect.poll(() => lines().length, { timeout: 60_000 }).toBe(1);
      await server.signedInClient(['founder']); // writes audit rows; no timer tick for 300 s
      [head] = await server.database.db.select().from(auditChainHead);
    } finally {
      await server.close();
    }
    expect(lines()).toHaveLength(2);
    expect(JSON.parse(lines()[1]!)).toMatchObject({ seq: head!.lastSeq, hash: head!.lastHash });
  });

  it('publishes one object per anchor to the bucket, with Object Lock retention', async () => {
    const database = await createTestDatabase();
    const received: { url: string; headers: IncomingHttpHeaders; body: Buffer }[] = [];
    const bucketServer = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      received.push({
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks),
      });
      response.writeHead(200).end();
    });
    await new Promise<void>((resolve) => bucketServer.listen(0, '127.0.0.1', resolve));
    const address = bucketServer.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const anchoring: AuditAnchorConfig = {
        ...anchoringIn(temporaryDirectory()),
        s3: {
          endpoint: `http://127.0.0.1:${port}`,
          region: 'cn-south-1',
          bucket: 'anchors',
          accessKeyId: 'ANCHORKEY',
          secretAccessKey: 'anchor-secret',
          forcePathStyle: true,
          prefix: 'opc/audit-anchors/',
          retentionDays: 3650,
        },
      };
      await writeRows(database, 3);
      const now = new Date('2026-12-08T09:00:00.000Z');
      const publication = await publishAuditAnchor(database.db, anchoring, { now: () => now });
      expect(publication.bucketError).toBeUndefined();
      expect(received).toHaveLength(1);
      const [put] = received;
      expect(put!.url).toBe(`/anchors/${publication.objectKey}`);
      expect(publication.objectKey).toMatch(
        /^opc\/audit-anchors\/000000000003-20261208T090000000Z-[0-9a-f]{8}\.json$/,
      );
      // The object is the file's line.
      expect(put!.body.toString()).toBe(readFileSync(anchoring.file, 'utf8'));
      expect(put!.headers['x-amz-object-lock-mode']).toBe('COMPLIANCE');
      expect(put!.headers['x-amz-object-lock-retain-until-date']).toBe('2036-12-05T09:00:00.000Z');
      expect(put!.headers['content-md5']).toBe(
        createHash('md5').update(put!.body).digest('base64'),
      );
      expect(await signatureValid(put!, 'anchor-secret', 'cn-south-1')).toBe(true);
      expect(await signatureValid(put!, 'wrong', 'cn-south-1')).toBe(false);
    } finally {
      await new Promise((resolve) => bucketServer.close(resolve));
      await database.close();
    }
  });
});

/** Recomputes the request's SigV4 signature with the AWS SDK's signer (an independent one). */
async function signatureValid(
  request: { url: string; headers: IncomingHttpHeaders; body: Buffer },
  secretAccessKey: string,
  region: string,
) {
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [name, String(value)]),
  );
  const match = /SignedHeaders=([^,]+), Signature=([0-9a-f]{64})/.exec(headers.authorization ?? '');
  if (!match) return false;
  const amzDate = headers['x-amz-date']!;
  const url = new URL(request.url, `http://${headers.host}`);
  const signer = new SignatureV4({
    credentials: { accessKeyId: 'ANCHORKEY', secretAccessKey },
    region,
    service: 's3',
    sha256: Hash.bind(null, 'sha256'),
    uriEscapePath: false,
  });
  const signed = await signer.sign(
    {
      method: 'PUT',
      protocol: url.protocol,
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query: {},
      headers: Object.fromEntries(match[1]!.split(';').map((name) => [name, headers[name] ?? ''])),
    },
    {
      signingDate: new Date(
        `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
      ),
    },
  );
  return String(signed.headers.authorization).endsWith(`Signature=${match[2]}`);
}

describe('configuration', () => {
  const production = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) };

  it('requires AUDIT_ANCHOR_KEY in production and checks it is an Ed25519 key', () => {
    expect(() => loadConfig(production)).toThrow(/AUDIT_ANCHOR_KEY: required/);
    expect(() => loadConfig({ ...production, AUDIT_ANCHOR_KEY: 'not a key' })).toThrow(
      /AUDIT_ANCHOR_KEY: must be an Ed25519 private key/,
    );
    const config = loadConfig({ ...production, AUDIT_ANCHOR_KEY: KEY_HEX });
    expect(config.auditAnchor).toMatchObject({ intervalSeconds: 300, generatedKeyFile: undefined });
    expect(config.auditAnchor?.file).toMatch(/data\/audit-anchors\.jsonl$/);
    const pem = generateKeyPairSync('ed25519')
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    // A PEM in an environment variable often arrives with its newlines written as \n.
    expect(
      loadConfig({ ...production, AUDIT_ANCHOR_KEY: pem.replace(/\n/g, '\\n') }).auditAnchor
        ?.signingKey?.asymmetricKeyType,
    ).toBe('ed25519');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    expect(() => loadConfig({ ...production, AUDIT_ANCHOR_KEY: rsa })).toThrow(ConfigError);
  });

  it('verifies with AUDIT_ANCHOR_PUBLIC_KEY alone, and it must match the private key', () => {
    const publicHex = ed25519PublicKeyHex(ed25519PrivateKeyFrom(KEY_HEX));
    const verifier = loadConfig({ NODE_ENV: 'test', AUDIT_ANCHOR_PUBLIC_KEY: publicHex });
    expect(verifier.auditAnchor?.signingKey).toBeUndefined();
    expect(ed25519PublicKeyHex(verifier.auditAnchor!.verifyingKey as KeyObject)).toBe(publicHex);
    expect(() =>
      loadConfig({
        NODE_ENV: 'test',
        AUDIT_ANCHOR_KEY: randomBytes(32).toString('hex'),
        AUDIT_ANCHOR_PUBLIC_KEY: publicHex,
      }),
    ).toThrow(/AUDIT_ANCHOR_PUBLIC_KEY: is not the public half/);
  });

  it('generates and keeps a development key under DATA_DIR; tests anchor only when given a key', () => {
    const dataDir = temporaryDirectory();
    const first = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    expect(first.auditAnchor?.generatedKeyFile).toBe(join(dataDir, 'audit-anchor-key'));
    expect(statSync(join(dataDir, 'audit-anchor-key')).mode & 0o777).toBe(0o600);
    const second = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    expect(ed25519PublicKeyHex(second.auditAnchor!.verifyingKey)).toBe(
      ed25519PublicKeyHex(first.auditAnchor!.verifyingKey),
    );
    expect(loadConfig({ NODE_ENV: 'test' }).auditAnchor).toBeUndefined();
    expect(() =>
      loadConfig({
        NODE_ENV: 'test',
        AUDIT_ANCHOR_KEY: KEY_HEX,
        AUDIT_ANCHOR_S3_BUCKET: 'anchors',
      }),
    ).toThrow(/S3_ENDPOINT: .*needed by AUDIT_ANCHOR_S3_BUCKET/);
  });
});

describe('./bin/opc-hub audit anchor / audit verify', () => {
  it('the superuser rewrite passes the old check and is named by the anchored one', async () => {
    const directory = temporaryDirectory();
    const withoutAnchors = {
      ...process.env,
      DATA_DIR: directory,
      DATABASE_URL: `pglite://${join(directory, 'pglite')}`,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      AUDIT_ANCHOR_KEY: '',
    };
    const env = { ...withoutAnchors, AUDIT_ANCHOR_KEY: KEY_HEX };
    const cli = (args: string[], environment = env) =>
      run('./bin/opc-hub', args, { env: environment }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
    const withDatabase = async (work: (database: Database) => Promise<void>) => {
      const database = await openDatabase({ kind: 'pglite', dataDir: join(directory, 'pglite') });
      try {
        await database.migrate();
        await work(database);
      } finally {
        await database.close();
      }
    };

    // The first anchor from the library, the second from the command (fewer slow processes).
    await withDatabase(async (database) => {
      await writeRows(database, 1);
      await publishAuditAnchor(database.db, anchoringIn(directory));
      await writeRows(database, 2);
    });
    expect((await cli(['audit', 'anchor'])).stdout).toMatch(/^Anchored row 3 /);
    await withDatabase((database) => writeRows(database, 2));

    const intact = await cli(['audit', 'verify']);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^Audit chain intact: 5 rows, last hash [0-9a-f]{64}\.$/m);
    expect(intact.stdout).toMatch(
      /Anchored: intact up to the anchor on line 2 of .*audit-anchors\.jsonl \(row 3, signed .*\); 2 rows after it are not yet anchored\./,
    );

    await withDatabase((database) => rewriteAsSuperuser(database, 2, 'someone else'));

    // Before anchors: the chain check alone says intact.
    const unanchored = await cli(['audit', 'verify'], withoutAnchors);
    expect(unanchored.code).toBe(0);
    expect(unanchored.stdout).toMatch(/intact: 5 rows/);

    const broken = await cli(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      /^Audit chain BROKEN at row 2: rows 2–3 were rewritten and the chain re-hashed: row 3 no longer has the hash recorded by the anchor on line 2 of .*; the last anchor that still matches is for row 1 \(line 1, .*\)\. \(1 rows before it verified\.\)$/m,
    );
    const json = await cli(['audit', 'verify', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      rows: 1,
      brokenAtSeq: 2,
      reason: expect.stringMatching(/rows 2–3 were rewritten/),
      anchors: { anchors: 2, rejected: [], lastMatching: { line: 1, seq: 1 } },
    });
  }, 600_000);
});
