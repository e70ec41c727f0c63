import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUnit,
  admittedApplication,
  createOrganisationAs,
  openCommunity,
  startSpacesWorld,
  type SignedIn,
  type SpacesWorld,
} from '../spaces/test-support';

/** Fund introductions (issue #17 item 4; A.P11) through the HTTP API, on a real database. */

let world: SpacesWorld;
let roboticsStaff: SignedIn;
let terminalStaff: SignedIn;
let unassignedStaff: SignedIn;
let communityId: string;

beforeAll(async () => {
  world = await startSpacesWorld();
  roboticsStaff = await world.server.signedInClient(['fund']);
  terminalStaff = await world.server.signedInClient(['fund']);
  unassignedStaff = await world.server.signedInClient(['fund']);
  communityId = await openCommunity(world);
  const deskId = await addUnit(world, communityId, { kind: 'desk', label: 'D1', areaM2: 6 });
  const applicationId = await admittedApplication(world, communityId, { teamSize: 1 });
  const lease = await world.operator.post(`/api/v1/spaces/applications/${applicationId}/lease`, {
    unitId: deskId,
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    monthlyRentFen: 100_000,
    monthlySubsidyFen: 60_000,
  });
  expect(lease.status, lease.text).toBe(201);
});
afterAll(async () => world?.server.close());

describe('the two funds and their staff', () => {
  it('lists the two funds A.P11 names, in three scripts', async () => {
    const listed = await world.server.client().get('/api/v1/funds');
    expect(listed.status).toBe(200);
    expect(
      listed.body.map((fund: { names: { 'zh-Hans': string } }) => fund.names['zh-Hans']),
    ).toEqual(['人工智能与具身机器人产业基金', '人工智能终端产业投资基金']);
  });

  it('an administrator assigns fund-role accounts to one fund; a non-fund account is refused (422)', async () => {
    const one = await world.admin.put(`/api/v1/funds/staff/${roboticsStaff.accountId}`, {
      fund: 'ai-embodied-robotics',
    });
    expect(one.status, one.text).toBe(200);
    const two = await world.admin.put(`/api/v1/funds/staff/${terminalStaff.accountId}`, {
      fund: 'ai-terminal',
    });
    expect(two.status).toBe(200);
    const notFund = await world.admin.put(`/api/v1/funds/staff/${world.founder.accountId}`, {
      fund: 'ai-terminal',
    });
    expect(notFund.status).toBe(422);
    const byFounder = await world.founder.put(`/api/v1/funds/staff/${world.founder.accountId}`, {
      fund: 'ai-terminal',
    });
    expect(byFounder.status).toBe(403);
    const unassigned = await unassignedStaff.get('/api/v1/funds/pipeline');
    expect(unassigned.status).toBe(403);
    expect(unassigned.body.code).toBe('fund.staff_unassigned');
  });
});

