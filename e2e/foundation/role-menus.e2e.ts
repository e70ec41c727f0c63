import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/db/schema/accounts';
import { launchBrowser, openJourney, type Browser } from '../support/browser';
import { logIn, logOut, menuKeys, openMenuEntry } from '../support/session';
import { demoLogins, startE2eServer } from '../support/server';

/**
 * What each role's side menu must show, in order — the specification this journey checks, so
 * it is written out here rather than derived from web/. When your area adds a menu entry, add
 * its `nav.key` to the roles that should see it (in menu order).
 */
const expectedMenus: Record<Role, string[]> = {
  founder: ['home', 'organisations', 'applications', 'inbox', 'profile'],
  community_operator: ['home', 'organisations', 'organisation-directory', 'inbox', 'profile'],
  reviewer: [
    'home',
    'organisations',
    'organisation-directory',
    'review',
    'budgets',
    'inbox',
    'profile',
  ],
  finance_officer: [
    'home',
    'organisations',
    'organisation-directory',
    'payments',
    'budgets',
    'inbox',
    'profile',
  ],
  customs_officer: ['home', 'organisations', 'organisation-directory', 'inbox', 'profile'],
  provider: ['home', 'organisations', 'inbox', 'profile', 'api-tokens'],
  admin: [
    'home',
    'organisations',
    'organisation-directory',
    'budgets',
    'workflow-settings',
    'inbox',
    'profile',
    'api-tokens',
    'admin-users',
    'admin-audit',
  ],
};

describe('each demo role sees exactly its own menu', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // One account per role (the second reviewer and the importer add nothing new).
  const accounts = demoLogins.filter(
    (login, index, all) => all.findIndex((other) => other.roles[0] === login.roles[0]) === index,
  );

  it.each(accounts.map((login) => [login.roles[0]!, login.email] as const))(
    '%s (%s)',
    async (role, email) => {
      const journey = await openJourney(browser, server.url, `role-menu-${role}`);
      const { page } = journey;
      await logIn(page, email);
      await journey.snap('dashboard');
      expect(await menuKeys(page)).toEqual(expectedMenus[role]);

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
      const menu = new Set(expectedMenus[role]);

      // Every page in the menu opens for this role (no 403, no crash).
      for (const key of expectedMenus[role]) {
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
