import type { Language } from '../../db/schema/accounts';
import { AppError, type LocalisableFieldError } from '../../errors/app-error';
import type { LocalisedText } from '../../shared/localised-text';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { lookupGoods } from '../hetao-lookup/lookup/lookup';
import { currentLookupIndex } from '../hetao-lookup/service';
import { parametersOn } from '../rules/parameters-service';
import type { CreateDeclarationBody, DeclarationLineInput } from './declarations-schema';
import { tariffRatesOn, type TariffRates } from './declarations-tariff';
import { isCustoms, resolveImporter, today } from './desk-service';
import { itemCoverage, type ListItem } from './list-format';
import { accessibleOrganisationIds } from './ledger-access';
import {
  goodsClassOf,
  isBarred,
  isValidQuantity,
  regimeOf,
  supervisionEndsOn,
  valueFenOfForeign,
  type PartUse,
} from './ledger-rules';
import * as repo from './ledger-repo';
import { loadLookupSources } from './sources';
import { computeLineTax, parseRate, TaxInputError, type LineTax } from './tax';
import { whiteListEntryOn } from './whitelist-service';

/**
 * First-line declarations of white-listed importers (issue #16 items 2, 3, 6; B.N3, B.L1, B.N2,
 * B.N5, B.N6, B.N9, B.N11, B.R1). Every line is checked against the published list and the goods
 * lookup, its taxes computed with tax.ts and stored with the rates used; each exempt line
 * becomes a ledger item (B.N4). A declaration with any refused line writes nothing.
 */

export const ROUNDING_NOTE =
  'B.N11: duty = value × duty rate; consumption tax = (value + duty) ÷ (1 − rate) × rate; VAT = (value + duty + consumption tax) × VAT rate; each tax rounded half up to the fen, later bases use the rounded amounts. A foreign amount × the day’s rate is rounded half up to the fen once.';

/** A refused line's field, with the clause that refuses it. */
export interface LineProblem {
  pointer: string;
  code: string;
  clause: string;
  detail: LocalisedText;
}

export interface CheckedLine {
  input: DeclarationLineInput;
  hsCode: string;
  item: ListItem;
  partUse: PartUse | null;
  regime: 'supervision-period' | 'write-off';
  regimeSource: 'category' | 'importer-choice';
  quantity: number;
  valueFen: number;
  rates: { dutyRate: string; vatRate: string; consumptionRate: string | null };
  ratesSource: 'input' | 'tariff';
  tariffRates: TariffRates | null;
  tax: LineTax;
  biosafety: boolean;
  biosafetySource: 'declared' | 'lookup' | null;
}

const SUPERVISION_PARAMETER = {
  'other-goods': 'hetao.supervision-years.other-goods',
  'motor-vehicles': 'hetao.supervision-years.motor-vehicles',
  'ships-aircraft': 'hetao.supervision-years.ships-aircraft',
} as const;

const text = (zh: string, hant: string, en: string): LocalisedText => ({
  'zh-Hans': zh,
  'zh-Hant': hant,
  en,
});

/** Everything a declaration's lines are checked with, read before any transaction opens. */
export async function readDeclarationContext(ctx: ServiceContext, releasedOn: string) {
  const [sources, index, parameters] = await Promise.all([
    loadLookupSources(ctx.db),
    currentLookupIndex(ctx.db),
    parametersOn(ctx, releasedOn),
  ]);
  return { sources, index, parameters };
}
type DeclarationContext = Awaited<ReturnType<typeof readDeclarationContext>>;

/**
 * Checks one line and computes its taxes. Problems are collected, never thrown, so the importer
 * sees every refused field at once. `pointer` is the line's JSON pointer (`/body/lines/0`).
 */
