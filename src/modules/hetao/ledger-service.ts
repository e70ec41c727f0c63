import { AppError } from '../../errors/app-error';
import { addDays } from '../../shared/china-time';
import type { LocalisedText } from '../../shared/localised-text';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { parametersOn } from '../rules/parameters-service';
import type { CreateElectionBody } from './declarations-schema';
import { isCustoms, resolveImporter, today } from './desk-service';
import { accessibleOrganisationIds } from './ledger-access';
import * as repo from './ledger-repo';
import {
  backTaxValueFen,
  barEndsOn,
  fromThousandths,
  isValidQuantity,
  ledgerStatusOf,
  monthsServed,
  shareOfValueFen,
  toThousandths,
  type LedgerStatus,
} from './ledger-rules';
import type { MoveBody, WriteOffBody } from './ledger-schema';
import { computeLineTax, parseRate } from './tax';

/**
 * The electronic ledger of exempt goods (issue #16 items 4, 5; B.N4–B.N7, B.N9, B.N10, B.N12):
 * write-offs of consumed goods, moves through the second line, other use and transfers with the
 * tax they make due, the B.N6 elections, and the importer's and customs' views. Quantities
 * change only under the item's row lock: held = declared − written off − moved, never negative
 * (also a CHECK in the database).
 */

/** Items leaving supervision within this many days are shown on the to-do list (display only). */
export const SUPERVISION_WINDOW_DAYS = 90;

const text = (zh: string, hant: string, en: string): LocalisedText => ({
  'zh-Hans': zh,
  'zh-Hant': hant,
  en,
});

function presentMovement(row: repo.MovementRow) {
  return {
    id: row.id,
    kind: row.kind,
    quantity: row.quantity,
    occurredOn: row.occurredOn,
    researchUse: row.researchUse,
    reason: row.reason,
    recipient: row.recipient,
    monthsServed: row.monthsServed,
    taxableValueFen: row.taxableValueFen,
    dutyFen: row.dutyFen,
    consumptionTaxFen: row.consumptionTaxFen,
    vatFen: row.vatFen,
    dueFen: row.dueFen,
    explanation: explanationOf(row),
    createdAt: row.createdAt.toISOString(),
  };
}

function explanationOf(row: repo.MovementRow): LocalisedText | null {
  if (row.kind === 'write-off') return null;
  if (row.kind === 'forced-transfer')
    return text(
      '因破产或注销被迫转让给另一享惠主体，不补税（B.N12）',
      '因破產或註銷被迫轉讓給另一享惠主體，不補稅（B.N12）',
      'Forced transfer to another beneficiary on bankruptcy or deregistration: no back tax (B.N12)',
    );
  if (row.monthsServed !== null)
    return text(
      `监管期内提前出区：完税价格按已监管 ${row.monthsServed} 个月折算（B.N10），再按关税、消费税、增值税公式计算（B.N11）`,
      `監管期內提前出區：完稅價格按已監管 ${row.monthsServed} 個月折算（B.N10），再按關稅、消費稅、增值稅公式計算（B.N11）`,
      `Left supervision early: the dutiable value reduced for ${row.monthsServed} months served (B.N10), then duty, consumption tax and VAT (B.N11)`,
    );
  return text(
    '核销类货物未在科研中消耗即出区或转让：按原完税价格全额补税（B.N7、B.N11）',
    '核銷類貨物未在科研中消耗即出區或轉讓：按原完稅價格全額補稅（B.N7、B.N11）',
    'Write-off goods leaving without being consumed in research: the full tax on their value (B.N7, B.N11)',
  );
}

function presentItem(row: repo.LedgerItemJoined, movements: repo.MovementRow[], onDate: string) {
  const { item, line } = row;
  const mine = movements.filter((movement) => movement.itemId === item.id);
  return {
    id: item.id,
    organisationId: item.organisationId,
    organisationName: row.organisationName,
    declarationId: item.declarationId,
    declarationNumber: row.declarationNumber,
    lineId: line.id,
    description: line.description,
    hsCode: line.hsCode,
    listItemId: line.listItemId,
    category: line.category,
    regime: item.regime,
    unit: line.unit,
    quantityDeclared: item.quantityDeclared,
    quantityWrittenOff: item.quantityWrittenOff,
    quantityMoved: item.quantityMoved,
    quantityHeld: item.quantityHeld,
    valueFen: line.valueFen,
    taxSparedFen: line.totalFen,
    releasedOn: item.releasedOn,
    supervisionYears: item.supervisionYears,
    supervisionEndsOn: item.supervisionEndsOn,
    supervisionSource: item.supervisionSource ?? null,
    status: ledgerStatusOf(item, onDate),
    biosafety: line.biosafety,
    permitReference: line.permitReference,
    dueFen: mine.reduce((sum, movement) => sum + (movement.dueFen ?? 0), 0),
    movements: mine.map(presentMovement),
  };
}
export type PresentedLedgerItem = ReturnType<typeof presentItem>;

