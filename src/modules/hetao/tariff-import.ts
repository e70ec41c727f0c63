import ExcelJS from 'exceljs';
import { readCsvRows } from '../../shared/csv';
import { detectListFileKind } from './list-import';

/**
 * The tariff table's import format (issue #16 item 3): a CSV (UTF-8, or GB18030 as Excel on
 * Chinese Windows saves it) or an Excel .xlsx whose first sheet has the columns
 *
 *   hs_code,description,duty_rate,vat_rate,consumption_rate
 *
 * `hs_code`: 8 or 10 digits (dots and spaces are dropped: "3002.1200" is 30021200);
 * `description`: optional, the source line's wording; `duty_rate`, `vat_rate`: decimal fractions
 * from 0 to 1 ("0.13" for 13 %), read exactly as text, never as floats (tax.ts `parseRate`);
 * `consumption_rate`: empty for goods that carry no consumption tax, else a fraction below 1.
 * All or nothing: every problem carries its line (CSV) or row (Excel) and column, and the caller
 * imports nothing unless there are none.
 */

export const TARIFF_CSV_HEADER = [
  'hs_code',
  'description',
  'duty_rate',
  'vat_rate',
  'consumption_rate',
] as const;
type TariffColumn = (typeof TARIFF_CSV_HEADER)[number];

export const TARIFF_FILE_MAX_BYTES = 5 * 1024 * 1024;
/** China's tariff has about 8,900 eight-digit lines; leave room for ten-digit codes. */
export const TARIFF_FILE_MAX_ROWS = 20_000;

export interface TariffRow {
  hsCode: string;
  description: string | null;
  dutyRate: string;
  vatRate: string;
  consumptionRate: string | null;
  sourceLine: number;
}

export interface TariffProblem {
  line: number;
  column: TariffColumn | 'header' | 'row' | 'file';
  message: string;
}

export type ReadTariffResult =
  | { ok: true; kind: 'csv' | 'xlsx'; rows: TariffRow[]; warnings: TariffProblem[] }
  | { ok: false; kind: 'csv' | 'xlsx' | 'unknown'; problems: TariffProblem[] };

/** A rate written as a decimal fraction, 0 to 1 (below 1 when `belowOne`), up to 12 places. */
const RATE = /^(0(\.\d{1,12})?|1(\.0{1,12})?)$/;
const BELOW_ONE = /^0(\.\d{1,12})?$/;

/** Reads an HS code (8 or 10 digits) with dots and spaces dropped, or undefined. */
export function normaliseHsCode(text: string): string | undefined {
  const digits = text.trim().replace(/[.\s]/g, '');
  return /^(\d{8}|\d{10})$/.test(digits) ? digits : undefined;
}

function checkRate(
  text: string,
  line: number,
  column: TariffColumn,
  problems: TariffProblem[],
  belowOne = false,
): string | undefined {
  const value = text.trim();
  if (value === '') {
    problems.push({ line, column, message: 'Required: a decimal fraction such as 0.13 for 13 %.' });
    return undefined;
  }
  if (/%$/.test(value)) {
    problems.push({
      line,
      column,
      message: `Write rates as decimal fractions, not percentages: 13 % is 0.13 (got "${value}").`,
    });
    return undefined;
  }
  if (!(belowOne ? BELOW_ONE : RATE).test(value)) {
    problems.push({
      line,
      column,
      message: belowOne
        ? `Must be a decimal fraction below 1 with at most 12 places, e.g. 0.1 (got "${value}").`
        : `Must be a decimal fraction from 0 to 1 with at most 12 places, e.g. 0.13 (got "${value}").`,
    });
    return undefined;
  }
  return value;
}

/** One record of the file, checked; problems name the line and column. */
export function parseTariffRecord(
  record: Record<TariffColumn, string>,
  line: number,
): { row?: TariffRow; problems: TariffProblem[] } {
  const problems: TariffProblem[] = [];
  const hsCode = normaliseHsCode(record.hs_code);
  if (!hsCode)
    problems.push({
      line,
      column: 'hs_code',
      message: `An HS code has 8 or 10 digits (got "${record.hs_code.trim()}").`,
    });
  const dutyRate = checkRate(record.duty_rate, line, 'duty_rate', problems);
  const vatRate = checkRate(record.vat_rate, line, 'vat_rate', problems);
  const consumptionText = record.consumption_rate.trim();
  const consumptionRate =
    consumptionText === ''
      ? null
      : checkRate(consumptionText, line, 'consumption_rate', problems, true);
  const description = record.description.trim();
  if (description.length > 500)
    problems.push({ line, column: 'description', message: 'At most 500 characters.' });
  if (problems.length > 0 || !hsCode || !dutyRate || !vatRate || consumptionRate === undefined)
    return { problems };
  return {
    row: {
      hsCode,
      description: description === '' ? null : description,
      dutyRate,
      vatRate,
      consumptionRate,
      sourceLine: line,
    },
    problems,
  };
}