export async function checkLine(
  ctx: ServiceContext,
  context: DeclarationContext,
  input: DeclarationLineInput,
  onDate: string,
  pointer: string,
): Promise<{ line: CheckedLine | null; problems: LineProblem[] }> {
  const problems: LineProblem[] = [];
  const refuse = (field: string, code: string, clause: string, detail: LocalisedText) =>
    problems.push({ pointer: `${pointer}/${field}`, code, clause, detail });

  const hsCode = input.hsCode.replace(/[.\s]/g, '');
  if (!/^(\d{8}|\d{10})$/.test(hsCode))
    refuse(
      'hsCode',
      'hetao.hs_code_invalid',
      'B.L1',
      text(
        '商品编号应为8位或10位数字',
        '商品編號應為8位或10位數字',
        'The HS code must be 8 or 10 digits',
      ),
    );
  const item = context.sources.listItems.find((candidate) => candidate.itemId === input.listItemId);
  if (!item)
    refuse(
      'listItemId',
      'hetao.goods_not_on_list',
      'B.L1',
      text(
        `清单中没有编号为 ${input.listItemId} 的货物`,
        `清單中沒有編號為 ${input.listItemId} 的貨物`,
        `The published list has no item ${input.listItemId}`,
      ),
    );
  else if (problems.length === 0 && itemCoverage(item, hsCode) !== 'full')
    refuse(
      'hsCode',
      'hetao.goods_not_on_list',
      'B.L1',
      text(
        `商品编号 ${hsCode} 不在清单货物 ${item.itemId} 的范围内（或属其不包括的货物）`,
        `商品編號 ${hsCode} 不在清單貨物 ${item.itemId} 的範圍內（或屬其不包括的貨物）`,
        `HS code ${hsCode} is not covered by list item ${item.itemId} (or falls under its exclusions)`,
      ),
    );
  if (item && input.category && input.category !== item.category)
    refuse(
      'category',
      'hetao.category_mismatch',
      'B.L1',
      text(
        '类别与清单货物的类别不一致',
        '類別與清單貨物的類別不一致',
        `The list item is in category ${item.category}`,
      ),
    );

  // The lookup's own judgement of the goods: B.N2 exclusions and the B.R1 biosafety flag.
  const looked = lookupGoods(context.index, {
    text: input.description,
    code: /^\d{4,10}$/.test(hsCode) ? hsCode : null,
    preferredScript: ctx.language,
  });
  const excluded = looked.flags.find((flag) => flag.kind === 'excluded');
  if (excluded)
    refuse(
      'description',
      'hetao.goods_excluded',
      'B.N2',
      text(
        `不能免税：${excluded.reason['zh-Hans']}`,
        `不能免稅：${excluded.reason['zh-Hant']}`,
        `Cannot be exempted: ${excluded.reason.en}`,
      ),
    );
  const lookupBiosafety = looked.flags.some((flag) => flag.kind === 'biosafety');

  const regime = item ? regimeOf(item.category, input.partUse) : null;
  if (item && !regime)
    refuse(
      'partUse',
      'hetao.part_use_required',
      'B.N5',
      text(
        '设备及零配件类：请说明是设备、维修用零配件（监管），还是科研中消耗的其他零配件（核销）',
        '設備及零配件類：請說明是設備、維修用零配件（監管），還是科研中消耗的其他零配件（核銷）',
        'Equipment and spare parts: say whether this is equipment, a repair part (supervised) or another part consumed in research (written off)',
      ),
    );

  if (!isValidQuantity(input.quantity))
    refuse(
      'quantity',
      'hetao.quantity_invalid',
      'B.N4',
      text(
        '数量应大于0，最多3位小数',
        '數量應大於0，最多3位小數',
        'The quantity must be above 0, with at most 3 decimals',
      ),
    );

  const valueFen = checkValue(input, refuse);
  const rated = await checkRates(ctx, input, hsCode, onDate, problems.length === 0, refuse);

  const biosafety = input.biosafety === true || lookupBiosafety;
  if (biosafety && !input.permitReference)
    refuse(
      'permitReference',
      'hetao.permit_required',
      'B.R1',
      text(
        '人体、动物标本、组织等生物安全货物须填写许可（审批）文件编号',
        '人體、動物標本、組織等生物安全貨物須填寫許可（審批）文件編號',
        'Goods of human or animal origin (biosafety, B.R1) need the permit reference',
      ),
    );

  if (problems.length > 0 || !item || !regime || valueFen === null || !rated)
    return { line: null, problems };
  let tax: LineTax;
  try {
    tax = computeLineTax({
      valueFen,
      dutyRate: parseRate(rated.rates.dutyRate, 'dutyRate'),
      vatRate: parseRate(rated.rates.vatRate, 'vatRate'),
      consumptionRate: rated.rates.consumptionRate
        ? parseRate(rated.rates.consumptionRate, 'consumptionRate')
        : null,
    });
  } catch (error) {
    if (!(error instanceof TaxInputError)) throw error;
    refuse(
      error.field,
      'hetao.rate_invalid',
      'B.N11',
      text(error.message, error.message, error.message),
    );
    return { line: null, problems };
  }
  return {
    line: {
      input,
      hsCode,
      item,
      partUse: input.partUse ?? null,
      regime: regime.regime,
      regimeSource: regime.source,
      quantity: input.quantity,
      valueFen,
      rates: rated.rates,
      ratesSource: rated.source,
      tariffRates: rated.tariff,
      tax,
      biosafety,
      biosafetySource: biosafety ? (input.biosafety === true ? 'declared' : 'lookup') : null,
    },
    problems,
  };
}

