/**
 * Residents' records and the targets over HTTP on a real database (issue #14 items 4 and 5): who
 * may declare a team and mark high growth, the unpublished definition, the public targets and
 * their export, snapshots and the projection, and the CLI's JSON.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTargetsTable, targetsJson } from '../../cli/commands/targets';
import { auditLog } from '../../db/schema/audit';
import { chinaDateOf } from '../../shared/china-time';
import { systemContext } from '../../shared/service-context';
import {
  addUnit,
  admittedApplication,
  openCommunity,
  startSpacesWorld,
  type SpacesWorld,
} from './test-support';
import { getTargets, snapshotTargets } from './targets-service';

let world: SpacesWorld;
const today = chinaDateOf(new Date());

beforeAll(async () => {
  world = await startSpacesWorld();
}, 120_000);
afterAll(async () => world?.server.close());

const figure = (body: any, id: string) =>
  body.targets.find((target: { id: string }) => target.id === id);

/** Makes the world's company a resident: a desk in an open 12,000 m² community from today. */
async function makeResident() {
  const communityId = await openCommunity(world, { grossAreaM2: 12_000 });
  const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'D-1', areaM2: 6 });
  const applicationId = await admittedApplication(world, communityId, { teamSize: 1 });
  const lease = await world.operator.post(`/api/v1/spaces/applications/${applicationId}/lease`, {
    unitId: deskId,
    startsOn: today,
    endsOn: '2027-12-31',
    monthlyRentFen: 100_000,
    monthlySubsidyFen: 50_000,
  });
  expect(lease.status, lease.text).toBe(201);
  return communityId;
}

describe('the public targets (item 5)', () => {
  it('GET /api/v1/targets needs no sign-in and gives A.T1–A.T4 with their clauses quoted', async () => {
    const response = await world.server.client().get('/api/v1/targets');
    expect(response.status, response.text).toBe(200);
    expect(response.body.date).toBe(today);
    expect(response.body.targets.map((target: { id: string }) => target.id)).toEqual([
      'A.T1',
      'A.T2',
      'A.T3',
      'A.T4',
    ]);
    expect(figure(response.body, 'A.T1')).toMatchObject({
      clause: 'A.T1',
      target: 10,
      unit: 'communities',
    });
    expect(figure(response.body, 'A.T4')).toMatchObject({ target: 500_000, unit: 'm2' });
    expect(figure(response.body, 'A.T3').quote['zh-Hans']).toBe('集聚超万名人工智能创新创业人才');
  });

  it('A.T2 is "definition unpublished" (null with the reason) before a definition is published', async () => {
    const response = await world.server.client().get('/api/v1/targets');
    expect(figure(response.body, 'A.T2')).toMatchObject({
      actual: null,
      actualReason: 'definition_unpublished',
      projection2027: null,
      projectionReason: 'definition_unpublished',
    });
    expect(response.body.highGrowthDefinition).toBeNull();
  });

  it('a bad date is a 400 problem pointing at it', async () => {
    const response = await world.server.client().get('/api/v1/targets?date=2026-13-45');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer)).toContain(
      '/query/date',
    );
  });
});

