import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/applications';
import { chinaYearOf } from '../../shared/china-time';
import { startTestServer, type TestServer } from '../../../test/support/test-server';
import {
  applyForSettlement,
  publishParameter,
  settlementFacts,
  signInCast,
  type Cast,
} from '../applications/test-helpers';

/**
 * The finance lists page by keyset cursor (issue #19): every row exactly once and in order, a
 * cursor the list did not make is a 400 on /query/cursor, and a page of many rows costs the
 * same number of SQL statements as a page of few (no query per row).
 */
let server: TestServer;
let cast: Cast;
const AMOUNT_FEN = 5_000_000; // TEST VALUE entered below, not policy
/** How many payable applications the test makes (one approved over HTTP, the rest copies). */
const PAYABLE = 31;

beforeAll(async () => {
  server = await startTestServer({ loginRateLimitPer15Min: 1000 });
  cast = await signInCast(server);
  await publishParameter(cast.admin, 'talent.settlement-subsidy.tier-master-fen', AMOUNT_FEN);
  const budget = await cast.admin.post('/api/v1/budgets', {
    policyId: 'talent.settlement-subsidy',
    year: chinaYearOf(new Date()),
    totalFen: 100_000_000,
    note: 'test budget',
  });
  expect(budget.status, budget.text).toBe(201);
  const facts = { person: { ...settlementFacts.person, benefitsReceived: [] as string[] } };
  const { id, submitted } = await applyForSettlement(cast.founder, facts);
  expect(submitted.status, submitted.text).toBe(200);
  const recommended = await cast.reviewer.post(`/api/v1/review/applications/${id}/recommendation`, {
    action: 'approve',
    amountFen: AMOUNT_FEN,
    note: 'verified',
  });
  expect(recommended.status, recommended.text).toBe(200);
  const approved = await cast.reviewer2.post(`/api/v1/review/applications/${id}/decision`, {
    decision: 'approve',
  });
  expect(approved.status, approved.text).toBe(200);
  // Copies of the approved application, decided in threes at the same microsecond, so the
  // order has ties that only the id breaks (where an OFFSET-free cursor most easily goes wrong).
  const db = server.database.db;
  const [original] = await db.select().from(applications).where(eq(applications.id, id));
  const { id: _id, reference: _reference, ...copy } = original!;
  await db.insert(applications).values(
    Array.from({ length: PAYABLE - 1 }, (_, index) => ({
      ...copy,
      decidedAt: new Date(Date.UTC(2026, 0, 1, 8, Math.floor(index / 3))),
    })),
  );
});
afterAll(async () => server?.close());

/** The path of the `Link: <…>; rel="next"` header, or null on the last page. */
function nextLink(headers: Headers): string | null {
  const link = headers.get('link');
  if (!link) return null;
  const match = /^<([^>]+)>; rel="next"$/.exec(link);
  expect(match, link).not.toBeNull();
  return match![1]!;
}

/** Follows a bare-array list's Link headers from `first`, returning every row and the pages. */
async function followLinks<Row>(first: string) {
  const rows: Row[] = [];
  let pages = 0;
  for (let path: string | null = first; path; pages += 1) {
    const response = await cast.finance.get<Row[]>(path);
    expect(response.status, response.text).toBe(200);
    rows.push(...response.body);
    path = nextLink(response.headers);
    expect(pages).toBeLessThan(100);
  }
  return { rows, pages };
}

function statements(response: { headers: Headers }) {
  return Number(response.headers.get('x-sql-statements'));
}

function expectCursorRefused(response: { status: number; body: any; text: string }) {
  expect(response.status, response.text).toBe(400);
  expect(response.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
    '/query/cursor',
  ]);
}

describe('GET /payments/payable, paged', () => {
  it('returns every payable application exactly once, oldest decision first, across pages', async () => {
    const whole = await cast.finance.get<{ id: string; decidedAt: string }[]>(
      '/api/v1/payments/payable',
    );
    expect(whole.status, whole.text).toBe(200);
    // The default page (200) still holds what the unpaged list held.
    expect(whole.body).toHaveLength(PAYABLE);
    expect(whole.headers.get('link')).toBeNull();
    const decided = whole.body.map((row) => Date.parse(row.decidedAt));
    expect(decided).toEqual([...decided].sort((a, b) => a - b));

    const paged = await followLinks<{ id: string }>('/api/v1/payments/payable?limit=4');
    expect(paged.pages).toBe(Math.ceil(PAYABLE / 4));
    expect(paged.rows.map((row) => row.id)).toEqual(whole.body.map((row) => row.id));
    expect(new Set(paged.rows.map((row) => row.id)).size).toBe(PAYABLE);
  });

  it('costs the same number of SQL statements for a page of 30 rows as for a page of 2', async () => {
    const few = await cast.finance.get('/api/v1/payments/payable?limit=2');
    const many = await cast.finance.get('/api/v1/payments/payable?limit=30');
    expect(few.body).toHaveLength(2);
    expect(many.body).toHaveLength(30);
    expect(statements(few)).toBeGreaterThan(0);
    expect(statements(many)).toBe(statements(few));
  });

  it('refuses a cursor it did not make, and a limit out of range', async () => {
    expectCursorRefused(await cast.finance.get('/api/v1/payments/payable?cursor=not-a-cursor'));
    // This list's name, but values the database could not compare with the key columns.
    const forged = Buffer.from(
      JSON.stringify(['payments-payable', 'yesterday', 'not-a-uuid']),
    ).toString('base64url');
    expectCursorRefused(await cast.finance.get(`/api/v1/payments/payable?cursor=${forged}`));
    expect((await cast.finance.get('/api/v1/payments/payable?limit=501')).status).toBe(400);
    expect((await cast.finance.get('/api/v1/payments/payable?limit=0')).status).toBe(400);
  });
});

