import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { LocalisedText } from '../../shared/localised-text';
import { accounts } from './accounts';

/** A notification's title or body, in each language: a {@link LocalisedText}. */
export type NotificationText = LocalisedText;

/** The in-app inbox: one row per message to one account. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipientAccountId: uuid('recipient_account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    title: jsonb('title').$type<NotificationText>().notNull(),
    body: jsonb('body').$type<NotificationText>().notNull(),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [index('notifications_recipient_idx').on(table.recipientAccountId, table.createdAt)],
);

export const outboxStatusValues = ['pending', 'sent', 'logged', 'failed'] as const;
export type OutboxStatus = (typeof outboxStatusValues)[number];

/**
 * E-mail to send, written in the same transaction as the change it reports. A worker delivers it
 * through SMTP when configured, otherwise writes it to the log (`logged`): never silently dropped.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    notificationId: uuid('notification_id').references(() => notifications.id, {
      onDelete: 'set null',
    }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: outboxStatusValues }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (table) => [index('notification_outbox_pending_idx').on(table.status, table.nextAttemptAt)],
);
