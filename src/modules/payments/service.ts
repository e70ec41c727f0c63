import { randomBytes } from 'node:crypto';
import { AppError, type FieldError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import {
  completeFinishedSchedules,
  findDueInstalments,
  lockSchedulesOf,
  recordInstalmentResult,
  takeDueInstalmentsForBatch,
} from '../allowances/service';
import { lockApplications, transitionApplication } from '../applications/service';
import { chinaDateOf } from '../../shared/china-time';
import { decodeCursor, keyValueShapes, pageOf } from '../../shared/keyset';
import { recordAudit } from '../audit/service';
import { consumeReservation } from '../budgets/service';
import {
  listPayableStatements,
  recordStatementPayment,
  scheduleStatements,
} from '../vouchers/statements-service';
import { parseResultFile, writePaymentFile, type ResultRow } from './payment-file';
import * as repo from './repo';
import type { PaymentBatchRow, PaymentLineRow } from './repo';

/** A batch's lines summed by status: what {@link presentBatch} needs of them. */
interface BatchTotals {
  lines: number;
  scheduledFen: number;
  paidFen: number;
  failedFen: number;
}

function totalsOf(sums: { status: PaymentLineRow['status']; lines: number; amountFen: number }[]) {
  const sum = (status: PaymentLineRow['status']) =>
    sums.filter((row) => row.status === status).reduce((total, row) => total + row.amountFen, 0);
  return {
    lines: sums.reduce((total, row) => total + row.lines, 0),
    scheduledFen: sum('scheduled'),
    paidFen: sum('paid'),
    failedFen: sum('failed'),
  };
}

function totalsOfLines(lines: PaymentLineRow[]) {
  return totalsOf(
    lines.map((line) => ({ status: line.status, lines: 1, amountFen: line.amountFen })),
  );
}

function presentBatch(batch: PaymentBatchRow, { lines, ...totals }: BatchTotals) {
  return {
    id: batch.id,
    reference: batch.reference,
    totalFen: batch.totalFen,
    lineCount: batch.lineCount,
    ...totals,
    /** The three parts add up to the batch total, to the fen. */
    reconciled:
      totals.scheduledFen + totals.paidFen + totals.failedFen === batch.totalFen &&
      lines === batch.lineCount,
    createdAt: batch.createdAt.toISOString(),
    exportedAt: batch.exportedAt?.toISOString() ?? null,
    lastImportAt: batch.lastImportAt?.toISOString() ?? null,
  };
}

function presentLine(line: PaymentLineRow) {
  return {
    id: line.id,
    lineNumber: line.lineNumber,
    applicationId: line.applicationId,
    applicationReference: line.applicationReference,
    statementId: line.statementId,
    instalmentId: line.instalmentId,
    period: line.period,
    amountFen: line.amountFen,
    payeeName: line.payeeName,
    bankName: line.bankName,
    accountNumber: line.accountNumber,
    status: line.status,
    bankReference: line.bankReference,
    failureReason: line.failureReason,
    resolvedAt: line.resolvedAt?.toISOString() ?? null,
  };
}

/** Where a page of a list starts, and how many rows it holds. */
export interface PageRequest {
  cursor?: string | undefined;
  limit: number;
}

/**
 * Approved applications waiting for payment, for finance to pick from: one page, the longest
 * waiting first, and the cursor of the next (null on the last).
 */
export async function listPayable(ctx: ServiceContext, page: PageRequest = { limit: 200 }) {
  const list = 'payments-payable';
  const after = decodeCursor(list, page.cursor, [
    keyValueShapes.nullableTimestamp,
    keyValueShapes.uuid,
  ]);
  const found = await repo.listPayableSummaries(ctx.db, page.limit, after);
  const { rows, nextCursor } = pageOf(found, page.limit, list, (row) => [row.decidedAtKey, row.id]);
  return {
    rows: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      policyId: row.policyId,
      status: row.status,
      approvedAmountFen: row.approvedAmountFen!,
      payeeName: row.payeeName,
      decidedAt: row.decidedAt?.toISOString() ?? null,
    })),
    nextCursor,
  };
}

/**
 * Builds a payment batch from approved applications waiting for their one payment and from
 * monthly allowance instalments whose month has come — all of them, or the ones named. Each
 * application is moved to payment_scheduled, and each instalment to in_payment, in the same
 * transaction that creates its line: one line per application, one line per instalment. The
 * partial unique indexes on live lines refuse a second live payment for either.
 */
