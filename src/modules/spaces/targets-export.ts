import ExcelJS from 'exceljs';
import type { Language } from '../../db/schema/accounts';
import type { ServiceContext } from '../../shared/service-context';
import { toCsv } from '../payments/csv';
import { TARGET_IDS } from './targets-figures';
import { getTargets } from './targets-service';

const words = {
  'zh-Hans': {
    header: '项目',
    target: '目标（超过）',
    actual: '当前',
    projection: '2027年底预测',
    unpublished: '定义未公布',
    tooFew: '快照不足',
    unrecorded: '未登记区',
    district: '区',
    month: '月度快照',
  },
  'zh-Hant': {
    header: '項目',
    target: '目標（超過）',
    actual: '目前',
    projection: '2027年底預測',
    unpublished: '定義未公布',
    tooFew: '快照不足',
    unrecorded: '未登記區',
    district: '區',
    month: '月度快照',
  },
  en: {
    header: 'row',
    target: 'target (more than)',
    actual: 'now',
    projection: 'projected 2027-12-31',
    unpublished: 'definition unpublished',
    tooFew: 'too few snapshots',
    unrecorded: 'district not recorded',
    district: 'district',
    month: 'monthly snapshot',
  },
} satisfies Record<Language, Record<string, string>>;

/**
 * The targets as CSV (UTF-8 with BOM) or Excel: one column per target, rows for the target, the
 * figure now, the projection, each district and each month's snapshot. Areas in m², never fen.
 */
export async function exportTargets(
  ctx: ServiceContext,
  date: string | undefined,
  format: 'csv' | 'xlsx',
) {
  const targets = await getTargets(ctx, date);
  const text = words[ctx.language];
  const byId = new Map(targets.targets.map((target) => [target.id, target]));
  const cell = (value: number | null, reason: string | null) =>
    value ?? (reason === 'definition_unpublished' ? text.unpublished : text.tooFew);
  const rows: (string | number | null)[][] = [
    [text.header, '', ...TARGET_IDS],
    [text.target, '', ...TARGET_IDS.map((id) => byId.get(id)!.target)],
    [
      text.actual,
      targets.date,
      ...TARGET_IDS.map((id) => cell(byId.get(id)!.actual, byId.get(id)!.actualReason)),
    ],
    [
      text.projection,
      targets.deadline,
      ...TARGET_IDS.map((id) => cell(byId.get(id)!.projection2027, byId.get(id)!.projectionReason)),
    ],
    ...targets.districts.map((district) => [
      text.district,
      district.names ? district.names[ctx.language] : text.unrecorded,
      ...TARGET_IDS.map((id) =>
        cell(district.figures[id], district.figures[id] === null ? 'definition_unpublished' : null),
      ),
    ]),
    ...byId
      .get('A.T1')!
      .history.map((snapshot, index) => [
        text.month,
        snapshot.takenOn,
        ...TARGET_IDS.map((id) =>
          cell(byId.get(id)!.history[index]!.actual, 'definition_unpublished'),
        ),
      ]),
  ];
  const fileName = `opc-targets-${targets.date}.${format}`;
  if (format === 'csv') return { bytes: Buffer.from(toCsv(rows), 'utf8'), fileName };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OPC Hub';
  workbook.created = ctx.now();
  const sheet = workbook.addWorksheet('Targets');
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  for (const column of [3, 4, 5, 6]) sheet.getColumn(column).numFmt = '#,##0.##';
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), fileName };
}
