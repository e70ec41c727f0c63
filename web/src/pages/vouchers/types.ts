/** Shapes of the vouchers API (src/modules/vouchers/schema.ts), from the OpenAPI types. */
import type { ApiResponse, ApiSchema } from '../../api/openapi-client';

export type VoucherKind = ApiSchema<'VoucherKind'>;
export type Contract = ApiSchema<'VoucherContract'>;
export type ContractStatus = ApiSchema<'VoucherContractStatus'>;
export type Provider = ApiSchema<'VoucherProvider'>;
export type Statement = ApiSchema<'VoucherStatement'>;
export type StatementStatus = Statement['status'];
/** A contract with its ledger movements (the provider's view). */
export type ContractDetail = ApiResponse<'/vouchers/providers/{providerId}/contracts/{contractId}'>;
/** A company's balances per kind, grants, contracts and movements. */
export type CompanyVouchers = ApiResponse<'/vouchers/companies/{organisationId}'>;
export type Movement = CompanyVouchers['history'][number];
export type Grant = CompanyVouchers['grants'][number];
export type KindBalance = CompanyVouchers['kinds'][number];
export type StatementDetail = ApiResponse<'/vouchers/statements/{statementId}'>;
export type Pool = ApiResponse<'/vouchers/pools'>[number];
export type Overview = ApiResponse<'/vouchers/overview'>;

export const VOUCHER_KINDS: readonly VoucherKind[] = ['compute', 'model', 'corpus'];
export const CONTRACT_STATUSES: readonly ContractStatus[] = [
  'awaiting_company',
  'confirmed',
  'held',
  'captured',
  'voided',
  'declined',
];