async function presentItems(ctx: ServiceContext, rows: repo.LedgerItemJoined[]) {
  const movements = await repo.movementsOfItems(
    ctx.db,
    rows.map((row) => row.item.id),
  );
  const onDate = today(ctx);
  return rows.map((row) => presentItem(row, movements, onDate));
}

export interface LedgerFilter {
  organisationId?: string | undefined;
  status?: LedgerStatus | undefined;
  due?: 'true' | 'false' | undefined;
  biosafety?: 'true' | 'false' | undefined;
}

function applyFilter(items: PresentedLedgerItem[], filter: LedgerFilter) {
  return items.filter(
    (item) =>
      (!filter.status || item.status === filter.status) &&
      (!filter.due || item.dueFen > 0 === (filter.due === 'true')) &&
      (!filter.biosafety || item.biosafety === (filter.biosafety === 'true')),
  );
}

/** The ledger of the caller's organisations (or one of them). */
export async function listMyLedger(
  ctx: ServiceContext,
  principal: Principal,
  filter: LedgerFilter,
) {
  const allowed = await accessibleOrganisationIds(ctx, principal);
  const ids = filter.organisationId
    ? allowed.filter((id) => id === filter.organisationId)
    : allowed;
  if (ids.length === 0) return [];
  return applyFilter(
    await presentItems(ctx, await repo.listLedgerItems(ctx.db, { organisationIds: ids })),
    filter,
  );
}

/** The ledger across importers (customs' console). */
export async function listLedgerForCustoms(ctx: ServiceContext, filter: LedgerFilter) {
  return applyFilter(
    await presentItems(
      ctx,
      await repo.listLedgerItems(ctx.db, {
        organisationIds: filter.organisationId ? [filter.organisationId] : null,
      }),
    ),
    filter,
  );
}

/** One item: for a member of its organisation, or customs; anyone else gets 404. */
export async function describeLedgerItem(ctx: ServiceContext, principal: Principal, id: string) {
  const [row] = await repo.listLedgerItems(ctx.db, { itemId: id });
  if (!row) throw new AppError('hetao.ledger_item_not_found');
  if (!isCustoms(principal)) {
    const allowed = await accessibleOrganisationIds(ctx, principal);
    if (!allowed.includes(row.item.organisationId))
      throw new AppError('hetao.ledger_item_not_found');
  }
  const [presented] = await presentItems(ctx, [row]);
  return presented!;
}

/** The item under its row lock, if the caller is a member of its organisation (else 404). */
async function lockOwnItem(
  tx: Parameters<Parameters<ServiceContext['db']['transaction']>[0]>[0],
  allowed: string[],
  id: string,
) {
  const locked = await repo.lockLedgerItem(tx, id);
  if (!locked || !allowed.includes(locked.item.organisationId))
    throw new AppError('hetao.ledger_item_not_found');
  return locked;
}

function movementInvalid(field: string, clause: string, detail: LocalisedText) {
  return new AppError('hetao.movement_invalid', {
    extensions: { clause, clauses: [clause] },
    fieldErrors: [{ pointer: `/body/${field}`, code: 'hetao.movement_invalid', detail }],
  });
}

function dateChecks(ctx: ServiceContext, date: string, releasedOn: string, field: string) {
  if (date > today(ctx))
    throw movementInvalid(
      field,
      'B.N4',
      text('日期不能晚于今天', '日期不能晚於今天', 'The date cannot be in the future'),
    );
  if (date < releasedOn)
    throw movementInvalid(
      field,
      'B.N4',
      text(
        '日期不能早于货物放行日',
        '日期不能早於貨物放行日',
        'The date cannot be before the goods were released',
      ),
    );
}

