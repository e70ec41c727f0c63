import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { registerOrganisation } from '../hetao/test-support';

let server: TestServer;
let anonymous: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  anonymous = server.client();
});
afterAll(async () => {
  await server?.close();
});

const lookup = (
  client: TestClient,
  query: Record<string, string>,
  headers?: Record<string, string>,
) => client.get(`/api/v1/hetao/lookup?${new URLSearchParams(query)}`, headers);

describe('GET /api/v1/hetao/lookup', () => {
  it('answers anyone, without signing in, over the list version in force (the working list)', async () => {
    const response = await lookup(anonymous, { q: '基質膠' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      verdict: 'uncertain',
      script: 'zh-Hant',
      listVersion: { isWorkingList: true },
      askCustoms: { question: '基質膠', code: '350400' },
      flags: [{ kind: 'biosafety', clause: 'B.R1' }],
    });
    expect(response.body.candidates.map((c: { hsCode: string }) => c.hsCode).slice(0, 3)).toEqual([
      '350400',
      '382100',
      '382219',
    ]);
    // The list items cited are the items of the published version in the database.
    const list = await anonymous.get('/api/v1/hetao/list');
    const itemIds = list.body.items.map((item: { itemId: string }) => item.itemId);
    expect(itemIds).toContain(response.body.candidates[0].listItemId);
  });

  it('answers the other examples in their script', async () => {
    const dmem = await lookup(anonymous, { q: 'DMEM培养基' });
    expect(dmem.body).toMatchObject({ verdict: 'listed', script: 'zh-Hans' });
    expect(dmem.body.candidates[0]).toMatchObject({ hsCode: '382100', category: 'consumables' });
    const cytometer = await lookup(anonymous, { q: 'flow cytometer' });
    expect(cytometer.body).toMatchObject({ verdict: 'listed', script: 'en' });
    expect(cytometer.body.summary.en).toMatch(/9027\.50/);
    const mice = await lookup(anonymous, { q: '實驗小鼠' });
    expect(mice.body).toMatchObject({ verdict: 'listed', script: 'zh-Hant' });
  });

  it('flags goods of human or animal origin with B.R1 quoted, and says where they come from (issue 9 item 13)', async () => {
    const mouse = await lookup(anonymous, { q: '小鼠组织标本' });
    expect(mouse.status).toBe(200);
    expect(mouse.body.flags).toEqual([
      expect.objectContaining({ kind: 'biosafety', clause: 'B.R1', origin: 'animal' }),
    ]);
    expect(mouse.body.clauses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'B.R1', quote: expect.stringMatching(/人體、動物標本/) }),
      ]),
    );
    const mineral = await lookup(anonymous, { q: '礦物標本' });
    expect(mineral.body.flags).toEqual([]);
  });

  it('takes a proposed code', async () => {
    const response = await lookup(anonymous, { q: '手机', code: '8517.13' });
    expect(response.status).toBe(200);
    expect(response.body.verdict).toBe('not-listed');
    expect(response.body.candidates[0].reasons.map((r: { kind: string }) => r.kind)).toContain(
      'code',
    );
  });

  it('uses the requester’s language when the script cannot be told', async () => {
    const hant = await lookup(anonymous, { q: '小鼠' }, { 'accept-language': 'zh-HK' });
    expect(hant.body.script).toBe('zh-Hant');
    const hans = await lookup(anonymous, { q: '小鼠' });
    expect(hans.body.script).toBe('zh-Hans');
  });

  it('refuses a missing query, a bad code and unknown parameters (400 with field paths)', async () => {
    const missing = await anonymous.get('/api/v1/hetao/lookup');
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/query/q']);
    const blank = await lookup(anonymous, { q: '   ' });
    expect(blank.status).toBe(400);
    const badCode = await lookup(anonymous, { q: '培养基', code: '38A1' });
    expect(badCode.status).toBe(400);
    expect(badCode.body.errors[0]).toMatchObject({ pointer: '/query/code' });
    expect(badCode.body.errors[0].detail).toMatch(/税号应为 4–10 位数字/);
    const extra = await lookup(anonymous, { q: '培养基', verbose: '1' });
    expect(extra.status).toBe(400);
    const tooLong = await lookup(anonymous, { q: '培'.repeat(501) });
    expect(tooLong.status).toBe(400);
  });
});

describe('an officer’s answer becomes a precedent the next lookup cites (B.C1)', () => {
  it('cites the published precedent and, for the same goods, follows it', async () => {
    const customs = await server.signedInClient(['customs_officer']);
    const importer = await server.signedInClient(['founder']);
    await registerOrganisation(importer, '深圳河套类器官示例有限公司');

    const before = await lookup(anonymous, { q: 'Corning Matrigel 基质胶 356234 类器官培养' });
    expect(before.body.verdict).toBe('uncertain');

    const asked = await importer.post('/api/v1/hetao/questions', {
      description: 'Corning Matrigel 基质胶（货号 356234），用于类器官培养，是否在免税清单内？',
      proposedCode: '3504',
    });
    expect(asked.status).toBe(201);
    const list = await anonymous.get('/api/v1/hetao/list');
    const proteins = list.body.items.find((item: { itemId: string }) => item.itemId === 'WL-CO-06');
    const answered = await customs.post(`/api/v1/hetao/questions/${asked.body.id}/answer`, {
      hsCode: '3504.00',
      covered: true,
      reasoning: '基质胶为小鼠肉瘤提取的基底膜蛋白混合物，按其他蛋白质物质归 3504.00。',
      listItemId: proteins.itemId,
    });
    expect(answered.status).toBe(200);
    const published = await customs.post(`/api/v1/hetao/questions/${asked.body.id}/publish`, {});
    expect(published.status).toBe(200);

    const after = await lookup(anonymous, { q: 'Corning Matrigel 基质胶 356234 类器官培养' });
    expect(after.body.verdict).toBe('listed');
    expect(after.body.candidates[0]).toMatchObject({ hsCode: '350400', listItemId: 'WL-CO-06' });
    expect(after.body.candidates[0].reasons[0]).toMatchObject({
      kind: 'precedent',
      precedentId: published.body.precedent.id,
      reference: published.body.precedent.reference,
      covered: true,
    });
    // A shorter query about the same goods cites it too, but stays honest about the product.
    const short = await lookup(anonymous, { q: '基质胶' });
    expect(
      short.body.candidates[0].reasons.some((r: { kind: string }) => r.kind === 'precedent'),
    ).toBe(true);
  });
});