type Refuse = (field: string, code: string, clause: string, detail: LocalisedText) => void;

/** The customs value in fen: given, or foreign amount × the day's rate (B.N11 starts from it). */
function checkValue(input: DeclarationLineInput, refuse: Refuse): number | null {
  const foreign = input.foreignAmount !== undefined;
  if (input.valueFen !== undefined && foreign) {
    refuse(
      'valueFen',
      'hetao.value_ambiguous',
      'B.N11',
      text(
        '完税价格请填人民币（分）或外币金额加汇率，二选一',
        '完稅價格請填人民幣（分）或外幣金額加匯率，二選一',
        'Give the value in fen or a foreign amount with its rate, not both',
      ),
    );
    return null;
  }
  if (input.valueFen !== undefined) {
    if (input.valueFen < 0) {
      refuse(
        'valueFen',
        'hetao.value_negative',
        'B.N11',
        text('完税价格不能为负数', '完稅價格不能為負數', 'The customs value cannot be negative'),
      );
      return null;
    }
    return input.valueFen;
  }
  if (!foreign) {
    refuse(
      'valueFen',
      'hetao.value_required',
      'B.N11',
      text('请填写完税价格', '請填寫完稅價格', 'Give the customs value'),
    );
    return null;
  }
  if (!input.currency || !input.exchangeRate) {
    refuse(
      input.currency ? 'exchangeRate' : 'currency',
      'hetao.exchange_rate_required',
      'B.N11',
      text(
        '外币金额须同时填写币种和当日汇率',
        '外幣金額須同時填寫幣種和當日匯率',
        'A foreign amount needs its currency and the day’s exchange rate',
      ),
    );
    return null;
  }
  if (input.foreignAmount!.trim().startsWith('-')) {
    refuse(
      'foreignAmount',
      'hetao.value_negative',
      'B.N11',
      text('金额不能为负数', '金額不能為負數', 'The amount cannot be negative'),
    );
    return null;
  }
  const fen = valueFenOfForeign(input.foreignAmount!, input.exchangeRate);
  if (fen === null)
    refuse(
      'foreignAmount',
      'hetao.value_invalid',
      'B.N11',
      text(
        '金额和汇率应为不带符号的十进制数',
        '金額和匯率應為不帶符號的十進位數',
        'The amount and the rate must be plain decimals',
      ),
    );
  return fen;
}

