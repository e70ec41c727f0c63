import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client';
import { voucherKindValues, type VoucherKind } from '../../db/schema/vouchers';
import { AppError } from '../../errors/app-error';
import { addMonths, chinaDateOf, chinaYearOf } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import { parametersOn } from '../rules/parameters-service';
import { accountCodes } from './accounts';
import { formatMoney as formatFen } from '../budgets/money';
import * as repo from './repo';

/** `voucher.compute` → `compute`; null for a policy that is not a voucher. */
export function voucherKindOfPolicy(policyId: string): VoucherKind | null {
  const kind = policyId.startsWith('voucher.') ? policyId.slice('voucher.'.length) : '';
  return (voucherKindValues as readonly string[]).includes(kind) ? (kind as VoucherKind) : null;
}

/** The voucher parameters in force today (A.P9, A.V1), each null while unpublished. */
export async function voucherParameters(
  ctx: Pick<ServiceContext, 'db' | 'now'>,
  kind: VoucherKind,
) {
  const parameters = await parametersOn(ctx, chinaDateOf(ctx.now()));
  const value = (id: string) => parameters[id]?.value ?? null;
  const rateBp = value(`voucher.${kind}.rate-bp`);
  return {
    capFen: value(`voucher.${kind}.cap-fen`),
    rateBp,
    // Model and corpus vouchers have one share for everyone (A.V1 names a start-up rate only
    // for compute): a start-up gets the same share there.
    startupRateBp: value(`voucher.${kind}.startup-rate-bp`) ?? rateBp,
    /** The administrator's dated parameter; the source gives no validity (unpublished). */
    validityMonths: value('voucher.validity-months'),
  };
}

export type VoucherParameters = Awaited<ReturnType<typeof voucherParameters>>;

/**
 * The parameters of every kind, read BEFORE a transaction opens. NOTE: reading them inside one
 * would use a second connection while the transaction holds the embedded database's only one.
 */
export async function allVoucherParameters(ctx: Pick<ServiceContext, 'db' | 'now'>) {
  const entries = await Promise.all(
    voucherKindValues.map(async (kind) => [kind, await voucherParameters(ctx, kind)] as const),
  );
  return Object.fromEntries(entries) as Record<VoucherKind, VoucherParameters>;
}

export interface GrantToIssue {
  applicationId: string;
  organisationId: string;
  policyId: string;
  amountFen: number;
  startup: boolean;
  clauses: string[];
}

/**
 * Issues the voucher an approved application grants (issue #13 item 1), in the approval's
 * transaction: the company's total of the kind stays within the per-company cap (A.V1) — checked
 * under the entitlement's row lock and again by the database — and the amount moves from this
 * year's pool to the grant's own account. A pool without enough left refuses the approval, as a
 * budget line does for money benefits.
 */