/**
 * B.N5: write-off goods (consumables, animals and animal products, other parts) consumed in
 * research are written off by quantity, with the research use stated. Refused: supervised goods
 * (409), more than the ledger holds (422), nothing written.
 */
export async function writeOffItem(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: WriteOffBody,
) {
  const allowed = await accessibleOrganisationIds(ctx, principal);
  const writtenOffOn = input.writtenOffOn ?? today(ctx);
  await ctx.db.transaction(async (tx) => {
    const { item } = await lockOwnItem(tx, allowed, id);
    if (item.regime !== 'write-off')
      throw new AppError('hetao.write_off_not_allowed', { extensions: { clause: 'B.N5' } });
    if (!isValidQuantity(input.quantity))
      throw movementInvalid(
        'quantity',
        'B.N5',
        text(
          '数量应大于0，最多3位小数',
          '數量應大於0，最多3位小數',
          'The quantity must be above 0, with at most 3 decimals',
        ),
      );
    dateChecks(ctx, writtenOffOn, item.releasedOn, 'writtenOffOn');
    const held = toThousandths(item.quantityHeld);
    const quantity = toThousandths(input.quantity);
    if (quantity > held)
      throw new AppError('hetao.quantity_exceeds_held', {
        extensions: { clause: 'B.N5', quantityHeld: item.quantityHeld, quantity: input.quantity },
        fieldErrors: [
          {
            pointer: '/body/quantity',
            code: 'hetao.quantity_exceeds_held',
            detail: text(
              `台账结存 ${item.quantityHeld}，不能核销 ${input.quantity}（B.N5）`,
              `台賬結存 ${item.quantityHeld}，不能核銷 ${input.quantity}（B.N5）`,
              `The ledger holds ${item.quantityHeld}; ${input.quantity} cannot be written off (B.N5)`,
            ),
          },
        ],
      });
    const after = await repo.updateLedgerQuantities(
      tx,
      id,
      {
        quantityWrittenOff: fromThousandths(toThousandths(item.quantityWrittenOff) + quantity),
        quantityMoved: item.quantityMoved,
        quantityHeld: fromThousandths(held - quantity),
      },
      ctx.now(),
    );
    const movement = await repo.insertMovement(tx, {
      itemId: id,
      kind: 'write-off',
      quantity: input.quantity,
      occurredOn: writtenOffOn,
      researchUse: input.researchUse,
      recordedBy: principal.accountId,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.ledger_item.written_off',
      subjectType: 'hetao_ledger_item',
      subjectId: id,
      before: { quantityHeld: item.quantityHeld, quantityWrittenOff: item.quantityWrittenOff },
      after: {
        quantityHeld: after.quantityHeld,
        quantityWrittenOff: after.quantityWrittenOff,
        movementId: movement.id,
        researchUse: input.researchUse,
      },
    });
  });
  return describeLedgerItem(ctx, principal, id);
}

/**
 * Moves goods out of exempt use and records the tax now due:
 * - through the second line into the mainland, or to a use other than research (B.N7);
 * - a transfer to someone else inside the area (B.N12);
 * - a transfer forced by bankruptcy or deregistration to another beneficiary (B.N12's
 *   exception): no tax, the reason and the recipient are required.
 * Supervised goods pay on the value reduced for the months served (B.N10, counted as
 * {@link monthsServed} says); write-off goods pay the full tax on their value. The moved share of
 * the line's value is taken in proportion to the quantity. An item moves once: a second move is
 * refused (409, B.N7).
 */