describe('payment batches and their lines, paged', () => {
  let all: { id: string }[];
  let bigBatchId: string;

  beforeAll(async () => {
    all = (await cast.finance.get<{ id: string }[]>('/api/v1/payments/payable')).body;
    // Six batches of three, then one batch of the remaining thirteen.
    for (let start = 0; start < 18; start += 3) {
      const built = await cast.finance.post('/api/v1/payments/batches', {
        applicationIds: all.slice(start, start + 3).map((row) => row.id),
      });
      expect(built.status, built.text).toBe(201);
    }
    const big = await cast.finance.post('/api/v1/payments/batches', {});
    expect(big.status, big.text).toBe(201);
    expect(big.body.lineCount).toBe(PAYABLE - 18);
    bigBatchId = big.body.id;
  });

  it('lists every batch exactly once, newest first, across pages, each reconciled', async () => {
    const whole = await cast.finance.get<{ id: string; createdAt: string }[]>(
      '/api/v1/payments/batches',
    );
    expect(whole.body).toHaveLength(7);
    expect(whole.body[0]!.id).toBe(bigBatchId);
    const created = whole.body.map((row) => Date.parse(row.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const paged = await followLinks<{
      id: string;
      totalFen: number;
      scheduledFen: number;
      lineCount: number;
      reconciled: boolean;
    }>('/api/v1/payments/batches?limit=2');
    expect(paged.pages).toBe(4);
    expect(paged.rows.map((row) => row.id)).toEqual(whole.body.map((row) => row.id));
    // The totals are summed by the database over every line, whatever the page.
    for (const batch of paged.rows) {
      expect(batch.reconciled).toBe(true);
      expect(batch.scheduledFen).toBe(batch.totalFen);
      expect(batch.totalFen).toBe(batch.lineCount * AMOUNT_FEN);
    }
    expect(paged.rows.reduce((sum, batch) => sum + batch.lineCount, 0)).toBe(PAYABLE);
  });

  it('costs the same number of SQL statements for a page of 7 batches as for a page of 1', async () => {
    const few = await cast.finance.get('/api/v1/payments/batches?limit=1');
    const many = await cast.finance.get('/api/v1/payments/batches?limit=7');
    expect(many.body).toHaveLength(7);
    expect(statements(many)).toBe(statements(few));
  });

  it("pages a batch's lines by line number, with totals over every line", async () => {
    const first = await cast.finance.get(`/api/v1/payments/batches/${bigBatchId}?limit=5`);
    expect(first.status, first.text).toBe(200);
    expect(first.body.lines.map((line: { lineNumber: number }) => line.lineNumber)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(first.body).toMatchObject({
      lineCount: PAYABLE - 18,
      totalFen: (PAYABLE - 18) * AMOUNT_FEN,
      scheduledFen: (PAYABLE - 18) * AMOUNT_FEN,
      reconciled: true,
    });
    const numbers: number[] = first.body.lines.map(
      (line: { lineNumber: number }) => line.lineNumber,
    );
    let cursor: string | null = first.body.linesNextCursor;
    while (cursor) {
      const page = await cast.finance.get(
        `/api/v1/payments/batches/${bigBatchId}/lines?limit=3&cursor=${cursor}`,
      );
      expect(page.status, page.text).toBe(200);
      numbers.push(...page.body.items.map((line: { lineNumber: number }) => line.lineNumber));
      cursor = page.body.nextCursor;
    }
    expect(numbers).toEqual(Array.from({ length: PAYABLE - 18 }, (_, index) => index + 1));

    const whole = await cast.finance.get(`/api/v1/payments/batches/${bigBatchId}`);
    expect(whole.body.lines).toHaveLength(PAYABLE - 18);
    expect(whole.body.linesNextCursor).toBeNull();
  });

  it('costs the same number of SQL statements for a batch page of 13 lines as for 1', async () => {
    const few = await cast.finance.get(`/api/v1/payments/batches/${bigBatchId}?limit=1`);
    const many = await cast.finance.get(`/api/v1/payments/batches/${bigBatchId}?limit=13`);
    expect(many.body.lines).toHaveLength(13);
    expect(statements(many)).toBe(statements(few));
    const fewLines = await cast.finance.get(`/api/v1/payments/batches/${bigBatchId}/lines?limit=1`);
    const manyLines = await cast.finance.get(
      `/api/v1/payments/batches/${bigBatchId}/lines?limit=13`,
    );
    expect(manyLines.body.items).toHaveLength(13);
    expect(statements(manyLines)).toBe(statements(fewLines));
  });

  it("refuses a bad cursor, another list's and another batch's, as a 400 on /query/cursor", async () => {
    expectCursorRefused(await cast.finance.get('/api/v1/payments/batches?cursor=%7B%7D'));
    const batchPage = await cast.finance.get('/api/v1/payments/batches?limit=1');
    const batchCursor = new URL(nextLink(batchPage.headers)!, server.baseUrl).searchParams.get(
      'cursor',
    );
    expectCursorRefused(await cast.finance.get(`/api/v1/payments/payable?cursor=${batchCursor}`));
    expectCursorRefused(
      await cast.finance.get(`/api/v1/payments/batches/${bigBatchId}/lines?cursor=abc`),
    );
    const batches = (await cast.finance.get<{ id: string }[]>('/api/v1/payments/batches')).body;
    const small = batches.find((batch) => batch.id !== bigBatchId)!;
    const first = await cast.finance.get(`/api/v1/payments/batches/${bigBatchId}?limit=1`);
    expectCursorRefused(
      await cast.finance.get(
        `/api/v1/payments/batches/${small.id}/lines?cursor=${first.body.linesNextCursor}`,
      ),
    );
  });
});