export async function issueVoucherGrant(
  tx: Executor,
  ctx: ServiceContext,
  input: GrantToIssue,
  /** From {@link allVoucherParameters}, read before the transaction. */
  allParameters: Record<VoucherKind, VoucherParameters>,
) {
  const kind = voucherKindOfPolicy(input.policyId);
  if (!kind) return null;
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0)
    throw new AppError('voucher.amount_missing');
  const parameters = allParameters[kind];
  if (parameters.capFen === null) throw new AppError('voucher.cap_unpublished');
  const now = ctx.now();
  const entitlement = await repo.lockEntitlement(tx, input.organisationId, kind);
  const grantedFen = entitlement?.grantedFen ?? 0;
  if (grantedFen + input.amountFen > parameters.capFen)
    throw new AppError('voucher.cap_exceeded', {
      detail: {
        'zh-Hans': `该企业已获此类券 ${formatFen(grantedFen)}，再发 ${formatFen(input.amountFen)} 将超过每家企业上限 ${formatFen(parameters.capFen)}（A.V1）。`,
        'zh-Hant': `該企業已獲此類券 ${formatFen(grantedFen)}，再發 ${formatFen(input.amountFen)} 將超過每家企業上限 ${formatFen(parameters.capFen)}（A.V1）。`,
        en: `The company already holds ${formatFen(grantedFen)} of this voucher; ${formatFen(input.amountFen)} more would exceed the per-company cap of ${formatFen(parameters.capFen)} (A.V1).`,
      },
      extensions: {
        clause: 'A.V1',
        capFen: parameters.capFen,
        grantedFen,
        amountFen: input.amountFen,
      },
    });
  await repo.addToEntitlement(tx, {
    organisationId: input.organisationId,
    kind,
    capFen: parameters.capFen,
    amountFen: input.amountFen,
    at: now,
  });
  const year = chinaYearOf(now);
  const poolId = await repo.openAccount(tx, {
    code: accountCodes.pool(kind, year),
    type: 'pool',
    kind,
    createdAt: now,
  });
  // Locked: two approvals drawing on the same pool see each other's withdrawals.
  const pool = await repo.lockAccount(tx, poolId);
  if (pool.balanceFen < input.amountFen)
    throw new AppError('voucher.pool_insufficient', {
      extensions: { kind, year, availableFen: pool.balanceFen, amountFen: input.amountFen },
    });
  const grantId = randomUUID();
  const accountId = await repo.openAccount(tx, {
    code: accountCodes.grant(grantId),
    type: 'grant',
    kind,
    createdAt: now,
  });
  const validUntil =
    parameters.validityMonths === null
      ? null
      : addMonths(chinaDateOf(now), parameters.validityMonths);
  const grant = (await repo.insertGrant(tx, {
    id: grantId,
    organisationId: input.organisationId,
    kind,
    applicationId: input.applicationId,
    amountFen: input.amountFen,
    startup: input.startup,
    clauses: input.clauses,
    validUntil,
    accountId,
    issuedAt: now,
  }))!;
  await repo.postTransfer(tx, {
    type: 'issue',
    kind,
    debitAccountId: poolId,
    creditAccountId: accountId,
    amountFen: input.amountFen,
    grantId,
    createdAt: now,
  });
  await recordAudit(tx, ctx, {
    action: 'voucher_grant.issued',
    subjectType: 'voucher_grant',
    subjectId: grantId,
    after: {
      organisationId: input.organisationId,
      kind,
      amountFen: input.amountFen,
      applicationId: input.applicationId,
      validUntil,
      startup: input.startup,
    },
  });
  return grant;
}

/**
 * Takes back the voucher an approval issued when the approval is revoked, in the revocation's
 * transaction: the whole grant goes back to the pool it came from and out of the company's
 * total (so a later application may have it). Refused when any of it is held or spent — the
 * money is with a provider, and the revocation must not pretend otherwise.
 */
export async function revokeVoucherGrant(tx: Executor, ctx: ServiceContext, applicationId: string) {
  const grant = await repo.findGrantOfApplication(tx, applicationId);
  if (!grant) return null;
  await repo.lockEntitlement(tx, grant.organisationId, grant.kind);
  const account = await repo.lockAccount(tx, grant.accountId);
  if (account.balanceFen !== grant.amountFen)
    throw new AppError('voucher.grant_in_use', {
      extensions: {
        grantId: grant.id,
        amountFen: grant.amountFen,
        availableFen: account.balanceFen,
      },
    });
  const now = ctx.now();
  const poolId = await repo.openAccount(tx, {
    code: accountCodes.pool(grant.kind, chinaYearOf(grant.issuedAt)),
    type: 'pool',
    kind: grant.kind,
    createdAt: now,
  });
  await repo.postTransfer(tx, {
    type: 'revoke',
    kind: grant.kind,
    debitAccountId: grant.accountId,
    creditAccountId: poolId,
    amountFen: grant.amountFen,
    grantId: grant.id,
    createdAt: now,
  });
  await repo.subtractFromEntitlement(tx, {
    organisationId: grant.organisationId,
    kind: grant.kind,
    amountFen: grant.amountFen,
    at: now,
  });
  await recordAudit(tx, ctx, {
    action: 'voucher_grant.revoked',
    subjectType: 'voucher_grant',
    subjectId: grant.id,
    after: { applicationId, returnedFen: grant.amountFen },
  });
  return grant;
}