/** The rates: the importer's inputs when given (they win), else the tariff table's on the day. */
async function checkRates(
  ctx: ServiceContext,
  input: DeclarationLineInput,
  hsCode: string,
  onDate: string,
  codeValid: boolean,
  refuse: Refuse,
) {
  const tariff = codeValid ? await tariffRatesOn(ctx.db, hsCode, onDate) : null;
  const given = input.dutyRate !== undefined || input.vatRate !== undefined;
  const rates = given
    ? {
        dutyRate: input.dutyRate ?? '',
        vatRate: input.vatRate ?? '',
        consumptionRate: input.consumptionRate ?? null,
      }
    : tariff
      ? {
          dutyRate: tariff.dutyRate,
          vatRate: tariff.vatRate,
          consumptionRate: tariff.consumptionRate,
        }
      : null;
  if (!rates) {
    refuse(
      'dutyRate',
      'hetao.rates_missing',
      'B.N11',
      text(
        '税则表中没有该商品编号当日的税率：请填写关税和增值税税率',
        '稅則表中沒有該商品編號當日的稅率：請填寫關稅和增值稅稅率',
        'The tariff table has no rates for this code on the day: enter the duty and VAT rates',
      ),
    );
    return null;
  }
  let valid = true;
  for (const field of ['dutyRate', 'vatRate', 'consumptionRate'] as const) {
    const value = rates[field];
    if (value === null) continue;
    try {
      const rate = parseRate(value, field);
      if (field === 'consumptionRate' && rate.numerator >= rate.denominator)
        throw new TaxInputError(field, 'must be below 1 (100 %)');
    } catch (error) {
      if (!(error instanceof TaxInputError)) throw error;
      valid = false;
      const above = /^\d+(\.\d+)?$/.test(value.trim()) && Number(value) >= 1;
      refuse(
        field,
        above ? 'hetao.rate_above_100' : 'hetao.rate_invalid',
        'B.N11',
        above
          ? text(
              '税率不能超过100%（13%写作0.13）',
              '稅率不能超過100%（13%寫作0.13）',
              'A rate cannot be above 100 % (write 13 % as 0.13)',
            )
          : text(
              '税率应写作小数，如13%写作0.13',
              '稅率應寫作小數，如13%寫作0.13',
              'Write a rate as a decimal fraction: 13 % is 0.13',
            ),
      );
    }
  }
  if (!valid) return null;
  return { rates, source: given ? ('input' as const) : ('tariff' as const), tariff };
}

/** The refusal of a declaration: every refused field with its clause (problem+json). */
export function refusal(problems: LineProblem[], language: Language): AppError {
  const fieldErrors: LocalisableFieldError[] = problems.map((problem) => ({
    pointer: problem.pointer,
    code: problem.code,
    detail: {
      'zh-Hans': `${problem.detail['zh-Hans']}（${problem.clause}）`,
      'zh-Hant': `${problem.detail['zh-Hant']}（${problem.clause}）`,
      en: `${problem.detail.en} (${problem.clause})`,
    },
  }));
  return new AppError('hetao.declaration_refused', {
    fieldErrors,
    extensions: {
      clauses: [...new Set(problems.map((problem) => problem.clause))],
      problems: problems.map(({ pointer, code, clause }) => ({ pointer, code, clause })),
    },
    internalMessage: `declaration refused (${language}): ${problems.map((p) => p.code).join(', ')}`,
  });
}

/**
 * Records a declaration for the caller's organisation (issue #16 item 2). Refused, writing
 * nothing: an organisation not on the white list on the declaration date (403, B.N3), a line
 * that is not on the list (B.L1), excluded (B.N2), of a class the importer elected to pay for in
 * the last 36 months (B.N6), with a negative value or a rate above 100 % (B.N11), or of human or
 * animal origin without its permit (B.R1) — 422 with each field and clause.
 */
export async function recordDeclaration(
  ctx: ServiceContext,
  principal: Principal,
  input: CreateDeclarationBody,
  source: 'form' | 'csv' | 'xlsx' = 'form',
) {
  const { organisation } = await resolveImporter(ctx, principal, input.organisationId);
  const prepared = await prepareDeclaration(ctx, organisation.id, input, '/body');
  if (prepared.problems.length > 0) throw refusal(prepared.problems, ctx.language);
  const id = await ctx.db.transaction(async (tx) =>
    writeDeclaration(tx, ctx, principal, organisation.id, input, prepared, source),
  );
  return describeDeclaration(ctx, principal, id);
}

