import { queryRows, type Tx } from '../../db/client';
import type { VoucherKind } from '../../db/schema/vouchers';
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { voucherContracts } from '../../db/schema/vouchers';
import { AppError, errorCatalogue, type ErrorCode } from '../../errors/app-error';
import { chinaDateOf } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import { illegalTransition } from '../../shared/state-machine';
import type { Principal } from '../accounts/service';
import { recordVoucherCommand } from './command-log';
import { formatMoney } from '../budgets/money';
import { queueNotification } from '../notifications/service';
import { accountCodes } from './accounts';
import { allVoucherParameters } from './grants-service';
import { claimOf, runIdempotently, type IdempotentAnswer } from './idempotency';
import { presentContract } from './present';
import { requireProviderStaff } from './providers-service';
import * as repo from './repo';
import type { VoucherContractRow } from './repo';
import { listMemberAccounts } from '../organisations/service';
import {
  nextContractStatus,
  voucherContractMachine,
  type VoucherContractAction,
} from './state-machine';

export type ContractView = ReturnType<typeof presentContract>;

/** A provider's call with its idempotency key (required on every mutating provider call). */
export interface ProviderCall {
  providerId: string;
  idempotencyKey: string | undefined;
}

const A_V1 = { clause: 'A.V1' } as const;

async function presentWithNames(
  tx: Tx | ServiceContext['db'],
  row: VoucherContractRow,
  providerName?: string,
) {
  const [provider, company] = await Promise.all([
    providerName === undefined ? repo.findProvider(tx, row.providerId) : null,
    repo.findOrganisationById(tx, row.organisationId),
  ]);
  return presentContract(row, {
    providerName: providerName ?? provider?.organisation.name ?? '',
    companyName: company?.name ?? '',
    companyCreditCode: company?.creditCode ?? '',
  });
}

/**
 * Runs a provider's command: its staff only, at most once per idempotency key, in one transaction
 * with the audit row the command writes.
 */
async function providerCommand(
  ctx: ServiceContext,
  principal: Principal,
  call: ProviderCall,
  operation: string,
  request: unknown,
  work: (
    tx: Tx,
    provider: Awaited<ReturnType<typeof requireProviderStaff>>,
  ) => Promise<VoucherContractRow>,
  status = 200,
): Promise<IdempotentAnswer<ContractView>> {
  return runIdempotently(
    ctx,
    { scope: `account:${principal.accountId}`, key: call.idempotencyKey, operation, request },
    async (tx) => {
      const provider = await requireProviderStaff(tx, principal, call.providerId);
      const row = await work(tx, provider);
      return { status, body: await presentWithNames(tx, row, provider.organisation.name) };
    },
  );
}

/** The contract, locked, if it is this provider's (another provider's is "not found"). */
async function lockProviderContract(tx: Tx, providerId: string, contractId: string) {
  const row = await repo.lockContract(tx, contractId);
  if (!row || row.providerId !== providerId) throw new AppError('voucher.contract_not_found');
  return row;
}

/** What the platform owes the contract's provider for its kind (opened on first use). */
function openReceivableAccount(tx: Tx, row: VoucherContractRow, now: Date) {
  return repo.openAccount(tx, {
    code: accountCodes.receivable(row.providerId, row.kind),
    type: 'receivable',
    kind: row.kind,
    createdAt: now,
  });
}

function requireAction(row: VoucherContractRow, action: VoucherContractAction) {
  return nextContractStatus(row.status, action);
}

export interface ContractInput {
  contractNumber: string;
  creditCode: string;
  kind: VoucherKind;
  contractAmountFen: number;
  contractDate: string;
  /** The provider's declaration: is the company a related party? (true is refused, A.V1) */
  relatedParty: boolean;
  description?: string | null | undefined;
}

/**
 * A provider registers a purchase contract for a company's voucher (issue #13 item 3). Nothing is
 * held: the company must confirm it first. Refused: a provider not active or not registered for
 * the kind, an unknown company, a related party (declared, or sharing a person on record), a
 * contract date in the future, a contract number this provider already used (A.V1: one contract
 * is subsidised once).
 */