/** Adds a row, refusing a code that appears twice in the file. */
function collect(
  rows: TariffRow[],
  seen: Map<string, number>,
  problems: TariffProblem[],
  result: { row?: TariffRow; problems: TariffProblem[] },
) {
  problems.push(...result.problems);
  if (!result.row) return;
  const first = seen.get(result.row.hsCode);
  if (first !== undefined) {
    problems.push({
      line: result.row.sourceLine,
      column: 'hs_code',
      message: `Duplicate HS code ${result.row.hsCode} (first on line ${first}).`,
    });
    return;
  }
  seen.set(result.row.hsCode, result.row.sourceLine);
  rows.push(result.row);
}

const headerMessage = (found: string[]) =>
  `The first row must be exactly: ${TARIFF_CSV_HEADER.join(',')} (found: ${found.join(',')}).`;

/** Reads a tariff CSV's text. */
export function parseTariffCsv(text: string): { rows: TariffRow[]; problems: TariffProblem[] } {
  const problems: TariffProblem[] = [];
  const rows: TariffRow[] = [];
  const nonEmpty = readCsvRows(text.replace(/^\uFEFF/, '')).filter(
    (row) => !(row.cells.length === 1 && row.cells[0]!.trim() === ''),
  );
  if (nonEmpty.length === 0)
    return { rows, problems: [{ line: 1, column: 'file', message: 'The file is empty.' }] };
  for (const row of nonEmpty)
    if (row.error) problems.push({ line: row.line, column: 'row', message: row.error });
  const [header, ...records] = nonEmpty;
  const headerCells = header!.cells.map((cell) => cell.trim());
  if (headerCells.join(',') !== TARIFF_CSV_HEADER.join(','))
    return {
      rows,
      problems: [{ line: header!.line, column: 'header', message: headerMessage(headerCells) }],
    };
  const seen = new Map<string, number>();
  for (const row of records) {
    if (row.cells.length !== TARIFF_CSV_HEADER.length) {
      problems.push({
        line: row.line,
        column: 'row',
        message: `Expected ${TARIFF_CSV_HEADER.length} columns, found ${row.cells.length}.`,
      });
      continue;
    }
    const record = Object.fromEntries(
      TARIFF_CSV_HEADER.map((column, index) => [column, row.cells[index]!]),
    ) as Record<TariffColumn, string>;
    collect(rows, seen, problems, parseTariffRecord(record, row.line));
  }
  return { rows, problems };
}

/** Reads a tariff file, CSV or Excel .xlsx, decided from its bytes. */
export async function readTariffFile(bytes: Uint8Array): Promise<ReadTariffResult> {
  const kind = detectListFileKind(bytes);
  if (kind === 'xls' || kind === 'binary')
    return {
      ok: false,
      kind: 'unknown',
      problems: [
        {
          line: 1,
          column: 'file',
          message:
            kind === 'xls'
              ? 'This is an old Excel .xls file: save it as .xlsx (Excel Workbook) or CSV (UTF-8).'
              : 'This is neither a CSV text file nor an Excel .xlsx workbook.',
        },
      ],
    };
  if (kind === 'xlsx') return readWorkbook(bytes);
  const warnings: TariffProblem[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // NOTE: Excel on Chinese Windows saves "CSV" in GB18030 (GBK), not UTF-8.
    text = new TextDecoder('gb18030').decode(bytes);
    warnings.push({
      line: 1,
      column: 'file',
      message: 'The file is not UTF-8; it was read as GB18030 (Excel’s Chinese CSV).',
    });
  }
  if (text.split('\n').length > TARIFF_FILE_MAX_ROWS + 1) return tooManyRows('csv');
  const parsed = parseTariffCsv(text);
  if (parsed.problems.length > 0) return { ok: false, kind: 'csv', problems: parsed.problems };
  if (parsed.rows.length === 0) return noRows('csv');
  return { ok: true, kind: 'csv', rows: parsed.rows, warnings };
}