export async function buildPaymentBatch(
  ctx: ServiceContext,
  principal: Principal,
  input: {
    applicationIds?: string[] | undefined;
    instalmentIds?: string[] | undefined;
    statementIds?: string[] | undefined;
  },
) {
  const named =
    input.applicationIds !== undefined ||
    input.instalmentIds !== undefined ||
    input.statementIds !== undefined;
  const candidates =
    !named || input.applicationIds
      ? await repo.listPayableApplicationIds(ctx.db, input.applicationIds)
      : [];
  if (input.applicationIds) {
    const found = new Set(candidates.map((row) => row.id));
    const notPayable = input.applicationIds.filter((id) => !found.has(id));
    if (notPayable.length > 0)
      throw new AppError('payment.not_payable', { extensions: { applicationIds: notPayable } });
  }
  const due = !named || input.instalmentIds ? await findDueInstalments(ctx.db, ctx) : [];
  const wanted = input.instalmentIds ? new Set(input.instalmentIds) : null;
  const dueChosen = wanted ? due.filter((row) => wanted.has(row.instalment.id)) : due;
  if (input.instalmentIds) {
    const found = new Set(dueChosen.map((row) => row.instalment.id));
    const notDue = input.instalmentIds.filter((id) => !found.has(id));
    if (notDue.length > 0)
      throw new AppError('payment.not_payable', { extensions: { instalmentIds: notDue } });
  }
  // Voucher statements issued to providers (issue #13), paid like any other line.
  const statements =
    !named || input.statementIds ? await listPayableStatements(ctx.db, input.statementIds) : [];
  if (input.statementIds) {
    const found = new Set(statements.map((row) => row.id));
    const notPayable = input.statementIds.filter((id) => !found.has(id));
    if (notPayable.length > 0)
      throw new AppError('payment.not_payable', { extensions: { statementIds: notPayable } });
  }
  if (candidates.length === 0 && dueChosen.length === 0 && statements.length === 0)
    throw new AppError('payment.nothing_to_pay');
  const now = ctx.now();
  const result = await ctx.db.transaction(async (tx) => {
    const locked = await lockApplications(
      tx,
      candidates.map((row) => row.id),
    );
    const payable = locked.filter(
      (row) =>
        (row.status === 'approved' || row.status === 'payment_failed') &&
        row.paidByPlatform &&
        (row.approvedAmountFen ?? 0) > 0,
    );
    // Locked and re-checked: one a concurrent stop or batch took meanwhile is left out.
    const instalments = await takeDueInstalmentsForBatch(
      tx,
      ctx,
      dueChosen.map((row) => row.instalment.id),
    );
    instalments.sort(
      (a, b) =>
        a.instalment.month.localeCompare(b.instalment.month) ||
        a.reference.localeCompare(b.reference),
    );
    // Locked and re-checked like the rest: a statement another batch took meanwhile is left out.
    const scheduled = new Set(
      (
        await scheduleStatements(
          tx,
          ctx,
          statements.map((row) => row.id),
        )
      ).map((row) => row.id),
    );
    const statementsTaken = statements.filter((row) => scheduled.has(row.id));
    if (payable.length === 0 && instalments.length === 0 && statementsTaken.length === 0)
      throw new AppError('payment.nothing_to_pay');
    const missingPayee = [
      ...payable.filter((row) => !row.payee).map((row) => row.id),
      ...instalments.filter((row) => !row.payee).map((row) => row.instalment.applicationId),
    ];
    if (missingPayee.length > 0)
      throw new AppError('payment.payee_missing', {
        extensions: { applicationIds: [...new Set(missingPayee)] },
      });
    const totalFen =
      payable.reduce((sum, row) => sum + row.approvedAmountFen!, 0) +
      instalments.reduce((sum, row) => sum + row.instalment.amountFen, 0) +
      statementsTaken.reduce((sum, row) => sum + row.amountFen, 0);
    const lineCount = payable.length + instalments.length + statementsTaken.length;
    const batch = await repo.insertBatch(tx, {
      reference: `PAY-${chinaDateOf(now).replace(/-/g, '')}-${randomBytes(3).toString('hex').toUpperCase()}`,
      totalFen,
      lineCount,
      createdBy: principal.accountId,
      createdAt: now,
    });
    const lines = await repo.insertLines(tx, [
      ...payable.map((row, index) => ({
        batchId: batch.id,
        lineNumber: index + 1,
        applicationId: row.id,
        applicationReference: row.reference,
        amountFen: row.approvedAmountFen!,
        payeeName: row.payee!.accountName,
        bankName: row.payee!.bankName,
        accountNumber: row.payee!.accountNumber,
        status: 'scheduled' as const,
      })),
      ...instalments.map((row, index) => ({
        batchId: batch.id,
        lineNumber: payable.length + index + 1,
        applicationId: row.instalment.applicationId,
        applicationReference: row.reference,
        instalmentId: row.instalment.id,
        period: row.instalment.month,
        amountFen: row.instalment.amountFen,
        payeeName: row.payee!.accountName,
        bankName: row.payee!.bankName,
        accountNumber: row.payee!.accountNumber,
        status: 'scheduled' as const,
      })),
      ...statementsTaken.map((row, index) => ({
        batchId: batch.id,
        lineNumber: payable.length + instalments.length + index + 1,
        applicationId: null,
        applicationReference: row.reference,
        statementId: row.id,
        amountFen: row.amountFen,
        payeeName: row.payee.accountName,
        bankName: row.payee.bankName,
        accountNumber: row.payee.accountNumber,
        status: 'scheduled' as const,
      })),
    ]);
    for (const row of payable) {
      await transitionApplication(tx, ctx, row, 'schedule_payment', {
        actorKind: 'officer',
        details: {
          batchId: batch.id,
          batchReference: batch.reference,
          amountFen: row.approvedAmountFen,
        },
        message: { amountFen: row.approvedAmountFen },
      });
    }
    await recordAudit(tx, ctx, {
      action: 'payment_batch.created',
      subjectType: 'payment_batch',
      subjectId: batch.id,
      after: {
        reference: batch.reference,
        totalFen,
        lineCount,
        instalments: instalments.map((row) => ({
          id: row.instalment.id,
          applicationId: row.instalment.applicationId,
          month: row.instalment.month,
          amountFen: row.instalment.amountFen,
        })),
        statements: statementsTaken.map((row) => ({ id: row.id, amountFen: row.amountFen })),
      },
    });
    return presentBatch(batch, totalsOfLines(lines));
  });
  return result;
}

