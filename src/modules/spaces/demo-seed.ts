import type { DemoSeedStep } from '../demo/types';
import { listMyOrganisations } from '../organisations/service';
import { createCommunity, createUnit } from './communities-service';

/** The demo operator (seeded by src/modules/demo/service.ts with its organisation). */
const DEMO_OPERATOR_EMAIL = 'operator@demo.opchub.cn';

/** A.S0 gives nine first-batch communities; the source names none of them. */
const FIRST_BATCH_COUNT = 9;

/**
 * Demo data for OPC communities (issue #14), every record marked `demo`:
 *
 * - the nine first-batch communities of A.S0 (「目前，深圳首批OPC社區共有9個，分布在福田、羅湖、
 *   南山各區」). The source names none of them, gives no areas and does not say which lies in
 *   which of the three districts, so each is a placeholder: name "not published", district,
 *   area, address and operator null — shown as unknown, never as a figure;
 * - one community run by the demo operator's organisation, so a newcomer signed in as the demo
 *   operator has a community to run: its desks, offices and floor are demo values (areas and
 *   seats of a made-up layout, labelled 演示), its gross area unknown, and its ladder unpublished
 *   until the operator sets one (A.S2 gives no thresholds).
 */
export const seedSpacesDemo: DemoSeedStep = async (ctx, principals) => {
  for (let number = 1; number <= FIRST_BATCH_COUNT; number += 1)
    await createCommunity(
      ctx,
      {
        names: {
          'zh-Hans': `首批OPC社区 ${number}（演示：名称未公布）`,
          'zh-Hant': `首批OPC社區 ${number}（演示：名稱未公布）`,
          en: `First-batch OPC community ${number} (demo: name not published)`,
        },
        districtCode: null,
        address: null,
        operatorOrganisationId: null,
        grossAreaM2: null,
        belowAreaReason: null,
        status: 'open',
        plannedOpeningOn: null,
        openedOn: null,
        closesOn: null,
        firstBatch: true,
        clauses: ['A.S0'],
      },
      { demo: true },
    );

  const operator = principals.get(DEMO_OPERATOR_EMAIL);
  if (!operator) return;
  const [organisation] = await listMyOrganisations(ctx, operator);
  if (!organisation) return;
  const community = await createCommunity(
    ctx,
    {
      names: {
        'zh-Hans': '南山OPC社区（演示）',
        'zh-Hant': '南山OPC社區（演示）',
        en: 'Nanshan OPC Community (demo)',
      },
      districtCode: 'nanshan',
      address: '深圳市南山区西丽街道（演示地址）',
      operatorOrganisationId: organisation.id,
      grossAreaM2: null,
      belowAreaReason: null,
      status: 'open',
      plannedOpeningOn: null,
      openedOn: null,
      closesOn: null,
      firstBatch: false,
      clauses: ['A.S1', 'A.S2', 'A.S3'],
    },
    { demo: true },
  );
  const operatorContext = {
    ...ctx,
    actor: { accountId: operator.accountId, label: operator.email, roles: operator.roles },
  };
  const units = [
    ...['D-01', 'D-02', 'D-03', 'D-04'].map((label) => ({
      kind: 'desk' as const,
      label: `演示工位 ${label}`,
      areaM2: 6,
      seats: 1,
    })),
    ...['O-01', 'O-02'].map((label) => ({
      kind: 'office' as const,
      label: `演示办公室 ${label}`,
      areaM2: 30,
      seats: 6,
    })),
    { kind: 'floor' as const, label: '演示楼层 3F', areaM2: 800, seats: 80 },
  ];
  for (const unit of units)
    await createUnit(operatorContext, operator, community.id, { ...unit, available: true });
};
