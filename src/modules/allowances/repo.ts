import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  allowanceInstalments,
  allowanceSchedules,
  type AllowanceInstalmentStatus,
} from '../../db/schema/allowances';
import { applications } from '../../db/schema/applications';

export type AllowanceScheduleRow = typeof allowanceSchedules.$inferSelect;
export type AllowanceInstalmentRow = typeof allowanceInstalments.$inferSelect;

export async function insertSchedule(db: Executor, values: typeof allowanceSchedules.$inferInsert) {
  const [row] = await db.insert(allowanceSchedules).values(values).returning();
  return row!;
}

export async function insertInstalments(
  db: Executor,
  values: (typeof allowanceInstalments.$inferInsert)[],
) {
  if (values.length === 0) return [];
  return db.insert(allowanceInstalments).values(values).returning();
}

export async function findScheduleOfApplication(db: Executor, applicationId: string) {
  const [row] = await db
    .select()
    .from(allowanceSchedules)
    .where(eq(allowanceSchedules.applicationId, applicationId));
  return row;
}

/** Locks an application's schedule: stops, revocations and result imports take this lock. */
export async function lockScheduleOfApplication(db: Executor, applicationId: string) {
  const [row] = await db
    .select()
    .from(allowanceSchedules)
    .where(eq(allowanceSchedules.applicationId, applicationId))
    .for('update');
  return row;
}

/** Locks several schedules in id order, so two imports never deadlock. */
export async function lockSchedules(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(allowanceSchedules)
    .where(inArray(allowanceSchedules.id, ids))
    .orderBy(asc(allowanceSchedules.id))
    .for('update');
}

export async function updateSchedule(
  db: Executor,
  id: string,
  values: Partial<typeof allowanceSchedules.$inferInsert>,
) {
  const [row] = await db
    .update(allowanceSchedules)
    .set(values)
    .where(eq(allowanceSchedules.id, id))
    .returning();
  return row!;
}

export async function listInstalments(db: Executor, scheduleId: string) {
  return db
    .select()
    .from(allowanceInstalments)
    .where(eq(allowanceInstalments.scheduleId, scheduleId))
    .orderBy(asc(allowanceInstalments.sequence));
}

/**
 * Stops the instalments of a schedule from a month on that are still waiting (`scheduled`):
 * guarded by their status, so an instalment a batch took at the same moment is either in that
 * batch or stopped, never both. Returns the ones this call stopped.
 */
export async function stopWaitingInstalmentsFrom(
  db: Executor,
  scheduleId: string,
  fromMonth: string,
  now: Date,
) {
  return db
    .update(allowanceInstalments)
    .set({ status: 'stopped', stoppedAt: now })
    .where(
      and(
        eq(allowanceInstalments.scheduleId, scheduleId),
        eq(allowanceInstalments.status, 'scheduled'),
        gte(allowanceInstalments.month, fromMonth),
      ),
    )
    .returning();
}

/** Moves one instalment on, guarded by the status it was read in (undefined when it had moved). */
export async function moveInstalment(
  db: Executor,
  id: string,
  from: AllowanceInstalmentStatus,
  values: Partial<typeof allowanceInstalments.$inferInsert> & {
    status: AllowanceInstalmentStatus;
  },
) {
  const [row] = await db
    .update(allowanceInstalments)
    .set(values)
    .where(and(eq(allowanceInstalments.id, id), eq(allowanceInstalments.status, from)))
    .returning();
  return row;
}

/** How many instalments of a schedule are still to be paid (waiting or in a batch). */
export async function countOutstanding(db: Executor, scheduleId: string) {
  const [row] = await db
    .select({ value: sql<number>`count(*)::int` })
    .from(allowanceInstalments)
    .where(
      and(
        eq(allowanceInstalments.scheduleId, scheduleId),
        inArray(allowanceInstalments.status, ['scheduled', 'in_payment']),
      ),
    );
  return row?.value ?? 0;
}

const dueColumns = {
  instalment: allowanceInstalments,
  reference: applications.reference,
  policyId: applications.policyId,
  payee: applications.payee,
};

/**
 * Instalments whose month has come (`month <= currentMonth`) and that wait for a batch, oldest
 * first, with what a payment line needs from their application.
 */
export async function listDueInstalments(
  db: Executor,
  currentMonth: string,
  applicationIds?: string[],
) {
  return db
    .select(dueColumns)
    .from(allowanceInstalments)
    .innerJoin(applications, eq(applications.id, allowanceInstalments.applicationId))
    .where(
      and(
        eq(allowanceInstalments.status, 'scheduled'),
        lte(allowanceInstalments.month, currentMonth),
        applicationIds ? inArray(allowanceInstalments.applicationId, applicationIds) : undefined,
      ),
    )
    .orderBy(asc(allowanceInstalments.month), asc(applications.reference));
}

/** {@link listDueInstalments} for these instalments, locked (`FOR UPDATE`) in id order. */
export async function lockDueInstalments(db: Executor, ids: string[], currentMonth: string) {
  if (ids.length === 0) return [];
  return db
    .select(dueColumns)
    .from(allowanceInstalments)
    .innerJoin(applications, eq(applications.id, allowanceInstalments.applicationId))
    .where(
      and(
        inArray(allowanceInstalments.id, ids),
        eq(allowanceInstalments.status, 'scheduled'),
        lte(allowanceInstalments.month, currentMonth),
      ),
    )
    .orderBy(asc(allowanceInstalments.id))
    .for('update', { of: allowanceInstalments });
}

export async function findInstalments(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(allowanceInstalments).where(inArray(allowanceInstalments.id, ids));
}