/** A page of batches, newest first, with their totals summed by the database. */
export async function listBatches(ctx: ServiceContext, page: PageRequest = { limit: 200 }) {
  const list = 'payment-batches';
  const after = decodeCursor(list, page.cursor, [keyValueShapes.timestamp, keyValueShapes.uuid]);
  const found = await repo.listBatches(ctx.db, page.limit, after);
  const { rows, nextCursor } = pageOf(found, page.limit, list, (row) => [
    row.createdAtKey,
    row.batch.id,
  ]);
  const sums = await repo.sumLinesOfBatches(
    ctx.db,
    rows.map((row) => row.batch.id),
  );
  return {
    rows: rows.map(({ batch }) =>
      presentBatch(batch, totalsOf(sums.filter((row) => row.batchId === batch.id))),
    ),
    nextCursor,
  };
}

/** The lines list of a batch: the cursor names the batch, so another batch's is refused. */
const linesList = (id: string) => `payment-lines:${id}`;

/** Where a page of lines starts: the number of the line before it; a 400 if the cursor is bad. */
function linesAfter(id: string, page: PageRequest) {
  return decodeCursor(linesList(id), page.cursor, [keyValueShapes.integer]);
}

/** One page of a batch's lines, by line number. */
async function pageOfLines(ctx: ServiceContext, id: string, page: PageRequest) {
  const list = linesList(id);
  const after = linesAfter(id, page);
  const found = await repo.listLinesPage(ctx.db, id, page.limit, after);
  const { rows, nextCursor } = pageOf(found, page.limit, list, (line) => [line.lineNumber]);
  return { items: rows.map(presentLine), nextCursor };
}

/**
 * A batch with its totals (summed by the database over every line) and the first page of its
 * lines: a constant number of statements however many lines the batch holds.
 */
export async function describeBatch(
  ctx: ServiceContext,
  id: string,
  page: PageRequest = { limit: 200 },
) {
  linesAfter(id, page); // a bad cursor is a 400 before anything is read
  const batch = await repo.findBatch(ctx.db, id);
  if (!batch) throw new AppError('payment.batch_not_found');
  const [sums, lines] = await Promise.all([
    repo.sumLinesOfBatches(ctx.db, [id]),
    pageOfLines(ctx, id, page),
  ]);
  return {
    ...presentBatch(batch, totalsOf(sums)),
    lines: lines.items,
    linesNextCursor: lines.nextCursor,
  };
}

