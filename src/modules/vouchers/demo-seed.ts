import { voucherKindValues } from '../../db/schema/vouchers';
import { chinaYearOf } from '../../shared/china-time';
import { creditCodeCheckCharacter } from '../../shared/uscc';
import type { DemoSeedStep } from '../demo/types';
import { fundVoucherPool } from './grants-service';
import { registerProvider } from './providers-service';

/** The demo provider's organisation (seeded by src/modules/demo/service.ts) and its code. */
export const DEMO_PROVIDER_CREDIT_CODE_PREFIX = '91440300MA5G2R8T1';

/**
 * Demo data for vouchers (issue #13): the demo compute provider is on the provider register
 * (compute and model), and each kind's pool for this year and the next holds a demo budget so
 * approvals can issue vouchers. NOTE: the source publishes no programme budget; these amounts
 * are demo data, and the funding reason says so.
 */
export const seedVouchersDemo: DemoSeedStep = async (ctx, principals) => {
  const provider = principals.get('provider@demo.opchub.cn');
  if (!provider) return;
  await registerProvider(ctx, {
    creditCode: `${DEMO_PROVIDER_CREDIT_CODE_PREFIX}${creditCodeCheckCharacter(DEMO_PROVIDER_CREDIT_CODE_PREFIX)}`,
    kinds: ['compute', 'model'],
    contactName: '陈算力（演示）',
    contactPhone: '0755-8888 0000',
    contactEmail: 'provider@demo.opchub.cn',
    payeeName: '深圳深算云计算服务有限公司',
    bankName: '招商银行深圳分行（演示）',
    accountNumber: '7559 0000 0000 0001',
  });
  const year = chinaYearOf(ctx.now());
  for (const kind of voucherKindValues)
    for (const poolYear of [year, year + 1])
      await fundVoucherPool(ctx, {
        kind,
        year: poolYear,
        amountFen: kind === 'compute' ? 10_000_000_000 : 2_000_000_000,
        reason: '演示数据：非真实预算 / Demo data, not a real budget',
      });
};
