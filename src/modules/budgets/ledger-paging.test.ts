import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaYearOf } from '../../shared/china-time';
import { systemContext, type ServiceContext } from '../../shared/service-context';
import { startTestServer, type TestServer } from '../../../test/support/test-server';
import {
  applyForSettlement,
  publishParameter,
  settlementFacts,
  signInCast,
  type Cast,
} from '../applications/test-helpers';
import { adjustBudgetLine } from './repo';
import { releaseReservation, reserveBudget } from './service';

/**
 * A budget line's ledger is paged by keyset cursor (issue #19): the line shows the first page of
 * its movements and whether the whole ledger reconciles (summed by the database, not from the
 * page); the next pages come from /budgets/{id}/movements. Every movement exactly once, in the
 * ledger's order (oldest first), and a page of many costs the statements of a page of few.
 */
let server: TestServer;
let cast: Cast;
let lineId: string;
let otherLineId: string;
const year = chinaYearOf(new Date());
const AMOUNT_FEN = 5_000_000; // TEST VALUE entered below, not policy
/** Movements the test adds beside the approval's reservation. */
const ADDED = 24;

interface Movement {
  id: string;
  kind: 'reserve' | 'consume' | 'release';
  amountFen: number;
  occurredAt: string;
}

beforeAll(async () => {
  server = await startTestServer({ loginRateLimitPer15Min: 1000 });
  cast = await signInCast(server);
  await publishParameter(cast.admin, 'talent.settlement-subsidy.tier-master-fen', AMOUNT_FEN);
  const budget = await cast.admin.post('/api/v1/budgets', {
    policyId: 'talent.settlement-subsidy',
    year,
    totalFen: 100_000_000,
    note: 'test budget',
  });
  expect(budget.status, budget.text).toBe(201);
  lineId = budget.body.id;
  const other = await cast.admin.post('/api/v1/budgets', {
    policyId: 'talent.settlement-subsidy',
    year: year + 1,
    totalFen: 1_000,
  });
  expect(other.status, other.text).toBe(201);
  otherLineId = other.body.id;
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
  // More movements through the budget service, four at each moment, so the ledger's order has
  // ties that only the id breaks: a reservation and its release, alternately.
  for (let index = 0; index < ADDED; index += 1) {
    const at = new Date(Date.UTC(2099, 0, 1, 0, Math.floor(index / 4)));
    const ctx: ServiceContext = { ...systemContext(server.database.db, 'test'), now: () => at };
    await server.database.db.transaction(async (tx) => {
      if (index % 2 === 0)
        await reserveBudget(tx, ctx, {
          policyId: 'talent.settlement-subsidy',
          year,
          applicationId: id,
          amountFen: 100 + index,
        });
      else
        await releaseReservation(tx, ctx, {
          budgetLineId: lineId,
          applicationId: id,
          amountFen: 100 + index - 1,
        });
    });
  }
});
afterAll(async () => server?.close());

function statements(response: { headers: Headers }) {
  return Number(response.headers.get('x-sql-statements'));
}

describe('GET /budgets/{id}: the first page of the ledger, and the next ones', () => {
  it('shows every movement exactly once, oldest first, across pages', async () => {
    const whole = await cast.admin.get(`/api/v1/budgets/${lineId}?limit=500`);
    expect(whole.status, whole.text).toBe(200);
    expect(whole.body.movements).toHaveLength(ADDED + 1);
    expect(whole.body.movementsNextCursor).toBeNull();
    const movements: Movement[] = whole.body.movements;
    const times = movements.map((movement) => Date.parse(movement.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const first = await cast.finance.get(`/api/v1/budgets/${lineId}?limit=4`);
    expect(first.status, first.text).toBe(200);
    expect(first.body.movements).toHaveLength(4);
    const seen: Movement[] = [...first.body.movements];
    let cursor: string | null = first.body.movementsNextCursor;
    let pages = 1;
    while (cursor) {
      const page = await cast.finance.get(
        `/api/v1/budgets/${lineId}/movements?limit=4&cursor=${cursor}`,
      );
      expect(page.status, page.text).toBe(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
      pages += 1;
      expect(pages).toBeLessThan(50);
    }
    expect(pages).toBe(Math.ceil((ADDED + 1) / 4));
    expect(seen.map((movement) => movement.id)).toEqual(movements.map((movement) => movement.id));
    expect(new Set(seen.map((movement) => movement.id)).size).toBe(ADDED + 1);
  });

  it('reconciles over the whole ledger, not the page shown', async () => {
    const line = (await cast.finance.get(`/api/v1/budgets/${lineId}?limit=1`)).body;
    expect(line.movements).toHaveLength(1);
    expect(line.reconciled).toBe(true);
    // What the added movements leave reserved: each reservation of 100 + i was released.
    expect(line.reservedFen).toBe(AMOUNT_FEN);
    const ledger: Movement[] = (await cast.finance.get(`/api/v1/budgets/${lineId}?limit=500`)).body
      .movements;
    const signed = ledger.reduce(
      (sum, movement) => sum + (movement.kind === 'reserve' ? 1 : -1) * movement.amountFen,
      0,
    );
    expect(signed).toBe(line.reservedFen);

    // A line whose total moved without a movement no longer reconciles, whatever the page.
    await adjustBudgetLine(server.database.db, lineId, 1, 0);
    try {
      for (const limit of [1, 500]) {
        const moved = await cast.finance.get(`/api/v1/budgets/${lineId}?limit=${limit}`);
        expect(moved.body.reconciled).toBe(false);
      }
    } finally {
      await adjustBudgetLine(server.database.db, lineId, -1, 0);
    }
    expect((await cast.finance.get(`/api/v1/budgets/${lineId}`)).body.reconciled).toBe(true);
  });

  it('costs the same number of SQL statements for a page of 25 movements as for a page of 1', async () => {
    const few = await cast.finance.get(`/api/v1/budgets/${lineId}?limit=1`);
    const many = await cast.finance.get(`/api/v1/budgets/${lineId}?limit=25`);
    expect(many.body.movements).toHaveLength(25);
    expect(statements(few)).toBeGreaterThan(0);
    expect(statements(many)).toBe(statements(few));
    const fewMore = await cast.finance.get(
      `/api/v1/budgets/${lineId}/movements?limit=1&cursor=${few.body.movementsNextCursor}`,
    );
    const manyMore = await cast.finance.get(
      `/api/v1/budgets/${lineId}/movements?limit=20&cursor=${few.body.movementsNextCursor}`,
    );
    expect(manyMore.body.items).toHaveLength(20);
    expect(statements(manyMore)).toBe(statements(fewMore));
  });

  it("refuses a bad cursor, and another line's cursor, as a 400 on /query/cursor", async () => {
    const refused = async (path: string) => {
      const response = await cast.finance.get(path);
      expect(response.status, response.text).toBe(400);
      expect(response.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
        '/query/cursor',
      ]);
    };
    await refused(`/api/v1/budgets/${lineId}?cursor=nonsense`);
    await refused(`/api/v1/budgets/${lineId}/movements?cursor=nonsense`);
    const first = await cast.finance.get(`/api/v1/budgets/${lineId}?limit=1`);
    await refused(
      `/api/v1/budgets/${otherLineId}/movements?cursor=${first.body.movementsNextCursor}`,
    );
    const forged = Buffer.from(
      JSON.stringify([`budget-movements:${lineId}`, 'last week', 'not-a-uuid']),
    ).toString('base64url');
    await refused(`/api/v1/budgets/${lineId}/movements?cursor=${forged}`);
  });
});
