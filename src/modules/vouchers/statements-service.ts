import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Executor } from '../../db/client';
import { voucherKindValues, type VoucherKind } from '../../db/schema/vouchers';
import { AppError } from '../../errors/app-error';
import { chinaMonthOf, chinaYearOf } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import { formatYuan } from '../budgets/money';
import { toCsv } from '../payments/csv';
import { accountCodes } from './accounts';
import { checkVoucherCommandLog } from './command-log';
import { presentStatement, presentTransfer } from './present';
import * as repo from './repo';

/**
 * The first instant after `period` in China time (UTC+8, no DST). A period is a month (`YYYY-MM`)
 * or a quarter (`YYYY-Qn`): settlement is monthly unless finance settles a quarter at once (issue
 * #13 item 6, "monthly (configurable)").
 */
export function periodEnd(period: string): Date {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  const [year, lastMonth] = quarter
    ? [Number(quarter[1]), Number(quarter[2]) * 3]
    : (period.split('-').map(Number) as [number, number]);
  const next = lastMonth === 12 ? [year + 1, 1] : [year, lastMonth + 1];
  return new Date(`${next[0]}-${String(next[1]).padStart(2, '0')}-01T00:00:00+08:00`);
}

/**
 * Issues each provider's statement for a period that is over (issue #13 item 6): every capture
 * and refund made before the period's end and not on an earlier statement, captured − refunded,
 * moved from the provider's receivable to `settling` — one transaction per provider, with its
 * audit row. Each movement is on at most one statement (primary key), so nothing is settled
 * twice; a second run for the same period finds nothing left.
 */
export async function issueStatements(
  ctx: ServiceContext,
  input: { period: string; providerId?: string | undefined },
) {
  const end = periodEnd(input.period);
  if (end.getTime() > ctx.now().getTime())
    throw new AppError('voucher.period_not_over', { extensions: { period: input.period } });
  const providers = input.providerId
    ? [await repo.findProvider(ctx.db, input.providerId)]
    : await repo.listProviders(ctx.db);
  if (input.providerId && !providers[0]) throw new AppError('voucher.provider_not_found');
  const issued = [];
  for (const found of providers) {
    if (!found) continue;
    const statement = await ctx.db.transaction(async (tx) => {
      const now = ctx.now();
      // Locks the provider's receivables first: a capture or refund of this provider waits, so
      // the statement and the balance it moves agree to the fen.
      const receivables = new Map<VoucherKind, string>();
      for (const kind of voucherKindValues) {
        const id = await repo.openAccount(tx, {
          code: accountCodes.receivable(found.provider.id, kind),
          type: 'receivable',
          kind,
          createdAt: now,
        });
        await repo.lockAccount(tx, id);
        receivables.set(kind, id);
      }
      const transfers = (await repo.listUnsettledTransfers(tx, found.provider.id, end)).map(
        (row) => row.transfer,
      );
      if (transfers.length === 0) return null;
      const byKind = new Map<VoucherKind, number>();
      let capturedFen = 0;
      let refundedFen = 0;
      for (const transfer of transfers) {
        const signed = transfer.type === 'capture' ? transfer.amountFen : -transfer.amountFen;
        if (transfer.type === 'capture') capturedFen += transfer.amountFen;
        else refundedFen += transfer.amountFen;
        byKind.set(transfer.kind, (byKind.get(transfer.kind) ?? 0) + signed);
      }
      const netFen = capturedFen - refundedFen;
      const row = await repo.insertStatement(tx, {
        reference: `VS-${input.period.replace('-', '')}-${randomBytes(3).toString('hex').toUpperCase()}`,
        providerId: found.provider.id,
        period: input.period,
        capturedFen,
        refundedFen,
        netFen,
        // Everything captured was refunded: nothing to pay, settled as it is issued.
        status: netFen === 0 ? 'paid' : 'issued',
        createdBy: ctx.actor.accountId,
        createdAt: now,
        paidAt: netFen === 0 ? now : null,
      });
      if (!row) return null; // this provider's statement for the period exists
      await repo.insertStatementEntries(
        tx,
        row.id,
        transfers.map((transfer) => transfer.id),
      );
      for (const [kind, amount] of byKind) {
        if (amount <= 0) continue;
        const settlingId = await repo.openAccount(tx, {
          code: accountCodes.settling(kind),
          type: 'settling',
          kind,
          createdAt: now,
        });
        await repo.postTransfer(tx, {
          type: 'settle',
          kind,
          debitAccountId: receivables.get(kind)!,
          creditAccountId: settlingId,
          amountFen: amount,
          statementId: row.id,
          createdAt: now,
        });
      }
      await recordAudit(tx, ctx, {
        action: 'voucher_statement.issued',
        subjectType: 'voucher_statement',
        subjectId: row.id,
        after: {
          providerId: found.provider.id,
          period: input.period,
          capturedFen,
          refundedFen,
          netFen,
          movements: transfers.length,
        },
      });
      return presentStatement(row, { id: found.provider.id, name: found.organisation.name });
    });
    if (statement) issued.push(statement);
  }
  if (issued.length === 0)
    throw new AppError('voucher.nothing_to_settle', { extensions: { period: input.period } });
  return issued;
}