export function registerContract(
  ctx: ServiceContext,
  principal: Principal,
  call: ProviderCall,
  input: ContractInput,
) {
  return providerCommand(
    ctx,
    principal,
    call,
    `contract.register:${call.providerId}`,
    input,
    async (tx, { provider }) => {
      if (provider.status !== 'active')
        throw new AppError('voucher.provider_inactive', { extensions: A_V1 });
      if (!provider.kinds.includes(input.kind))
        throw new AppError('voucher.kind_not_offered', {
          extensions: { ...A_V1, kinds: provider.kinds },
        });
      if (input.relatedParty)
        throw new AppError('voucher.related_party', {
          extensions: { ...A_V1, declaredBy: 'provider' },
        });
      const company = await repo.findOrganisationByCreditCode(tx, input.creditCode);
      if (!company)
        throw new AppError('voucher.company_unknown', {
          fieldErrors: [
            {
              pointer: '/body/creditCode',
              code: 'voucher.company_unknown',
              detail: {
                'zh-Hans': '平台上没有该统一社会信用代码的企业：请企业先在平台登记。',
                'zh-Hant': '平台上沒有該統一社會信用代碼的企業：請企業先在平台登記。',
                en: 'No company with this code is on the platform: the company must register first.',
              },
            },
          ],
        });
      if (company.id === provider.organisationId) throw new AppError('voucher.company_is_provider');
      await refuseRelatedOnRecord(tx, company.id, provider.organisationId);
      if (input.contractDate > chinaDateOf(ctx.now()))
        throw new AppError('voucher.contract_date_future', {
          fieldErrors: [
            {
              pointer: '/body/contractDate',
              code: 'voucher.contract_date_future',
              detail: {
                'zh-Hans': '合同日期不能晚于今天。',
                'zh-Hant': '合同日期不能晚於今天。',
                en: 'The contract date cannot be later than today.',
              },
            },
          ],
        });
      const now = ctx.now();
      const row = await repo.insertContract(tx, {
        providerId: provider.id,
        contractNumber: input.contractNumber,
        organisationId: company.id,
        kind: input.kind,
        contractAmountFen: input.contractAmountFen,
        contractDate: input.contractDate,
        description: input.description ?? null,
        status: 'awaiting_company',
        providerDeclaresRelated: false,
        registeredAt: now,
        updatedAt: now,
      });
      if (!row)
        throw new AppError('voucher.contract_duplicate', {
          extensions: { ...A_V1, contractNumber: input.contractNumber },
        });
      // The company's members are told a contract awaits their confirmation (inbox and e-mail).
      const amount = formatMoney(input.contractAmountFen);
      for (const member of await listMemberAccounts(tx, company.id))
        await queueNotification(tx, ctx, {
          recipientAccountId: member.id,
          recipientEmail: member.email,
          recipientLanguage: member.preferredLanguage,
          kind: 'voucher.contract_awaiting',
          subjectType: 'voucher_contract',
          subjectId: row.id,
          title: {
            'zh-Hans': `请确认券合同 ${input.contractNumber}`,
            'zh-Hant': `請確認券合同 ${input.contractNumber}`,
            en: `Please confirm voucher contract ${input.contractNumber}`,
          },
          body: {
            'zh-Hans': `服务商登记了一份 ${amount} 的合同，使用贵企业的券抵扣部分费用。确认前不会冻结任何券额；如不认识该合同或服务商为关联方，请拒绝。`,
            'zh-Hant': `服務商登記了一份 ${amount} 的合同，使用貴企業的券抵扣部分費用。確認前不會凍結任何券額；如不認識該合同或服務商為關聯方，請拒絕。`,
            en: `A provider registered a ${amount} contract to be paid in part with your company's voucher. Nothing is held until you confirm; decline it if you do not recognise it or the provider is a related party.`,
          },
          link: '/vouchers',
        });
      await recordVoucherCommand(tx, ctx, {
        action: 'voucher_contract.registered',
        subjectType: 'voucher_contract',
        subjectId: row.id,
        after: {
          providerId: provider.id,
          organisationId: company.id,
          contractNumber: input.contractNumber,
          kind: input.kind,
          contractAmountFen: input.contractAmountFen,
        },
      });
      return row;
    },
    201,
  );
}

/** A.V1: related-party purchases are not subsidised — refused when a person is in both. */
async function refuseRelatedOnRecord(tx: Tx, companyId: string, providerOrganisationId: string) {
  const shared = await repo.countSharedPeople(tx, companyId, providerOrganisationId);
  if (shared > 0)
    throw new AppError('voucher.related_party', {
      detail: {
        'zh-Hans': '平台记录显示企业与服务商有共同的创始人或成员，属关联方采购，不予补贴（A.V1）。',
        'zh-Hant': '平台記錄顯示企業與服務商有共同的創始人或成員，屬關聯方採購，不予補貼（A.V1）。',
        en: 'The platform has a founder or member in common between the company and the provider on record: a related-party purchase is not subsidised (A.V1).',
      },
      extensions: { ...A_V1, declaredBy: 'record' },
    });
}