/** The next pages of a batch's lines (after `linesNextCursor`). */
export async function listBatchLines(ctx: ServiceContext, id: string, page: PageRequest) {
  linesAfter(id, page); // a bad cursor is a 400 before anything is read
  const batch = await repo.findBatch(ctx.db, id);
  if (!batch) throw new AppError('payment.batch_not_found');
  return pageOfLines(ctx, id, page);
}

/** The batch as a file for the bank or treasury: CSV (UTF-8 with BOM) or Excel. */
export async function exportBatch(ctx: ServiceContext, id: string, format: 'csv' | 'xlsx') {
  const batch = await repo.findBatch(ctx.db, id);
  if (!batch) throw new AppError('payment.batch_not_found');
  const lines = await repo.listLines(ctx.db, id);
  const bytes = await writePaymentFile(batch, lines, format, ctx.now());
  await ctx.db.transaction(async (tx) => {
    await repo.touchBatch(tx, id, { exportedAt: ctx.now() });
    await recordAudit(tx, ctx, {
      action: 'payment_batch.exported',
      subjectType: 'payment_batch',
      subjectId: id,
      after: { format, totalFen: batch.totalFen, lineCount: batch.lineCount },
    });
  });
  return { bytes, fileName: `${batch.reference}.${format}` };
}

/**
 * Imports the bank's result file: marks lines paid (consuming the budget reservation) or failed.
 * Idempotent: re-importing the same file changes nothing; a file that contradicts what was already
 * recorded (a paid line reported failed, another bank reference, another amount) is refused whole.
 */
