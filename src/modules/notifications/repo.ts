import { and, asc, count, desc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notificationOutbox, notifications } from '../../db/schema/notifications';

export type NotificationRow = typeof notifications.$inferSelect;
export type OutboxRow = typeof notificationOutbox.$inferSelect;

export async function insertNotification(db: Executor, values: typeof notifications.$inferInsert) {
  const [row] = await db.insert(notifications).values(values).returning();
  return row!;
}

export async function insertOutbox(db: Executor, values: typeof notificationOutbox.$inferInsert) {
  const [row] = await db.insert(notificationOutbox).values(values).returning();
  return row!;
}

export async function listNotifications(
  db: Executor,
  recipientAccountId: string,
  unreadOnly: boolean,
  limit: number,
) {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientAccountId, recipientAccountId),
        unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

export async function countUnread(db: Executor, recipientAccountId: string) {
  const [row] = await db
    .select({ value: count() })
    .from(notifications)
    .where(
      and(eq(notifications.recipientAccountId, recipientAccountId), isNull(notifications.readAt)),
    );
  return row?.value ?? 0;
}

export async function markRead(
  db: Executor,
  recipientAccountId: string,
  ids: string[] | 'all',
  at: Date,
) {
  return db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.recipientAccountId, recipientAccountId),
        isNull(notifications.readAt),
        ids === 'all' ? undefined : inArray(notifications.id, ids),
      ),
    )
    .returning({ id: notifications.id });
}

export async function findNotification(db: Executor, id: string) {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row;
}

/**
 * Claims due outbox rows for delivery. `FOR UPDATE SKIP LOCKED` lets several server processes
 * share one outbox without sending a message twice.
 */
export async function claimDueOutbox(db: Executor, now: Date, limit: number) {
  return db
    .select()
    .from(notificationOutbox)
    .where(
      and(eq(notificationOutbox.status, 'pending'), lte(notificationOutbox.nextAttemptAt, now)),
    )
    .orderBy(asc(notificationOutbox.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function updateOutbox(
  db: Executor,
  id: string,
  values: Partial<typeof notificationOutbox.$inferInsert>,
) {
  await db.update(notificationOutbox).set(values).where(eq(notificationOutbox.id, id));
}

export async function listOutbox(db: Executor, limit: number) {
  return db
    .select()
    .from(notificationOutbox)
    .orderBy(desc(notificationOutbox.createdAt))
    .limit(limit);
}

export async function countOutboxByStatus(db: Executor) {
  return db
    .select({ status: notificationOutbox.status, value: count() })
    .from(notificationOutbox)
    .groupBy(notificationOutbox.status);
}
