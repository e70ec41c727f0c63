import { AppError } from '../../errors/app-error';
import type { Executor } from '../../db/client';
import { chinaYearOf } from '../../shared/china-time';
import { decodeCursor, keyValueShapes, pageOf } from '../../shared/keyset';
import type { ServiceContext } from '../../shared/service-context';
import { policyExists } from '../applications/service';
import { recordAudit } from '../audit/service';
import { formatMoney } from './money';
import * as repo from './repo';
import type { BudgetLineRow } from './repo';

export function presentBudgetLine(row: BudgetLineRow) {
  return {
    id: row.id,
    policyId: row.policyId,
    year: row.year,
    totalFen: row.totalFen,
    reservedFen: row.reservedFen,
    consumedFen: row.consumedFen,
    remainingFen: row.totalFen - row.reservedFen - row.consumedFen,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The budget year of a moment: the calendar year in China Standard Time. */
export function budgetYearOf(moment: Date): number {
  return chinaYearOf(moment);
}

/**
 * Reserves an approval's amount on the policy's budget line for the year. Takes the row lock
 * first (`SELECT … FOR UPDATE`), so concurrent approvals see each other's reservations and the
 * last of a budget is given once. Refuses, with what remains in the message, when it does not fit.
 * Must run inside the approval's transaction.
 */
export async function reserveBudget(
  tx: Executor,
  ctx: ServiceContext,
  input: { policyId: string; year: number; applicationId: string; amountFen: number },
) {
  const line = await repo.lockBudgetLineFor(tx, input.policyId, input.year);
  if (!line) {
    throw new AppError('budget.no_line', {
      detail: {
        'zh-Hans': `${input.year} 年度尚未为该政策设立预算，无法批准。请管理员先设立预算。`,
        'zh-Hant': `${input.year} 年度尚未為該政策設立預算，無法批准。請管理員先設立預算。`,
        en: `There is no ${input.year} budget line for this policy, so nothing can be approved. An administrator must create one first.`,
      },
      extensions: { policyId: input.policyId, year: input.year },
    });
  }
  const remaining = line.totalFen - line.reservedFen - line.consumedFen;
  if (input.amountFen > remaining) {
    throw new AppError('budget.exceeded', {
      detail: {
        'zh-Hans': `批准金额 ${formatMoney(input.amountFen)} 超过该政策 ${input.year} 年度剩余预算 ${formatMoney(remaining)}。`,
        'zh-Hant': `批准金額 ${formatMoney(input.amountFen)} 超過該政策 ${input.year} 年度剩餘預算 ${formatMoney(remaining)}。`,
        en: `The approval of ${formatMoney(input.amountFen)} exceeds the ${formatMoney(remaining)} left in this policy's ${input.year} budget.`,
      },
      extensions: { remainingFen: remaining, requestedFen: input.amountFen, budgetLineId: line.id },
    });
  }
  if (input.amountFen > 0) {
    await repo.adjustBudgetLine(tx, line.id, input.amountFen, 0);
    await repo.insertMovement(tx, {
      budgetLineId: line.id,
      applicationId: input.applicationId,
      kind: 'reserve',
      amountFen: input.amountFen,
      actorAccountId: ctx.actor.accountId,
      occurredAt: ctx.now(),
    });
  }
  return { budgetLineId: line.id, remainingAfterFen: remaining - input.amountFen };
}

/**
 * Turns a reservation into spending when the payment is confirmed. Once per application, or — for
 * a monthly allowance — once per instalment (`instalmentId`).
 */
export async function consumeReservation(
  tx: Executor,
  ctx: ServiceContext,
  input: {
    budgetLineId: string;
    applicationId: string;
    amountFen: number;
    instalmentId?: string | undefined;
  },
) {
  await repo.lockBudgetLine(tx, input.budgetLineId);
  const movement = await repo.insertMovement(tx, {
    budgetLineId: input.budgetLineId,
    applicationId: input.applicationId,
    instalmentId: input.instalmentId ?? null,
    kind: 'consume',
    amountFen: input.amountFen,
    actorAccountId: ctx.actor.accountId,
    occurredAt: ctx.now(),
  });
  // NOTE: the partial unique index on consume movements makes a second payment a no-op here.
  if (!movement) throw new AppError('payment.already_paid');
  await repo.adjustBudgetLine(tx, input.budgetLineId, -input.amountFen, input.amountFen);
}

/** Gives a reservation back (rejection after approval, revocation). */
export async function releaseReservation(
  tx: Executor,
  ctx: ServiceContext,
  input: { budgetLineId: string; applicationId: string; amountFen: number },
) {
  if (input.amountFen <= 0) return;
  await repo.lockBudgetLine(tx, input.budgetLineId);
  await repo.adjustBudgetLine(tx, input.budgetLineId, -input.amountFen, 0);
  await repo.insertMovement(tx, {
    budgetLineId: input.budgetLineId,
    applicationId: input.applicationId,
    kind: 'release',
    amountFen: input.amountFen,
    actorAccountId: ctx.actor.accountId,
    occurredAt: ctx.now(),
  });
}

/**
 * Gives back the reservation of stopped allowance instalments, one movement per instalment. The
 * unique index on (instalment, kind) refuses a second release of the same instalment: the whole
 * release is refused then, before the line's totals move.
 */
export async function releaseInstalmentReservations(
  tx: Executor,
  ctx: ServiceContext,
  input: {
    budgetLineId: string;
    applicationId: string;
    instalments: { id: string; amountFen: number }[];
  },
) {
  if (input.instalments.length === 0) return 0;
  await repo.lockBudgetLine(tx, input.budgetLineId);
  let releasedFen = 0;
  for (const instalment of input.instalments) {
    const movement = await repo.insertMovement(tx, {
      budgetLineId: input.budgetLineId,
      applicationId: input.applicationId,
      instalmentId: instalment.id,
      kind: 'release',
      amountFen: instalment.amountFen,
      actorAccountId: ctx.actor.accountId,
      occurredAt: ctx.now(),
    });
    if (!movement) throw new Error(`instalment ${instalment.id} was already released`);
    releasedFen += instalment.amountFen;
  }
  await repo.adjustBudgetLine(tx, input.budgetLineId, -releasedFen, 0);
  return releasedFen;
}

export async function listBudgetLines(ctx: ServiceContext, year?: number) {
  return (await repo.listBudgetLines(ctx.db, year)).map(presentBudgetLine);
}

export async function createBudgetLine(
  ctx: ServiceContext,
  input: { policyId: string; year: number; totalFen: number; note?: string | undefined },
) {
  // Budget lines may only name policies of the catalogue.
  if (!(await policyExists(ctx, input.policyId))) throw new AppError('application.policy_unknown');
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertBudgetLine(tx, {
      policyId: input.policyId,
      year: input.year,
      totalFen: input.totalFen,
      note: input.note ?? '',
      createdBy: ctx.actor.accountId,
    });
    if (!row) throw new AppError('budget.line_exists');
    await recordAudit(tx, ctx, {
      action: 'budget_line.created',
      subjectType: 'budget_line',
      subjectId: row.id,
      after: presentBudgetLine(row),
    });
    return presentBudgetLine(row);
  });
}