/**
 * Puts money into a kind's pool for a year (an administrator or finance officer, from the
 * budget the city allotted): a transfer from the city's funding account, audited.
 */
export async function fundVoucherPool(
  ctx: ServiceContext,
  input: { kind: VoucherKind; year: number; amountFen: number; reason: string },
) {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const fundingId = await repo.openAccount(tx, {
      code: accountCodes.funding(input.kind),
      type: 'funding',
      kind: input.kind,
      createdAt: now,
    });
    const poolId = await repo.openAccount(tx, {
      code: accountCodes.pool(input.kind, input.year),
      type: 'pool',
      kind: input.kind,
      createdAt: now,
    });
    const transfer = await repo.postTransfer(tx, {
      type: 'fund',
      kind: input.kind,
      debitAccountId: fundingId,
      creditAccountId: poolId,
      amountFen: input.amountFen,
      createdAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'voucher_pool.funded',
      subjectType: 'voucher_pool',
      subjectId: accountCodes.pool(input.kind, input.year),
      after: { amountFen: input.amountFen, reason: input.reason, transferId: transfer.id },
    });
    const pool = await repo.findAccountByCode(tx, accountCodes.pool(input.kind, input.year));
    return presentPool(pool!);
  });
}

function presentPool(account: repo.VoucherAccountRow) {
  const [, , year] = account.code.split(':');
  return { kind: account.kind, year: Number(year), availableFen: account.balanceFen };
}

/** Every pool with what is left in it. */
export async function listVoucherPools(ctx: ServiceContext) {
  const accounts = await repo.listAccountsOfType(ctx.db, ['pool']);
  return accounts.map(presentPool);
}

/**
 * Returns what expired grants still hold to this year's pool of their kind (an `expire` transfer
 * each, audited): a voucher past its validity cannot be spent. Money held for a contract stays
 * held until it is captured or voided; a void then returns it to the expired grant, and the next
 * sweep takes it back. Runs at start-up and hourly; does nothing while the validity parameter is
 * unpublished (no grant has a `valid_until`).
 */
export async function expireVoucherGrants(ctx: ServiceContext) {
  const today = chinaDateOf(ctx.now());
  const due = await repo.listExpiredGrantsWithBalance(ctx.db, today);
  let expiredFen = 0;
  for (const { grant } of due) {
    await ctx.db.transaction(async (tx) => {
      await repo.lockEntitlement(tx, grant.organisationId, grant.kind);
      const account = await repo.lockAccount(tx, grant.accountId);
      if (account.balanceFen <= 0) return;
      const now = ctx.now();
      const poolId = await repo.openAccount(tx, {
        code: accountCodes.pool(grant.kind, chinaYearOf(now)),
        type: 'pool',
        kind: grant.kind,
        createdAt: now,
      });
      await repo.postTransfer(tx, {
        type: 'expire',
        kind: grant.kind,
        debitAccountId: grant.accountId,
        creditAccountId: poolId,
        amountFen: account.balanceFen,
        grantId: grant.id,
        createdAt: now,
      });
      await repo.markGrantExpired(tx, grant.id, now);
      await recordAudit(tx, ctx, {
        action: 'voucher_grant.expired',
        subjectType: 'voucher_grant',
        subjectId: grant.id,
        after: { returnedFen: account.balanceFen, validUntil: grant.validUntil },
      });
      expiredFen += account.balanceFen;
    });
  }
  return { grants: due.length, expiredFen };
}
