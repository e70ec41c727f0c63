import type { VoucherKind, VoucherProviderStatus } from '../../db/schema/vouchers';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { presentProvider, presentProviderPublic } from './present';
import * as repo from './repo';

export interface ProviderInput {
  creditCode: string;
  kinds: VoucherKind[];
  contactName: string;
  contactPhone?: string | null | undefined;
  contactEmail?: string | null | undefined;
  payeeName: string;
  bankName: string;
  accountNumber: string;
}

/**
 * Registers an organisation already on the platform as a voucher provider (A.V1: vouchers are
 * redeemed at registered providers). Administrators keep the register.
 */
export async function registerProvider(ctx: ServiceContext, input: ProviderInput) {
  return ctx.db.transaction(async (tx) => {
    const organisation = await repo.findOrganisationByCreditCode(tx, input.creditCode);
    if (!organisation)
      throw new AppError('voucher.company_unknown', {
        fieldErrors: [
          {
            pointer: '/body/creditCode',
            code: 'voucher.organisation_unknown',
            detail: {
              'zh-Hans': '请先在平台上登记该机构，再登记为服务商。',
              'zh-Hant': '請先在平台上登記該機構，再登記為服務商。',
              en: 'Register the organisation on the platform first, then as a provider.',
            },
          },
        ],
      });
    const now = ctx.now();
    const provider = await repo.insertProvider(tx, {
      organisationId: organisation.id,
      kinds: [...new Set(input.kinds)],
      status: 'active',
      contactName: input.contactName,
      contactPhone: input.contactPhone ?? null,
      contactEmail: input.contactEmail ?? null,
      payeeName: input.payeeName,
      bankName: input.bankName,
      accountNumber: input.accountNumber,
      registeredBy: ctx.actor.accountId,
      registeredAt: now,
      updatedAt: now,
    });
    if (!provider) throw new AppError('voucher.provider_exists');
    await recordAudit(tx, ctx, {
      action: 'voucher_provider.registered',
      subjectType: 'voucher_provider',
      subjectId: provider.id,
      after: { organisationId: organisation.id, kinds: provider.kinds },
    });
    return presentProvider(provider, organisation);
  });
}

export interface ProviderChanges {
  kinds?: VoucherKind[] | undefined;
  status?: VoucherProviderStatus | undefined;
  statusReason?: string | null | undefined;
  contactName?: string | undefined;
  contactPhone?: string | null | undefined;
  contactEmail?: string | null | undefined;
  payeeName?: string | undefined;
  bankName?: string | undefined;
  accountNumber?: string | undefined;
}

/** Changes a provider's kinds, status (with a reason), contact or bank details; audited. */
export async function updateProvider(ctx: ServiceContext, id: string, changes: ProviderChanges) {
  return ctx.db.transaction(async (tx) => {
    const found = await repo.findProvider(tx, id);
    if (!found) throw new AppError('voucher.provider_not_found');
    const values = Object.fromEntries(
      Object.entries({
        ...changes,
        kinds: changes.kinds ? [...new Set(changes.kinds)] : undefined,
      }).filter(([, value]) => value !== undefined),
    );
    const updated = await repo.updateProvider(tx, id, { ...values, updatedAt: ctx.now() });
    await recordAudit(tx, ctx, {
      action: 'voucher_provider.updated',
      subjectType: 'voucher_provider',
      subjectId: id,
      before: { kinds: found.provider.kinds, status: found.provider.status },
      after: values,
    });
    return presentProvider(updated!, found.organisation);
  });
}

/** The whole register, with bank details (administrators and finance). */
export async function listProviders(ctx: ServiceContext) {
  const rows = await repo.listProviders(ctx.db);
  return rows.map((row) => presentProvider(row.provider, row.organisation));
}

/** The active providers, as a company choosing where to spend a voucher sees them. */
export async function listActiveProviders(ctx: ServiceContext) {
  const rows = await repo.listProviders(ctx.db);
  return rows
    .filter((row) => row.provider.status === 'active')
    .map((row) => presentProviderPublic(row.provider, row.organisation));
}

/** The providers the signed-in person works for. */
export async function listMyProviders(ctx: ServiceContext, principal: Principal) {
  const personId = await repo.findPersonIdOfAccount(ctx.db, principal.accountId);
  if (!personId) return [];
  const rows = await repo.listProvidersOfPerson(ctx.db, personId);
  return rows.map((row) => presentProvider(row.provider, row.organisation));
}

/**
 * The provider a staff member acts for, refusing anyone not a member of its organisation: an API
 * token acts for its account, so it is scoped to the providers that account works for.
 */
export async function requireProviderStaff(db: Executor, principal: Principal, providerId: string) {
  const found = await repo.findProviderForAccount(db, providerId, principal.accountId);
  if (!found) throw new AppError('voucher.provider_not_found');
  if (!found.staff) throw new AppError('voucher.not_provider_staff');
  return { provider: found.provider, organisation: found.organisation };
}