export type PreparedDeclaration = Awaited<ReturnType<typeof prepareDeclaration>>;

/** Checks every line of a declaration (no writes). `pointer` prefixes the fields' pointers. */
export async function prepareDeclaration(
  ctx: ServiceContext,
  organisationId: string,
  input: CreateDeclarationBody,
  pointer: string,
) {
  const releasedOn = input.releasedOn ?? input.declaredOn;
  const context = await readDeclarationContext(ctx, releasedOn);
  const problems: LineProblem[] = [];
  if (input.declaredOn > today(ctx))
    problems.push({
      pointer: `${pointer}/declaredOn`,
      code: 'hetao.date_in_future',
      clause: 'B.N4',
      detail: text(
        '申报日期不能晚于今天',
        '申報日期不能晚於今天',
        'The declaration date cannot be in the future',
      ),
    });
  if (releasedOn < input.declaredOn)
    problems.push({
      pointer: `${pointer}/releasedOn`,
      code: 'hetao.release_before_declaration',
      clause: 'B.N9',
      detail: text(
        '放行日期不能早于申报日期',
        '放行日期不能早於申報日期',
        'Release cannot be before the declaration',
      ),
    });
  const lines: CheckedLine[] = [];
  for (const [index, line] of input.lines.entries()) {
    const checked = await checkLine(
      ctx,
      context,
      line,
      input.declaredOn,
      `${pointer}/lines/${index}`,
    );
    problems.push(...checked.problems);
    if (checked.line) lines.push(checked.line);
  }
  // B.N6: a class the importer elected to pay for is barred for 36 months (the engine's count).
  const barMonths = context.parameters['hetao.waiver-bar-months']?.value ?? null;
  const elections = await repo.listElections(ctx.db, organisationId);
  if (barMonths !== null)
    for (const [index, line] of input.lines.entries()) {
      const item = context.sources.listItems.find(
        (candidate) => candidate.itemId === line.listItemId,
      );
      if (!item) continue;
      const barring = elections.find(
        (election) =>
          election.goodsClass === goodsClassOf(item.category) &&
          isBarred(election.electedOn, input.declaredOn, barMonths),
      );
      if (barring)
        problems.push({
          pointer: `${pointer}/lines/${index}/listItemId`,
          code: 'hetao.class_waived',
          clause: 'B.N6',
          detail: text(
            `本单位于 ${barring.electedOn} 选择就该类货物缴税，36个月内不得再申请免税`,
            `本單位於 ${barring.electedOn} 選擇就該類貨物繳稅，36個月內不得再申請免稅`,
            `The importer chose to pay for this class on ${barring.electedOn}: no exemption for it for ${barMonths} months`,
          ),
        });
    }
  return { lines, problems, context, releasedOn };
}