async function readWorkbook(bytes: Uint8Array): Promise<ReadTariffResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      kind: 'xlsx',
      problems: [{ line: 1, column: 'file', message: 'The Excel workbook cannot be opened.' }],
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return noRows('xlsx');
  if (sheet.actualRowCount > TARIFF_FILE_MAX_ROWS + 1) return tooManyRows('xlsx');
  const problems: TariffProblem[] = [];
  const warnings: TariffProblem[] = [];
  const rows: TariffRow[] = [];
  const seen = new Map<string, number>();
  let headerSeen = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const width = Math.max(row.cellCount, TARIFF_CSV_HEADER.length);
    const cells: { value: string; numeric: boolean }[] = [];
    for (let column = 1; column <= width; column += 1) cells.push(cellText(row.getCell(column)));
    if (!headerSeen) {
      headerSeen = true;
      const header = cells.map((cell) => cell.value.trim());
      while (header.length > 0 && header.at(-1) === '') header.pop();
      if (header.join(',') !== TARIFF_CSV_HEADER.join(','))
        problems.push({ line: rowNumber, column: 'header', message: headerMessage(header) });
      return;
    }
    if (problems.some((problem) => problem.column === 'header')) return;
    if (cells.slice(TARIFF_CSV_HEADER.length).some((cell) => cell.value.trim() !== '')) {
      problems.push({
        line: rowNumber,
        column: 'row',
        message: `Expected ${TARIFF_CSV_HEADER.length} columns; there is text beyond column ${TARIFF_CSV_HEADER.length}.`,
      });
      return;
    }
    const values = TARIFF_CSV_HEADER.map((column, index) => {
      const cell = cells[index]!;
      // A code typed as a number lost its leading zero (01012100 → 1012100): put it back.
      if (column === 'hs_code' && cell.numeric && /^\d{7}$|^\d{9}$/.test(cell.value)) {
        warnings.push({
          line: rowNumber,
          column,
          message: `${cell.value} is a number cell; read as 0${cell.value}. Format the code column as text.`,
        });
        return `0${cell.value}`;
      }
      return cell.value;
    });
    if (values.every((value) => value.trim() === '')) return;
    const record = Object.fromEntries(
      TARIFF_CSV_HEADER.map((column, index) => [column, values[index]!]),
    ) as Record<TariffColumn, string>;
    collect(rows, seen, problems, parseTariffRecord(record, rowNumber));
  });
  if (problems.length > 0) return { ok: false, kind: 'xlsx', problems };
  if (rows.length === 0) return noRows('xlsx');
  return { ok: true, kind: 'xlsx', rows, warnings };
}

/** The text of a cell; a number is written without float noise (0.13, not 0.13000000000000000444). */
function cellText(cell: ExcelJS.Cell): { value: string; numeric: boolean } {
  const value = cell.value;
  if (value === null || value === undefined) return { value: '', numeric: false };
  if (typeof value === 'number') return { value: String(value), numeric: true };
  if (typeof value === 'string') return { value, numeric: false };
  if (typeof value === 'object' && 'richText' in value)
    return { value: value.richText.map((run) => run.text).join(''), numeric: false };
  if (typeof value === 'object' && 'result' in value && value.result !== undefined)
    return typeof value.result === 'number'
      ? { value: String(value.result), numeric: true }
      : { value: typeof value.result === 'string' ? value.result : '', numeric: false };
  return { value: cell.text ?? '', numeric: false };
}

function noRows(kind: 'csv' | 'xlsx'): ReadTariffResult {
  return {
    ok: false,
    kind,
    problems: [{ line: 2, column: 'row', message: 'The file has a header but no rates.' }],
  };
}

function tooManyRows(kind: 'csv' | 'xlsx'): ReadTariffResult {
  return {
    ok: false,
    kind,
    problems: [
      {
        line: TARIFF_FILE_MAX_ROWS + 2,
        column: 'row',
        message: `At most ${TARIFF_FILE_MAX_ROWS} rates can be imported at once.`,
      },
    ],
  };
}
