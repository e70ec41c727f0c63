import type { DemoSeedStep } from '../demo/types';
import { assignStaff } from './service';

/** The demo fund staff account (seeded by src/modules/demo/service.ts with the `fund` role). */
const DEMO_FUND_EMAIL = 'fund@demo.opchub.cn';

/**
 * Demo data for fund introductions (issue #17 item 4): the two funds A.P11 names are a closed
 * list in code (src/modules/funds/funds.ts), so nothing is seeded for them; the demo fund account
 * is assigned to the first, the AI and embodied-robotics industry fund, so a newcomer signed in
 * as it sees that fund's pipeline.
 */
export const seedFundsDemo: DemoSeedStep = async (ctx, principals) => {
  const staff = principals.get(DEMO_FUND_EMAIL);
  if (!staff) return;
  await assignStaff(ctx, staff.accountId, 'ai-embodied-robotics');
};
