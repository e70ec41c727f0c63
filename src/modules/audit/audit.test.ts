import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { systemContext } from '../../shared/service-context';
import { createTestDatabase } from '../../../test/support/test-database';
import { startTestServer, type TestServer } from '../../../test/support/test-server';
import { recordAudit, verifyAuditChain } from './service';
import type { Database } from '../../db/client';

const run = promisify(execFile);

/** Runs SQL as an intruder with direct database access would: bypassing the append-only trigger. */
async function tamper(database: Database, statement: string) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await tx.execute(sql.raw(statement));
    await tx.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  });
}

async function writeRows(database: Database, howMany: number) {
  const ctx = systemContext(database.db, 'test');
  for (let index = 0; index < howMany; index += 1) {
    await database.db.transaction((tx) =>
      recordAudit(tx, ctx, {
        action: 'test.written',
        subjectType: 'thing',
        subjectId: String(index),
        before: { n: index, nested: { b: 1, a: [1, 2, { z: null }] } },
        after: { n: index + 1, at: new Date('2026-11-25T10:00:00.123Z'), money: 1_000_000_00 },
      }),
    );
  }
}

describe('audit chain', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await writeRows(database, 6);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('verifies an intact chain', async () => {
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 6 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    for (const statement of [
      sql`update audit_log set action = 'x' where seq = 1`,
      sql`delete from audit_log where seq = 1`,
      sql`truncate audit_log`,
    ]) {
      const error = await database.db.execute(statement).then(
        () => undefined,
        (failure: Error) => failure,
      );
      // Drizzle wraps the driver's error; the database's own message is the cause.
      expect(String((error?.cause as Error | undefined)?.message ?? error?.message)).toMatch(
        /append-only/,
      );
    }
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 6 });
  });

  it('keeps one unforked chain under concurrent writers', async () => {
    const ctx = systemContext(database.db, 'test');
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        database.db.transaction((tx) =>
          recordAudit(tx, ctx, {
            action: 'test.parallel',
            subjectType: 'thing',
            subjectId: `p${index}`,
          }),
        ),
      ),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 26 });
  });

  it('an audit row written in a rolled-back transaction leaves no trace', async () => {
    const ctx = systemContext(database.db, 'test');
    await expect(
      database.db.transaction(async (tx) => {
        await recordAudit(tx, ctx, {
          action: 'test.rolled_back',
          subjectType: 'thing',
          subjectId: 'r',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 26 });
  });
});

describe('tampering is detected and the broken row named', () => {
  const cases: [string, string, number, RegExp][] = [
    [
      'an edited action',
      `update audit_log set action = 'test.innocent' where seq = 3`,
      3,
      /changed after it was written/,
    ],
    [
      'an edited before/after value',
      `update audit_log set after = '{"n": 999}' where seq = 4`,
      4,
      /changed/,
    ],
    [
      'an edited timestamp',
      `update audit_log set occurred_at = occurred_at + interval '1 second' where seq = 2`,
      2,
      /changed/,
    ],
    ['a deleted middle row', `delete from audit_log where seq = 3`, 3, /missing/],
    ['deleted rows at the end', `delete from audit_log where seq >= 5`, 5, /removed/],
    [
      'a re-hashed edit',
      `update audit_log set action = 'x', hash = repeat('a', 64) where seq = 2`,
      2,
      /changed/,
    ],
  ];
  for (const [what, statement, brokenAt, reason] of cases) {
    it(what, async () => {
      const database = await createTestDatabase();
      try {
        await writeRows(database, 6);
        await tamper(database, statement);
        const result = await verifyAuditChain(database.db);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.brokenAtSeq).toBe(brokenAt);
          expect(result.reason).toMatch(reason);
        }
      } finally {
        await database.close();
      }
    });
  }
});

describe('./bin/opc-hub audit verify', () => {
  it('exits 0 on an intact chain and 1 naming the row after a hand edit', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'opc-audit-'));
    const env = {
      ...process.env,
      DATABASE_URL: `pglite://${directory}`,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
    };
    try {
      const database = await openDatabase({ kind: 'pglite', dataDir: directory });
      await database.migrate();
      await writeRows(database, 3);
      await database.close();

      const intact = await run('./bin/opc-hub', ['audit', 'verify'], { env });
      expect(intact.stdout).toMatch(/intact: 3 rows/);

      const reopened = await openDatabase({ kind: 'pglite', dataDir: directory });
      await tamper(reopened, `update audit_log set subject_id = 'someone else' where seq = 2`);
      await reopened.close();

      const broken = await run('./bin/opc-hub', ['audit', 'verify'], { env }).then(
        () => undefined,
        (error: { code: number; stderr: string }) => error,
      );
      expect(broken?.code).toBe(1);
      expect(broken?.stderr).toMatch(/BROKEN at row 2/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('GET /api/v1/audit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('pages newest first with filters, for admins only', async () => {
    const admin = await server.signedInClient(['admin']);
    for (let index = 0; index < 3; index += 1) await server.signedInClient(['founder']);
    const first = await admin.get('/api/v1/audit?action=account.registered&limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.items[0].seq).toBeGreaterThan(first.body.items[1].seq);
    expect(first.body.nextBeforeSeq).toBe(first.body.items[1].seq);
    const second = await admin.get(
      `/api/v1/audit?action=account.registered&limit=2&beforeSeq=${first.body.nextBeforeSeq}`,
    );
    expect(second.body.items[0].seq).toBeLessThan(first.body.items[1].seq);
    const verification = await admin.get('/api/v1/audit/verification');
    expect(verification.body).toMatchObject({ ok: true, brokenAtSeq: null });

    const reviewer = await server.signedInClient(['reviewer']);
    expect((await reviewer.get('/api/v1/audit')).status).toBe(403);
    expect((await server.client().get('/api/v1/audit')).status).toBe(401);
  });

  it('lists a row stored under an old action name under its current name, found by either', async () => {
    const admin = await server.signedInClient(['admin']);
    const ctx = systemContext(server.database.db, 'test');
    for (const action of ['application.approve', 'application.approved']) {
      await server.database.db.transaction((tx) =>
        recordAudit(tx, ctx, { action, subjectType: 'application', subjectId: action }),
      );
    }
    for (const filter of ['application.approve', 'application.approved', 'application.appr']) {
      const page = await admin.get(`/api/v1/audit?action=${filter}`);
      expect(page.status).toBe(200);
      const listed = page.body.items.map(
        (item: { action: string; storedAction?: string; subjectId: string }) => [
          item.subjectId,
          item.action,
          item.storedAction ?? null,
        ],
      );
      expect(listed, filter).toEqual([
        ['application.approved', 'application.approved', null],
        ['application.approve', 'application.approved', 'application.approve'],
      ]);
    }
    // Rows stored under a name another filter maps to are not swept in: `.appeal` is not `.approve`.
    const appeals = await admin.get('/api/v1/audit?action=application.appeal');
    expect(appeals.body.items).toEqual([]);
    // The stored name is what the hash covers: the chain still verifies.
    expect((await admin.get('/api/v1/audit/verification')).body).toMatchObject({ ok: true });
  });
});