/** Writes a checked declaration, its lines and ledger items (in the caller's transaction). */
export async function writeDeclaration(
  tx: Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0],
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string,
  input: CreateDeclarationBody,
  prepared: PreparedDeclaration,
  source: 'form' | 'csv' | 'xlsx',
  pointer = '/body',
): Promise<string> {
  const entry = await whiteListEntryOn(tx, organisationId, input.declaredOn);
  if (!entry)
    throw new AppError('hetao.importer_not_listed', {
      extensions: { clause: 'B.N3', clauses: ['B.N3'] },
      fieldErrors: [
        {
          pointer: `${pointer}/declaredOn`,
          code: 'hetao.importer_not_listed',
          detail: text(
            `本单位在 ${input.declaredOn} 不在免税进口白名单上（B.N3）`,
            `本單位在 ${input.declaredOn} 不在免稅進口白名單上（B.N3）`,
            `The organisation is not on the white list on ${input.declaredOn} (B.N3)`,
          ),
        },
      ],
    });
  if (await repo.findDeclarationByNumber(tx, organisationId, input.declarationNumber))
    throw new AppError('hetao.declaration_exists', {
      fieldErrors: [
        {
          pointer: `${pointer}/declarationNumber`,
          code: 'hetao.declaration_exists',
          detail: text(
            '该报关单号已登记',
            '該報關單號已登記',
            'This declaration number is already recorded',
          ),
        },
      ],
    });
  const now = ctx.now();
  const sum = (key: keyof LineTax) =>
    prepared.lines.reduce((total, line) => total + line.tax[key], 0);
  const declaration = await repo.insertDeclaration(tx, {
    organisationId,
    declarationNumber: input.declarationNumber,
    declaredOn: input.declaredOn,
    releasedOn: prepared.releasedOn,
    whiteListEntryId: entry.entryId,
    listVersionId: prepared.context.sources.listVersion.id,
    source,
    dutyFen: sum('dutyFen'),
    consumptionTaxFen: sum('consumptionTaxFen'),
    vatFen: sum('vatFen'),
    totalFen: sum('totalFen'),
    recordedBy: principal.accountId,
    createdAt: now,
  });
  const lines = await repo.insertDeclarationLines(
    tx,
    prepared.lines.map((line, index) => ({
      declarationId: declaration.id,
      lineNumber: index + 1,
      description: line.input.description,
      hsCode: line.hsCode,
      listItemId: line.item.itemId,
      category: line.item.category,
      partUse: line.partUse,
      quantity: line.quantity,
      unit: line.input.unit,
      valueFen: line.valueFen,
      currency: line.input.foreignAmount !== undefined ? (line.input.currency ?? null) : null,
      foreignAmount: line.input.foreignAmount ?? null,
      exchangeRate:
        line.input.foreignAmount !== undefined ? (line.input.exchangeRate ?? null) : null,
      dutyRate: line.rates.dutyRate,
      consumptionRate: line.rates.consumptionRate,
      vatRate: line.rates.vatRate,
      ratesSource: line.ratesSource,
      tariffRates: line.tariffRates
        ? {
            dutyRate: line.tariffRates.dutyRate,
            vatRate: line.tariffRates.vatRate,
            consumptionRate: line.tariffRates.consumptionRate,
            ...line.tariffRates.reference,
          }
        : null,
      ...line.tax,
      regime: line.regime,
      regimeSource: line.regimeSource,
      supervisionClass: line.input.supervisionClass ?? 'other-goods',
      biosafety: line.biosafety,
      biosafetySource: line.biosafetySource,
      permitReference: line.input.permitReference ?? null,
    })),
  );
  await repo.insertLedgerItems(
    tx,
    lines.map((line) => {
      const supervised = line.regime === 'supervision-period';
      const parameter = prepared.context.parameters[SUPERVISION_PARAMETER[line.supervisionClass]];
      const years = supervised ? (parameter?.value ?? null) : null;
      return {
        lineId: line.id,
        declarationId: declaration.id,
        organisationId,
        regime: line.regime,
        quantityDeclared: line.quantity,
        quantityWrittenOff: 0,
        quantityMoved: 0,
        quantityHeld: line.quantity,
        releasedOn: prepared.releasedOn,
        supervisionYears: years,
        supervisionEndsOn: years === null ? null : supervisionEndsOn(prepared.releasedOn, years),
        // B.N9: the dated parameter and its source, as they stood on the release day.
        supervisionSource:
          supervised && parameter
            ? {
                clause: 'B.N9',
                parameter: SUPERVISION_PARAMETER[line.supervisionClass],
                status: parameter.status,
                effectiveFrom: parameter.effectiveFrom,
                source: parameter.source as unknown as Record<string, unknown> | null,
              }
            : null,
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
  await recordAudit(tx, ctx, {
    action: 'hetao.declaration.recorded',
    subjectType: 'hetao_declaration',
    subjectId: declaration.id,
    before: null,
    after: {
      organisationId,
      declarationNumber: input.declarationNumber,
      declaredOn: input.declaredOn,
      source,
      lines: lines.length,
      totalFen: declaration.totalFen,
      whiteListEntryId: entry.entryId,
    },
  });
  return declaration.id;
}

function presentDeclaration(row: NonNullable<Awaited<ReturnType<typeof repo.findDeclaration>>>) {
  const { declaration } = row;
  return {
    id: declaration.id,
    organisationId: declaration.organisationId,
    organisationName: row.organisationName,
    declarationNumber: declaration.declarationNumber,
    declaredOn: declaration.declaredOn,
    releasedOn: declaration.releasedOn,
    whiteListEntryId: declaration.whiteListEntryId,
    listVersionId: declaration.listVersionId,
    source: declaration.source,
    dutyFen: declaration.dutyFen,
    consumptionTaxFen: declaration.consumptionTaxFen,
    vatFen: declaration.vatFen,
    totalFen: declaration.totalFen,
    createdAt: declaration.createdAt.toISOString(),
    rounding: ROUNDING_NOTE,
    lines: row.lines.map(({ line, ledgerItemId }) => ({
      id: line.id,
      lineNumber: line.lineNumber,
      description: line.description,
      hsCode: line.hsCode,
      listItemId: line.listItemId,
      category: line.category,
      partUse: line.partUse,
      quantity: line.quantity,
      unit: line.unit,
      valueFen: line.valueFen,
      currency: line.currency,
      foreignAmount: line.foreignAmount,
      exchangeRate: line.exchangeRate,
      dutyRate: line.dutyRate,
      consumptionRate: line.consumptionRate,
      vatRate: line.vatRate,
      ratesSource: line.ratesSource,
      tariffRates: line.tariffRates ?? null,
      dutyFen: line.dutyFen,
      consumptionTaxFen: line.consumptionTaxFen,
      vatFen: line.vatFen,
      totalFen: line.totalFen,
      regime: line.regime,
      regimeSource: line.regimeSource,
      supervisionClass: line.supervisionClass,
      biosafety: line.biosafety,
      biosafetySource: line.biosafetySource,
      permitReference: line.permitReference,
      ledgerItemId,
    })),
  };
}

/** A declaration: for a member of its organisation, or customs; anyone else gets 404. */
export async function describeDeclaration(ctx: ServiceContext, principal: Principal, id: string) {
  const row = await repo.findDeclaration(ctx.db, id);
  if (!row) throw new AppError('hetao.declaration_not_found');
  if (!isCustoms(principal)) {
    const allowed = await accessibleOrganisationIds(ctx, principal);
    if (!allowed.includes(row.declaration.organisationId))
      throw new AppError('hetao.declaration_not_found');
  }
  return presentDeclaration(row);
}

type DeclarationListRow = Awaited<ReturnType<typeof repo.listDeclarations>>[number];

export function presentDeclarationSummary(row: DeclarationListRow) {
  const { declaration } = row;
  return {
    id: declaration.id,
    organisationId: declaration.organisationId,
    organisationName: row.organisationName,
    declarationNumber: declaration.declarationNumber,
    declaredOn: declaration.declaredOn,
    releasedOn: declaration.releasedOn,
    whiteListEntryId: declaration.whiteListEntryId,
    listVersionId: declaration.listVersionId,
    source: declaration.source,
    dutyFen: declaration.dutyFen,
    consumptionTaxFen: declaration.consumptionTaxFen,
    vatFen: declaration.vatFen,
    totalFen: declaration.totalFen,
    createdAt: declaration.createdAt.toISOString(),
    rounding: ROUNDING_NOTE,
    lineCount: Number(row.lineCount),
  };
}

/** The declarations of the caller's organisations (or one of them). */
export async function listMyDeclarations(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string | undefined,
) {
  const allowed = await accessibleOrganisationIds(ctx, principal);
  const ids = organisationId ? allowed.filter((id) => id === organisationId) : allowed;
  if (ids.length === 0) return [];
  return (await repo.listDeclarations(ctx.db, ids)).map(presentDeclarationSummary);
}

/** Every importer's declarations (customs' console). */
export async function listAllDeclarations(ctx: ServiceContext) {
  return (await repo.listDeclarations(ctx.db, null)).map(presentDeclarationSummary);
}