export async function moveItem(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  input: MoveBody,
) {
  const allowed = await accessibleOrganisationIds(ctx, principal);
  const movedOn = input.movedOn ?? today(ctx);
  await ctx.db.transaction(async (tx) => {
    const { item, line } = await lockOwnItem(tx, allowed, id);
    if (item.quantityMoved > 0)
      throw new AppError('hetao.item_already_moved', { extensions: { clause: 'B.N7' } });
    const quantity = input.quantity ?? item.quantityHeld;
    if (!isValidQuantity(quantity))
      throw movementInvalid(
        'quantity',
        'B.N7',
        text('没有可出区的数量', '沒有可出區的數量', 'Nothing is held to move'),
      );
    dateChecks(ctx, movedOn, item.releasedOn, 'movedOn');
    if ((input.kind === 'transfer' || input.kind === 'forced-transfer') && !input.recipient)
      throw movementInvalid(
        'recipient',
        'B.N12',
        text('转让须写明受让方', '轉讓須寫明受讓方', 'A transfer names who receives the goods'),
      );
    if (input.kind === 'forced-transfer' && !input.reason)
      throw movementInvalid(
        'reason',
        'B.N12',
        text(
          '被迫转让须写明破产或注销的情况',
          '被迫轉讓須寫明破產或註銷的情況',
          'A forced transfer states the bankruptcy or deregistration',
        ),
      );
    const held = toThousandths(item.quantityHeld);
    if (toThousandths(quantity) > held)
      throw new AppError('hetao.quantity_exceeds_held', {
        extensions: { clause: 'B.N7', quantityHeld: item.quantityHeld, quantity },
        fieldErrors: [
          {
            pointer: '/body/quantity',
            code: 'hetao.quantity_exceeds_held',
            detail: text(
              `台账结存 ${item.quantityHeld}`,
              `台賬結存 ${item.quantityHeld}`,
              `The ledger holds ${item.quantityHeld}`,
            ),
          },
        ],
      });

    // The tax now due.
    let due: {
      monthsServed: number | null;
      taxableValueFen: number;
      dutyFen: number;
      consumptionTaxFen: number;
      vatFen: number;
      dueFen: number;
    } | null = null;
    if (input.kind !== 'forced-transfer') {
      const share = shareOfValueFen(line.valueFen, quantity, item.quantityDeclared);
      const supervised = item.regime === 'supervision-period' && item.supervisionYears !== null;
      const served = supervised ? monthsServed(item.releasedOn, movedOn) : null;
      const taxable = supervised ? backTaxValueFen(share, served!, item.supervisionYears!) : share;
      const tax = computeLineTax({
        valueFen: taxable,
        dutyRate: parseRate(line.dutyRate, 'dutyRate'),
        vatRate: parseRate(line.vatRate, 'vatRate'),
        consumptionRate: line.consumptionRate
          ? parseRate(line.consumptionRate, 'consumptionRate')
          : null,
      });
      due = {
        monthsServed: served,
        taxableValueFen: taxable,
        dutyFen: tax.dutyFen,
        consumptionTaxFen: tax.consumptionTaxFen,
        vatFen: tax.vatFen,
        dueFen: tax.totalFen,
      };
    }
    const after = await repo.updateLedgerQuantities(
      tx,
      id,
      {
        quantityWrittenOff: item.quantityWrittenOff,
        quantityMoved: quantity,
        quantityHeld: fromThousandths(held - toThousandths(quantity)),
      },
      ctx.now(),
    );
    const movement = await repo.insertMovement(tx, {
      itemId: id,
      kind: input.kind,
      quantity,
      occurredOn: movedOn,
      reason: input.reason ?? null,
      recipient: input.recipient ?? null,
      ...(due ?? {}),
      recordedBy: principal.accountId,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.ledger_item.moved',
      subjectType: 'hetao_ledger_item',
      subjectId: id,
      before: { quantityHeld: item.quantityHeld, quantityMoved: item.quantityMoved },
      after: {
        quantityHeld: after.quantityHeld,
        quantityMoved: after.quantityMoved,
        movementId: movement.id,
        kind: input.kind,
        dueFen: due?.dueFen ?? null,
      },
    });
  });
  return describeLedgerItem(ctx, principal, id);
}

/**
 * The importer's overview: the tax spared by this year's declarations, counts per status, the
 * tax due, and what needs doing. The source gives no deadline for write-offs, so the to-do list
 * shows held write-off items with no write-off recorded (not "overdue"); items leaving
 * supervision within {@link SUPERVISION_WINDOW_DAYS} days (a display window of ours); biosafety
 * items still held, with their permit reference; and items with tax due.
 */
