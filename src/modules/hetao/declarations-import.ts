import ExcelJS from 'exceljs';
import type { Language } from '../../db/schema/accounts';
import { AppError } from '../../errors/app-error';
import { readCsvRows } from '../../shared/csv';
import { isIsoDate } from '../../engine';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import * as repo from './ledger-repo';
import {
  prepareDeclaration,
  presentDeclarationSummary,
  writeDeclaration,
  type LineProblem,
  type PreparedDeclaration,
} from './declarations-service';
import type { CreateDeclarationBody, DeclarationLineInput } from './declarations-schema';
import { resolveImporter } from './desk-service';
import { detectListFileKind } from './list-import';

/**
 * Declarations from a CSV (UTF-8, or GB18030 as Excel saves it) or Excel (.xlsx) file, modelled
 * on list-import.ts: one row per declaration line, rows of the same declaration number form one
 * declaration. Every row is checked as a form line is (declarations-service.ts); a problem is
 * reported with its row (the CSV line or Excel row) and column, and nothing is imported unless
 * there are none — all declarations are written in one transaction.
 */

export const DECLARATION_FILE_MAX_BYTES = 2 * 1024 * 1024;
export const DECLARATION_FILE_MAX_ROWS = 2000;

export const DECLARATION_CSV_HEADER = [
  'declaration_number',
  'declared_on',
  'released_on',
  'description',
  'hs_code',
  'list_item_id',
  'part_use',
  'quantity',
  'unit',
  'value_fen',
  'foreign_amount',
  'currency',
  'exchange_rate',
  'duty_rate',
  'vat_rate',
  'consumption_rate',
  'biosafety',
  'permit_reference',
] as const;
type Column = (typeof DECLARATION_CSV_HEADER)[number];

const camel: Record<Column, string> = {
  declaration_number: 'declarationNumber',
  declared_on: 'declaredOn',
  released_on: 'releasedOn',
  description: 'description',
  hs_code: 'hsCode',
  list_item_id: 'listItemId',
  part_use: 'partUse',
  quantity: 'quantity',
  unit: 'unit',
  value_fen: 'valueFen',
  foreign_amount: 'foreignAmount',
  currency: 'currency',
  exchange_rate: 'exchangeRate',
  duty_rate: 'dutyRate',
  vat_rate: 'vatRate',
  consumption_rate: 'consumptionRate',
  biosafety: 'biosafety',
  permit_reference: 'permitReference',
};

export interface FileProblem {
  row: number;
  column: string;
  code: string;
  clause: string | null;
  message: string;
}

interface FileRow {
  row: number;
  values: Record<Column, string>;
}

async function readRows(bytes: Uint8Array): Promise<{ rows: FileRow[]; problems: FileProblem[] }> {
  const kind = detectListFileKind(bytes);
  let table: { row: number; cells: string[] }[] = [];
  if (kind === 'xlsx') {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      return {
        rows: [],
        problems: [fileProblem(1, 'file', 'The Excel workbook cannot be opened.')],
      };
    }
    const sheet = workbook.worksheets[0];
    sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let column = 1; column <= DECLARATION_CSV_HEADER.length; column += 1)
        cells.push(row.getCell(column).text ?? '');
      table.push({ row: rowNumber, cells });
    });
  } else if (kind === 'csv') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('gb18030').decode(bytes);
    }
    table = readCsvRows(text.replace(/^\uFEFF/, ''))
      .filter((row) => !(row.cells.length === 1 && row.cells[0]!.trim() === ''))
      .map((row) => ({ row: row.line, cells: row.cells }));
  } else {
    return {
      rows: [],
      problems: [
        fileProblem(1, 'file', 'This is neither a CSV text file nor an Excel .xlsx workbook.'),
      ],
    };
  }
  const [header, ...records] = table;
  if (
    !header ||
    header.cells.map((cell) => cell.trim()).join(',') !== DECLARATION_CSV_HEADER.join(',')
  )
    return {
      rows: [],
      problems: [
        fileProblem(
          header?.row ?? 1,
          'header',
          `The first row must be exactly: ${DECLARATION_CSV_HEADER.join(',')}`,
        ),
      ],
    };
  if (records.length === 0)
    return { rows: [], problems: [fileProblem(2, 'row', 'The file has a header but no lines.')] };
  if (records.length > DECLARATION_FILE_MAX_ROWS)
    return {
      rows: [],
      problems: [
        fileProblem(
          DECLARATION_FILE_MAX_ROWS + 2,
          'row',
          `At most ${DECLARATION_FILE_MAX_ROWS} lines at once.`,
        ),
      ],
    };
  return {
    rows: records.map((record) => ({
      row: record.row,
      values: Object.fromEntries(
        DECLARATION_CSV_HEADER.map((column, index) => [column, (record.cells[index] ?? '').trim()]),
      ) as Record<Column, string>,
    })),
    problems: [],
  };
}

