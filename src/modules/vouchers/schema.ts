import { z } from 'zod';
import {
  voucherContractStatusValues,
  voucherKindValues,
  voucherProviderStatusValues,
  voucherStatementStatusValues,
  voucherTransferTypeValues,
} from '../../db/schema/vouchers';
import { cursorParam, nextCursorField } from '../../shared/keyset';
import { visibleText } from '../../shared/visible-text';
import { creditCodeSchema } from '../organisations/schema';

export const voucherKindSchema = z.enum(voucherKindValues).meta({
  id: 'VoucherKind',
  description: 'compute (训力券), model (模型券) or corpus (语料券) — A.P9',
});
const contractStatusSchema = z
  .enum(voucherContractStatusValues)
  .meta({ id: 'VoucherContractStatus' });

/** Money in fen: a positive whole number (¥1 = 100 fen), at most ¥10,000,000,000. */
export const positiveFen = z
  .number()
  .int('money.whole_fen')
  .positive('money.positive')
  .max(1_000_000_000_000);

const shortText = (max: number) => visibleText(z.string().trim().min(1, 'text.required').max(max));

export const idempotencyHeaders = z.object({
  'idempotency-key': z.string().min(1).max(255).meta({
    description:
      'Required on every mutating provider call. A retry with the same key and body returns the first answer (header `Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept at least 24 hours.',
  }),
});

export const providerParams = z.strictObject({ providerId: z.uuid() });
export const providerContractParams = z.strictObject({
  providerId: z.uuid(),
  contractId: z.uuid(),
});
export const contractParams = z.strictObject({ contractId: z.uuid() });
export const organisationParams = z.strictObject({ organisationId: z.uuid() });
export const statementParams = z.strictObject({ statementId: z.uuid() });
export const providerStatementParams = z.strictObject({
  providerId: z.uuid(),
  statementId: z.uuid(),
});

export const providerBody = z.strictObject({
  creditCode: creditCodeSchema,
  kinds: z.array(voucherKindSchema).min(1),
  contactName: shortText(100),
  contactPhone: shortText(40).nullish(),
  contactEmail: z.email().nullish(),
  payeeName: shortText(200),
  bankName: shortText(200),
  accountNumber: z.string().regex(/^[0-9 -]{6,40}$/, 'bank.account_number'),
});

export const providerChangesBody = z.strictObject({
  kinds: z.array(voucherKindSchema).min(1).optional(),
  status: z.enum(voucherProviderStatusValues).optional(),
  statusReason: shortText(500).nullish(),
  contactName: shortText(100).optional(),
  contactPhone: shortText(40).nullish(),
  contactEmail: z.email().nullish(),
  payeeName: shortText(200).optional(),
  bankName: shortText(200).optional(),
  accountNumber: z
    .string()
    .regex(/^[0-9 -]{6,40}$/, 'bank.account_number')
    .optional(),
});

export const providerSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    name: z.string(),
    creditCode: z.string(),
    kinds: z.array(voucherKindSchema),
    status: z.enum(voucherProviderStatusValues),
    statusReason: z.string().nullable(),
    contactName: z.string(),
    contactPhone: z.string().nullable(),
    contactEmail: z.string().nullable(),
    payeeName: z.string(),
    bankName: z.string(),
    accountNumber: z.string(),
    registeredAt: z.string(),
  })
  .meta({ id: 'VoucherProvider' });

export const publicProviderSchema = providerSchema
  .pick({
    id: true,
    name: true,
    creditCode: true,
    kinds: true,
    status: true,
    contactName: true,
    contactPhone: true,
    contactEmail: true,
  })
  .meta({ id: 'VoucherProviderPublic' });

export const contractBody = z.strictObject({
  contractNumber: shortText(100),
  creditCode: creditCodeSchema.meta({ description: "The company's unified social credit code" }),
  kind: voucherKindSchema,
  contractAmountFen: positiveFen,
  contractDate: z.iso.date(),
  relatedParty: z.boolean().meta({
    description:
      'The provider declares whether the company is a related party (true is refused, A.V1)',
  }),
  description: shortText(500).nullish(),
});

export const captureBody = z.strictObject({
  amountFen: positiveFen.optional().meta({ description: 'Defaults to the whole hold' }),
  invoiceNumber: shortText(100),
  deliveryProof: shortText(1000).meta({
    description: 'Proof of delivery (A.V1): a reference or description of the delivery record',
  }),
});

export const refundBody = z.strictObject({
  amountFen: positiveFen,
  reason: shortText(500),
});

export const emptyCommandBody = z.strictObject({}).nullish();

export const confirmBody = z.strictObject({
  relatedParty: z.literal(false).meta({
    description:
      'The company declares the provider is not a related party (A.V1); a related party is declined instead',
  }),
});

export const declineBody = z.strictObject({
  reason: shortText(500),
  relatedParty: z.boolean().optional(),
});

const transferSchema = z.object({
  id: z.uuid(),
  type: z.enum(voucherTransferTypeValues),
  kind: voucherKindSchema,
  amountFen: z.number().int(),
  grantId: z.uuid().nullable(),
  contractId: z.uuid().nullable(),
  statementId: z.uuid().nullable(),
  createdAt: z.string(),
});

