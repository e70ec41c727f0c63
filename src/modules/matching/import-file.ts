import ExcelJS from 'exceljs';
import { readCsvRows } from '../../shared/csv';

/**
 * Reads a registration-data file — CSV (UTF-8, or GB18030 as Excel on Chinese Windows saves it)
 * or an Excel workbook (.xlsx, its first sheet) — into a header and rows of cell texts, each row
 * with its line (CSV) or row number (Excel). Mapping the columns and checking the values is
 * import-rows.ts; this file only reads.
 */

export const IMPORT_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** A district's registration extract, not the whole city: larger sets go through the bench path. */
export const IMPORT_FILE_MAX_ROWS = 50_000;

export type ImportFileKind = 'csv' | 'xlsx';

export interface ImportFileRow {
  line: number;
  cells: string[];
}

export interface ImportFileProblem {
  line: number;
  column: string;
  message: string;
}

export type ReadImportFileResult =
  | {
      ok: true;
      kind: ImportFileKind;
      header: string[];
      rows: ImportFileRow[];
      warnings: ImportFileProblem[];
    }
  | { ok: false; kind: ImportFileKind | 'unknown'; problems: ImportFileProblem[] };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]) =>
  magic.every((byte, index) => bytes[index] === byte);

/** Reads the file whatever its name says: the bytes decide CSV or Excel. */
export async function readImportFile(bytes: Uint8Array): Promise<ReadImportFileResult> {
  if (startsWith(bytes, OLE_MAGIC))
    return refuse('unknown', 'This is an old Excel .xls file: save it as .xlsx or CSV (UTF-8).');
  if (startsWith(bytes, ZIP_MAGIC)) return readWorkbook(bytes);
  if (bytes.subarray(0, 4096).includes(0))
    return refuse('unknown', 'This is neither a CSV text file nor an Excel .xlsx workbook.');
  return readCsv(bytes);
}

function refuse(kind: ImportFileKind | 'unknown', message: string): ReadImportFileResult {
  return { ok: false, kind, problems: [{ line: 1, column: 'file', message }] };
}

function readCsv(bytes: Uint8Array): ReadImportFileResult {
  const warnings: ImportFileProblem[] = [];
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
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = readCsvRows(text).filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const problems = rows
    .filter((row) => row.error)
    .map((row) => ({ line: row.line, column: 'row', message: row.error! }));
  if (problems.length > 0) return { ok: false, kind: 'csv', problems };
  return shape('csv', rows, warnings);
}

function shape(
  kind: ImportFileKind,
  rows: ImportFileRow[],
  warnings: ImportFileProblem[],
): ReadImportFileResult {
  const [headerRow, ...body] = rows;
  if (!headerRow) return refuse(kind, 'The file is empty.');
  if (body.length === 0)
    return {
      ok: false,
      kind,
      problems: [{ line: 2, column: 'row', message: 'The file has a header but no rows.' }],
    };
  if (body.length > IMPORT_FILE_MAX_ROWS)
    return {
      ok: false,
      kind,
      problems: [
        {
          line: body[IMPORT_FILE_MAX_ROWS]!.line,
          column: 'row',
          message: `At most ${IMPORT_FILE_MAX_ROWS} rows can be imported at once.`,
        },
      ],
    };
  const header = headerRow.cells.map((cell) => cell.trim());
  while (header.length > 0 && header.at(-1) === '') header.pop();
  return { ok: true, kind, header, rows: body, warnings };
}

async function readWorkbook(bytes: Uint8Array): Promise<ReadImportFileResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return refuse('xlsx', 'The Excel workbook cannot be opened.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return refuse('xlsx', 'The file is empty.');
  const rows: ImportFileRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1)
      cells.push(cellText(row.getCell(column)));
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ line: rowNumber, cells });
  });
  return shape('xlsx', rows, []);
}

/** The text of a cell, whatever Excel stored in it (number, rich text, formula result, date). */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  // NOTE: Excel dates are midnight UTC of the calendar day typed; the ISO day is that day.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((run) => run.text).join('');
    if ('result' in value && value.result !== undefined) {
      const result = value.result;
      if (result instanceof Date) return result.toISOString().slice(0, 10);
      return typeof result === 'number' || typeof result === 'string' ? String(result) : '';
    }
    if ('text' in value && typeof value.text === 'string') return value.text;
  }
  return cell.text ?? '';
}

/** The file-level messages above in the reader's language (the CSV reader's row errors stay as they are). */
const FILE_MESSAGES: Record<string, { 'zh-Hans': string; 'zh-Hant': string }> = {
  'This is an old Excel .xls file: save it as .xlsx or CSV (UTF-8).': {
    'zh-Hans': '这是旧版 Excel .xls 文件：请另存为 .xlsx 或 CSV（UTF-8）。',
    'zh-Hant': '這是舊版 Excel .xls 檔案：請另存為 .xlsx 或 CSV（UTF-8）。',
  },
  'This is neither a CSV text file nor an Excel .xlsx workbook.': {
    'zh-Hans': '该文件既不是 CSV 文本文件，也不是 Excel .xlsx 工作簿。',
    'zh-Hant': '該檔案既不是 CSV 文字檔，也不是 Excel .xlsx 活頁簿。',
  },
  'The file is not UTF-8; it was read as GB18030 (Excel’s Chinese CSV).': {
    'zh-Hans': '该文件不是 UTF-8 编码，已按 GB18030（Excel 中文 CSV）读取。',
    'zh-Hant': '該檔案不是 UTF-8 編碼，已按 GB18030（Excel 中文 CSV）讀取。',
  },
  'The file is empty.': { 'zh-Hans': '文件是空的。', 'zh-Hant': '檔案是空的。' },
  'The file has a header but no rows.': {
    'zh-Hans': '文件只有表头，没有数据行。',
    'zh-Hant': '檔案只有表頭，沒有資料列。',
  },
  'The Excel workbook cannot be opened.': {
    'zh-Hans': '无法打开该 Excel 工作簿。',
    'zh-Hant': '無法開啟該 Excel 活頁簿。',
  },
  [`At most ${IMPORT_FILE_MAX_ROWS} rows can be imported at once.`]: {
    'zh-Hans': `一次最多导入 ${IMPORT_FILE_MAX_ROWS} 行。`,
    'zh-Hant': `一次最多匯入 ${IMPORT_FILE_MAX_ROWS} 列。`,
  },
};

/** A problem of {@link readImportFile} with its message in `language`. */
export function localiseFileProblem(
  problem: ImportFileProblem,
  language: 'zh-Hans' | 'zh-Hant' | 'en',
): ImportFileProblem {
  const known = FILE_MESSAGES[problem.message];
  return language === 'en' || !known ? problem : { ...problem, message: known[language] };
}