describe("residents' records and the figures they make (items 4 and 5)", () => {
  let communityId: string;
  beforeAll(async () => {
    communityId = await makeResident();
  }, 60_000);

  it('counts an open community of 12,000 m² for A.T1, one of 9,000 m² only for A.T4, a closed one for neither', async () => {
    await openCommunity(world, {
      grossAreaM2: 9_000,
      belowAreaReason: 'test',
      districtCode: 'futian',
    });
    await openCommunity(world, { grossAreaM2: 15_000, status: 'closed' });
    const response = await world.server.client().get('/api/v1/targets');
    expect(figure(response.body, 'A.T1').actual).toBe(1);
    expect(figure(response.body, 'A.T4').actual).toBe(21_000);
    expect(response.body.districts).toContainEqual(
      expect.objectContaining({
        districtCode: 'futian',
        figures: expect.objectContaining({ 'A.T4': 9_000 }),
      }),
    );
  });

  it('the company declares its team; the AI talents count for A.T3; audited', async () => {
    const declared = await world.founder.post(
      `/api/v1/spaces/residents/${world.companyId}/records`,
      {
        teamSize: 5,
        aiFounderCount: 1,
        aiStaffCount: 3,
      },
    );
    expect(declared.status, declared.text).toBe(201);
    expect(declared.body).toMatchObject({
      aiTalents: 4,
      declaredAs: 'company',
      setBy: world.founder.accountId,
    });
    const targets = await world.server.client().get('/api/v1/targets');
    expect(figure(targets.body, 'A.T3').actual).toBe(4);
    const audit = await world.server.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'space_resident.record_set'));
    expect(audit.map((row) => row.subjectId)).toContain(world.companyId);
  });

  it('the operator may correct it; the history keeps both with who set them', async () => {
    const corrected = await world.operator.post(
      `/api/v1/spaces/residents/${world.companyId}/records`,
      {
        teamSize: 6,
        aiFounderCount: 1,
        aiStaffCount: 4,
        source: '入驻登记表',
      },
    );
    expect(corrected.status, corrected.text).toBe(201);
    expect(corrected.body.declaredAs).toBe('operator');
    const resident = await world.founder.get(`/api/v1/spaces/residents/${world.companyId}`);
    expect(resident.status, resident.text).toBe(200);
    expect(resident.body.record).toMatchObject({ aiTalents: 5, declaredAs: 'operator' });
    expect(resident.body.history.records).toHaveLength(2);
  });

  it('more AI talents than the team is a 422 at the field, nothing written', async () => {
    const refused = await world.founder.post(
      `/api/v1/spaces/residents/${world.companyId}/records`,
      {
        teamSize: 2,
        aiFounderCount: 2,
        aiStaffCount: 1,
      },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].pointer).toBe('/body/aiStaffCount');
    const resident = await world.founder.get(`/api/v1/spaces/residents/${world.companyId}`);
    expect(resident.body.history.records).toHaveLength(2);
  });

  it('a founder of another company may not declare it (403), and a negative count is a 400', async () => {
    const stranger = await world.server.signedInClient(['founder']);
    const refused = await stranger.post(`/api/v1/spaces/residents/${world.companyId}/records`, {
      teamSize: 2,
      aiFounderCount: 1,
      aiStaffCount: 0,
    });
    expect(refused.status).toBe(403);
    const bad = await world.founder.post(`/api/v1/spaces/residents/${world.companyId}/records`, {
      teamSize: 2,
      aiFounderCount: -1,
      aiStaffCount: 0,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/body/aiFounderCount');
  });

  it('nobody can mark high growth before a definition is published (422)', async () => {
    const refused = await world.operator.post(
      `/api/v1/spaces/residents/${world.companyId}/high-growth-marks`,
      { highGrowth: true, evidence: 'revenue tripled' },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('space.high_growth_definition_unpublished');
  });

  it('after the administrator publishes a dated definition, the operator marks the company and A.T2 counts it', async () => {
    const published = await world.admin.post('/api/v1/targets/high-growth-definitions', {
      effectiveFrom: '2026-01-01',
      definition: { 'zh-Hans': '测试定义', 'zh-Hant': '測試定義', en: 'test definition' },
      sourceText: '测试来源',
    });
    expect(published.status, published.text).toBe(201);
    const again = await world.admin.post('/api/v1/targets/high-growth-definitions', {
      effectiveFrom: '2026-01-01',
      definition: { 'zh-Hans': '另一', 'zh-Hant': '另一', en: 'another' },
      sourceText: 'x',
    });
    expect(again.status).toBe(409);
    const founderMark = await world.founder.post(
      `/api/v1/spaces/residents/${world.companyId}/high-growth-marks`,
      { highGrowth: true, evidence: 'self-declared' },
    );
    expect(founderMark.status).toBe(403);
    const marked = await world.operator.post(
      `/api/v1/spaces/residents/${world.companyId}/high-growth-marks`,
      { highGrowth: true, evidence: 'revenue tripled' },
    );
    expect(marked.status, marked.text).toBe(201);
    expect(marked.body).toMatchObject({
      definitionId: published.body.id,
      setBy: world.operator.accountId,
    });
    const targets = await world.server.client().get('/api/v1/targets');
    expect(figure(targets.body, 'A.T2')).toMatchObject({ actual: 1, actualReason: null });
    expect(targets.body.highGrowthDefinition.sourceText).toBe('测试来源');
    void communityId;
  });

  it('snapshots give the monthly history and a projection; the CLI JSON has exactly the agreed shape', async () => {
    const ctx = systemContext(world.server.database.db, 'test');
    await snapshotTargets(ctx, '2026-10-15');
    const taken = await world.admin.post('/api/v1/targets/snapshots', {});
    expect(taken.status, taken.text).toBe(201);
    const anonymous = await world.server.client().post('/api/v1/targets/snapshots', {});
    expect([401, 403]).toContain(anonymous.status);

    const targets = await getTargets(ctx);
    const talents = targets.targets.find((target) => target.id === 'A.T3')!;
    expect(talents.history.map((point) => point.month)).toContain('2026-10');
    expect(talents.projection2027).not.toBeNull();
    expect(talents.projectionReason).toBeNull();

    const json = targetsJson(targets);
    expect(Object.keys(json)).toEqual(['date', 'targets']);
    expect(json.targets.map((target) => target.id)).toEqual(['A.T1', 'A.T2', 'A.T3', 'A.T4']);
    for (const target of json.targets)
      expect(Object.keys(target)).toEqual([
        'id',
        'clause',
        'target',
        'unit',
        'actual',
        'projection2027',
        'actualReason',
        'projectionReason',
      ]);
    const table = renderTargetsTable(targets, 'zh-Hans').join('\n');
    expect(table).toContain('A.T4');
    expect(table).toContain('集聚超万名人工智能创新创业人才');
    expect(table).toMatch(/21,000 m²/);
  });

  it('exports CSV and Excel', async () => {
    const csv = await world.server.client().get('/api/v1/targets/export?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toContain('A.T1,A.T2,A.T3,A.T4');
    const xlsx = await world.server.client().get('/api/v1/targets/export?format=xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain('.xlsx');
  });
});
