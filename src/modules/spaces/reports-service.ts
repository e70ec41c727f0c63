import ExcelJS from 'exceljs';
import type { Language } from '../../db/schema/accounts';
import type { SpaceUnitKind } from '../../db/schema/spaces';
import { AppError } from '../../errors/app-error';
import { addDays, addMonths, chinaDateOf, chinaMonthOf } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { toCsv } from '../payments/csv';
import { requireCommunityOperator } from './access';
import { rentsInForce, type DatedRent } from './lease-terms';
import * as repo from './repo';

/**
 * The operator's reports (issue #14 item 6): occupancy today, and the rent subsidy per month — the
 * units leased, the market reference rents against the low-cost rents in force, and the
 * difference, the subsidy the low cost implies (A.S2「低成本創業空間」). Every figure is a dated rent
 * the operator recorded, shown with its date and source; a unit missing either rent is counted as
 * such and left out of the sums, never filled in. Money is fen in JSON, yuan in the files.
 */

/** The most months one report covers. */
export const MAX_REPORT_MONTHS = 36;

type Caller = Pick<Principal, 'accountId' | 'roles'>;

function presentDatedRent(rent: DatedRent | null) {
  if (!rent) return null;
  return {
    id: rent.id,
    kind: rent.kind,
    monthlyRentFen: rent.monthlyRentFen,
    effectiveFrom: rent.effectiveFrom,
    source: rent.source,
  };
}

function monthsBetween(from: string, to: string) {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(`${month}-01`, 1).slice(0, 7))
    months.push(month);
  return months;
}

function monthPointer(pointer: string, detail: Record<Language, string>) {
  return new AppError('request.validation_failed', {
    fieldErrors: [{ pointer, code: 'invalid_value', detail }],
  });
}

/**
 * The rent-subsidy report of a community from month `from` to month `to` (YYYY-MM, both included;
 * default the twelve months to this one). A unit counts in a month when a lease covers at least
 * one of its days; its rents are those in force on the month's first day, or on the lease's first
 * day when it starts later. A whole month's rent is counted (no day-by-day proration).
 */
export async function rentSubsidyReport(
  ctx: ServiceContext,
  caller: Caller,
  communityId: string,
  range: { from?: string | undefined; to?: string | undefined },
) {
  await requireCommunityOperator(ctx.db, caller, communityId);
  const to = range.to ?? chinaMonthOf(ctx.now());
  const from = range.from ?? addMonths(`${to}-01`, -11).slice(0, 7);
  if (from > to)
    throw monthPointer('/query/from', {
      'zh-Hans': '起始月份不能晚于结束月份',
      'zh-Hant': '起始月份不能晚於結束月份',
      en: 'The first month may not be after the last',
    });
  const months = monthsBetween(from, to);
  if (months.length > MAX_REPORT_MONTHS)
    throw monthPointer('/query/from', {
      'zh-Hans': `一份报表最多 ${MAX_REPORT_MONTHS} 个月`,
      'zh-Hant': `一份報表最多 ${MAX_REPORT_MONTHS} 個月`,
      en: `A report covers at most ${MAX_REPORT_MONTHS} months`,
    });
  const lastDay = addDays(addMonths(`${to}-01`, 1), -1);
  const leases = await repo.listLeasesCovering(ctx.db, communityId, `${from}-01`, lastDay);
  const rents = await repo.listRentsOfUnits(ctx.db, [
    ...new Set(leases.map((row) => row.lease.unitId)),
  ]);
  const totals = { marketReferenceFen: 0, lowCostFen: 0, subsidyImpliedFen: 0 };
  const rows = months.map((month) => {
    const first = `${month}-01`;
    const last = addDays(addMonths(first, 1), -1);
    const seen = new Set<string>();
    const units = [];
    for (const row of leases) {
      const { lease } = row;
      const leaseLast = lease.movedOutOn ?? lease.endsOn;
      if (lease.startsOn > last || leaseLast < first || seen.has(lease.unitId)) continue;
      seen.add(lease.unitId);
      const rentsOn = lease.startsOn > first ? lease.startsOn : first;
      const inForce = rentsInForce(rents, lease.unitId, rentsOn);
      units.push({
        unitId: lease.unitId,
        unitLabel: row.unitLabel,
        unitKind: row.unitKind,
        organisationName: row.organisationName,
        rentsOn,
        marketReferenceRent: presentDatedRent(inForce.marketReference),
        lowCostRent: presentDatedRent(inForce.lowCost),
      });
    }
    const complete = units.filter((unit) => unit.marketReferenceRent && unit.lowCostRent);
    const marketReferenceFen = complete.reduce(
      (sum, unit) => sum + unit.marketReferenceRent!.monthlyRentFen,
      0,
    );
    const lowCostFen = complete.reduce((sum, unit) => sum + unit.lowCostRent!.monthlyRentFen, 0);
    totals.marketReferenceFen += marketReferenceFen;
    totals.lowCostFen += lowCostFen;
    totals.subsidyImpliedFen += marketReferenceFen - lowCostFen;
    return {
      month,
      unitsLeased: units.length,
      unitsWithoutRents: units.length - complete.length,
      marketReferenceFen,
      lowCostFen,
      subsidyImpliedFen: marketReferenceFen - lowCostFen,
      units,
    };
  });
  return { communityId, from, to, clauses: ['A.S2'], months: rows, totals };
}

