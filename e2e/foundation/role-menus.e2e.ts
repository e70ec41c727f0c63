import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/db/schema/accounts';
import { openJourney } from '../support/browser';
import { logIn, logOut, menuKeys, openMenuEntry } from '../support/session';
import { demoLogins, useServerAndBrowser } from '../support/server';

/**
 * The side menu, in order, and who must see each entry — the specification this journey checks,
 * written out here rather than derived from web/. When your area adds a menu entry, add a line:
 * 'anyone' (also signed-out visitors), 'authenticated' (every signed-in role), or the roles.
 */
const ALL: readonly Role[] = [
  'founder',
  'community_operator',
  'reviewer',
  'finance_officer',
  'customs_officer',
  'provider',
  'whitelist_officer',
  'agency',
  'fund',
  'admin',
];
const STAFF: readonly Role[] = [
  'community_operator',
  'reviewer',
  'finance_officer',
  'customs_officer',
  'whitelist_officer',
  'agency',
  'admin',
];
const menuSpec: [key: string, audience: 'anyone' | 'authenticated' | readonly Role[]][] = [
  ['home', 'anyone'],
  ['organisations', 'authenticated'],
  ['organisation-directory', STAFF],
  ['navigator', 'anyone'],
  ['targets', 'anyone'],
  ['found-for-you', ['founder']],
  ['applications', ['founder']],
  ['review', ['reviewer']],
  ['payments', ['finance_officer']],
  ['budgets', ['reviewer', 'finance_officer', 'admin']],
  ['workflow-settings', ['admin']],
  ['vouchers', ['founder']],
  ['spaces-company', ['founder']],
  ['voucher-contracts', ['provider']],
  ['voucher-overview', ['finance_officer', 'admin']],
  ['voucher-statements', ['finance_officer', 'admin']],
  ['voucher-pools', ['finance_officer', 'admin']],
  ['voucher-register', ['finance_officer', 'admin']],
  ['spaces-operate', ['community_operator', 'admin']],
  ['spaces-register', ['admin']],
  ['hetao-lookup', 'anyone'],
  ['hetao-questions', 'authenticated'],
  ['hetao-white-list-mine', ['founder']],
  ['hetao-declarations', ['founder']],
  ['hetao-ledger', ['founder']],
  ['hetao-console', ['customs_officer']],
  ['hetao-ledger-customs', ['customs_officer']],
  ['hetao-white-list-desk', ['whitelist_officer', 'customs_officer']],
  ['hetao-lists', ['customs_officer', 'admin']],
  ['hetao-tariff', ['customs_officer']],
  ['hetao-precedents', 'anyone'],
  ['hetao-white-list', 'anyone'],
  ['hetao-changelog', 'anyone'],
  ['scenarios', 'anyone'],
  ['scenarios-agency', ['agency', 'admin']],
  ['scenarios-panel', ['reviewer']],
  ['talent', ['founder']],
  ['talent-panel', ['reviewer']],
  ['talent-distribution', ['reviewer', 'agency', 'admin']],
  ['funds-company', ['founder']],
  ['funds-pipeline', ['fund']],
  ['funds-overview', ['admin']],
  ['parameters', ['admin']],
  ['targets-manage', ['admin']],
  ['matching-imports', ['admin']],
  ['matching-runs', ['admin']],
  ['matching-profiles', ['admin']],
  ['inbox', 'authenticated'],
  ['profile', 'authenticated'],
  ['api-tokens', ['provider', 'admin']],
  ['admin-users', ['admin']],
  ['admin-audit', ['admin']],
];

/** The menu a visitor with this role (null: signed out) must see. */
function expectedMenu(role: Role | null): string[] {
  return menuSpec
    .filter(([, audience]) =>
      audience === 'anyone'
        ? true
        : role === null
          ? false
          : audience === 'authenticated'
            ? ALL.includes(role)
            : audience.includes(role),
    )
    .map(([key]) => key);
}

describe('each demo role sees exactly its own menu', () => {
  const env = useServerAndBrowser();

  it('signed out: only the public entries', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'role-menu-signed-out');
    await journey.page.goto('/');
    await journey.page.getByTestId('landing-sign-in').waitFor();
    expect(await menuKeys(journey.page)).toEqual(expectedMenu(null));
    await journey.snap('landing-menu');
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  // One account per role (the second reviewer and the importer add nothing new).
  const accounts = demoLogins.filter(
    (login, index, all) => all.findIndex((other) => other.roles[0] === login.roles[0]) === index,
  );

  it.each(accounts.map((login) => [login.roles[0]!, login.email] as const))(
    '%s (%s)',
    async (role, email) => {
      const journey = await openJourney(env.browser, env.server.url, `role-menu-${role}`);
      const { page } = journey;
      await logIn(page, email);
      await journey.snap('dashboard');
      expect(await menuKeys(page)).toEqual(expectedMenu(role));
      // Roles whose modules are still to come are told plainly what works today and what is
      // coming (issue 10 item 14); the others see no such note.
      const status = page.locator(`[data-role-status="${role}"]`);
      expect(await status.count()).toBe(0);
      expect(await page.getByTestId('role-status').count()).toBe(0);

      // The dashboard's cards lead only to places in the role's menu.
      const menuPaths = await page
        .locator('a[data-nav-key]')
        .evaluateAll((links) =>
          links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
        );
      const cardPaths = await page
        .locator('a[data-card-key]')
        .evaluateAll((links) =>
          links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
        );
      for (const path of cardPaths) {
        expect(
          menuPaths.some((menuPath) => path === menuPath || path.startsWith(`${menuPath}/`)),
          `card ${path} is not in the menu`,
        ).toBe(true);
      }
      const menu = new Set(expectedMenu(role));

      // Every page in the menu opens for this role (no 403, no crash).
      for (const key of expectedMenu(role)) {
        await openMenuEntry(page, key);
        expect(await page.locator('.ant-result-403, .ant-result-500').count()).toBe(0);
        await journey.snap(`page-${key}`);
      }

      // A page outside the role's menu is refused with a way back, not shown.
      if (!menu.has('admin-users')) {
        await page.goto('/admin/users');
        await page.locator('.ant-result-403').waitFor();
        await journey.snap('forbidden-admin-page');
      }
      await logOut(page);
      expect(journey.pageErrors).toEqual([]);
      await journey.context.close();
    },
  );
});