/** A company's contract, locked, for one of its members (anyone else: "not a member"). */
async function lockCompanyContract(tx: Tx, principal: Principal, contractId: string) {
  const row = await repo.lockContract(tx, contractId);
  if (!row) throw new AppError('voucher.contract_not_found');
  const personId = await repo.findPersonIdOfAccount(tx, principal.accountId);
  if (!personId || !(await repo.isMemberOf(tx, personId, row.organisationId)))
    throw new AppError('voucher.contract_not_found');
  return row;
}

/**
 * The company confirms a contract (and declares the provider is not a related party, A.V1):
 * only then may the provider hold part of its voucher.
 */
export async function confirmContract(
  ctx: ServiceContext,
  principal: Principal,
  contractId: string,
) {
  return ctx.db.transaction(async (tx) => {
    const row = await lockCompanyContract(tx, principal, contractId);
    const status = requireAction(row, 'confirm');
    const provider = await repo.findProvider(tx, row.providerId);
    await refuseRelatedOnRecord(tx, row.organisationId, provider!.organisation.id);
    const now = ctx.now();
    const updated = await repo.updateContract(tx, row.id, {
      status,
      companyDeclaresRelated: false,
      confirmedAt: now,
      confirmedBy: principal.accountId,
      updatedAt: now,
    });
    await recordVoucherCommand(tx, ctx, {
      action: 'voucher_contract.confirmed',
      subjectType: 'voucher_contract',
      subjectId: row.id,
      after: { companyDeclaresRelated: false },
    });
    return presentWithNames(tx, updated);
  });
}

/** The company declines a contract it does not recognise or that is with a related party. */
export async function declineContract(
  ctx: ServiceContext,
  principal: Principal,
  contractId: string,
  input: { reason: string; relatedParty?: boolean | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const row = await lockCompanyContract(tx, principal, contractId);
    const status = requireAction(row, 'decline');
    const now = ctx.now();
    const updated = await repo.updateContract(tx, row.id, {
      status,
      companyDeclaresRelated: input.relatedParty ?? null,
      declineReason: input.reason,
      updatedAt: now,
    });
    await recordVoucherCommand(tx, ctx, {
      action: 'voucher_contract.declined',
      subjectType: 'voucher_contract',
      subjectId: row.id,
      after: { reason: input.reason, relatedParty: input.relatedParty ?? null },
    });
    return presentWithNames(tx, updated);
  });
}

/** The subsidy of a contract at a share: floor(amount × bp ÷ 10,000), exact in integers. */
export function subsidyOf(contractAmountFen: number, rateBp: number): number {
  return Number((BigInt(contractAmountFen) * BigInt(rateBp)) / 10_000n);
}

/**
 * The provider places a hold for a confirmed contract: the kind's share of the contract (A.V1:
 * 50 % compute, 60 % for a start-up, 30 % model and corpus) capped by what remains of the
 * company's unexpired grants, drawn earliest expiry first. One statement: `voucher_hold`
 * (migration 0012) claims the key, checks, posts, logs and stores the answer.
 */
export async function holdContract(
  ctx: ServiceContext,
  principal: Principal,
  call: ProviderCall,
  contractId: string,
) {
  const allParameters = await allVoucherParameters(ctx);
  const rates = Object.fromEntries(
    Object.entries(allParameters).map(([kind, parameters]) => [
      kind,
      { rateBp: parameters.rateBp, startupRateBp: parameters.startupRateBp },
    ]),
  );
  const now = ctx.now();
  return providerCommandInDatabase(
    ctx,
    principal,
    call,
    `contract.hold:${contractId}`,
    {},
    'hold',
    (claim) =>
      sql`select voucher_hold(${claim.scope}, ${claim.key}, ${claim.requestHash}, ${principal.accountId}::uuid, ${call.providerId}::uuid, ${contractId}::uuid, ${JSON.stringify(rates)}::jsonb, ${now.toISOString()}::timestamptz, ${chinaDateOf(now)}::date, ${ctx.actor.label}, ${ctx.requestId ?? null}) as answer`,
  );
}

export interface CaptureInput {
  /** Defaults to the whole hold; the rest of the hold is released. */
  amountFen?: number | undefined;
  invoiceNumber: string;
  deliveryProof: string;
}

/**
 * On delivery the provider captures up to the hold, against an invoice and proof of delivery
 * (A.V1); what the capture leaves of the hold goes back to the company's grants. One statement:
 * `voucher_capture` (migration 0012).
 */