function fileProblem(row: number, column: string, message: string): FileProblem {
  return { row, column, code: 'hetao.file_invalid', clause: null, message };
}

/** One row as a form line; problems of number and date formats are reported here. */
function lineOfRow(row: FileRow, problems: FileProblem[]): DeclarationLineInput {
  const v = row.values;
  const optional = (value: string) => (value === '' ? undefined : value);
  const number = (column: Column) => {
    if (v[column] === '') return undefined;
    const parsed = Number(v[column]);
    if (!Number.isFinite(parsed)) {
      problems.push({
        row: row.row,
        column,
        code: 'hetao.file_invalid',
        clause: null,
        message: 'Not a number.',
      });
      return undefined;
    }
    return parsed;
  };
  const partUse = optional(v.part_use);
  if (partUse && !['not-a-part', 'equipment-repair', 'consumed-in-research'].includes(partUse))
    problems.push({
      row: row.row,
      column: 'part_use',
      code: 'hetao.file_invalid',
      clause: 'B.N5',
      message: 'part_use is not-a-part, equipment-repair or consumed-in-research.',
    });
  const valueFen = number('value_fen');
  if (valueFen !== undefined && !Number.isInteger(valueFen))
    problems.push({
      row: row.row,
      column: 'value_fen',
      code: 'hetao.file_invalid',
      clause: null,
      message: 'value_fen is a whole number of fen.',
    });
  return {
    description: v.description,
    hsCode: v.hs_code,
    listItemId: v.list_item_id,
    ...(partUse ? { partUse: partUse as DeclarationLineInput['partUse'] } : {}),
    quantity: number('quantity') ?? 0,
    unit: v.unit,
    ...(valueFen !== undefined ? { valueFen } : {}),
    ...(optional(v.foreign_amount) ? { foreignAmount: v.foreign_amount } : {}),
    ...(optional(v.currency) ? { currency: v.currency.toUpperCase() } : {}),
    ...(optional(v.exchange_rate) ? { exchangeRate: v.exchange_rate } : {}),
    ...(optional(v.duty_rate) ? { dutyRate: v.duty_rate } : {}),
    ...(optional(v.vat_rate) ? { vatRate: v.vat_rate } : {}),
    ...(optional(v.consumption_rate) ? { consumptionRate: v.consumption_rate } : {}),
    biosafety: ['true', '1', 'yes', '是'].includes(v.biosafety.toLowerCase()),
    ...(optional(v.permit_reference) ? { permitReference: v.permit_reference } : {}),
  };
}

/** A line problem's pointer (`/file/{group}/lines/{i}/hsCode`) as its row and column. */
function rowProblem(problem: LineProblem, rowsOfGroup: number[], language: Language): FileProblem {
  const match = /\/lines\/(\d+)\/(\w+)$/.exec(problem.pointer);
  const field = match?.[2] ?? problem.pointer.split('/').at(-1)!;
  const column = (Object.entries(camel).find(([, name]) => name === field)?.[0] ?? field) as string;
  return {
    row: match ? rowsOfGroup[Number(match[1])]! : rowsOfGroup[0]!,
    column,
    code: problem.code,
    clause: problem.clause,
    message: problem.detail[language],
  };
}

/** The fixed file messages of this reader in Chinese (the English is the key). */
const FILE_MESSAGES: [
  RegExp,
  (match: RegExpExecArray) => { 'zh-Hans': string; 'zh-Hant': string },
][] = [
  [
    /^The Excel workbook cannot be opened\.$/,
    () => ({ 'zh-Hans': '无法打开该 Excel 工作簿。', 'zh-Hant': '無法開啟該 Excel 活頁簿。' }),
  ],
  [
    /^This is neither a CSV text file nor an Excel \.xlsx workbook\.$/,
    () => ({
      'zh-Hans': '该文件既不是 CSV 文本文件，也不是 Excel .xlsx 工作簿。',
      'zh-Hant': '該檔案既不是 CSV 文字檔，也不是 Excel .xlsx 活頁簿。',
    }),
  ],
  [
    /^The first row must be exactly: (.*)$/,
    (match) => ({ 'zh-Hans': `第一行必须是：${match[1]}`, 'zh-Hant': `第一列必須是：${match[1]}` }),
  ],
  [
    /^The file has a header but no lines\.$/,
    () => ({ 'zh-Hans': '文件只有表头，没有申报行。', 'zh-Hant': '檔案只有表頭，沒有申報列。' }),
  ],
  [
    /^At most (\d+) lines at once\.$/,
    (match) => ({ 'zh-Hans': `一次最多 ${match[1]} 行。`, 'zh-Hant': `一次最多 ${match[1]} 列。` }),
  ],
  [/^Not a number\.$/, () => ({ 'zh-Hans': '不是数字。', 'zh-Hant': '不是數字。' })],
  [
    /^part_use is not-a-part, equipment-repair or consumed-in-research\.$/,
    () => ({
      'zh-Hans': 'part_use 须为 not-a-part、equipment-repair 或 consumed-in-research。',
      'zh-Hant': 'part_use 須為 not-a-part、equipment-repair 或 consumed-in-research。',
    }),
  ],
  [
    /^value_fen is a whole number of fen\.$/,
    () => ({
      'zh-Hans': 'value_fen 须为以分计的整数。',
      'zh-Hant': 'value_fen 須為以分計的整數。',
    }),
  ],
  [/^Required\.$/, () => ({ 'zh-Hans': '必填。', 'zh-Hant': '必填。' })],
  [
    /^A date is YYYY-MM-DD\.$/,
    () => ({ 'zh-Hans': '日期格式为 YYYY-MM-DD。', 'zh-Hant': '日期格式為 YYYY-MM-DD。' }),
  ],
  [
    /^Lines of one declaration share its date\.$/,
    () => ({
      'zh-Hans': '同一报关单的各行日期须相同。',
      'zh-Hant': '同一報關單的各列日期須相同。',
    }),
  ],
];

