import { seedApplicationsDemo } from '../applications/demo-seed';
import { seedFundsDemo } from '../funds/demo-seed';
import { seedHetaoDemo } from '../hetao/demo-seed';
import { seedRulesDemo } from '../rules/demo-seed';
import { seedScenariosDemo } from '../scenarios/demo-seed';
import { seedSpacesDemo } from '../spaces/demo-seed';
import { seedVouchersDemo } from '../vouchers/demo-seed';
import type { DemoSeedStep } from './types';

/**
 * Every module's demo data, in dependency order. A module adds `src/modules/<domain>/demo-seed.ts`
 * exporting a DemoSeedStep, and one import + one entry here.
 */
export const demoSeedSteps: DemoSeedStep[] = [
  seedHetaoDemo,
  seedRulesDemo,
  seedApplicationsDemo,
  seedVouchersDemo,
  seedSpacesDemo,
  seedScenariosDemo,
  seedFundsDemo,
];
