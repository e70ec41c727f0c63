import { resolve } from 'node:path';
import { chinaDateOf } from '../../shared/china-time';
import type { ServiceContext } from '../../shared/service-context';
import { registerAccount, type Principal } from '../accounts/service';
import { budgetYearOf, createBudgetLine } from '../budgets/service';
import type { DemoSeedStep } from '../demo/types';
import { enterParameterValue } from '../rules/parameters-service';
import { evidenceStorageFor } from './evidence-storage';
import * as applying from './applying/service';
import { uploadEvidence } from './applying/evidence';
import { decideApplication, recommendDecision } from './review/decisions';
import { listPolicySummaries } from './service';

/**
 * Demo data for applications (issue #4):
 *  - a budget line for the current year for every benefit the platform pays out (DEMO amounts);
 *  - DEMO values for the settlement-subsidy tiers, which the source (A.P2) does not publish — each
 *    entered through the rules module's parameter service with a source that says it is demo
 *    data, so the settlement-subsidy journey can be tried end to end;
 *  - three demo applicants with applications in review (awaiting the second officer), approved
 *    (waiting for finance) and sent back by screening, and a housing allowance application in
 *    review for the demo importer.
 * founder@demo.opchub.cn is left without applications so a newcomer can apply for the settlement
 * subsidy themselves (it is a one-time benefit).
 */

const DEMO_SOURCE =
  'DEMO DATA — not policy. Illustrative value entered by the demo seed so the application journey can be tried; A.P2 publishes no tier values.';

/** DEMO tier values in fen (¥100,000 / ¥60,000 / ¥30,000): made up for the demo, never policy. */
const demoTiers: [string, number][] = [
  ['talent.settlement-subsidy.tier-phd-fen', 10_000_000],
  ['talent.settlement-subsidy.tier-master-fen', 6_000_000],
  ['talent.settlement-subsidy.tier-bachelor-fen', 3_000_000],
];

const demoApplicants = [
  { email: 'applicant-a@demo.opchub.cn', displayName: '周子涵（演示）', state: 'recommended' },
  { email: 'applicant-b@demo.opchub.cn', displayName: '吴思远（演示）', state: 'approved' },
  { email: 'applicant-c@demo.opchub.cn', displayName: '郑雨桐（演示）', state: 'returned' },
] as const;

const demoPdf = Buffer.from(
  '%PDF-1.4\n% OPC Hub demo evidence — not a real document\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

function as(ctx: ServiceContext, principal: Principal): ServiceContext {
  return {
    ...ctx,
    actor: { accountId: principal.accountId, label: principal.email, roles: principal.roles },
  };
}

function principalOf(
  account: { id: string; email: string; displayName: string },
  roles: Principal['roles'],
): Principal {
  return {
    accountId: account.id,
    email: account.email,
    displayName: account.displayName,
    preferredLanguage: 'zh-Hans',
    roles,
    via: 'session',
    sessionId: null,
    tokenId: null,
    tokenPrefix: null,
  };
}

async function applyWithEvidence(
  ctx: ServiceContext,
  applicant: Principal,
  policyId: string,
  facts: Record<string, unknown>,
) {
  const asApplicant = as(ctx, applicant);
  const storage = evidenceStorageFor({ dataDir: resolve(process.env.DATA_DIR ?? './data') });
  const { application } = await applying.startApplication(asApplicant, applicant, { policyId });
  await applying.saveDraft(asApplicant, applicant, application.id, {
    version: application.version,
    facts,
    payee: {
      accountName: applicant.displayName,
      bankName: '演示银行深圳分行 (DEMO)',
      accountNumber: '6222000000000000',
    },
  });
  const detail = await applying.describeMyApplication(asApplicant, applicant, application.id);
  for (const document of detail.policy.evidence.filter((doc) => doc.required))
    await uploadEvidence(asApplicant, applicant, storage, application.id, {
      documentId: document.id,
      fileName: `demo-${document.id}.pdf`,
      bytes: demoPdf,
    });
  return applying.submitApplication(asApplicant, applicant, application.id);
}

export const seedApplicationsDemo: DemoSeedStep = async (ctx, principals) => {
  const admin = principals.get('admin@demo.opchub.cn');
  const reviewer = principals.get('reviewer@demo.opchub.cn');
  const reviewer2 = principals.get('reviewer2@demo.opchub.cn');
  const importer = principals.get('importer@demo.opchub.cn');
  if (!admin || !reviewer || !reviewer2) return;
  const asAdmin = as(ctx, admin);

  const today = chinaDateOf(ctx.now());
  for (const [parameterId, value] of demoTiers)
    await enterParameterValue(asAdmin, parameterId, {
      effectiveFrom: today,
      status: 'published',
      value,
      source: { clauses: ['A.P2'], document: DEMO_SOURCE },
      note: 'DEMO DATA — replace with the published tier value before real use.',
    });

  const year = budgetYearOf(ctx.now());
  for (const policy of await listPolicySummaries(asAdmin)) {
    if (!policy.paidByPlatform) continue;
    const totalFen = Math.max((policy.capFen ?? 10_000_000) * 10, 100_000_000);
    await createBudgetLine(asAdmin, {
      policyId: policy.id,
      year,
      totalFen,
      note: '演示预算，并非公布的数额（DEMO）',
    });
  }

  const settlementFacts = {
    person: { newlyArrived: true, highestDegree: 'master', benefitsReceived: [] },
  };
  for (const applicant of demoApplicants) {
    const account = await registerAccount(
      ctx,
      {
        email: applicant.email,
        password: 'OpcHub-Demo-2026',
        displayName: applicant.displayName,
        preferredLanguage: 'zh-Hans',
      },
      ['founder'],
    );
    const principal = principalOf(account, ['founder']);
    if (applicant.state === 'returned') {
      // Declares a degree the subsidy does not cover: screening sends it back with the reason.
      await applyWithEvidence(ctx, principal, 'talent.settlement-subsidy', {
        person: { newlyArrived: true, highestDegree: 'other', benefitsReceived: [] },
      });
      continue;
    }
    const submitted = await applyWithEvidence(
      ctx,
      principal,
      'talent.settlement-subsidy',
      settlementFacts,
    );
    if (submitted.status !== 'in_review') continue;
    await recommendDecision(as(ctx, reviewer), reviewer, submitted.id, {
      action: 'approve',
      amountFen: submitted.capFen,
      note: '演示：学历与入户材料已核对 (demo)',
    });
    if (applicant.state === 'approved')
      await decideApplication(as(ctx, reviewer2), reviewer2, submitted.id, {
        decision: 'approve',
      });
  }

  if (importer) {
    await applyWithEvidence(ctx, importer, 'housing.allowance', {
      person: { hasCompany: true, meetsYouthTalentConditions: true, benefitsReceived: [] },
    });
  }
};