/** A file problem's message in the caller's language (line problems already are). */
function localised(problem: FileProblem, language: Language): FileProblem {
  if (language === 'en') return problem;
  for (const [pattern, translate] of FILE_MESSAGES) {
    const match = pattern.exec(problem.message);
    if (match) return { ...problem, message: translate(match)[language] };
  }
  return problem;
}

function invalid(problems: FileProblem[], language: Language) {
  problems = problems.map((problem) => localised(problem, language));
  return new AppError('hetao.declaration_import_invalid', {
    extensions: {
      problems: problems.sort((a, b) => a.row - b.row),
      clauses: [
        ...new Set(problems.flatMap((problem) => (problem.clause ? [problem.clause] : []))),
      ],
    },
  });
}

export async function importDeclarations(
  ctx: ServiceContext,
  principal: Principal,
  bytes: Uint8Array,
  organisationId: string | undefined,
) {
  const { organisation } = await resolveImporter(ctx, principal, organisationId);
  const read = await readRows(bytes);
  if (read.problems.length > 0) throw invalid(read.problems, ctx.language);
  const problems: FileProblem[] = [];
  const groups = new Map<string, { body: CreateDeclarationBody; rows: number[] }>();
  for (const row of read.rows) {
    const number = row.values.declaration_number;
    if (!number) {
      problems.push({
        row: row.row,
        column: 'declaration_number',
        code: 'hetao.file_invalid',
        clause: null,
        message: 'Required.',
      });
      continue;
    }
    for (const column of ['declared_on', 'released_on'] as const)
      if (row.values[column] !== '' && !isIsoDate(row.values[column]))
        problems.push({
          row: row.row,
          column,
          code: 'hetao.file_invalid',
          clause: null,
          message: 'A date is YYYY-MM-DD.',
        });
    const line = lineOfRow(row, problems);
    const group = groups.get(number);
    if (!group) {
      groups.set(number, {
        body: {
          declarationNumber: number,
          declaredOn: row.values.declared_on,
          ...(row.values.released_on ? { releasedOn: row.values.released_on } : {}),
          lines: [line],
        },
        rows: [row.row],
      });
    } else {
      if (row.values.declared_on !== group.body.declaredOn)
        problems.push({
          row: row.row,
          column: 'declared_on',
          code: 'hetao.file_invalid',
          clause: null,
          message: 'Lines of one declaration share its date.',
        });
      group.body.lines.push(line);
      group.rows.push(row.row);
    }
  }
  if (problems.length > 0) throw invalid(problems, ctx.language);
  const prepared: { body: CreateDeclarationBody; prepared: PreparedDeclaration }[] = [];
  for (const group of groups.values()) {
    const result = await prepareDeclaration(ctx, organisation.id, group.body, '/file');
    problems.push(
      ...result.problems.map((problem) => rowProblem(problem, group.rows, ctx.language)),
    );
    prepared.push({ body: group.body, prepared: result });
  }
  if (problems.length > 0) throw invalid(problems, ctx.language);
  const kind = detectListFileKind(bytes) === 'xlsx' ? 'xlsx' : 'csv';
  const ids = await ctx.db.transaction(async (tx) => {
    const written: string[] = [];
    for (const { body, prepared: checked } of prepared)
      written.push(
        await writeDeclaration(tx, ctx, principal, organisation.id, body, checked, kind, '/file'),
      );
    return written;
  });
  const summaries = await repo.listDeclarations(ctx.db, [organisation.id]);
  return {
    declarations: summaries
      .filter((row) => ids.includes(row.declaration.id))
      .map(presentDeclarationSummary),
  };
}
