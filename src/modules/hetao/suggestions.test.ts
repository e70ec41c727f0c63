import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { registerOrganisation } from './test-support';

let server: TestServer;
let customs: TestClient;
let admin: TestClient;
let alice: TestClient;
let bob: TestClient;
let carol: TestClient;
let anonymous: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  customs = await server.signedInClient(['customs_officer']);
  admin = await server.signedInClient(['admin']);
  alice = await server.signedInClient(['founder']);
  bob = await server.signedInClient(['founder']);
  carol = await server.signedInClient(['founder']);
  anonymous = server.client();
  await registerOrganisation(alice, '甲细胞研究有限公司');
  await registerOrganisation(bob, '乙生物技术有限公司');
});
afterAll(async () => {
  await server?.close();
});

describe('suggesting additions to the list (B.L3)', () => {
  let matrigelGroup: string;

  it('groups suggestions by 4-digit heading, with counts', async () => {
    expect((await anonymous.post('/api/v1/hetao/suggestions', {})).status).toBe(401);
    expect(
      (await carol.post('/api/v1/hetao/suggestions', { code: '3504', goods: 'x', reason: 'y' }))
        .status,
    ).toBe(409); // carol belongs to no organisation
    const bad = await alice.post('/api/v1/hetao/suggestions', {
      code: '35',
      goods: '',
      reason: 'y',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual([
      '/body/code',
      '/body/goods',
    ]);

    const first = await alice.post('/api/v1/hetao/suggestions', {
      code: '3504.00',
      category: 'consumables',
      goods: '基质胶（Matrigel），甲细胞研究有限公司每年进口约 200 瓶',
      reason: '类器官培养必需，清单未列明',
    });
    expect(first.status).toBe(201);
    matrigelGroup = first.body.id;
    expect(first.body).toMatchObject({
      heading: '3504',
      status: 'open',
      suggestionCount: 1,
      supporterCount: 0,
      backers: 1,
      mine: true,
      allowedActions: [],
    });
    const second = await bob.post('/api/v1/hetao/suggestions', {
      code: '35040090',
      goods: 'Laminin 521 recombinant',
      reason: 'stem-cell culture',
    });
    expect(second.body.id).toBe(matrigelGroup);
    expect(second.body).toMatchObject({ suggestionCount: 2, backers: 2 });
    const other = await bob.post('/api/v1/hetao/suggestions', {
      code: '2937',
      goods: '重组生长因子 EGF',
      reason: '细胞培养',
    });
    expect(other.body.id).not.toBe(matrigelGroup);
  });

  it('shows importers what was asked for, not who asked', async () => {
    const seenByBob = await bob.get('/api/v1/hetao/suggestions');
    const group = seenByBob.body.find(
      (candidate: { id: string }) => candidate.id === matrigelGroup,
    );
    const alices = group.suggestions.find(
      (suggestion: { code: string }) => suggestion.code === '350400',
    );
    expect(alices.goods).not.toContain('甲细胞研究');
    expect(alices.goods).toContain('Matrigel');
    expect(alices.proposer).toBeNull();
    expect(group.supporters).toBeNull();
    const seenByCustoms = await customs.get('/api/v1/hetao/suggestions');
    const full = seenByCustoms.body.find(
      (candidate: { id: string }) => candidate.id === matrigelGroup,
    );
    expect(full.suggestions[0].goods).toContain('甲细胞研究');
    expect(full.suggestions[0].proposer.organisationName).toBe('甲细胞研究有限公司');
    expect(full.allowedActions).toEqual(['pull', 'decline']);
  });

  it('lets others +1 once; proposers already count', async () => {
    const supported = await carol.post(`/api/v1/hetao/suggestion-groups/${matrigelGroup}/support`);
    expect(supported.status).toBe(200);
    expect(supported.body).toMatchObject({ supporterCount: 1, backers: 3, iSupport: true });
    const twice = await carol.post(`/api/v1/hetao/suggestion-groups/${matrigelGroup}/support`);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('hetao.already_supported');
    expect(
      (await alice.post(`/api/v1/hetao/suggestion-groups/${matrigelGroup}/support`)).status,
    ).toBe(409);
    const list = await customs.get('/api/v1/hetao/suggestions');
    // Most wanted first.
    expect(list.body[0].id).toBe(matrigelGroup);
    expect(list.body[0].supporters).toHaveLength(1);
    const mine = await alice.get('/api/v1/hetao/suggestions/mine');
    expect(mine.body.map((group: { id: string }) => group.id)).toEqual([matrigelGroup]);
  });

  let draftId: string;

  it('customs pull a group into the next draft (created from the list in force)', async () => {
    const body = {
      category: 'consumables',
      nameZhHans: '细胞培养用基底膜基质（如基质胶）',
      nameEn: 'Basement-membrane matrices for cell culture',
    };
    expect(
      (await alice.post(`/api/v1/hetao/suggestion-groups/${matrigelGroup}/pull`, body)).status,
    ).toBe(403);
    const pulled = await customs.post(
      `/api/v1/hetao/suggestion-groups/${matrigelGroup}/pull`,
      body,
    );
    expect(pulled.status).toBe(200);
    draftId = pulled.body.draft.id;
    expect(pulled.body.group).toMatchObject({
      status: 'pulled',
      pulledIntoVersionId: draftId,
      pulledItemId: 'S-3504',
    });
    const current = await anonymous.get('/api/v1/hetao/list');
    expect(pulled.body.draft).toMatchObject({ status: 'draft', basedOnVersionId: current.body.id });
    expect(pulled.body.draft.itemCount).toBe(current.body.itemCount + 1);
    const item = pulled.body.draft.items.find(
      (candidate: { itemId: string }) => candidate.itemId === 'S-3504',
    );
    expect(item).toMatchObject({
      category: 'consumables',
      regime: 'write-off',
      includes: ['350400'],
      nameZhHant: '細胞培養用基底膜基質（如基質膠）',
    });
    expect(item.notes).toMatch(/2 条建议，1 位附议/);
    const again = await customs.post(`/api/v1/hetao/suggestion-groups/${matrigelGroup}/pull`, body);
    expect(again.status).toBe(409);
  });

  it('a pulled group still gathers suggestions and support', async () => {
    const more = await carol.post('/api/v1/hetao/suggestions', {
      code: '3504',
      goods: 'x',
      reason: 'y',
    });
    expect(more.status).toBe(409); // carol has no organisation
    await registerOrganisation(carol, '丙研究院有限公司');
    const joined = await carol.post('/api/v1/hetao/suggestions', {
      code: '3504',
      goods: 'Geltrex',
      reason: 'organoids',
    });
    expect(joined.body).toMatchObject({ id: matrigelGroup, status: 'pulled', suggestionCount: 3 });
  });

  it('removing the item from the draft releases the group; discarding the draft too', async () => {
    await customs.delete(`/api/v1/hetao/list-versions/${draftId}/items/S-3504`);
    const released = (await customs.get('/api/v1/hetao/suggestions?status=open')).body.find(
      (group: { id: string }) => group.id === matrigelGroup,
    );
    expect(released).toMatchObject({ status: 'open', pulledIntoVersionId: null });

    await customs.post(`/api/v1/hetao/suggestion-groups/${matrigelGroup}/pull`, {
      category: 'consumables',
      nameZhHans: '基底膜基质',
    });
    await customs.post(`/api/v1/hetao/list-versions/${draftId}/discard`);
    const again = (await customs.get('/api/v1/hetao/suggestions')).body.find(
      (group: { id: string }) => group.id === matrigelGroup,
    );
    expect(again.status).toBe('open');
  });

  it('publishing the draft includes the group; the item is in the list in force', async () => {
    const pulled = await customs.post(`/api/v1/hetao/suggestion-groups/${matrigelGroup}/pull`, {
      category: 'consumables',
      nameZhHans: '细胞培养用基底膜基质',
      includes: ['3504'],
    });
    const published = await admin.post(
      `/api/v1/hetao/list-versions/${pulled.body.draft.id}/publish`,
    );
    expect(published.status).toBe(200);
    const group = (await alice.get('/api/v1/hetao/suggestions/mine')).body[0];
    expect(group).toMatchObject({ status: 'included', allowedActions: [] });
    const list = await anonymous.get('/api/v1/hetao/list');
    expect(list.body.items.some((item: { itemId: string }) => item.itemId === 'S-3504')).toBe(true);
    // A new suggestion for the heading starts a new group.
    const fresh = await alice.post('/api/v1/hetao/suggestions', {
      code: '3504',
      goods: 'x',
      reason: 'y',
    });
    expect(fresh.body.id).not.toBe(matrigelGroup);
  });

  it('customs can decline a group with a reason; a declined group takes no support', async () => {
    const groups = (await customs.get('/api/v1/hetao/suggestions?status=open')).body;
    const growthFactors = groups.find((group: { heading: string }) => group.heading === '2937');
    expect(
      (
        await bob.post(`/api/v1/hetao/suggestion-groups/${growthFactors.id}/decline`, {
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    const declined = await customs.post(
      `/api/v1/hetao/suggestion-groups/${growthFactors.id}/decline`,
      {
        reason: '已在清单第 X 项内，无需增列',
      },
    );
    expect(declined.body).toMatchObject({
      status: 'declined',
      decisionNote: '已在清单第 X 项内，无需增列',
    });
    const support = await alice.post(`/api/v1/hetao/suggestion-groups/${growthFactors.id}/support`);
    expect(support.status).toBe(409);
    expect(support.body.code).toBe('hetao.illegal_transition');
    expect(
      (
        await customs.post(`/api/v1/hetao/suggestion-groups/${growthFactors.id}/pull`, {
          category: 'consumables',
          nameZhHans: 'x',
        })
      ).status,
    ).toBe(409);
  });
});