const words = {
  'zh-Hans': {
    month: '月份',
    unitsLeased: '在租单元',
    unitsWithoutRents: '缺租金记录的单元（未计入）',
    market: '市场参考租金合计（元/月）',
    lowCost: '低成本租金合计（元/月）',
    subsidy: '隐含补贴（元/月）',
    unit: '单元',
    kind: '类型',
    company: '企业',
    rentsOn: '租金取值日',
    marketOne: '市场参考租金（元/月）',
    lowCostOne: '低成本租金（元/月）',
    from: '生效日',
    source: '来源',
    none: '未登记',
    total: '合计',
    area: '面积（平方米）',
    seats: '座位',
    state: '状态',
    occupant: '使用企业',
    until: '租约至',
    leaseRent: '月租金（元）',
    leaseSubsidy: '月补贴（元）',
    free: '空置',
    occupied: '在用',
    unavailable: '停用',
    summary: '汇总',
    details: '明细',
    occupancy: '出租情况',
    kinds: { desk: '办公桌', office: '办公室', floor: '办公楼层' },
  },
  'zh-Hant': {
    month: '月份',
    unitsLeased: '在租單元',
    unitsWithoutRents: '缺租金記錄的單元（未計入）',
    market: '市場參考租金合計（元/月）',
    lowCost: '低成本租金合計（元/月）',
    subsidy: '隱含補貼（元/月）',
    unit: '單元',
    kind: '類型',
    company: '企業',
    rentsOn: '租金取值日',
    marketOne: '市場參考租金（元/月）',
    lowCostOne: '低成本租金（元/月）',
    from: '生效日',
    source: '來源',
    none: '未登記',
    total: '合計',
    area: '面積（平方米）',
    seats: '座位',
    state: '狀態',
    occupant: '使用企業',
    until: '租約至',
    leaseRent: '月租金（元）',
    leaseSubsidy: '月補貼（元）',
    free: '空置',
    occupied: '在用',
    unavailable: '停用',
    summary: '匯總',
    details: '明細',
    occupancy: '出租情況',
    kinds: { desk: '辦公桌', office: '辦公室', floor: '辦公樓層' },
  },
  en: {
    month: 'month',
    unitsLeased: 'units leased',
    unitsWithoutRents: 'units missing a rent (not counted)',
    market: 'market reference rents (yuan/month)',
    lowCost: 'low-cost rents (yuan/month)',
    subsidy: 'subsidy implied (yuan/month)',
    unit: 'unit',
    kind: 'kind',
    company: 'company',
    rentsOn: 'rents read on',
    marketOne: 'market reference rent (yuan/month)',
    lowCostOne: 'low-cost rent (yuan/month)',
    from: 'in force from',
    source: 'source',
    none: 'not recorded',
    total: 'total',
    area: 'area (m²)',
    seats: 'seats',
    state: 'state',
    occupant: 'occupant',
    until: 'lease until',
    leaseRent: 'monthly rent (yuan)',
    leaseSubsidy: 'monthly subsidy (yuan)',
    free: 'free',
    occupied: 'occupied',
    unavailable: 'out of use',
    summary: 'Summary',
    details: 'Details',
    occupancy: 'Occupancy',
    kinds: { desk: 'desk', office: 'office', floor: 'floor' },
  },
} satisfies Record<Language, Record<string, unknown>>;

/** Fen as a yuan figure for a file (a number with two decimals). */
const yuan = (fen: number) => Math.round(fen) / 100;

