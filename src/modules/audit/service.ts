import type { Executor } from '../../db/client';
import type { ServiceContext } from '../../shared/service-context';
import {
  GENESIS_HASH,
  appendAuditEntry,
  hashAuditRow,
  listAuditRowsAfter,
  readAuditHead,
  searchAuditRows,
  type AuditFilter,
  type AuditRow,
} from './repo';

export interface AuditChange {
  /** Dotted, verb last: `account.registered`, `role.granted`, `application.approved`. */
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes the audit row for a change. Call it with the transaction that makes the change, so
 * the change and its record commit or fail together.
 */
export async function recordAudit(tx: Executor, ctx: ServiceContext, change: AuditChange) {
  return appendAuditEntry(tx, {
    occurredAt: ctx.now(),
    actorAccountId: ctx.actor.accountId,
    actorLabel: ctx.actor.label,
    requestId: ctx.requestId,
    ...change,
  });
}

export type AuditVerification =
  | { ok: true; rows: number; lastHash: string }
  | { ok: false; rows: number; brokenAtSeq: number; reason: string };

/**
 * Recomputes the whole hash chain. Names the first row that does not fit: an edited row (its
 * hash no longer matches), a deleted row (a gap in seq or a prevHash that points nowhere), or
 * rows removed from the end (the chain head records more than the table holds).
 */
export async function verifyAuditChain(db: Executor, pageSize = 2000): Promise<AuditVerification> {
  // The head is read first and the chain checked up to it: rows written while the check runs
  // (after the head was read) are left for the next check, never taken for tampering.
  const head = await readAuditHead(db);
  if (!head) return { ok: false, rows: 0, brokenAtSeq: 0, reason: 'the chain head row is missing' };
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let rows = 0;
  for (;;) {
    const page = (await listAuditRowsAfter(db, expectedSeq - 1, pageSize)).filter(
      (row) => row.seq <= head.lastSeq,
    );
    if (page.length === 0) break;
    for (const row of page) {
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          rows,
          brokenAtSeq: expectedSeq,
          reason: `row ${expectedSeq} is missing (next row present is ${row.seq})`,
        };
      }
      if (row.prevHash !== previousHash) {
        return {
          ok: false,
          rows,
          brokenAtSeq: row.seq,
          reason: `row ${row.seq} does not link to the hash of row ${row.seq - 1}`,
        };
      }
      const { hash, ...rest } = row;
      if (hashAuditRow(rest) !== hash) {
        return {
          ok: false,
          rows,
          brokenAtSeq: row.seq,
          reason: `row ${row.seq} was changed after it was written (hash mismatch)`,
        };
      }
      previousHash = hash;
      expectedSeq += 1;
      rows += 1;
    }
  }
  if (head.lastSeq !== rows || head.lastHash !== previousHash) {
    return {
      ok: false,
      rows,
      brokenAtSeq: rows + 1,
      reason: `the chain head records ${head.lastSeq} rows but ${rows} remain: row ${rows + 1} onwards was removed`,
    };
  }
  return { ok: true, rows, lastHash: previousHash };
}

export async function searchAudit(
  ctx: ServiceContext,
  filter: AuditFilter,
  limit: number,
): Promise<{ rows: AuditRow[]; nextBeforeSeq: number | null }> {
  const rows = await searchAuditRows(ctx.db, filter, limit + 1);
  const page = rows.slice(0, limit);
  return { rows: page, nextBeforeSeq: rows.length > limit ? page[page.length - 1]!.seq : null };
}