export async function summariseMyLedger(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string | undefined,
) {
  const { organisation } = await resolveImporter(ctx, principal, organisationId);
  const items = await listMyLedger(ctx, principal, { organisationId: organisation.id });
  const onDate = today(ctx);
  const year = Number(onDate.slice(0, 4));
  const declarations = await repo.listDeclarations(ctx.db, [organisation.id]);
  const taxSparedThisYearFen = declarations
    .filter((row) => row.declaration.declaredOn.startsWith(`${year}-`))
    .reduce((sum, row) => sum + row.declaration.totalFen, 0);
  const counts = { 'in-supervision': 0, held: 0, released: 0, 'written-off': 0, moved: 0, due: 0 };
  for (const item of items) {
    counts[item.status] += 1;
    if (item.dueFen > 0) counts.due += 1;
  }
  const windowEnd = addDays(onDate, SUPERVISION_WINDOW_DAYS);
  const todo = [];
  for (const item of items) {
    const base = {
      itemId: item.id,
      description: item.description,
      permitReference: null,
      amountFen: null,
      date: null,
    };
    if (item.status === 'held' && !item.movements.some((movement) => movement.kind === 'write-off'))
      todo.push({ ...base, kind: 'write-off-pending' as const, date: item.releasedOn });
    if (
      item.status === 'in-supervision' &&
      item.supervisionEndsOn &&
      item.supervisionEndsOn <= windowEnd
    )
      todo.push({ ...base, kind: 'supervision-ending' as const, date: item.supervisionEndsOn });
    if (item.biosafety && item.quantityHeld > 0)
      todo.push({
        ...base,
        kind: 'biosafety-permit' as const,
        permitReference: item.permitReference,
      });
    if (item.dueFen > 0)
      todo.push({
        ...base,
        kind: 'tax-due' as const,
        amountFen: item.dueFen,
        date: item.movements.at(-1)?.occurredOn ?? null,
      });
  }
  return {
    organisationId: organisation.id,
    year,
    taxSparedThisYearFen,
    counts,
    dueFen: items.reduce((sum, item) => sum + item.dueFen, 0),
    supervisionWindowDays: SUPERVISION_WINDOW_DAYS,
    todo,
  };
}

// ---------------------------------------------------------------------------------------------
// B.N6 elections

async function barMonthsOn(ctx: ServiceContext, date: string) {
  const parameters = await parametersOn(ctx, date);
  return parameters['hetao.waiver-bar-months']?.value ?? null;
}

function presentElection(row: repo.ElectionRow, months: number | null, onDate: string) {
  const barredUntil = months === null ? row.electedOn : barEndsOn(row.electedOn, months);
  return {
    id: row.id,
    organisationId: row.organisationId,
    goodsClass: row.goodsClass,
    electedOn: row.electedOn,
    barredUntil,
    barredToday: row.electedOn <= onDate && onDate < barredUntil,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * B.N6: the importer chooses to pay the tax for a class of goods; from that day, new
 * declarations of the class are refused for 36 months (`hetao.waiver-bar-months`).
 */
export async function recordElection(
  ctx: ServiceContext,
  principal: Principal,
  input: CreateElectionBody,
) {
  const { organisation } = await resolveImporter(ctx, principal, input.organisationId);
  if (input.electedOn > today(ctx) || input.electedOn < '2026-02-10')
    throw new AppError('hetao.election_invalid', {
      extensions: { clause: 'B.N6', clauses: ['B.N6', 'B.N1'] },
      fieldErrors: [
        {
          pointer: '/body/electedOn',
          code: 'hetao.election_invalid',
          detail: text(
            '日期应在政策施行（2026-02-10）之后且不晚于今天',
            '日期應在政策施行（2026-02-10）之後且不晚於今天',
            'The date must be from the notice’s start (2026-02-10) and not in the future',
          ),
        },
      ],
    });
  const months = await barMonthsOn(ctx, input.electedOn);
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await repo.insertElection(tx, {
      organisationId: organisation.id,
      goodsClass: input.goodsClass,
      electedOn: input.electedOn,
      reason: input.reason ?? null,
      recordedBy: principal.accountId,
      createdAt: ctx.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'hetao.class_election.recorded',
      subjectType: 'hetao_class_election',
      subjectId: inserted.id,
      before: null,
      after: {
        organisationId: organisation.id,
        goodsClass: input.goodsClass,
        electedOn: input.electedOn,
      },
    });
    return inserted;
  });
  return presentElection(row, months, today(ctx));
}

export async function listMyElections(
  ctx: ServiceContext,
  principal: Principal,
  organisationId: string | undefined,
) {
  const { organisation } = await resolveImporter(ctx, principal, organisationId);
  const onDate = today(ctx);
  const months = await barMonthsOn(ctx, onDate);
  return (await repo.listElections(ctx.db, organisation.id)).map((row) =>
    presentElection(row, months, onDate),
  );
}
