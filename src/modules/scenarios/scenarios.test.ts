import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { notifications } from '../../db/schema/notifications';
import { scenarios } from '../../db/schema/scenarios';
import { chinaDateOf } from '../../shared/china-time';
import { demonstrationProjectProvider, govScenarioProductInUseProvider } from './record-facts';
import {
  pdfForm,
  organisationOf,
  scenarioBody,
  startScenariosWorld,
  type ScenariosWorld,
} from './test-support';

let world: ScenariosWorld;

beforeAll(async () => {
  world = await startScenariosWorld();
});

afterAll(async () => {
  await world?.server.close();
});

async function publish(overrides: Record<string, unknown> = {}) {
  const response = await world.agency.post('/api/v1/scenarios', scenarioBody(overrides));
  expect(response.status, response.text).toBe(201);
  return response.body.id as string;
}

describe('a government scenario (A.P6) from publication to an in-use record', () => {
  it('tells subscribers, takes a proposal, pilots, records use and prefills the funding application', async () => {
    const { agency, founder, companyId, server } = world;
    const subscribed = await founder.put('/api/v1/scenarios/subscriptions', {
      domains: ['city-governance'],
    });
    expect(subscribed.status, subscribed.text).toBe(200);

    const scenarioId = await publish();
    const told = await server.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.recipientAccountId, founder.accountId),
          eq(notifications.kind, 'scenario.published'),
        ),
      );
    expect(told).toHaveLength(1);
    const listed = await server.client().get('/api/v1/scenarios');
    expect(listed.body.map((row: { id: string }) => row.id)).toContain(scenarioId);

    const proposed = await founder.post(`/api/v1/scenarios/${scenarioId}/proposals`, {
      organisationId: companyId,
      summary: '事件自动分拨',
      approach: '大模型分类 + 规则',
      team: '创始人 1 人',
    });
    expect(proposed.status, proposed.text).toBe(201);
    const proposalId = proposed.body.id as string;
    const again = await founder.post(`/api/v1/scenarios/${scenarioId}/proposals`, {
      organisationId: companyId,
      summary: 'x',
      approach: 'x',
      team: 'x',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('scenario.already_proposed');

    const attached = await founder.request(
      'POST',
      `/api/v1/scenarios/proposals/${proposalId}/attachments`,
      { body: pdfForm() },
    );
    expect(attached.status, attached.text).toBe(201);
    expect(attached.body.attachments[0].purpose).toBe('proposal');
    const download = await agency.get(
      `/api/v1/scenarios/proposals/${proposalId}/attachments/${attached.body.attachments[0].id}`,
    );
    expect(download.status).toBe(200);

    const tooEarly = await agency.post(`/api/v1/scenarios/proposals/${proposalId}/in-use`, {
      inUseSince: '2026-11-01',
      reason: '试点已完成',
    });
    expect(tooEarly.status).toBe(409);
    const shortlisted = await agency.post(`/api/v1/scenarios/proposals/${proposalId}/decision`, {
      action: 'shortlist',
      reason: '方案可行',
    });
    expect(shortlisted.body.status).toBe('shortlisted');
    const piloting = await agency.post(`/api/v1/scenarios/proposals/${proposalId}/decision`, {
      action: 'start-pilot',
      reason: '在两个街道试点',
    });
    expect(piloting.body.status).toBe('piloting');

    const withoutEvidence = await agency.post(`/api/v1/scenarios/proposals/${proposalId}/in-use`, {
      inUseSince: '2026-11-01',
      reason: '试点已完成',
    });
    expect(withoutEvidence.status).toBe(422);
    expect(withoutEvidence.headers.get('content-type')).toContain('application/problem+json');
    expect(withoutEvidence.body.code).toBe('scenario.in_use_needs_evidence');

    // The founder may not add the officer's evidence; the officer may.
    const founderEvidence = await founder.request(
      'POST',
      `/api/v1/scenarios/proposals/${proposalId}/attachments`,
      { body: pdfForm({ purpose: 'in-use-evidence' }) },
    );
    expect(founderEvidence.status).toBe(404);
    const evidence = await agency.request(
      'POST',
      `/api/v1/scenarios/proposals/${proposalId}/attachments`,
      { body: pdfForm({ purpose: 'in-use-evidence' }, 'acceptance-report.pdf') },
    );
    expect(evidence.status, evidence.text).toBe(201);

    // Before use is recorded the fact has no record.
    const subject = { accountId: founder.accountId, personId: null, organisationId: companyId };
    const today = chinaDateOf(new Date());
    expect(
      await govScenarioProductInUseProvider.provide(server.database.db, subject, today),
    ).toEqual([]);
    const notYet = await founder.post(
      `/api/v1/scenarios/proposals/${proposalId}/funding-application`,
      { policyId: 'scenario.gov-deployment' },
    );
    expect(notYet.status).toBe(409);

    const inUse = await agency.post(`/api/v1/scenarios/proposals/${proposalId}/in-use`, {
      inUseSince: '2026-11-01',
      reason: '验收报告确认已在两个街道投入使用',
    });
    expect(inUse.status, inUse.text).toBe(200);
    expect(inUse.body.status).toBe('in_use');
    expect(inUse.body.inUseSince).toBe('2026-11-01');

    const [fact] = await govScenarioProductInUseProvider.provide(
      server.database.db,
      subject,
      today,
    );
    expect(fact).toMatchObject({
      fact: 'company.govScenarioProductInUse',
      value: true,
      source: { kind: 'scenario_proposal', id: proposalId, since: '2026-11-01', until: null },
    });
    expect(
      await govScenarioProductInUseProvider.provide(server.database.db, subject, '2026-10-31'),
    ).toEqual([]);

    const started = await founder.post(
      `/api/v1/scenarios/proposals/${proposalId}/funding-application`,
      { policyId: 'scenario.gov-deployment' },
    );
    expect(started.status, started.text).toBe(201);
    expect(started.body.evidenceAttached).toBe(1);
    const application = await founder.get(`/api/v1/applications/${started.body.applicationId}`);
    expect(application.status).toBe(200);
    expect(application.body.application.policyId).toBe('scenario.gov-deployment');
    expect(application.body.application.facts.company.govScenarioProductInUse).toBe(true);
    expect(application.body.documents.map((doc: { documentId: string }) => doc.documentId)).toEqual(
      ['deployment-proof'],
    );
    // Again: the same draft, no second copy of the evidence.
    const resumed = await founder.post(
      `/api/v1/scenarios/proposals/${proposalId}/funding-application`,
      { policyId: 'scenario.gov-deployment' },
    );
    expect(resumed.body).toMatchObject({
      applicationId: started.body.applicationId,
      resumed: true,
      evidenceAttached: 0,
    });

    // A.P7: every published criterion judged with a reason, or 422.
    const partial = await agency.post(`/api/v1/scenarios/proposals/${proposalId}/demonstration`, {
      judgements: [{ criterionId: 'results', met: true, reason: '分拨时间缩短' }],
      recognised: true,
      reason: '具有推广价值',
    });
    expect(partial.status).toBe(422);
    expect(partial.body.code).toBe('scenario.rubric_incomplete');
    const recognised = await agency.post(
      `/api/v1/scenarios/proposals/${proposalId}/demonstration`,
      {
        judgements: [
          { criterionId: 'results', met: true, reason: '分拨时间缩短 40%' },
          { criterionId: 'replicable', met: true, reason: '另两区已表示采用' },
        ],
        recognised: true,
        reason: '具有推广价值',
      },
    );
    expect(recognised.status, recognised.text).toBe(200);
    expect(recognised.body.demonstration.recognised).toBe(true);
    const [demonstration] = await demonstrationProjectProvider.provide(
      server.database.db,
      subject,
      today,
    );
    expect(demonstration?.value).toBe(true);
    const demonstrationApplication = await founder.post(
      `/api/v1/scenarios/proposals/${proposalId}/funding-application`,
      { policyId: 'scenario.demonstration' },
    );
    expect(demonstrationApplication.status, demonstrationApplication.text).toBe(201);

    const audited = await server.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(like(auditLog.action, 'scenario%'));
    expect(audited.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        'scenario.published',
        'scenario_proposal.submitted',
        'scenario_proposal.shortlisted',
        'scenario_proposal.piloting',
        'scenario_proposal.in_use_recorded',
        'scenario_demonstration.recognised',
        'scenario_proposal.funding_application_started',
      ]),
    );
  }, 60_000);

  it('refuses a proposal after the closing day, and for a company the founder does not belong to', async () => {
    const { founder, companyId, server } = world;
    const scenarioId = await publish();
    const stranger = await server.signedInClient(['founder']);
    await organisationOf(stranger, '另一家公司');
    const notMine = await stranger.post(`/api/v1/scenarios/${scenarioId}/proposals`, {
      organisationId: companyId,
      summary: 'x',
      approach: 'x',
      team: 'x',
    });
    expect(notMine.status).toBe(403);
    expect(notMine.body.errors?.[0]?.pointer).toBe('/body/organisationId');

    const yesterday = chinaDateOf(new Date(Date.now() - 86_400_000));
    await server.database.db
      .update(scenarios)
      .set({ proposalsCloseOn: yesterday })
      .where(eq(scenarios.id, scenarioId));
    const late = await founder.post(`/api/v1/scenarios/${scenarioId}/proposals`, {
      organisationId: companyId,
      summary: '迟到的方案',
      approach: 'x',
      team: 'x',
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('scenario.proposals_closed');
    expect(late.headers.get('content-type')).toContain('application/problem+json');
  });

  it('keeps publishing to the agency and proposals to founders', async () => {
    const { founder, server } = world;
    expect((await founder.post('/api/v1/scenarios', scenarioBody())).status).toBe(403);
    const reviewer = await server.signedInClient(['reviewer']);
    const scenarioId = await publish();
    expect((await reviewer.get(`/api/v1/scenarios/${scenarioId}/proposals`)).status).toBe(403);
    const badDomain = await world.agency.post(
      '/api/v1/scenarios',
      scenarioBody({ domain: 'education' }),
    );
    expect(badDomain.status).toBe(400);
  });
});
