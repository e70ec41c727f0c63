import { describe, expect, it } from 'vitest';
import {
  captureExample,
  holdExample,
  refundExample,
  registerContractExample,
  voidExample,
} from './openapi-examples';
import { captureBody, contractBody, contractSchema, refundBody } from './schema';

/**
 * The providers' API examples in /api/docs (signed-in operations, so test/openapi-document.test.ts
 * does not call them anonymously): each request is one the route accepts and each answer has the
 * shape the route sends. The flow they show is walked for real by `npm run demo:vouchers`.
 */
describe('the documented voucher examples', () => {
  it('are requests the routes accept and answers of the documented shape', () => {
    expect(contractBody.safeParse(registerContractExample.request).success).toBe(true);
    expect(captureBody.safeParse(captureExample.request).success).toBe(true);
    expect(refundBody.safeParse(refundExample.request).success).toBe(true);
    for (const example of [
      registerContractExample,
      holdExample,
      captureExample,
      voidExample,
      refundExample,
    ]) {
      const parsed = contractSchema.strict().safeParse(example.response);
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it('show A.V1’s start-up share: 60 % of ¥4,000,000 held and captured', () => {
    const held = holdExample.response as { heldFen: number; rateBp: number };
    expect(held.heldFen).toBe((400_000_000 * held.rateBp) / 10_000);
    expect(held.heldFen).toBe(240_000_000);
  });
});
