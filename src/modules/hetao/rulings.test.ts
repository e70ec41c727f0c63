import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { addDays, addMonths, addYears, chinaDateOf } from '../../shared/china-time';
import { registerOrganisation } from './test-support';

let server: TestServer;
let customs: TestClient;
let importer: TestClient;
let other: TestClient;
let anonymous: TestClient;
const today = () => chinaDateOf(new Date());

beforeAll(async () => {
  server = await startTestServer();
  customs = await server.signedInClient(['customs_officer']);
  importer = await server.signedInClient(['founder']);
  other = await server.signedInClient(['founder']);
  anonymous = server.client();
  await registerOrganisation(importer, '河套预裁定示例有限公司');
  await registerOrganisation(other, '另一示例有限公司');
});
afterAll(async () => {
  await server?.close();
});

describe('advance rulings (預裁定, B.N8)', () => {
  it('warns on a draft, and refuses to file, when the import is less than 3 months away', async () => {
    const planned = addMonths(today(), 2);
    const draft = await importer.post('/api/v1/hetao/rulings', {
      goods: '基质胶 Matrigel，用于类器官培养',
      proposedCode: '3504.00',
      plannedImportOn: planned,
    });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({
      status: 'draft',
      latestFilingOn: addMonths(planned, -3),
      allowedActions: ['edit', 'withdraw'],
      clauses: expect.arrayContaining(['B.N8']),
    });
    expect(draft.body.warnings[0].code).toBe('hetao.ruling_less_than_three_months');
    const filed = await importer.post(`/api/v1/hetao/rulings/${draft.body.id}/file`);
    expect(filed.status).toBe(422);
    expect(filed.body).toMatchObject({
      code: 'hetao.ruling_too_late',
      latestFilingOn: addMonths(planned, -3),
    });

    // Moving the import date out makes filing possible.
    const moved = await importer.patch(`/api/v1/hetao/rulings/${draft.body.id}`, {
      plannedImportOn: addMonths(today(), 6),
    });
    expect(moved.body.warnings).toEqual([]);
    expect(moved.body.allowedActions).toEqual(['edit', 'file', 'withdraw']);
  });

  let rulingId: string;
  const validUntil = addDays(addYears(today(), 3), -1);

  it('files with the acceptance deadline 10 days on, and goes through acceptance and decision', async () => {
    const created = await importer.post('/api/v1/hetao/rulings', {
      goods: '重组人表皮生长因子（EGF），冻干粉',
      plannedImportOn: addMonths(today(), 3),
    });
    rulingId = created.body.id;
    expect(created.body.warnings).toEqual([]);
    expect((await other.post(`/api/v1/hetao/rulings/${rulingId}/file`)).status).toBe(404);
    const filed = await importer.post(`/api/v1/hetao/rulings/${rulingId}/file`);
    expect(filed.status).toBe(200);
    expect(filed.body).toMatchObject({
      status: 'filed',
      filedOn: today(),
      acceptanceDueOn: addDays(today(), 10),
      acceptanceOverdue: false,
    });
    expect((await importer.post(`/api/v1/hetao/rulings/${rulingId}/accept`, {})).status).toBe(403);
    expect(
      (
        await customs.post(`/api/v1/hetao/rulings/${rulingId}/decide`, {
          rulingCode: '2937',
          rulingText: 'x',
          tradeSecret: false,
        })
      ).status,
    ).toBe(409);

    const queue = await customs.get('/api/v1/hetao/rulings?status=filed');
    expect(queue.body.map((ruling: { id: string }) => ruling.id)).toEqual([rulingId]);

    const accepted = await customs.post(`/api/v1/hetao/rulings/${rulingId}/accept`, {
      customsReference: '福田海关预裁定 2026-001',
    });
    expect(accepted.body).toMatchObject({ status: 'accepted', acceptanceDecidedOn: today() });

    const ruling = {
      rulingCode: '2937.19',
      rulingText: '重组人表皮生长因子按多肽激素归入 2937.19。',
      tradeSecret: false,
    };
    // A decision dated before the request was accepted, or in the future, is refused.
    for (const decidedOn of ['2026-03-02', addDays(today(), 1)]) {
      const wrong = await customs.post(`/api/v1/hetao/rulings/${rulingId}/decide`, {
        ...ruling,
        decidedOn,
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors[0].pointer).toBe('/body/decidedOn');
    }
    const decided = await customs.post(`/api/v1/hetao/rulings/${rulingId}/decide`, {
      ...ruling,
      decidedOn: today(),
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'ruled',
      rulingCode: '293719',
      decidedOn: today(),
      validUntil: validUntil,
      allowedActions: ['publish'],
    });
    // Valid for three years: the last day is the day before the third anniversary.
    expect(validUntil).toBe(addDays(addYears(today(), 3), -1));
  });

  it('publishes the decision anonymised; the applicant sees it, others see only the public copy', async () => {
    expect((await anonymous.get('/api/v1/hetao/rulings/published')).body).toEqual([]);
    const published = await customs.post(`/api/v1/hetao/rulings/${rulingId}/publish`);
    expect(published.body.status).toBe('published');
    const list = await anonymous.get('/api/v1/hetao/rulings/published');
    expect(list.body).toEqual([
      expect.objectContaining({ id: rulingId, rulingCode: '293719', validUntil }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain('河套预裁定示例');
    expect((await other.get(`/api/v1/hetao/rulings/${rulingId}`)).status).toBe(404);
    expect((await importer.get('/api/v1/hetao/rulings/mine')).body).toHaveLength(2);
    expect((await customs.post(`/api/v1/hetao/rulings/${rulingId}/withdraw`)).status).toBe(404);
    expect((await importer.post(`/api/v1/hetao/rulings/${rulingId}/withdraw`)).status).toBe(409);
  });

  it('never publishes a decision that holds trade secrets', async () => {
    const created = await importer.post('/api/v1/hetao/rulings', {
      goods: '定制培养基（配方保密）',
      plannedImportOn: addMonths(today(), 5),
    });
    const id = created.body.id;
    await importer.post(`/api/v1/hetao/rulings/${id}/file`);
    await customs.post(`/api/v1/hetao/rulings/${id}/accept`, {});
    const decided = await customs.post(`/api/v1/hetao/rulings/${id}/decide`, {
      rulingCode: '3821',
      rulingText: '归入 3821.00。',
      tradeSecret: true,
    });
    expect(decided.body.allowedActions).toEqual([]);
    const publish = await customs.post(`/api/v1/hetao/rulings/${id}/publish`);
    expect(publish.status).toBe(409);
    expect(publish.body.code).toBe('hetao.ruling_trade_secret');
  });

  it('a request customs do not accept ends there, with the reason', async () => {
    const created = await importer.post('/api/v1/hetao/rulings', {
      goods: '实验小鼠',
      plannedImportOn: addMonths(today(), 4),
    });
    await importer.post(`/api/v1/hetao/rulings/${created.body.id}/file`);
    const refused = await customs.post(`/api/v1/hetao/rulings/${created.body.id}/refuse`, {
      reason: '活动物归类明确，无需预裁定',
    });
    expect(refused.body).toMatchObject({
      status: 'not_accepted',
      notAcceptedReason: '活动物归类明确，无需预裁定',
    });
    expect((await customs.post(`/api/v1/hetao/rulings/${created.body.id}/accept`, {})).status).toBe(
      409,
    );
    expect((await importer.post(`/api/v1/hetao/rulings/${created.body.id}/withdraw`)).status).toBe(
      409,
    );
  });
});
