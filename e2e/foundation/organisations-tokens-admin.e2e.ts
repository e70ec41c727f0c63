import { describe, expect, it } from 'vitest';
import { openJourney } from '../support/browser';
import { logIn, logOut, openMenuEntry } from '../support/session';
import { useServerAndBrowser } from '../support/server';

describe('organisations, API tokens and administration', () => {
  const env = useServerAndBrowser();

  it('a founder adds and removes a member, with confirmation and a way to change their mind', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'organisation-members');
    const { page } = journey;
    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'organisations');
    await page.getByRole('link', { name: '深圳晓峰智能科技有限公司' }).click();
    await page.getByRole('heading', { name: '深圳晓峰智能科技有限公司' }).waitFor();
    await journey.snap('organisation');

    // The founder corrects the address: an empty name is refused in the dialog, Cancel changes
    // nothing, Save shows the new address on the page.
    await page.getByRole('button', { name: '修改名称或地址' }).click();
    const dialog = page.getByRole('dialog', { name: '修改机构信息' });
    await dialog.getByTestId('organisation-name').fill('');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('此项为必填项').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: '深圳晓峰智能科技有限公司' }).waitFor();
    await page.getByRole('button', { name: '修改名称或地址' }).click();
    await dialog.locator('textarea').fill('深圳市南山区河套深港科技创新合作区 1 号');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('深圳市南山区河套深港科技创新合作区 1 号').waitFor();
    await journey.snap('organisation-address-saved');

    // Adding is inviting: the page says the same whether or not the address has an account,
    // and the invitation waits, marked pending, until it is answered (issue #11).
    const invitations = page.getByTestId('invitations');
    await page.getByTestId('member-email').fill('nobody-here@example.cn');
    await page.getByRole('button', { name: '发送邀请' }).click();
    await page.getByText('已向 nobody-here@example.cn 发送邀请').waitFor();
    await invitations
      .locator('tr', { hasText: 'nobody-here@example.cn' })
      .getByText('待接受')
      .waitFor();
    await journey.snap('invitation-pending');
    // The founder changes their mind: withdrawn, it is gone.
    await invitations
      .locator('tr', { hasText: 'nobody-here@example.cn' })
      .getByRole('button', { name: '撤回' })
      .click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '撤回' }).click();
    await page.getByText('已撤回发给 nobody-here@example.cn 的邀请').waitFor();
    await invitations.waitFor({ state: 'detached' });

    await page.getByTestId('member-email').fill('importer@demo.opchub.cn');
    await page.getByRole('button', { name: '发送邀请' }).click();
    const members = page.getByTestId('members');
    await invitations.getByText('importer@demo.opchub.cn').waitFor();
    expect(await members.getByText('importer@demo.opchub.cn').count()).toBe(0);
    await logOut(page);

    // The invitee accepts on their organisations page and becomes a member.
    await logIn(page, 'importer@demo.opchub.cn');
    await openMenuEntry(page, 'organisations');
    const received = page.getByTestId('invitations');
    await received.getByText('深圳晓峰智能科技有限公司').waitFor();
    await journey.snap('invitation-received');
    await received.getByRole('button', { name: '接受' }).click();
    await page.getByText('您已加入“深圳晓峰智能科技有限公司”').waitFor();
    await page.getByRole('link', { name: '深圳晓峰智能科技有限公司' }).waitFor();
    await logOut(page);

    await logIn(page, 'founder@demo.opchub.cn');
    await openMenuEntry(page, 'organisations');
    await page.getByRole('link', { name: '深圳晓峰智能科技有限公司' }).click();
    await members.getByText('importer@demo.opchub.cn').waitFor();
    await journey.snap('member-added');

    const row = members.locator('tr', { hasText: 'importer@demo.opchub.cn' });
    await row.getByRole('button', { name: '移除' }).click();
    const confirm = page.locator('.ant-popconfirm');
    await confirm.getByText('确定将 陈静怡 从本机构移除吗？').waitFor();
    await journey.snap('remove-confirmation');
    await confirm.getByRole('button', { name: '取消' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await members.getByText('importer@demo.opchub.cn').count()).toBe(1);

    await row.getByRole('button', { name: '移除' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '移除' }).click();
    await members.getByText('importer@demo.opchub.cn').waitFor({ state: 'detached' });
    await journey.snap('member-removed');

    // The last founder cannot leave: the server says no and the page explains. (On one's own
    // row the button says "leave", not "remove".)
    await members
      .locator('tr', { hasText: 'founder@demo.opchub.cn' })
      .getByRole('button', { name: '退出机构' })
      .click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '退出机构' }).click();
    await page.getByText('机构至少需要一位创始人').waitFor();
    await journey.snap('last-founder');

    // A taken credit code is reported on the field.
    await page.goto('/organisations/new');
    await page.getByTestId('credit-code').fill('91440300MA5H7K2Q00');
    await page.locator('#name').fill('重复登记测试');
    await page.locator('#kind').click();
    await page.locator('.ant-select-item-option[title="企业"]').click();
    await page.locator('form button[type="submit"]').click();
    await page.getByText('该统一社会信用代码已登记').waitFor();
    await journey.snap('credit-code-taken');
    // Leaving asks first; this time the user leaves.
    await page.locator('[data-nav-key="home"]').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '离开此页' }).click();
    await page.getByTestId('greeting').waitFor();

    await logOut(page);
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('a provider creates an API token, sees its secret once, uses it, and revokes it', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'api-tokens');
    const { page, context } = journey;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await logIn(page, 'provider@demo.opchub.cn');
    await openMenuEntry(page, 'api-tokens');
    await page.getByText('您还没有创建任何令牌').waitFor();
    await page.getByTestId('token-name').fill('核销系统');
    await page.getByRole('button', { name: '创建令牌' }).click();
    const secretBox = page.getByTestId('token-secret');
    await secretBox.waitFor();
    const secret = (await secretBox.textContent())!.trim();
    expect(secret.length).toBeGreaterThan(20);
    await journey.snap('secret-shown-once');
    await secretBox.locator('.ant-typography-copy').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    // The secret really works for a machine client …
    const asMachine = await fetch(`${env.server.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(asMachine.status).toBe(200);

    await page.getByTestId('token-secret-done').click();
    await secretBox.waitFor({ state: 'detached' });
    const row = page.locator('tr', { hasText: '核销系统' });
    await row.getByText('有效').waitFor();
    // … and is never shown again.
    expect(await page.content()).not.toContain(secret);
    await journey.snap('token-listed');

    await row.getByRole('button', { name: '撤销' }).click();
    await page.locator('.ant-popconfirm').getByText('确定撤销令牌“核销系统”吗？').waitFor();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '撤销' }).click();
    await row.getByText('已撤销').waitFor();
    await journey.snap('token-revoked');
    const afterRevoke = await fetch(`${env.server.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(afterRevoke.status).toBe(401);
    await logOut(page);
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });

  it('an admin filters users, grants a role, disables and re-enables an account, and checks the audit chain', async () => {
    const journey = await openJourney(env.browser, env.server.url, 'admin-users-audit');
    const { page } = journey;
    await logIn(page, 'admin@demo.opchub.cn');
    await openMenuEntry(page, 'admin-users');

    await page.getByTestId('role-filter').click();
    await page.locator('.ant-select-item-option', { hasText: '审核人员' }).click();
    await page.waitForURL((url) => url.searchParams.get('role') === 'reviewer');
    // Only the two demo reviewers remain.
    await page.waitForFunction(
      () => document.querySelectorAll('.ant-table-tbody tr.ant-table-row').length === 2,
    );
    await page.locator('.ant-table-tbody tr', { hasText: 'reviewer2@demo.opchub.cn' }).waitFor();
    await page.locator('.ant-table-tbody tr', { hasText: 'reviewer@demo.opchub.cn' }).waitFor();
    await journey.snap('filtered-reviewers');

    const row = page.locator('.ant-table-tbody tr', { hasText: 'reviewer2@demo.opchub.cn' });
    await row.getByRole('button', { name: '调整角色' }).click();
    const dialog = page.locator('.ant-modal', { hasText: 'reviewer2@demo.opchub.cn' });
    await dialog.getByLabel('财务人员').check();
    await dialog.getByText('将授予：财务人员').waitFor();
    await journey.snap('roles-dialog');
    await dialog.getByRole('button', { name: '保存' }).click();
    await row.locator('.ant-tag', { hasText: '财务人员' }).waitFor();
    await journey.snap('role-granted');

    await row.getByRole('button', { name: '停用' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByText('确定停用 reviewer2@demo.opchub.cn 吗？')
      .waitFor();
    await journey.snap('disable-confirmation');
    await page.locator('.ant-popconfirm').getByRole('button', { name: '停用' }).click();
    await row.locator('.ant-tag', { hasText: '已停用' }).waitFor();
    await row.getByRole('button', { name: '启用' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '启用' }).click();
    await row.locator('.ant-tag', { hasText: '正常' }).waitFor();
    await journey.snap('re-enabled');

    await openMenuEntry(page, 'admin-audit');
    const table = page.getByTestId('audit-table');
    await table.getByText('role.granted').waitFor();
    await page.getByTestId('verify-chain').click();
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/哈希链完整：已校验 \d+ 条记录。/);
    await journey.snap('chain-verified');

    // Older entries come in pages ("load older"), appended below.
    const rows = table.locator('.ant-table-tbody tr.ant-table-row');
    const firstPage = await rows.count();
    if (firstPage === 50) {
      await page.getByTestId('load-older').click();
      await page.waitForFunction(
        (count) => document.querySelectorAll('.ant-table-tbody tr.ant-table-row').length > count,
        firstPage,
      );
      await journey.snap('older-entries');
    } else {
      await page.getByText('已显示全部记录').waitFor();
    }

    // Filter by action prefix.
    await page.getByPlaceholder('操作前缀，如 role.').fill('account.');
    await page.getByRole('button', { name: '筛选' }).click();
    // Wait for the filtered page (until then the unfiltered one is still shown).
    await page.waitForFunction(() => {
      const tags = [
        ...document.querySelectorAll('[data-testid="audit-table"] .ant-table-tbody .ant-tag'),
      ];
      return tags.length > 0 && tags.every((tag) => tag.textContent?.startsWith('account.'));
    });
    const actions = await table
      .locator('.ant-table-tbody .ant-tag')
      .evaluateAll((tags) => tags.map((tag) => tag.textContent ?? ''));
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action.startsWith('account.')).toBe(true);
    await journey.snap('audit-filtered');
    await logOut(page);
    expect(journey.pageErrors).toEqual([]);
    await journey.context.close();
  });
});