export function captureContract(
  ctx: ServiceContext,
  principal: Principal,
  call: ProviderCall,
  contractId: string,
  input: CaptureInput,
) {
  const now = ctx.now();
  return providerCommandInDatabase(
    ctx,
    principal,
    call,
    `contract.capture:${contractId}`,
    input,
    'capture',
    (claim) =>
      sql`select voucher_capture(${claim.scope}, ${claim.key}, ${claim.requestHash}, ${principal.accountId}::uuid, ${call.providerId}::uuid, ${contractId}::uuid, ${input.amountFen ?? null}::bigint, ${input.invoiceNumber}, ${input.deliveryProof}, ${now.toISOString()}::timestamptz, ${ctx.actor.label}, ${ctx.requestId ?? null}) as answer`,
  );
}

/** What `voucher_begin_provider_command` / `voucher_end_provider_command` return. */
interface DatabaseAnswer {
  replayed: boolean;
  status: number;
  body: unknown;
}

/**
 * Runs a provider command that the database does in one statement (hold and capture, the
 * redemption's hot path — see migration 0012 for why): the key checked and hashed here, claimed
 * and answered there; a refusal comes back as a problem the same as the other commands give.
 */
async function providerCommandInDatabase(
  ctx: ServiceContext,
  principal: Principal,
  call: ProviderCall,
  operation: string,
  request: unknown,
  action: 'hold' | 'capture' | 'void',
  statement: (claim: ReturnType<typeof claimOf>) => SQL,
): Promise<IdempotentAnswer<ContractView>> {
  const claim = claimOf({
    scope: `account:${principal.accountId}`,
    key: call.idempotencyKey,
    operation,
    request,
  });
  let answer: DatabaseAnswer;
  try {
    const [row] = await queryRows<{ answer: DatabaseAnswer }>(ctx.db, statement(claim));
    answer = row!.answer;
  } catch (error) {
    throw refusalOf(error, action) ?? error;
  }
  return {
    status: answer.status,
    body: storedContractAnswer(answer.body),
    replayed: answer.replayed,
  };
}

/**
 * The answer stored under a hold's or capture's key — the contract row as the command left it,
 * with the names shown — presented as the client first received it. (An answer stored before
 * migration 0012 is already presented.)
 */
export function storedContractAnswer(body: unknown): ContractView {
  const stored = body as {
    contractRow?: Record<string, unknown>;
    providerName: string;
    companyName: string;
    companyCreditCode: string;
  };
  if (stored.contractRow === undefined) return body as ContractView;
  return presentContract(rowFromJson(voucherContracts, stored.contractRow), {
    providerName: stored.providerName,
    companyName: stored.companyName,
    companyCreditCode: stored.companyCreditCode,
  });
}

/** A row of `table` from its `to_jsonb` form (column names, driver values). */
function rowFromJson<T extends PgTable>(
  table: T,
  json: Record<string, unknown>,
): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}

const COMMAND_REFUSALS = {
  already_captured: {
    'zh-Hans': '该冻结已核销过，一笔冻结只能核销一次。',
    'zh-Hant': '該凍結已核銷過，一筆凍結只能核銷一次。',
    en: 'This hold was already captured; a hold is captured once.',
  },
  not_held: {
    'zh-Hans': '尚未冻结券额，请先冻结。',
    'zh-Hant': '尚未凍結券額，請先凍結。',
    en: 'Nothing is held yet: place a hold first.',
  },
  captured_not_voidable: {
    'zh-Hans': '已核销的合同不能撤销冻结；如需退回，请办理退款。',
    'zh-Hant': '已核銷的合同不能撤銷凍結；如需退回，請辦理退款。',
    en: 'A captured contract cannot be voided; refund it instead.',
  },
} as const;

/**
 * The problem for a refusal raised by a database command (SQLSTATE VCH01: the code as message,
 * the extensions as JSON detail), or undefined for any other error.
 */
