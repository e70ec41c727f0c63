import ExcelJS from 'exceljs';
import {
  LIST_CSV_HEADER,
  parseListCsv,
  parseListRecord,
  type ListItem,
  type ListProblem,
  type ListRecord,
} from './list-format';

/**
 * Reads a list file — the CSV import format of `list-format.ts`, or an
 * Excel workbook (.xlsx) whose first sheet has the same columns — into list items. Row problems
 * carry the line (CSV) or row number (Excel) and the column; the caller imports nothing unless
 * there are none, so a file is never half-imported.
 */

export const LIST_FILE_MAX_BYTES = 5 * 1024 * 1024;
/** The first batch has 509 items (B.L1); leave room for later batches, refuse absurd files. */
export const LIST_FILE_MAX_ROWS = 5000;

export type ListFileKind = 'csv' | 'xlsx';

export interface ListFileWarning {
  line: number;
  column: string;
  message: string;
}

export type ReadListResult =
  | { ok: true; kind: ListFileKind; items: ListItem[]; warnings: ListFileWarning[] }
  | { ok: false; kind: ListFileKind | 'unknown'; problems: ListProblem[] };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]) {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Decides CSV or Excel from the bytes themselves (the name and the browser's type may lie). */
export function detectListFileKind(bytes: Uint8Array): ListFileKind | 'xls' | 'binary' {
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) return 'xls';
  // NUL bytes do not occur in text.
  if (bytes.subarray(0, 4096).includes(0)) return 'binary';
  return 'csv';
}

export async function readListFile(bytes: Uint8Array): Promise<ReadListResult> {
  const kind = detectListFileKind(bytes);
  if (kind === 'xls' || kind === 'binary') {
    return {
      ok: false,
      kind: 'unknown',
      problems: [
        {
          line: 1,
          field: 'header',
          message:
            kind === 'xls'
              ? 'This is an old Excel .xls file: save it as .xlsx (Excel Workbook) or CSV (UTF-8).'
              : 'This is neither a CSV text file nor an Excel .xlsx workbook.',
        },
      ],
    };
  }
  return kind === 'xlsx' ? readWorkbook(bytes) : readCsv(bytes);
}

function readCsv(bytes: Uint8Array): ReadListResult {
  const warnings: ListFileWarning[] = [];
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
  const lineCount = text.split('\n').length;
  if (lineCount > LIST_FILE_MAX_ROWS + 1) return tooManyRows('csv');
  const parsed = parseListCsv(text);
  if (parsed.problems.length > 0) return { ok: false, kind: 'csv', problems: parsed.problems };
  if (parsed.items.length === 0) return emptyList('csv');
  return { ok: true, kind: 'csv', items: parsed.items, warnings };
}

async function readWorkbook(bytes: Uint8Array): Promise<ReadListResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      kind: 'xlsx',
      problems: [{ line: 1, field: 'header', message: 'The Excel workbook cannot be opened.' }],
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return emptyList('xlsx');
  if (sheet.actualRowCount > LIST_FILE_MAX_ROWS + 1) return tooManyRows('xlsx');

  const problems: ListProblem[] = [];
  const warnings: ListFileWarning[] = [];
  const items: ListItem[] = [];
  const seen = new Map<string, number>();
  let header: string[] | undefined;

  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = LIST_CSV_HEADER.map((_, index) => row.getCell(index + 1));
    if (!header) {
      header = [];
      for (let column = 1; column <= Math.max(row.cellCount, LIST_CSV_HEADER.length); column += 1)
        header.push(cellText(row.getCell(column)).value.trim());
      while (header.length > 0 && header.at(-1) === '') header.pop();
      if (header.join(',') !== LIST_CSV_HEADER.join(',')) {
        problems.push({
          line: rowNumber,
          field: 'header',
          message: `The first row must be exactly: ${LIST_CSV_HEADER.join(',')} (found: ${header.join(',')}).`,
        });
      }
      return;
    }
    if (problems.some((problem) => problem.field === 'header')) return;
    const values = cells.map((cell, index) => {
      const text = cellText(cell);
      const column = LIST_CSV_HEADER[index]!;
      if (text.numeric && (column === 'includes' || column === 'excludes')) {
        // A code typed as a number lost its leading zero (0511 → 511): put it back and say so.
        const digits = text.value;
        if (digits.length % 2 === 1) {
          warnings.push({
            line: rowNumber,
            column,
            message: `${digits} is a number cell; read as 0${digits}. Format code columns as text.`,
          });
          return `0${digits}`;
        }
      }
      return text.value;
    });
    if (values.every((value) => value.trim() === '')) return;
    const extra =
      row.cellCount > LIST_CSV_HEADER.length &&
      cellText(row.getCell(LIST_CSV_HEADER.length + 1)).value.trim() !== '';
    if (extra) {
      problems.push({
        line: rowNumber,
        field: 'row',
        message: `Expected ${LIST_CSV_HEADER.length} columns; there is text beyond column ${LIST_CSV_HEADER.length}.`,
      });
      return;
    }
    const record = Object.fromEntries(
      LIST_CSV_HEADER.map((field, index) => [field, values[index]!]),
    ) as ListRecord;
    const result = parseListRecord(record, rowNumber);
    problems.push(...result.problems);
    const id = record.item_id.trim();
    if (id && seen.has(id)) {
      problems.push({
        line: rowNumber,
        field: 'item_id',
        message: `Duplicate item_id ${id} (first on row ${seen.get(id)}).`,
      });
      return;
    }
    if (id) seen.set(id, rowNumber);
    if (result.item) items.push(result.item);
  });

  if (problems.length > 0) return { ok: false, kind: 'xlsx', problems };
  if (items.length === 0) return emptyList('xlsx');
  return { ok: true, kind: 'xlsx', items, warnings };
}

/** The text of a cell, whatever Excel stored in it (number, rich text, formula result, date). */
function cellText(cell: ExcelJS.Cell): { value: string; numeric: boolean } {
  const value = cell.value;
  if (value === null || value === undefined) return { value: '', numeric: false };
  if (typeof value === 'number') return { value: String(value), numeric: true };
  if (typeof value === 'string') return { value, numeric: false };
  if (typeof value === 'boolean') return { value: String(value), numeric: false };
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10), numeric: false };
  if (typeof value === 'object') {
    if ('richText' in value)
      return { value: value.richText.map((run) => run.text).join(''), numeric: false };
    if ('result' in value && value.result !== undefined) {
      const result = value.result;
      return typeof result === 'number'
        ? { value: String(result), numeric: true }
        : { value: typeof result === 'string' ? result : '', numeric: false };
    }
    if ('text' in value && typeof value.text === 'string')
      return { value: value.text, numeric: false };
  }
  return { value: cell.text ?? '', numeric: false };
}

function emptyList(kind: ListFileKind): ReadListResult {
  return {
    ok: false,
    kind,
    problems: [{ line: 2, field: 'row', message: 'The file has a header but no items.' }],
  };
}

function tooManyRows(kind: ListFileKind): ReadListResult {
  return {
    ok: false,
    kind,
    problems: [
      {
        line: LIST_FILE_MAX_ROWS + 2,
        field: 'row',
        message: `At most ${LIST_FILE_MAX_ROWS} items can be imported at once.`,
      },
    ],
  };
}