async function workbookBytes(
  ctx: ServiceContext,
  sheets: { name: string; rows: (string | number | null)[][]; moneyColumns: number[] }[],
) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OPC Hub';
  workbook.created = ctx.now();
  for (const { name, rows, moneyColumns } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    for (const column of moneyColumns) sheet.getColumn(column).numFmt = '#,##0.00';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The rent-subsidy report as CSV (the monthly summary) or Excel (summary and details). */
export async function exportRentSubsidy(
  ctx: ServiceContext,
  caller: Caller,
  communityId: string,
  range: { from?: string | undefined; to?: string | undefined },
  format: 'csv' | 'xlsx',
) {
  const report = await rentSubsidyReport(ctx, caller, communityId, range);
  const text = words[ctx.language];
  const summary: (string | number | null)[][] = [
    [text.month, text.unitsLeased, text.unitsWithoutRents, text.market, text.lowCost, text.subsidy],
    ...report.months.map((month) => [
      month.month,
      month.unitsLeased,
      month.unitsWithoutRents,
      yuan(month.marketReferenceFen),
      yuan(month.lowCostFen),
      yuan(month.subsidyImpliedFen),
    ]),
    [
      text.total,
      null,
      null,
      yuan(report.totals.marketReferenceFen),
      yuan(report.totals.lowCostFen),
      yuan(report.totals.subsidyImpliedFen),
    ],
  ];
  const fileName = `opc-rent-subsidy-${report.from}-${report.to}.${format}`;
  if (format === 'csv') return { bytes: Buffer.from(toCsv(summary), 'utf8'), fileName };
  const rentCells = (rent: ReturnType<typeof presentDatedRent>) =>
    rent ? [yuan(rent.monthlyRentFen), rent.effectiveFrom, rent.source] : [text.none, null, null];
  const details: (string | number | null)[][] = [
    [
      text.month,
      text.unit,
      text.kind,
      text.company,
      text.rentsOn,
      text.marketOne,
      text.from,
      text.source,
      text.lowCostOne,
      text.from,
      text.source,
    ],
    ...report.months.flatMap((month) =>
      month.units.map((unit) => [
        month.month,
        unit.unitLabel,
        text.kinds[unit.unitKind as SpaceUnitKind],
        unit.organisationName,
        unit.rentsOn,
        ...rentCells(unit.marketReferenceRent),
        ...rentCells(unit.lowCostRent),
      ]),
    ),
  ];
  return {
    bytes: await workbookBytes(ctx, [
      { name: text.summary, rows: summary, moneyColumns: [4, 5, 6] },
      { name: text.details, rows: details, moneyColumns: [6, 9] },
    ]),
    fileName,
  };
}

/**
 * Occupancy today as Excel or CSV: one line per unit — in use, free or out of use, by whom, until
 * when, at what rent and subsidy, and the rents in force with their dates.
 */
export async function exportOccupancy(
  ctx: ServiceContext,
  caller: Caller,
  communityId: string,
  format: 'csv' | 'xlsx',
) {
  await requireCommunityOperator(ctx.db, caller, communityId);
  const today = chinaDateOf(ctx.now());
  const text = words[ctx.language];
  const units = await repo.listUnits(ctx.db, communityId);
  const leases = await repo.listLeasesCovering(ctx.db, communityId, today, today);
  const rents = await repo.listRentsUntil(
    ctx.db,
    units.map((unit) => unit.id),
    today,
  );
  const rows: (string | number | null)[][] = [
    [
      text.unit,
      text.kind,
      text.area,
      text.seats,
      text.state,
      text.occupant,
      text.until,
      text.leaseRent,
      text.leaseSubsidy,
      text.lowCostOne,
      text.from,
      text.marketOne,
      text.from,
    ],
    ...units.map((unit) => {
      const lease = leases.find((row) => row.lease.unitId === unit.id);
      const inForce = rentsInForce(rents, unit.id, today);
      return [
        unit.label,
        text.kinds[unit.kind],
        unit.areaM2,
        unit.seats,
        !unit.available ? text.unavailable : lease ? text.occupied : text.free,
        lease?.organisationName ?? null,
        lease ? (lease.lease.movedOutOn ?? lease.lease.endsOn) : null,
        lease ? yuan(lease.lease.monthlyRentFen) : null,
        lease ? yuan(lease.lease.monthlySubsidyFen) : null,
        inForce.lowCost ? yuan(inForce.lowCost.monthlyRentFen) : null,
        inForce.lowCost?.effectiveFrom ?? null,
        inForce.marketReference ? yuan(inForce.marketReference.monthlyRentFen) : null,
        inForce.marketReference?.effectiveFrom ?? null,
      ];
    }),
  ];
  const fileName = `opc-occupancy-${today}.${format}`;
  if (format === 'csv') return { bytes: Buffer.from(toCsv(rows), 'utf8'), fileName };
  return {
    bytes: await workbookBytes(ctx, [{ name: text.occupancy, rows, moneyColumns: [8, 9, 10, 12] }]),
    fileName,
  };
}