export const contractSchema = z
  .object({
    id: z.uuid(),
    providerId: z.uuid(),
    providerName: z.string(),
    contractNumber: z.string(),
    organisationId: z.uuid(),
    companyName: z.string(),
    companyCreditCode: z.string(),
    kind: voucherKindSchema,
    contractAmountFen: z.number().int(),
    contractDate: z.string(),
    description: z.string().nullable(),
    status: contractStatusSchema,
    providerDeclaresRelated: z.boolean(),
    companyDeclaresRelated: z.boolean().nullable(),
    declineReason: z.string().nullable(),
    rateBp: z.number().int().nullable(),
    heldFen: z.number().int(),
    capturedFen: z.number().int(),
    refundedFen: z.number().int(),
    holdingFen: z.number().int(),
    invoiceNumber: z.string().nullable(),
    deliveryProof: z.string().nullable(),
    registeredAt: z.string(),
    confirmedAt: z.string().nullable(),
    heldAt: z.string().nullable(),
    capturedAt: z.string().nullable(),
    voidedAt: z.string().nullable(),
    clauses: z.array(z.string()),
  })
  .meta({ id: 'VoucherContract' });

export const contractDetailSchema = contractSchema.extend({ movements: z.array(transferSchema) });

export const contractPageQuery = z.strictObject({
  cursor: cursorParam,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  status: contractStatusSchema.optional(),
});

export const contractPageSchema = z.object({
  items: z.array(contractSchema),
  nextCursor: nextCursorField,
});

const grantSchema = z.object({
  id: z.uuid(),
  kind: voucherKindSchema,
  amountFen: z.number().int(),
  availableFen: z.number().int(),
  applicationId: z.uuid().nullable(),
  startup: z.boolean(),
  validUntil: z.string().nullable(),
  expired: z.boolean(),
  clauses: z.array(z.string()),
  issuedAt: z.string(),
});

export const companyVouchersSchema = z.object({
  organisationId: z.uuid(),
  companyName: z.string(),
  kinds: z.array(
    z.object({
      kind: voucherKindSchema,
      capFen: z.number().int().nullable(),
      grantedFen: z.number().int(),
      availableFen: z.number().int(),
      expiredFen: z.number().int(),
      heldFen: z.number().int(),
      capturedFen: z.number().int(),
      rateBp: z.number().int().nullable(),
      startupRateBp: z.number().int().nullable(),
    }),
  ),
  grants: z.array(grantSchema),
  contracts: z.array(contractSchema),
  history: z.array(transferSchema),
});

export const poolSchema = z.object({
  kind: voucherKindSchema,
  year: z.number().int(),
  availableFen: z.number().int(),
});

export const poolParams = z.strictObject({
  kind: voucherKindSchema,
  year: z.coerce.number().int().min(2026).max(2100),
});

export const fundPoolBody = z.strictObject({
  amountFen: positiveFen,
  reason: shortText(500),
});

export const statementSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    providerId: z.uuid(),
    providerName: z.string(),
    period: z.string(),
    capturedFen: z.number().int(),
    refundedFen: z.number().int(),
    netFen: z.number().int(),
    status: z.enum(voucherStatementStatusValues),
    createdAt: z.string(),
    paidAt: z.string().nullable(),
  })
  .meta({ id: 'VoucherStatement' });

export const statementDetailSchema = statementSchema.extend({
  lines: z.array(
    transferSchema.extend({
      contractNumber: z.string(),
      companyName: z.string(),
      companyCreditCode: z.string(),
      invoiceNumber: z.string().nullable(),
    }),
  ),
  reconciled: z.boolean(),
});

export const issueStatementsBody = z.strictObject({
  /** A month (`2026-11`) or a quarter (`2026-Q4`): statements are monthly unless finance settles a quarter. */
  period: z.string().regex(/^20\d\d-(0[1-9]|1[0-2]|Q[1-4])$/, 'period.format'),
  providerId: z.uuid().optional(),
});

export const statementListQuery = z.strictObject({
  status: z.enum(voucherStatementStatusValues).optional(),
  providerId: z.uuid().optional(),
});

export const exportQuery = z.strictObject({ format: z.enum(['csv', 'xlsx']).default('csv') });

export const overviewQuery = z.strictObject({
  year: z.coerce.number().int().min(2026).max(2100).optional(),
});

export const overviewSchema = z.object({
  /** The voucher commands' audit rows and their seals in the audit chain. */
  commandLog: z.object({
    rows: z.number().int(),
    sealedThrough: z.number().int(),
    unsealed: z.number().int(),
    seals: z.number().int(),
    brokenSeals: z.array(z.object({ fromSeq: z.number().int(), toSeq: z.number().int() })),
  }),
  year: z.number().int(),
  currentMonth: z.string(),
  series: z.array(
    z.object({
      kind: voucherKindSchema,
      months: z.array(
        z.object({
          month: z.string(),
          issuedFen: z.number().int(),
          heldFen: z.number().int(),
          capturedFen: z.number().int(),
          settledFen: z.number().int(),
          paidFen: z.number().int(),
        }),
      ),
    }),
  ),
  ledger: z.object({
    accounts: z.number().int(),
    transfers: z.number().int(),
    balanceSumFen: z.number().int(),
    negativeAccounts: z.number().int(),
    mismatchedAccounts: z.array(
      z.object({ code: z.string(), balanceFen: z.number(), entriesFen: z.number() }),
    ),
    balanced: z.boolean(),
  }),
});
