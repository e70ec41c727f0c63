import type { VoucherAccountType, VoucherKind } from '../../db/schema/vouchers';

/**
 * The codes of the ledger's accounts: one place says which account holds what, so every command
 * names the same account the same way (see src/db/schema/vouchers.ts for what each type means).
 */
export const accountCodes = {
  funding: (kind: VoucherKind) => `funding:${kind}`,
  pool: (kind: VoucherKind, year: number) => `pool:${kind}:${year}`,
  grant: (grantId: string) => `grant:${grantId}`,
  held: (organisationId: string, kind: VoucherKind) => `held:${organisationId}:${kind}`,
  receivable: (providerId: string, kind: VoucherKind) => `receivable:${providerId}:${kind}`,
  settling: (kind: VoucherKind) => `settling:${kind}`,
  paid: (kind: VoucherKind) => `paid:${kind}`,
} satisfies Record<VoucherAccountType, (...args: never[]) => string>;