/** Changes a line's total (never below what is already reserved and consumed) or note. */
export async function updateBudgetLine(
  ctx: ServiceContext,
  id: string,
  input: { totalFen?: number | undefined; note?: string | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const before = await repo.lockBudgetLine(tx, id);
    if (!before) throw new AppError('budget.not_found');
    if (input.totalFen !== undefined && input.totalFen < before.reservedFen + before.consumedFen) {
      const committed = before.reservedFen + before.consumedFen;
      throw new AppError('budget.below_committed', {
        detail: {
          'zh-Hans': `预算总额不能低于已预留和已支出的 ${formatMoney(committed)}。`,
          'zh-Hant': `預算總額不能低於已預留和已支出的 ${formatMoney(committed)}。`,
          en: `The total cannot go below the ${formatMoney(committed)} already reserved or spent.`,
        },
        extensions: { committedFen: committed },
      });
    }
    const row = await repo.updateBudgetLine(tx, id, {
      ...(input.totalFen !== undefined ? { totalFen: input.totalFen } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
    });
    await recordAudit(tx, ctx, {
      action: 'budget_line.updated',
      subjectType: 'budget_line',
      subjectId: id,
      before: presentBudgetLine(before),
      after: presentBudgetLine(row!),
    });
    return presentBudgetLine(row!);
  });
}

/** Where a page of the ledger starts, and how many movements it holds. */
export interface MovementPageRequest {
  cursor?: string | undefined;
  limit: number;
}

/**
 * The ledger list of a line. The cursor names it, line included, so a cursor of another line's
 * ledger is refused, not silently read from the wrong place.
 */
const movementsList = (id: string) => `budget-movements:${id}`;

/** Where a page starts: the key (occurred at, id) of the movement before it; a 400 if bad. */
function movementsAfter(id: string, page: MovementPageRequest) {
  return decodeCursor(movementsList(id), page.cursor, [
    keyValueShapes.timestamp,
    keyValueShapes.uuid,
  ]);
}

/** One page of a line's ledger, oldest first. */
async function pageOfMovements(ctx: ServiceContext, id: string, page: MovementPageRequest) {
  const list = movementsList(id);
  const after = movementsAfter(id, page);
  const rows = await repo.listMovementsPage(ctx.db, id, page.limit, after);
  const { rows: movements, nextCursor } = pageOf(rows, page.limit, list, (row) => [
    row.occurredAtKey,
    row.id,
  ]);
  return {
    items: movements.map((movement) => ({
      id: movement.id,
      applicationId: movement.applicationId,
      applicationReference: movement.applicationReference,
      kind: movement.kind,
      amountFen: movement.amountFen,
      occurredAt: movement.occurredAt.toISOString(),
    })),
    nextCursor,
  };
}

/**
 * A line with the first page of its ledger, and whether the whole ledger adds up to the line's
 * totals (summed by the database, whatever the page). A constant number of statements however
 * long the ledger: the line with its sums, and the page.
 */
export async function describeBudgetLine(
  ctx: ServiceContext,
  id: string,
  page: MovementPageRequest = { limit: 100 },
) {
  movementsAfter(id, page); // a bad cursor is a 400 before anything is read
  const found = await repo.findBudgetLineWithLedger(ctx.db, id);
  if (!found) throw new AppError('budget.not_found');
  const { line, ledger } = found;
  const movements = await pageOfMovements(ctx, id, page);
  return {
    ...presentBudgetLine(line),
    movements: movements.items,
    movementsNextCursor: movements.nextCursor,
    reconciled: ledger.reservedFen === line.reservedFen && ledger.consumedFen === line.consumedFen,
  };
}

/** The next pages of a line's ledger (after `movementsNextCursor`). */
export async function listBudgetMovements(
  ctx: ServiceContext,
  id: string,
  page: MovementPageRequest,
) {
  movementsAfter(id, page); // a bad cursor is a 400 before anything is read
  const line = await repo.findBudgetLine(ctx.db, id);
  if (!line) throw new AppError('budget.not_found');
  return pageOfMovements(ctx, id, page);
}