function refusalOf(error: unknown, action: 'hold' | 'capture' | 'void'): AppError | undefined {
  let cause: unknown = error;
  while (cause instanceof Error && (cause as { code?: unknown }).code !== 'VCH01')
    cause = cause.cause;
  if (!(cause instanceof Error)) return undefined;
  const code = cause.message;
  if (!(code in errorCatalogue)) return undefined;
  const extensions = JSON.parse((cause as { detail?: string }).detail ?? '{}') as Record<
    string,
    unknown
  >;
  if (code === 'voucher.invalid_transition') {
    const { from, reason } = extensions as {
      from: VoucherContractRow['status'];
      reason?: keyof typeof COMMAND_REFUSALS | null;
    };
    return reason
      ? illegalWithDetail({ status: from }, action, COMMAND_REFUSALS[reason])
      : illegalTransition(voucherContractMachine, from, action);
  }
  if (code === 'voucher.capture_exceeds_hold') {
    const { heldFen, amountFen } = extensions as { heldFen: number; amountFen: number };
    return new AppError(code, {
      detail: {
        'zh-Hans': `核销金额 ${formatMoney(amountFen)} 超过冻结金额 ${formatMoney(heldFen)}。`,
        'zh-Hant': `核銷金額 ${formatMoney(amountFen)} 超過凍結金額 ${formatMoney(heldFen)}。`,
        en: `${formatMoney(amountFen)} is more than the ${formatMoney(heldFen)} held.`,
      },
      extensions: { heldFen, amountFen },
    });
  }
  return new AppError(code as ErrorCode, Object.keys(extensions).length > 0 ? { extensions } : {});
}

function illegalWithDetail(
  row: Pick<VoucherContractRow, 'status'>,
  action: VoucherContractAction,
  detail: { 'zh-Hans': string; 'zh-Hant': string; en: string },
) {
  const refusal = illegalTransition(voucherContractMachine, row.status, action);
  return new AppError('voucher.invalid_transition', {
    detail,
    extensions: refusal.extensions ?? {},
  });
}

/**
 * The provider voids a hold it will not capture: all of it goes back to the company's grants.
 * One statement: `voucher_void` (migration 0021), as hold and capture.
 */
export function voidContract(
  ctx: ServiceContext,
  principal: Principal,
  call: ProviderCall,
  contractId: string,
) {
  const now = ctx.now();
  return providerCommandInDatabase(
    ctx,
    principal,
    call,
    `contract.void:${contractId}`,
    {},
    'void',
    (claim) =>
      sql`select voucher_void(${claim.scope}, ${claim.key}, ${claim.requestHash}, ${principal.accountId}::uuid, ${call.providerId}::uuid, ${contractId}::uuid, ${now.toISOString()}::timestamptz, ${ctx.actor.label}, ${ctx.requestId ?? null}) as answer`,
  );
}

/**
 * The provider refunds a captured contract, partly or fully, before it is settled: the amount
 * goes back to the grants it came from (the latest drawn first).
 */
export function refundContract(
  ctx: ServiceContext,
  principal: Principal,
  call: ProviderCall,
  contractId: string,
  input: { amountFen: number; reason: string },
) {
  return providerCommand(
    ctx,
    principal,
    call,
    `contract.refund:${contractId}`,
    input,
    async (tx, { provider }) => {
      const row = await lockProviderContract(tx, provider.id, contractId);
      const status = requireAction(row, 'refund');
      const refundable = row.capturedFen - row.refundedFen;
      if (input.amountFen > refundable)
        throw new AppError('voucher.refund_exceeds_capture', {
          extensions: { refundableFen: refundable, amountFen: input.amountFen },
        });
      if (await repo.isContractSettled(tx, row.id)) throw new AppError('voucher.already_settled');
      await repo.lockEntitlement(tx, row.organisationId, row.kind);
      const now = ctx.now();
      const receivableId = await openReceivableAccount(tx, row, now);
      let remaining = input.amountFen;
      const legs = (await repo.listHoldLegs(tx, row.id)).reverse();
      for (const { leg, grant } of legs) {
        if (remaining === 0) break;
        const back = Math.min(remaining, leg.capturedFen - leg.refundedFen);
        if (back <= 0) continue;
        await repo.postTransfer(tx, {
          type: 'refund',
          kind: row.kind,
          debitAccountId: receivableId,
          creditAccountId: grant.accountId,
          amountFen: back,
          grantId: grant.id,
          contractId: row.id,
          createdAt: now,
        });
        await repo.updateHoldLeg(tx, row.id, grant.id, { refundedFen: leg.refundedFen + back });
        remaining -= back;
      }
      const updated = await repo.updateContract(tx, row.id, {
        status,
        refundedFen: row.refundedFen + input.amountFen,
        updatedAt: now,
      });
      await recordVoucherCommand(tx, ctx, {
        action: 'voucher_contract.refunded',
        subjectType: 'voucher_contract',
        subjectId: row.id,
        after: { amountFen: input.amountFen, reason: input.reason },
      });
      return updated;
    },
  );
}
