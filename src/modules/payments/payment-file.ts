/**
 * The payment file: what a batch's export holds (CSV or Excel) and how the bank's result file is
 * read back. No database here: the service loads the batch and its lines, and records the result.
 */
import ExcelJS from 'exceljs';
import { AppError, type FieldError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import { formatYuan, parseYuanToFen } from '../budgets/money';
import { parseCsv, toCsv } from './csv';
import type { PaymentBatchRow, PaymentLineRow } from './repo';

/**
 * Columns of the export; the bank or treasury fills status, bank_reference and failure_reason and
 * sends the file back. `period` is the month a monthly allowance instalment is for (else empty).
 */
export const paymentFileColumns = [
  'line',
  'application_reference',
  'payee_name',
  'bank_name',
  'account_number',
  'amount_yuan',
  'amount_fen',
  'currency',
  'status',
  'bank_reference',
  'failure_reason',
  'period',
] as const;

function exportRows(lines: PaymentLineRow[]): (string | number | null)[][] {
  return lines.map((line) => [
    line.lineNumber,
    line.applicationReference,
    line.payeeName,
    line.bankName,
    line.accountNumber,
    formatYuan(line.amountFen).replace(/,/g, ''),
    line.amountFen,
    'CNY',
    line.status === 'scheduled' ? '' : line.status,
    line.bankReference ?? '',
    line.failureReason ?? '',
    line.period ?? '',
  ]);
}

/** The batch as a file for the bank or treasury: CSV (UTF-8 with BOM) or Excel. */
export async function writePaymentFile(
  batch: PaymentBatchRow,
  lines: PaymentLineRow[],
  format: 'csv' | 'xlsx',
  created: Date,
): Promise<Buffer> {
  if (format === 'csv')
    return Buffer.from(toCsv([[...paymentFileColumns], ...exportRows(lines)]), 'utf8');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OPC Hub';
  workbook.created = created;
  const sheet = workbook.addWorksheet('Payments');
  sheet.addRow([...paymentFileColumns]);
  for (const row of exportRows(lines)) {
    // Text cells stay text: an account number must never become 6.2E+18.
    sheet.addRow(row.map((cell) => (typeof cell === 'number' ? cell : String(cell ?? ''))));
  }
  sheet.getColumn(5).numFmt = '@';
  sheet.getRow(1).font = { bold: true };
  const summary = workbook.addWorksheet('Summary');
  summary.addRow(['batch_reference', batch.reference]);
  summary.addRow(['line_count', batch.lineCount]);
  summary.addRow(['total_fen', batch.totalFen]);
  summary.addRow(['total_yuan', formatYuan(batch.totalFen).replace(/,/g, '')]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ResultRow {
  row: number;
  line: number;
  reference: string;
  amountFen: number;
  status: 'paid' | 'failed';
  bankReference: string | null;
  failureReason: string | null;
}

async function readResultTable(bytes: Buffer): Promise<string[][]> {
  // An .xlsx file is a ZIP archive: "PK\x03\x04".
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Payments') ?? workbook.worksheets[0];
    if (!sheet) return [];
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      for (let column = 1; column <= paymentFileColumns.length; column += 1) {
        const value = row.getCell(column).value;
        cells.push(value === null || value === undefined ? '' : String(value));
      }
      rows.push(cells);
    });
    return rows;
  }
  return parseCsv(bytes.toString('utf8'));
}

/** Reads and checks a result file. Every problem is reported with its row; nothing is half-read. */
export async function parseResultFile(bytes: Buffer, language: ServiceContext['language']) {
  const errors: FieldError[] = [];
  const problem = (row: number, column: string, text: Record<ServiceContext['language'], string>) =>
    errors.push({
      pointer: `/file/rows/${row}/${column}`,
      code: 'payment.result_row',
      detail: text[language],
    });
  let table: string[][];
  try {
    table = await readResultTable(bytes);
  } catch {
    throw new AppError('payment.result_invalid', {
      detail: {
        'zh-Hans': '无法读取该文件',
        'zh-Hant': '無法讀取該檔案',
        en: 'The file cannot be read',
      },
    });
  }
  const header = (table[0] ?? []).map((cell) => cell.trim().toLowerCase());
  const index = (name: string) => header.indexOf(name);
  const required = [
    'line',
    'application_reference',
    'amount_fen',
    'status',
    'bank_reference',
    'failure_reason',
  ];
  const missingColumns = required.filter((name) => index(name) < 0);
  if (missingColumns.length > 0)
    throw new AppError('payment.result_invalid', {
      detail: {
        'zh-Hans': `缺少列：${missingColumns.join(', ')}`,
        'zh-Hant': `缺少欄：${missingColumns.join(', ')}`,
        en: `Missing columns: ${missingColumns.join(', ')}`,
      },
    });
  const rows: ResultRow[] = [];
  table.slice(1).forEach((cells, offset) => {
    const rowNumber = offset + 2;
    const cell = (name: string) => (cells[index(name)] ?? '').trim().replace(/^'/, '');
    const status = cell('status').toLowerCase();
    if (status === '') return; // not yet processed by the bank: left scheduled
    const line = Number(cell('line'));
    const amountText = cell('amount_fen');
    const amountFen = /^\d+$/.test(amountText)
      ? Number(amountText)
      : parseYuanToFen(cell('amount_yuan'));
    if (!Number.isInteger(line) || line < 1)
      problem(rowNumber, 'line', {
        'zh-Hans': '行号无效',
        'zh-Hant': '行號無效',
        en: 'Invalid line number',
      });
    if (amountFen === undefined)
      problem(rowNumber, 'amount_fen', {
        'zh-Hans': '金额无效',
        'zh-Hant': '金額無效',
        en: 'Invalid amount',
      });
    if (status !== 'paid' && status !== 'failed')
      problem(rowNumber, 'status', {
        'zh-Hans': '状态只能是 paid 或 failed',
        'zh-Hant': '狀態只能是 paid 或 failed',
        en: 'Status must be paid or failed',
      });
    if (status === 'paid' && !cell('bank_reference'))
      problem(rowNumber, 'bank_reference', {
        'zh-Hans': '已付款的行需要银行流水号',
        'zh-Hant': '已付款的行需要銀行流水號',
        en: 'A paid line needs the bank reference',
      });
    rows.push({
      row: rowNumber,
      line,
      reference: cell('application_reference'),
      amountFen: amountFen ?? 0,
      status: status as 'paid' | 'failed',
      bankReference: cell('bank_reference') || null,
      failureReason: cell('failure_reason') || null,
    });
  });
  return { rows, errors };
}