/** Statements, newest first (finance: all; a provider's staff: their own). */
export async function listStatements(
  ctx: ServiceContext,
  filter: { providerId?: string | undefined; status?: 'issued' | 'scheduled' | 'paid' | undefined },
) {
  const rows = await repo.listStatements(ctx.db, {
    ...(filter.providerId ? { providerId: filter.providerId } : {}),
    ...(filter.status ? { statuses: [filter.status] } : {}),
  });
  return rows.map((row) =>
    presentStatement(row.statement, { id: row.provider.id, name: row.organisation.name }),
  );
}

/** A statement with its movements (each capture and refund, with its contract). */
export async function describeStatement(
  ctx: ServiceContext,
  id: string,
  providerId?: string | undefined,
) {
  const statement = await repo.findStatement(ctx.db, id);
  if (!statement || (providerId && statement.providerId !== providerId))
    throw new AppError('voucher.statement_not_found');
  const provider = await repo.findProvider(ctx.db, statement.providerId);
  const lines = await repo.listStatementLines(ctx.db, id);
  return {
    ...presentStatement(statement, { id: statement.providerId, name: provider!.organisation.name }),
    lines: lines.map((line) => ({
      ...presentTransfer(line.transfer),
      contractNumber: line.contract.contractNumber,
      companyName: line.organisation.name,
      companyCreditCode: line.organisation.creditCode,
      invoiceNumber: line.contract.invoiceNumber,
    })),
    /** The lines add up to the statement, to the fen. */
    reconciled:
      lines.reduce(
        (sum, line) => sum + (line.transfer.type === 'capture' ? 1 : -1) * line.transfer.amountFen,
        0,
      ) === statement.netFen,
  };
}

const statementColumns = [
  'statement_reference',
  'period',
  'contract_number',
  'company_name',
  'company_credit_code',
  'kind',
  'movement',
  'amount_yuan',
  'amount_fen',
  'invoice_number',
  'at',
] as const;

/** The statement as CSV (UTF-8) or an Excel workbook, for the provider and finance. */
export async function exportStatement(
  ctx: ServiceContext,
  id: string,
  format: 'csv' | 'xlsx',
  providerId?: string | undefined,
) {
  const statement = await describeStatement(ctx, id, providerId);
  const rows = statement.lines.map((line) => [
    statement.reference,
    statement.period,
    line.contractNumber,
    line.companyName,
    line.companyCreditCode,
    line.kind,
    line.type,
    formatYuan((line.type === 'capture' ? 1 : -1) * line.amountFen).replace(/,/g, ''),
    (line.type === 'capture' ? 1 : -1) * line.amountFen,
    line.invoiceNumber ?? '',
    line.createdAt,
  ]);
  const total = [
    'total',
    statement.period,
    '',
    '',
    '',
    '',
    'net',
    formatYuan(statement.netFen).replace(/,/g, ''),
    statement.netFen,
    '',
    '',
  ];
  const fileName = `${statement.reference}.${format}`;
  if (format === 'csv')
    return { bytes: Buffer.from(toCsv([[...statementColumns], ...rows, total]), 'utf8'), fileName };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OPC Hub';
  workbook.created = ctx.now();
  const sheet = workbook.addWorksheet('Statement');
  sheet.addRow([...statementColumns]);
  for (const row of [...rows, total]) sheet.addRow(row);
  sheet.getColumn(5).numFmt = '@';
  sheet.getRow(1).font = { bold: true };
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), fileName };
}

