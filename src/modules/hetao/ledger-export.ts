import ExcelJS from 'exceljs';
import type { Language } from '../../db/schema/accounts';
import type { ServiceContext } from '../../shared/service-context';
import { listAllDeclarations } from './declarations-service';
import { listLedgerForCustoms } from './ledger-service';

/** Column titles of customs' Excel exports (issue #16 item 5), in the reader's language. */
const words = {
  'zh-Hans': {
    organisation: '进口单位',
    declaration: '报关单号',
    declaredOn: '申报日期',
    releasedOn: '放行日期',
    lines: '行数',
    duty: '关税（元）',
    consumption: '消费税（元）',
    vat: '增值税（元）',
    total: '免税合计（元）',
    description: '货物',
    hsCode: '商品编号',
    listItem: '清单货物',
    category: '类别',
    regime: '监管方式',
    unit: '单位',
    declared: '申报数量',
    writtenOff: '已核销',
    moved: '已出区',
    held: '结存',
    endsOn: '监管期满',
    status: '状态',
    biosafety: '生物安全',
    permit: '许可编号',
    due: '应补税（元）',
  },
  'zh-Hant': {
    organisation: '進口單位',
    declaration: '報關單號',
    declaredOn: '申報日期',
    releasedOn: '放行日期',
    lines: '行數',
    duty: '關稅（元）',
    consumption: '消費稅（元）',
    vat: '增值稅（元）',
    total: '免稅合計（元）',
    description: '貨物',
    hsCode: '商品編號',
    listItem: '清單貨物',
    category: '類別',
    regime: '監管方式',
    unit: '單位',
    declared: '申報數量',
    writtenOff: '已核銷',
    moved: '已出區',
    held: '結存',
    endsOn: '監管期滿',
    status: '狀態',
    biosafety: '生物安全',
    permit: '許可編號',
    due: '應補稅（元）',
  },
  en: {
    organisation: 'importer',
    declaration: 'declaration',
    declaredOn: 'declared on',
    releasedOn: 'released on',
    lines: 'lines',
    duty: 'duty (yuan)',
    consumption: 'consumption tax (yuan)',
    vat: 'VAT (yuan)',
    total: 'tax spared (yuan)',
    description: 'goods',
    hsCode: 'HS code',
    listItem: 'list item',
    category: 'category',
    regime: 'regime',
    unit: 'unit',
    declared: 'declared',
    writtenOff: 'written off',
    moved: 'moved',
    held: 'held',
    endsOn: 'supervision ends',
    status: 'status',
    biosafety: 'biosafety',
    permit: 'permit',
    due: 'tax due (yuan)',
  },
} satisfies Record<Language, Record<string, string>>;

const yuan = (fen: number) => fen / 100;

/** One sheet as an Excel workbook: declarations, the ledger, biosafety items or items with tax due. */
export async function exportLedger(
  ctx: ServiceContext,
  sheet: 'declarations' | 'ledger' | 'biosafety' | 'due',
) {
  const w = words[ctx.language];
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet);
  if (sheet === 'declarations') {
    worksheet.addRow([
      w.organisation,
      w.declaration,
      w.declaredOn,
      w.releasedOn,
      w.lines,
      w.duty,
      w.consumption,
      w.vat,
      w.total,
    ]);
    for (const row of await listAllDeclarations(ctx))
      worksheet.addRow([
        row.organisationName,
        row.declarationNumber,
        row.declaredOn,
        row.releasedOn,
        row.lineCount,
        yuan(row.dutyFen),
        yuan(row.consumptionTaxFen),
        yuan(row.vatFen),
        yuan(row.totalFen),
      ]);
  } else {
    const items = await listLedgerForCustoms(ctx, {
      ...(sheet === 'biosafety' ? { biosafety: 'true' as const } : {}),
      ...(sheet === 'due' ? { due: 'true' as const } : {}),
    });
    worksheet.addRow([
      w.organisation,
      w.declaration,
      w.description,
      w.hsCode,
      w.listItem,
      w.category,
      w.regime,
      w.unit,
      w.declared,
      w.writtenOff,
      w.moved,
      w.held,
      w.releasedOn,
      w.endsOn,
      w.status,
      w.biosafety,
      w.permit,
      w.total,
      w.due,
    ]);
    for (const item of items)
      worksheet.addRow([
        item.organisationName,
        item.declarationNumber,
        item.description,
        item.hsCode,
        item.listItemId,
        item.category,
        item.regime,
        item.unit,
        item.quantityDeclared,
        item.quantityWrittenOff,
        item.quantityMoved,
        item.quantityHeld,
        item.releasedOn,
        item.supervisionEndsOn,
        item.status,
        item.biosafety ? '✓' : '',
        item.permitReference,
        yuan(item.taxSparedFen),
        yuan(item.dueFen),
      ]);
  }
  worksheet.getRow(1).font = { bold: true };
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: `hetao-${sheet}-${new Date(ctx.now()).toISOString().slice(0, 10)}.xlsx`,
    bytes,
  };
}
