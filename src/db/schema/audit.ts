import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The append-only, hash-chained audit trail (issue #2 item 7). `seq` is gap-free and assigned
 * under the lock on {@link auditChainHead}, so `hash` = SHA-256(prevHash + canonical JSON of the
 * row) forms one chain. A trigger (migration `audit_log_append_only`) refuses UPDATE and DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    index('audit_log_subject_idx').on(table.subjectType, table.subjectId),
    index('audit_log_actor_idx').on(table.actorAccountId),
    // The list's action filter is a prefix (`like 'role.%'`). A plain B-tree on `action` serves
    // that only under the C collation; production databases use a linguistic one (en_US.UTF-8,
    // zh_CN.UTF-8), where strings sharing a prefix are not contiguous in the index order
    // (punctuation weighs nothing at the first level). text_pattern_ops compares bytes, where a
    // prefix is one range, and PostgreSQL turns `like 'x%'` into `~>=~ 'x' and ~<~ 'y'` on it.
    // Its operator class has `=` too, so it also serves exact names (`in (…)`): it replaces the
    // plain index rather than sitting beside it on this write-heavy table.
    index('audit_log_action_prefix_idx').on(table.action.op('text_pattern_ops')),
    index('audit_log_occurred_idx').on(table.occurredAt),
  ],
);

/** One row (id = 1): the last sequence number and hash, locked by every audit write. */
export const auditChainHead = pgTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
});