export async function importBatchResult(ctx: ServiceContext, id: string, bytes: Buffer) {
  const batch = await repo.findBatch(ctx.db, id);
  if (!batch) throw new AppError('payment.batch_not_found');
  const { rows, errors } = await parseResultFile(bytes, ctx.language);
  if (errors.length > 0) throw new AppError('payment.result_invalid', { fieldErrors: errors });
  const summary = {
    paid: 0,
    failed: 0,
    alreadyRecorded: 0,
    paidFen: 0,
    failedFen: 0,
    leftScheduled: 0,
  };

  await ctx.db.transaction(async (tx) => {
    await repo.lockBatch(tx, id);
    // Only the lines the file names: a file of a few rows does not load a batch of thousands.
    const lines = await repo.listLinesNumbered(
      tx,
      id,
      rows.map((row) => row.line),
    );
    const byNumber = new Map(lines.map((line) => [line.lineNumber, line]));
    const conflicts: FieldError[] = [];
    const conflict = (
      row: number,
      column: string,
      text: Record<ServiceContext['language'], string>,
    ) =>
      conflicts.push({
        pointer: `/file/rows/${row}/${column}`,
        code: 'payment.result_conflict',
        detail: text[ctx.language],
      });
    const seen = new Set<number>();
    for (const row of rows) {
      const line = byNumber.get(row.line);
      if (!line || line.applicationReference !== row.reference) {
        conflict(row.row, 'line', {
          'zh-Hans': '该行不属于本批次',
          'zh-Hant': '該行不屬於本批次',
          en: 'This line is not in this batch',
        });
        continue;
      }
      if (seen.has(row.line))
        conflict(row.row, 'line', {
          'zh-Hans': '行号重复',
          'zh-Hant': '行號重複',
          en: 'Line listed twice',
        });
      seen.add(row.line);
      if (line.amountFen !== row.amountFen)
        conflict(row.row, 'amount_fen', {
          'zh-Hans': `金额与批次不符（应为 ${line.amountFen} 分）`,
          'zh-Hant': `金額與批次不符（應為 ${line.amountFen} 分）`,
          en: `Amount differs from the batch (expected ${line.amountFen} fen)`,
        });
      if (
        line.status === 'paid' &&
        (row.status !== 'paid' || row.bankReference !== line.bankReference)
      )
        conflict(row.row, 'status', {
          'zh-Hans': '该行已记录为已付款，文件内容与记录矛盾',
          'zh-Hant': '該行已記錄為已付款，檔案內容與記錄矛盾',
          en: 'This line is already recorded as paid; the file contradicts that',
        });
      if (line.status === 'failed' && row.status !== 'failed')
        conflict(row.row, 'status', {
          'zh-Hans': '该行已记录为付款失败，请在新批次中重新付款',
          'zh-Hant': '該行已記錄為付款失敗，請在新批次中重新付款',
          en: 'This line is already recorded as failed; pay it again in a new batch',
        });
    }
    if (conflicts.length > 0)
      throw new AppError('payment.result_conflict', { fieldErrors: conflicts });

    const toChange = rows.filter((row) => byNumber.get(row.line)!.status === 'scheduled');
    summary.alreadyRecorded = rows.length - toChange.length;
    const lineOf = (row: ResultRow) => byNumber.get(row.line)!;
    // Lock order: applications → allowance schedules → instalments → budget line → audit head.
    const applications = await lockApplications(
      tx,
      toChange.flatMap((row) =>
        lineOf(row).instalmentId ? [] : (lineOf(row).applicationId ?? []),
      ),
    );
    const applicationById = new Map(applications.map((row) => [row.id, row]));
    const scheduleOf = await lockSchedulesOf(
      tx,
      toChange.flatMap((row) => lineOf(row).instalmentId ?? []),
    );
    const now = ctx.now();
    for (const row of toChange) {
      const line = lineOf(row);
      if (line.instalmentId) {
        // A monthly allowance instalment: its own state and budget movement, no transition.
        await recordInstalmentResult(
          tx,
          ctx,
          scheduleOf.get(line.instalmentId)!,
          line.instalmentId,
          row.status,
        );
        await repo.updateLine(tx, line.id, 'scheduled', {
          status: row.status,
          bankReference: row.bankReference,
          failureReason: row.status === 'failed' ? row.failureReason : null,
          resolvedAt: now,
        });
        summary[row.status] += 1;
        summary[row.status === 'paid' ? 'paidFen' : 'failedFen'] += line.amountFen;
        continue;
      }
      if (line.statementId) {
        // A provider's voucher statement: the ledger moves settling → paid (vouchers module).
        await recordStatementPayment(tx, ctx, line.statementId, row.status);
        await repo.updateLine(tx, line.id, 'scheduled', {
          status: row.status,
          bankReference: row.bankReference,
          failureReason: row.status === 'failed' ? row.failureReason : null,
          resolvedAt: now,
        });
        summary[row.status] += 1;
        summary[row.status === 'paid' ? 'paidFen' : 'failedFen'] += line.amountFen;
        continue;
      }
      const application = applicationById.get(line.applicationId!)!;
      if (row.status === 'paid') {
        await consumeReservation(tx, ctx, {
          budgetLineId: application.budgetLineId!,
          applicationId: application.id,
          amountFen: line.amountFen,
        });
        await repo.updateLine(tx, line.id, 'scheduled', {
          status: 'paid',
          bankReference: row.bankReference,
          resolvedAt: now,
        });
        await transitionApplication(tx, ctx, application, 'record_paid', {
          actorKind: 'officer',
          changes: { paidAt: now },
          details: {
            batchId: id,
            line: line.lineNumber,
            bankReference: row.bankReference,
            amountFen: line.amountFen,
          },
          message: { amountFen: line.amountFen },
        });
        summary.paid += 1;
        summary.paidFen += line.amountFen;
      } else {
        await repo.updateLine(tx, line.id, 'scheduled', {
          status: 'failed',
          failureReason: row.failureReason,
          bankReference: row.bankReference,
          resolvedAt: now,
        });
        await transitionApplication(tx, ctx, application, 'record_failed', {
          actorKind: 'officer',
          details: { batchId: id, line: line.lineNumber, reason: row.failureReason },
          message: { reasons: row.failureReason },
        });
        summary.failed += 1;
        summary.failedFen += line.amountFen;
      }
    }
    await completeFinishedSchedules(tx, ctx, [...new Set(scheduleOf.values())]);
    // What is still waiting for the bank, counted by the database after the changes above.
    const sums = await repo.sumLinesOfBatches(tx, [id]);
    summary.leftScheduled = sums.find((row) => row.status === 'scheduled')?.lines ?? 0;
    await repo.touchBatch(tx, id, { lastImportAt: now });
    await recordAudit(tx, ctx, {
      action: 'payment_batch.result_imported',
      subjectType: 'payment_batch',
      subjectId: id,
      after: summary,
    });
  });
  return { summary, batch: await describeBatch(ctx, id) };
}