/** Issued statements with the provider's payee, for finance's next payment batch. */
export async function listPayableStatements(db: Executor, ids?: string[]) {
  const rows = await repo.listStatements(db, { statuses: ['issued'] });
  return rows
    .filter((row) => !ids || ids.includes(row.statement.id))
    .map((row) => ({
      id: row.statement.id,
      reference: row.statement.reference,
      amountFen: row.statement.netFen,
      payee: {
        accountName: row.provider.payeeName,
        bankName: row.provider.bankName,
        accountNumber: row.provider.accountNumber,
      },
    }));
}

/**
 * Marks statements as scheduled in a payment batch (the payments module, in the batch's
 * transaction); only issued ones are taken, so a statement is never in two live batches.
 */
export async function scheduleStatements(tx: Executor, ctx: ServiceContext, ids: string[]) {
  const locked = await repo.lockStatements(tx, ids);
  const taken = locked.filter((row) => row.status === 'issued');
  for (const row of taken) await repo.updateStatement(tx, row.id, { status: 'scheduled' });
  return taken;
}

/**
 * Records the bank's result for a statement's payment line: paid moves its amount from
 * `settling` to `paid`, kind by kind; failed makes it payable again in a new batch.
 */
export async function recordStatementPayment(
  tx: Executor,
  ctx: ServiceContext,
  statementId: string,
  result: 'paid' | 'failed',
) {
  const [row] = await repo.lockStatements(tx, [statementId]);
  if (!row || row.status !== 'scheduled') return;
  const now = ctx.now();
  if (result === 'failed') {
    await repo.updateStatement(tx, row.id, { status: 'issued' });
    await recordAudit(tx, ctx, {
      action: 'voucher_statement.payment_failed',
      subjectType: 'voucher_statement',
      subjectId: row.id,
      after: { netFen: row.netFen },
    });
    return;
  }
  const settles = await repo.listSettleTransfers(tx, row.id);
  for (const settle of settles) {
    const paidId = await repo.openAccount(tx, {
      code: accountCodes.paid(settle.kind),
      type: 'paid',
      kind: settle.kind,
      createdAt: now,
    });
    await repo.postTransfer(tx, {
      type: 'pay',
      kind: settle.kind,
      debitAccountId: settle.creditAccountId,
      creditAccountId: paidId,
      amountFen: settle.amountFen,
      statementId: row.id,
      createdAt: now,
    });
  }
  await repo.updateStatement(tx, row.id, { status: 'paid', paidAt: now });
  await recordAudit(tx, ctx, {
    action: 'voucher_statement.paid',
    subjectType: 'voucher_statement',
    subjectId: row.id,
    after: { netFen: row.netFen },
  });
}

/**
 * Issued vs held vs captured vs settled, per kind and month of a year (the administrator's and
 * finance's chart), and the ledger's own check: balances sum to zero and match their entries.
 */
export async function describeVoucherOverview(ctx: ServiceContext, year?: number | undefined) {
  const forYear = year ?? chinaYearOf(ctx.now());
  const sums = await repo.sumTransfersByMonth(ctx.db, forYear);
  const months = Array.from(
    { length: 12 },
    (_, index) => `${forYear}-${String(index + 1).padStart(2, '0')}`,
  );
  const series = voucherKindValues.map((kind) => ({
    kind,
    months: months.map((month) => {
      const of = (type: string) =>
        sums
          .filter((row) => row.kind === kind && row.month === month && row.type === type)
          .reduce((sum, row) => sum + Number(row.amountFen), 0);
      return {
        month,
        issuedFen: of('issue'),
        heldFen: of('hold'),
        capturedFen: of('capture') - of('refund'),
        settledFen: of('settle'),
        paidFen: of('pay'),
      };
    }),
  }));
  const ledger = await repo.checkLedger(ctx.db);
  const commandLog = await checkVoucherCommandLog(ctx.db);
  return {
    commandLog,
    year: forYear,
    currentMonth: chinaMonthOf(ctx.now()),
    series,
    ledger: {
      ...ledger,
      balanced: ledger.balanceSumFen === 0 && ledger.mismatchedAccounts.length === 0,
    },
  };
}
