import type { organisations } from '../../db/schema/people';

type OrganisationRow = typeof organisations.$inferSelect;
import type {
  VoucherContractRow,
  VoucherGrantRow,
  VoucherProviderRow,
  VoucherStatementRow,
  VoucherTransferRow,
} from './repo';

export function presentProvider(provider: VoucherProviderRow, organisation: OrganisationRow) {
  return {
    id: provider.id,
    organisationId: organisation.id,
    name: organisation.name,
    creditCode: organisation.creditCode,
    kinds: provider.kinds,
    status: provider.status,
    statusReason: provider.statusReason,
    contactName: provider.contactName,
    contactPhone: provider.contactPhone,
    contactEmail: provider.contactEmail,
    payeeName: provider.payeeName,
    bankName: provider.bankName,
    accountNumber: provider.accountNumber,
    registeredAt: provider.registeredAt.toISOString(),
  };
}

/** What the public and companies see of a provider: no bank details. */
export function presentProviderPublic(provider: VoucherProviderRow, organisation: OrganisationRow) {
  return {
    id: provider.id,
    name: organisation.name,
    creditCode: organisation.creditCode,
    kinds: provider.kinds,
    status: provider.status,
    contactName: provider.contactName,
    contactPhone: provider.contactPhone,
    contactEmail: provider.contactEmail,
  };
}

export function presentContract(
  row: VoucherContractRow,
  names: { providerName: string; companyName: string; companyCreditCode: string },
) {
  return {
    id: row.id,
    providerId: row.providerId,
    providerName: names.providerName,
    contractNumber: row.contractNumber,
    organisationId: row.organisationId,
    companyName: names.companyName,
    companyCreditCode: names.companyCreditCode,
    kind: row.kind,
    contractAmountFen: row.contractAmountFen,
    contractDate: row.contractDate,
    description: row.description,
    status: row.status,
    providerDeclaresRelated: row.providerDeclaresRelated,
    companyDeclaresRelated: row.companyDeclaresRelated,
    declineReason: row.declineReason,
    rateBp: row.rateBp,
    heldFen: row.heldFen,
    capturedFen: row.capturedFen,
    refundedFen: row.refundedFen,
    /** What the hold still reserves (0 once captured or voided). */
    holdingFen: row.status === 'held' ? row.heldFen : 0,
    invoiceNumber: row.invoiceNumber,
    deliveryProof: row.deliveryProof,
    registeredAt: row.registeredAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    heldAt: row.heldAt?.toISOString() ?? null,
    capturedAt: row.capturedAt?.toISOString() ?? null,
    voidedAt: row.voidedAt?.toISOString() ?? null,
    clauses: ['A.P9', 'A.V1'],
  };
}

export function presentGrant(grant: VoucherGrantRow, balanceFen: number, today: string) {
  return {
    id: grant.id,
    kind: grant.kind,
    amountFen: grant.amountFen,
    availableFen: balanceFen,
    applicationId: grant.applicationId,
    startup: grant.startup,
    validUntil: grant.validUntil,
    expired: grant.validUntil !== null && grant.validUntil < today,
    clauses: grant.clauses,
    issuedAt: grant.issuedAt.toISOString(),
  };
}

export function presentTransfer(row: VoucherTransferRow) {
  return {
    id: row.id,
    type: row.type,
    kind: row.kind,
    amountFen: row.amountFen,
    grantId: row.grantId,
    contractId: row.contractId,
    statementId: row.statementId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentStatement(row: VoucherStatementRow, provider: { id: string; name: string }) {
  return {
    id: row.id,
    reference: row.reference,
    providerId: provider.id,
    providerName: provider.name,
    period: row.period,
    capturedFen: row.capturedFen,
    refundedFen: row.refundedFen,
    netFen: row.netFen,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    paidAt: row.paidAt?.toISOString() ?? null,
  };
}
