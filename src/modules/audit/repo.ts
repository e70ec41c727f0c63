import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditChainHead, auditLog } from '../../db/schema/audit';
import { canonicalJson, toCanonicalValue } from '../../shared/canonical-json';
import { startsWithPattern } from '../../shared/like-pattern';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryInput {
  occurredAt: Date;
  actorAccountId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
  requestId: string | null;
}

export type AuditRow = typeof auditLog.$inferSelect;

/** The SHA-256 of a row: over its canonical JSON, which includes the previous row's hash. */
export function hashAuditRow(row: Omit<AuditRow, 'hash'>): string {
  const canonical = canonicalJson({
    seq: row.seq,
    occurredAt: row.occurredAt,
    actorAccountId: row.actorAccountId,
    actorLabel: row.actorLabel,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    before: row.before,
    after: row.after,
    requestId: row.requestId,
    prevHash: row.prevHash,
  });
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends one row to the audit chain. Must run inside the transaction that makes the change:
 * it locks the chain head, so concurrent writers queue here and the chain never forks.
 */
export async function appendAuditEntry(tx: Executor, entry: AuditEntryInput): Promise<AuditRow> {
  const [head] = await tx
    .select()
    .from(auditChainHead)
    .where(eq(auditChainHead.id, 1))
    .for('update');
  if (!head) throw new Error('audit_chain_head is missing: run the migrations');
  const row: Omit<AuditRow, 'hash'> = {
    seq: head.lastSeq + 1,
    occurredAt: new Date(entry.occurredAt.getTime()),
    actorAccountId: entry.actorAccountId,
    actorLabel: entry.actorLabel,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    // NOTE: stored exactly as hashed (dates as strings, keys sorted) so verification recomputes
    // the same bytes from what the database gives back.
    before: entry.before === undefined ? null : toCanonicalValue(entry.before),
    after: entry.after === undefined ? null : toCanonicalValue(entry.after),
    requestId: entry.requestId,
    prevHash: head.lastHash,
  };
  const hash = hashAuditRow(row);
  const [inserted] = await tx
    .insert(auditLog)
    .values({ ...row, hash })
    .returning();
  await tx
    .update(auditChainHead)
    .set({ lastSeq: row.seq, lastHash: hash })
    .where(eq(auditChainHead.id, 1));
  return inserted!;
}

export async function readAuditHead(db: Executor) {
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  return head;
}

/** One row by its sequence number, or undefined. */
export async function findAuditRow(db: Executor, seq: number): Promise<AuditRow | undefined> {
  const [row] = await db.select().from(auditLog).where(eq(auditLog.seq, seq));
  return row;
}

/** Rows with seq > afterSeq, in order, a page at a time (for verification). */
export async function listAuditRowsAfter(db: Executor, afterSeq: number, limit: number) {
  return db
    .select()
    .from(auditLog)
    .where(gt(auditLog.seq, afterSeq))
    .orderBy(asc(auditLog.seq))
    .limit(limit);
}

export interface AuditFilter {
  actorAccountId?: string | undefined;
  /** Prefix of the action name. */
  action?: string | undefined;
  /** Exact action names matched as well as the prefix (names the rows were stored under once). */
  alsoActions?: readonly string[] | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Keyset pagination: rows with seq below this. */
  beforeSeq?: number | undefined;
}

/** Newest first, keyset-paginated by seq. */
export async function searchAuditRows(db: Executor, filter: AuditFilter, limit: number) {
  const conditions: SQL[] = [];
  if (filter.actorAccountId) conditions.push(eq(auditLog.actorAccountId, filter.actorAccountId));
  if (filter.action) {
    const prefix = sql`${auditLog.action} like ${startsWithPattern(filter.action)}`;
    const also = filter.alsoActions ?? [];
    conditions.push(also.length > 0 ? or(prefix, inArray(auditLog.action, [...also]))! : prefix);
  }
  if (filter.subjectType) conditions.push(eq(auditLog.subjectType, filter.subjectType));
  if (filter.subjectId) conditions.push(eq(auditLog.subjectId, filter.subjectId));
  if (filter.from) conditions.push(gte(auditLog.occurredAt, filter.from));
  if (filter.to) conditions.push(lte(auditLog.occurredAt, filter.to));
  if (filter.beforeSeq !== undefined) conditions.push(lt(auditLog.seq, filter.beforeSeq));
  return db
    .select()
    .from(auditLog)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}