describe('requesting an introduction (A.P11)', () => {
  it('refuses a company not marked high-growth (422 naming A.P11)', async () => {
    const refused = await world.founder.post('/api/v1/funds/introductions', {
      organisationId: world.companyId,
      fund: 'ai-embodied-robotics',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('fund.company_not_eligible');
    expect(JSON.stringify(refused.body)).toContain('A.P11');
  });

  it('refuses a company with no lease in an OPC community (422), and a non-member (403)', async () => {
    const other = await world.server.signedInClient(['founder']);
    const otherCompany = await createOrganisationAs(other, '未入驻公司');
    const refused = await other.post('/api/v1/funds/introductions', {
      organisationId: otherCompany,
      fund: 'ai-terminal',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors.length).toBe(2);
    const notMember = await other.post('/api/v1/funds/introductions', {
      organisationId: world.companyId,
      fund: 'ai-terminal',
    });
    expect(notMember.status).toBe(403);
  });

  it('a high-growth resident asks; the fund sees its profile; the other fund gets 404', async () => {
    const definition = await world.admin.post('/api/v1/targets/high-growth-definitions', {
      effectiveFrom: '2026-01-01',
      definition: { 'zh-Hans': '测试定义', 'zh-Hant': '測試定義', en: 'test definition' },
      sourceText: '测试来源',
    });
    expect(definition.status, definition.text).toBe(201);
    const marked = await world.operator.post(
      `/api/v1/spaces/residents/${world.companyId}/high-growth-marks`,
      { highGrowth: true, evidence: 'revenue tripled in 2026' },
    );
    expect(marked.status, marked.text).toBe(201);

    const asked = await world.founder.post('/api/v1/funds/introductions', {
      organisationId: world.companyId,
      fund: 'ai-embodied-robotics',
      note: 'Seed round, ¥3m',
    });
    expect(asked.status, asked.text).toBe(201);
    expect(asked.body.stage).toBe('introduced');
    expect(asked.body.communityId).toBe(communityId);
    expect(asked.body.profile).toMatchObject({
      name: '测试一人公司',
      highGrowth: { evidence: 'revenue tripled in 2026' },
      community: { id: communityId },
      benefitsWon: null,
      challengeResults: null,
    });
    const id = asked.body.id as string;

    const again = await world.founder.post('/api/v1/funds/introductions', {
      organisationId: world.companyId,
      fund: 'ai-embodied-robotics',
    });
    expect(again.status).toBe(409);

    const pipeline = await roboticsStaff.get('/api/v1/funds/pipeline');
    expect(pipeline.body.map((row: { id: string }) => row.id)).toEqual([id]);
    const otherPipeline = await terminalStaff.get('/api/v1/funds/pipeline');
    expect(otherPipeline.body).toEqual([]);
    const otherRead = await terminalStaff.get(`/api/v1/funds/introductions/${id}`);
    expect(otherRead.status).toBe(404);
    const otherMove = await terminalStaff.post(`/api/v1/funds/introductions/${id}/stage`, {
      stage: 'meeting',
      reason: 'x',
    });
    expect(otherMove.status).toBe(404);
    const stranger = await world.server.signedInClient(['founder']);
    expect((await stranger.get(`/api/v1/funds/introductions/${id}`)).status).toBe(404);

    const inbox = await roboticsStaff.get('/api/v1/notifications');
    expect(JSON.stringify(inbox.body)).toContain('fund.introduction_requested');
  });

  it('the fund moves it through its stages with private reasons; the city sees counts only', async () => {
    const [introduction] = (await roboticsStaff.get('/api/v1/funds/pipeline')).body;
    const id = introduction.id as string;
    const skip = await roboticsStaff.post(`/api/v1/funds/introductions/${id}/stage`, {
      stage: 'invested',
      reason: 'too early',
      investedAmountFen: 100,
    });
    expect(skip.status).toBe(409);
    const noAmount = await roboticsStaff.post(`/api/v1/funds/introductions/${id}/stage`, {
      stage: 'meeting',
      reason: 'x',
      investedAmountFen: 100,
    });
    expect(noAmount.status).toBe(400);
    for (const stage of ['meeting', 'due-diligence'])
      expect(
        (
          await roboticsStaff.post(`/api/v1/funds/introductions/${id}/stage`, {
            stage,
            reason: `SECRET reason for ${stage}`,
          })
        ).status,
      ).toBe(200);
    const invested = await roboticsStaff.post(`/api/v1/funds/introductions/${id}/stage`, {
      stage: 'invested',
      reason: 'SECRET terms',
      investedAmountFen: 300_000_000,
    });
    expect(invested.status, invested.text).toBe(200);
    expect(invested.body.stage).toBe('invested');

    const mine = await world.founder.get('/api/v1/funds/introductions/mine');
    expect(mine.body[0].events.map((event: { toStage: string }) => event.toStage)).toEqual([
      'introduced',
      'meeting',
      'due-diligence',
      'invested',
    ]);
    expect(mine.body[0].events[3].reason).toBe('SECRET terms');

    const aggregate = await world.admin.get('/api/v1/funds/aggregate');
    expect(aggregate.status).toBe(200);
    expect(aggregate.body.communities).toEqual([
      expect.objectContaining({
        communityId,
        introductions: 1,
        investedAmountFen: 300_000_000,
        byStage: expect.objectContaining({ invested: 1 }),
      }),
    ]);
    expect(JSON.stringify(aggregate.body)).not.toMatch(/SECRET|Seed round|测试一人公司/);
    const audit = await world.admin.get('/api/v1/audit?subjectType=fund_introduction');
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).toContain('fund_introduction.stage_moved');
    expect(JSON.stringify(audit.body)).not.toContain('SECRET');
    expect((await world.founder.get('/api/v1/funds/aggregate')).status).toBe(403);
    expect((await roboticsStaff.get('/api/v1/funds/aggregate')).status).toBe(403);
  });
});
