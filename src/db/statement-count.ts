import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

/**
 * Counts the SQL statements one unit of work (an HTTP request) sends, so that a list whose cost
 * grows with its rows — a query per row — shows up in tests, in the `bench:scale` figures and on
 * /metrics. The count lives in an AsyncLocalStorage opened around each request; Drizzle's logger
 * hook adds one for every statement it sends, in a transaction or not.
 */
interface StatementTally {
  statements: number;
}

const tallies = new AsyncLocalStorage<StatementTally>();

/** The Drizzle logger that counts statements of the current unit of work (and logs nothing). */
export const statementCountingLogger: Logger = {
  logQuery() {
    const tally = tallies.getStore();
    if (tally) tally.statements += 1;
  },
};

/** Runs `work` (and everything it starts) with a fresh statement count. */
export function countStatementsOf<T>(work: () => T): T {
  return tallies.run({ statements: 0 }, work);
}

/** Statements sent so far by the current unit of work; undefined outside one. */
export function statementsSoFar(): number | undefined {
  return tallies.getStore()?.statements;
}
