/**
 * Documented examples of the providers' voucher API (issue #13 item 7, issue #18 item 10): the
 * newcomer's journey of the issue — a start-up's ¥4,000,000 compute contract, 60 % held
 * (¥2,400,000) and captured. test/vouchers-openapi.test.ts checks each against its schema.
 */
import type { OperationExamples } from '../../http/openapi';

const base = {
  id: '0b9c7c1e-5d0f-4a8e-9a51-3f7f2b9d6c10',
  providerId: '5e3b1f4a-2c7d-4e8b-8f0a-1d2c3b4a5e6f',
  providerName: '深圳深算云计算服务有限公司',
  contractNumber: 'SZC-2026-0042',
  organisationId: '7a1d9e2c-4b3f-4c5d-9e8f-0a1b2c3d4e5f',
  companyName: '深圳晓峰智能科技有限公司',
  companyCreditCode: '91440300MA5H7K2Q00',
  kind: 'compute',
  contractAmountFen: 400_000_000,
  contractDate: '2026-12-01',
  description: 'GPU training hours, December 2026',
  providerDeclaresRelated: false,
  companyDeclaresRelated: null,
  declineReason: null,
  rateBp: null,
  heldFen: 0,
  capturedFen: 0,
  refundedFen: 0,
  holdingFen: 0,
  invoiceNumber: null,
  deliveryProof: null,
  registeredAt: '2026-12-07T09:30:00.000Z',
  confirmedAt: null,
  heldAt: null,
  capturedAt: null,
  voidedAt: null,
  clauses: ['A.P9', 'A.V1'],
};

const confirmed = {
  ...base,
  status: 'confirmed',
  companyDeclaresRelated: false,
  confirmedAt: '2026-12-07T09:41:00.000Z',
};
const held = {
  ...confirmed,
  status: 'held',
  rateBp: 6000,
  heldFen: 240_000_000,
  holdingFen: 240_000_000,
  heldAt: '2026-12-07T09:45:00.000Z',
};
const captured = {
  ...held,
  status: 'captured',
  capturedFen: 240_000_000,
  holdingFen: 0,
  invoiceNumber: '44031234567890123456',
  deliveryProof: 'Delivery record DR-2026-1207-01: 12,000 GPU hours delivered',
  capturedAt: '2026-12-07T10:02:00.000Z',
};

export const registerContractExample: OperationExamples = {
  request: {
    contractNumber: 'SZC-2026-0042',
    creditCode: '91440300MA5H7K2Q00',
    kind: 'compute',
    contractAmountFen: 400_000_000,
    contractDate: '2026-12-01',
    relatedParty: false,
    description: 'GPU training hours, December 2026',
  },
  response: { ...base, status: 'awaiting_company' },
};

export const holdExample: OperationExamples = { response: held };

export const captureExample: OperationExamples = {
  request: {
    invoiceNumber: '44031234567890123456',
    deliveryProof: 'Delivery record DR-2026-1207-01: 12,000 GPU hours delivered',
  },
  response: captured,
};

export const voidExample: OperationExamples = {
  response: { ...held, status: 'voided', holdingFen: 0, voidedAt: '2026-12-07T09:50:00.000Z' },
};

export const refundExample: OperationExamples = {
  request: { amountFen: 40_000_000, reason: 'Part of the GPU hours were not delivered' },
  response: { ...captured, refundedFen: 40_000_000 },
};
