import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import type { DemoSeedStep } from '../demo/types';
import { saveFactProfile } from './fact-profiles-service';

/**
 * Demo fact profiles (issue #3): what two demo users have already told the platform, so the
 * navigator starts part-way and asks only the rest.
 *  - founder@demo.opchub.cn (林晓峰, 深圳晓峰智能科技有限公司): a master's graduate of 2022 who
 *    founded an AI start-up in an OPC community and plans to buy training compute. Whether they
 *    meet the youth-talent conditions, what the compute contract is worth and whether the provider
 *    is a related party are left for the navigator to ask.
 *  - importer@demo.opchub.cn (陈静怡, a science and technology private non-enterprise unit in the
 *    Hetao park): white-listed, never gave up the exemption; the goods are asked per shipment.
 * Every value is an example a demo user declares, not data about a real person or organisation.
 */
export const seedRulesDemo: DemoSeedStep = async (ctx, principals) => {
  const as = (principal: Principal): ServiceContext => ({
    ...ctx,
    actor: { accountId: principal.accountId, label: principal.email, roles: principal.roles },
  });
  const founder = principals.get('founder@demo.opchub.cn');
  if (founder)
    await saveFactProfile(as(founder), founder, {
      person: {
        hasCompany: true,
        highestDegree: 'master',
        graduationDate: '2022-07-01',
        newlyArrived: true,
        returneeFromStudyAbroad: false,
        aiAchievements: [
          {
            kind: 'open-source',
            description: '开源多模态标注工具维护者（演示）',
            evidenceUrl: 'https://example.org/demo/annotator',
          },
        ],
        talentRecognized: false,
        benefitsReceived: [],
      },
      company: {
        isAiCompany: true,
        foundedOn: '2025-03-18',
        isStartup: true,
        isSmallOrMicro: true,
        teamSize: 1,
        workspace: 'opc-community',
        plannedPurchase: { compute: { planned: true } },
        benefitsReceived: [],
      },
    });
  const importer = principals.get('importer@demo.opchub.cn');
  if (importer)
    await saveFactProfile(as(importer), importer, {
      importer: {
        entityType: 'private-non-enterprise-unit',
        registeredInSupervisedArea: true,
        scienceAndTechnologyUnit: true,
        whiteListed: true,
        waivedClasses: [],
      },
    });
};
