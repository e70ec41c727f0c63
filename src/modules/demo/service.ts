import type { Role } from '../../db/schema/accounts';
import type { OrganisationKind } from '../../db/schema/people';
import type { ServiceContext } from '../../shared/service-context';
import { creditCodeCheckCharacter } from '../../shared/uscc';
import { countAllAccounts } from '../accounts/administration-service';
import { registerAccount } from '../accounts/service';
import { createOrganisation } from '../organisations/service';
import type { Principal } from '../accounts/service';
import { demoSeedSteps } from './steps';

/** Shared by every demo account; printed at start-up and listed in the README. */
export const DEMO_PASSWORD = 'OpcHub-Demo-2026';

export interface DemoLogin {
  email: string;
  roles: Role[];
  displayName: string;
  what: string;
}

export const demoLogins: DemoLogin[] = [
  {
    email: 'founder@demo.opchub.cn',
    roles: ['founder'],
    displayName: '林晓峰',
    what: 'AI founder with a one-person company',
  },
  {
    email: 'importer@demo.opchub.cn',
    roles: ['founder'],
    displayName: '陈静怡',
    what: 'researcher importing lab goods into Hetao',
  },
  {
    email: 'operator@demo.opchub.cn',
    roles: ['community_operator'],
    displayName: '王立群',
    what: 'OPC community operator',
  },
  {
    email: 'reviewer@demo.opchub.cn',
    roles: ['reviewer'],
    displayName: '张慧敏',
    what: 'benefit reviewer',
  },
  {
    email: 'reviewer2@demo.opchub.cn',
    roles: ['reviewer'],
    displayName: '李国栋',
    what: 'second reviewer (four eyes, appeals)',
  },
  {
    email: 'finance@demo.opchub.cn',
    roles: ['finance_officer'],
    displayName: '赵明轩',
    what: 'finance officer (budgets, payments)',
  },
  {
    email: 'customs@demo.opchub.cn',
    roles: ['customs_officer'],
    displayName: '黄嘉欣',
    what: 'Hetao customs officer',
  },
  {
    email: 'provider@demo.opchub.cn',
    roles: ['provider'],
    displayName: '深算云（演示）',
    what: 'voucher provider (contracts, holds, captures; API tokens)',
  },
  {
    email: 'whitelist@demo.opchub.cn',
    roles: ['whitelist_officer'],
    displayName: '周文博',
    what: "Hetao importers' white-list officer (Shenzhen government)",
  },
  {
    email: 'agency@demo.opchub.cn',
    roles: ['agency'],
    displayName: '吴思远',
    what: 'government department officer (scenarios, challenges)',
  },
  {
    email: 'fund@demo.opchub.cn',
    roles: ['fund'],
    displayName: '郑博远',
    what: 'industry fund staff (introductions pipeline)',
  },
  {
    email: 'admin@demo.opchub.cn',
    roles: ['admin'],
    displayName: '系统管理员',
    what: 'administrator',
  },
];

/** Valid GB 32100-2015 codes for the demo organisations (check character computed). */
function demoCreditCode(first17: string): string {
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

const demoOrganisations: {
  owner: string;
  name: string;
  kind: OrganisationKind;
  first17: string;
  address: string;
}[] = [
  {
    owner: 'founder@demo.opchub.cn',
    name: '深圳晓峰智能科技有限公司',
    kind: 'company',
    first17: '91440300MA5H7K2Q0',
    address: '深圳市南山区粤海街道OPC社区A座1203',
  },
  {
    owner: 'importer@demo.opchub.cn',
    name: '河套深港细胞生物学研究院（演示）',
    kind: 'private_non_enterprise_unit',
    first17: '52440300MJL123456',
    address: '深圳市福田区河套深港科技创新合作区深圳园区',
  },
  {
    owner: 'provider@demo.opchub.cn',
    name: '深圳深算云计算服务有限公司',
    kind: 'company',
    first17: '91440300MA5G2R8T1',
    address: '深圳市龙岗区坂田街道',
  },
  {
    owner: 'operator@demo.opchub.cn',
    name: '南山OPC社区运营有限公司',
    kind: 'company',
    first17: '91440300MA5F9P3W2',
    address: '深圳市南山区西丽街道',
  },
];

/**
 * Seeds the demo accounts, people and organisations. Does nothing when any account exists, so
 * it is safe to call on every start.
 */
export async function seedDemoData(ctx: ServiceContext): Promise<{ seeded: boolean }> {
  if ((await countAllAccounts(ctx)) > 0) return { seeded: false };
  const principals = new Map<string, Principal>();
  for (const login of demoLogins) {
    const account = await registerAccount(
      ctx,
      {
        email: login.email,
        password: DEMO_PASSWORD,
        displayName: login.displayName,
        preferredLanguage: 'zh-Hans',
      },
      login.roles,
    );
    principals.set(login.email, {
      accountId: account.id,
      email: account.email,
      displayName: account.displayName,
      preferredLanguage: account.preferredLanguage,
      roles: login.roles,
      via: 'session',
      sessionId: null,
      tokenId: null,
      tokenPrefix: null,
    });
  }
  for (const organisation of demoOrganisations) {
    const owner = principals.get(organisation.owner)!;
    await createOrganisation(
      { ...ctx, actor: { accountId: owner.accountId, label: owner.email, roles: owner.roles } },
      owner,
      {
        creditCode: demoCreditCode(organisation.first17),
        name: organisation.name,
        kind: organisation.kind,
        registeredAddress: organisation.address,
      },
    );
  }
  for (const step of demoSeedSteps) await step(ctx, principals);
  return { seeded: true };
}

/** Lines to print after seeding (and in the README). */
export function describeDemoLogins(): string[] {
  const width = Math.max(...demoLogins.map((login) => login.email.length));
  return [
    `Demo logins (password for all: ${DEMO_PASSWORD})`,
    ...demoLogins.map(
      (login) =>
        `  ${login.email.padEnd(width)}  ${login.roles.join(', ').padEnd(18)}  ${login.what}`,
    ),
  ];
}
