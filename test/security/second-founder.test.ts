import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundIntroductions } from '../../src/db/schema/funds';
import { isAllowed } from '../../src/shared/permissions';
import { tinyPdf, uploadEvidence } from '../../src/modules/applications/test-helpers';
import {
  formWithFile,
  PDF_BYTES,
  registerOrganisation,
} from '../../src/modules/hetao/test-support';
import {
  listImporterForTest,
  whiteListApplicationBody,
} from '../../src/modules/hetao/whitelist-test-support';
import { startTestServer, type TestClient, type TestServer } from '../support/test-server';

/**
 * A second founder against every `:id` route (issue #11 item 11): founder A owns an
 * organisation with a pending invitation, an application with evidence, a Hetao question with an
 * attachment and a ruling draft. Founder B — signed in, with an organisation of B's own, sending
 * a body that would succeed for A — is refused every one of A's routes, and afterwards A sees
 * exactly what A saw before. Then every cookie-authenticated change without the CSRF token is
 * refused and changes nothing.
 */
let server: TestServer;
let owner: TestClient & { accountId: string; email: string };
let attacker: TestClient & { accountId: string; email: string };
const ids: Record<string, string> = {};
let applicationVersion = 0;

/** Where anyone may read by id: the published catalogue and the public Hetao desk. */
const PUBLIC_PERMISSIONS = new Set([
  'rules.read',
  'hetao.public-read',
  'spaces.public-read',
  'targets.public-read',
  'talent.public-read',
  'scenarios.public-read',
]);
/** Supporting a list suggestion is open to every importer by design (it is a vote, not A's). */
const OPEN_TO_ALL = new Set(['POST /api/v1/hetao/suggestion-groups/:id/support']);

beforeAll(async () => {
  server = await startTestServer({ loginRateLimitPer15Min: 10_000 });
  owner = await server.signedInClient(['founder']);
  attacker = await server.signedInClient(['founder']);
  const invitee = await server.signedInClient(['founder']);
  const organisation = await registerOrganisation(owner, '甲方示例科技有限公司');
  // A community open for applications (spaces): what is A's there is A's organisation.
  const spacesAdmin = await server.signedInClient(['admin']);
  const community = await spacesAdmin.post('/api/v1/spaces/communities', {
    names: { 'zh-Hans': '测试社区', 'zh-Hant': '測試社區', en: 'Test community' },
    districtCode: 'nanshan',
    status: 'open',
    grossAreaM2: 12_000,
  });
  expect(community.status, community.text).toBe(201);
  ids.community = community.body.id;
  await registerOrganisation(attacker, '乙方示例科技有限公司');
  ids.organisation = organisation.id;

  const invited = await owner.post(`/api/v1/organisations/${organisation.id}/members`, {
    email: invitee.email,
    role: 'member',
  });
  expect(invited.status).toBeLessThan(300);
  ids.invitation = invited.body.id ?? invited.body.invitation?.id ?? randomUUID();
  const detail = await owner.get(`/api/v1/organisations/${organisation.id}`);
  ids.person = detail.body.members?.[0]?.personId ?? randomUUID();

  const started = await owner.post('/api/v1/applications', {
    policyId: 'voucher.compute',
    organisationId: organisation.id,
  });
  expect(started.status).toBe(201);
  const applicationId: string = started.body.application.id;
  ids.application = applicationId;
  const uploaded = await uploadEvidence(owner, applicationId, 'purchase-contract');
  expect(uploaded.status).toBeLessThan(300);
  ids.file = uploaded.body.id ?? uploaded.body.file?.id ?? uploaded.body.evidence?.id;
  applicationVersion = (await owner.get(`/api/v1/applications/${ids.application}`)).body.application
    .version;

  const question = await owner.post('/api/v1/hetao/questions', {
    organisationId: organisation.id,
    description: '基质胶 Matrigel 用于类器官培养，是否免税？',
  });
  expect(question.status).toBe(201);
  ids.question = question.body.id;
  const attachment = await owner.request(
    'POST',
    `/api/v1/hetao/questions/${ids.question}/attachments`,
    { body: formWithFile({ bytes: PDF_BYTES, name: 'spec.pdf', type: 'application/pdf' }) },
  );
  expect(attachment.status).toBeLessThan(300);
  ids.attachment = attachment.body.attachments?.at(-1)?.id;
  const ruling = await owner.post('/api/v1/hetao/rulings', {
    organisationId: organisation.id,
    goods: '重组人表皮生长因子（EGF），冻干粉',
    plannedImportOn: '2027-09-01',
  });
  expect(ruling.status).toBe(201);
  ids.ruling = ruling.body.id;

  // A live white-list application, with a document, of a second organisation of A's (issue #16).
  const institute = await registerOrganisation(owner, '甲方示例研究院');
  const whiteListApplication = await owner.post(
    '/api/v1/hetao/white-list/applications',
    whiteListApplicationBody(institute.id),
  );
  expect(whiteListApplication.status, whiteListApplication.text).toBe(201);
  ids.whiteListApplication = whiteListApplication.body.id;
  const whiteListDocument = await owner.request(
    'POST',
    `/api/v1/hetao/white-list/applications/${ids.whiteListApplication}/documents`,
    { body: formWithFile({ bytes: PDF_BYTES, name: 'licence.pdf', type: 'application/pdf' }) },
  );
  expect(whiteListDocument.status, whiteListDocument.text).toBe(201);
  ids.whiteListDocument = whiteListDocument.body.documents[0].id;

  // A voucher contract a registered provider proposed to A's company, awaiting A's confirmation.
  const admin = await server.signedInClient(['admin']);
  const providerStaff = await server.signedInClient(['provider']);
  const providerOrganisation = await registerOrganisation(providerStaff, '丙方算力服务有限公司');
  const provider = await admin.post('/api/v1/vouchers/register', {
    creditCode: providerOrganisation.creditCode,
    kinds: ['compute'],
    contactName: '丙方联系人',
    payeeName: '丙方算力服务有限公司',
    bankName: '示例银行',
    accountNumber: '6217000011112222',
  });
  expect(provider.status).toBe(201);
  const contract = await providerStaff.request(
    'POST',
    `/api/v1/vouchers/providers/${provider.body.id}/contracts`,
    {
      json: {
        contractNumber: 'C-0001',
        creditCode: organisation.creditCode,
        kind: 'compute',
        contractAmountFen: 100_000_000,
        contractDate: '2026-12-01',
        relatedParty: false,
      },
      headers: { 'idempotency-key': randomUUID() },
    },
  );
  expect(contract.status).toBe(201);
  ids.contract = contract.body.id;

  // A Hetao declaration of A's white-listed organisation, with a ledger item (issue #16).
  await listImporterForTest(server, owner, organisation.id);
  const declaration = await owner.post('/api/v1/hetao/declarations', {
    organisationId: organisation.id,
    declarationNumber: 'SF-0001',
    declaredOn: '2026-03-02',
    lines: [
      {
        description: '倒置显微镜',
        hsCode: '9011.80.00',
        listItemId: 'WL-EQ-01',
        partUse: 'not-a-part',
        quantity: 1,
        unit: '台',
        valueFen: 5_000_000,
        dutyRate: '0',
        vatRate: '0.13',
      },
    ],
  });
  expect(declaration.status, declaration.text).toBe(201);
  ids.declaration = declaration.body.id;
  ids.ledger = declaration.body.lines[0].ledgerItemId;

  // A's proposal to a government scenario, with an attachment, and a consortium A's company
  // leads for a challenge (issue #17 items 1–2).
  const agency = await server.signedInClient(['agency']);
  const three = (text: string) => ({ 'zh-Hans': text, 'zh-Hant': text, en: text });
  const scenario = await agency.post('/api/v1/scenarios', {
    title: three('场景'),
    problem: three('问题'),
    dataAndAccess: three('数据'),
    department: three('部门'),
    domain: 'public-services',
    timelineStartsOn: '2026-01-01',
    timelineEndsOn: '2099-12-31',
    proposalsCloseOn: '2099-12-31',
    contact: 'contact@test.gov.cn',
    demonstrationCriteria: [{ id: 'results', label: three('成效') }],
  });
  expect(scenario.status, scenario.text).toBe(201);
  ids.scenario = scenario.body.id;
  const proposal = await owner.post(`/api/v1/scenarios/${ids.scenario}/proposals`, {
    organisationId: organisation.id,
    summary: '甲方方案',
    approach: '方法',
    team: '团队',
  });
  expect(proposal.status, proposal.text).toBe(201);
  ids.proposal = proposal.body.id;
  const proposalFile = await owner.request(
    'POST',
    `/api/v1/scenarios/proposals/${ids.proposal}/attachments`,
    { body: formWithFile({ bytes: PDF_BYTES, name: 'plan.pdf', type: 'application/pdf' }) },
  );
  expect(proposalFile.status, proposalFile.text).toBe(201);
  ids.proposalAttachment = proposalFile.body.attachments[0].id;
  const challenge = await agency.post('/api/v1/challenges', {
    title: three('榜单'),
    goals: three('目标'),
    department: three('部门'),
    budgetCeilingFen: 100_000_000,
    phases: [{ name: three('揭榜'), endsOn: '2099-06-30' }],
    submissionDeadlineOn: '2099-06-30',
    criteria: [{ id: 'technical', label: three('技术'), maxScore: 10 }],
  });
  expect(challenge.status, challenge.text).toBe(201);
  ids.challenge = challenge.body.id;
  const consortium = await owner.post(`/api/v1/challenges/${ids.challenge}/consortia`, {
    leadOrganisationId: organisation.id,
    leadRoles: ['start-up'],
    proposal: '甲方牵头',
  });
  expect(consortium.status, consortium.text).toBe(201);
  ids.consortium = consortium.body.id;

  // A's talent recognition submission and a fund introduction of A's company (issue #17). The
  // introduction is written directly: making A's company high-growth in an OPC community through
  // the API is the funds module's own test (src/modules/funds/funds.test.ts).
  const talent = await owner.post('/api/v1/talent/submissions', {
    achievements: [
      {
        kind: 'competition',
        title: '示例大赛',
        rank: '一等奖',
        year: 2026,
        evidenceLinks: ['https://example.org/results'],
      },
    ],
  });
  expect(talent.status, talent.text).toBe(201);
  ids.talentSubmission = talent.body.id;
  const [introduction] = await server.database.db
    .insert(fundIntroductions)
    .values({
      fund: 'ai-terminal',
      organisationId: organisation.id,
      communityId: randomUUID(),
      requestedBy: owner.accountId,
      profile: {
        name: '甲方示例科技有限公司',
        creditCode: organisation.creditCode,
        community: null,
        team: null,
        highGrowth: null,
        recognisedTalents: 0,
        benefitsWon: null,
        challengeResults: null,
        generatedAt: new Date().toISOString(),
      },
      stage: 'introduced',
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    .returning();
  ids.fundIntroduction = introduction!.id;
}, 120_000);
afterAll(async () => {
  await server?.close();
});

/** The id of A's resource a route names, by where it sits. */
function concrete(url: string): string {
  const resource = (segment: string) =>
    ({
      organisations: ids.organisation,
      invitations: ids.invitation,
      applications: ids.application,
      questions: ids.question,
      rulings: ids.ruling,
      contracts: ids.contract,
      declarations: ids.declaration,
      ledger: ids.ledger,
    })[segment] ?? randomUUID();
  return (
    url
      .replace(
        '/white-list/applications/:id',
        `/white-list/applications/${ids.whiteListApplication}`,
      )
      .replace(':documentId', ids.whiteListDocument!)
      .replace(/\/(\w[\w-]*)\/:id\b/g, (_, segment: string) => `/${segment}/${resource(segment)}`)
      .replace(':invitationId', ids.invitation!)
      .replace(':organisationId', ids.organisation!)
      .replace(':contractId', ids.contract!)
      .replace(':personId', ids.person!)
      .replace(':fileId', ids.file ?? randomUUID())
      .replace(':scenarioId', ids.scenario!)
      .replace(
        ':proposalId/attachments/:attachmentId',
        `${ids.proposal}/attachments/${ids.proposalAttachment}`,
      )
      .replace(':proposalId', ids.proposal!)
      .replace(':challengeId', ids.challenge!)
      .replace(':consortiumId', ids.consortium!)
      .replace(':attachmentId', ids.attachment ?? randomUUID())
      .replace(':submissionId', ids.talentSubmission!)
      .replace(':introductionId', ids.fundIntroduction!)
      // A holds no lease here: an unknown lease id must be refused (404), not fail validation.
      .replace(':leaseId', randomUUID())
      // Any founder may apply to a community: what is A's here is the organisation in the body
      // (or, for the application prefill, in the query).
      .replace(':communityId', ids.community ?? randomUUID()) +
    (url.endsWith('/application-prefill') ? `?organisationId=${ids.organisation}` : '')
  );
}

/** A body that would succeed for the owner, so a refusal is the guard's, not the validator's. */
function bodyFor(method: string, url: string): { json?: unknown; body?: FormData } {
  if (url.endsWith('/evidence'))
    return {
      body: formWithFile({ bytes: tinyPdf, name: 'x.pdf' }, { documentId: 'business-licence' }),
    };
  if (url.endsWith('/attachments') || url.endsWith('/white-list/applications/:id/documents'))
    return { body: formWithFile({ bytes: PDF_BYTES, name: 'x.pdf', type: 'application/pdf' }) };
  if (method === 'PATCH' && url === '/api/v1/applications/:id')
    return { json: { version: applicationVersion, facts: { person: { hasCompany: true } } } };
  if (method === 'PATCH' && url === '/api/v1/organisations/:id')
    return { json: { name: '被冒名的公司' } };
  if (url === '/api/v1/organisations/:id/members')
    return { json: { email: attacker.email, role: 'member' } };
  if (url.endsWith('/members/:personId') && method === 'PATCH') return { json: { role: 'member' } };
  if (method === 'PATCH' && url === '/api/v1/hetao/rulings/:id')
    return { json: { goods: '被篡改的货物' } };
  if (url.endsWith('/appeal')) return { json: { reasons: '不服' } };
  if (url === '/api/v1/hetao/white-list/applications/:id/information')
    return { json: { response: '冒名补充' } };
  if (url === '/api/v1/hetao/ledger/:id/write-offs')
    return { json: { quantity: 1, researchUse: '冒名核销' } };
  if (url === '/api/v1/hetao/ledger/:id/moves') return { json: { kind: 'second-line' } };
  if (url === '/api/v1/vouchers/contracts/:contractId/confirm')
    return { json: { relatedParty: false } };
  if (url === '/api/v1/vouchers/contracts/:contractId/decline')
    return { json: { reason: '不认识该合同' } };
  if (url === '/api/v1/spaces/communities/:communityId/applications')
    return {
      json: {
        organisationId: ids.organisation,
        route: 'opc-community',
        teamSize: 1,
        aiFounderCount: 1,
      },
    };
  if (url === '/api/v1/spaces/residents/:organisationId/records')
    return { json: { teamSize: 3, aiFounderCount: 1, aiStaffCount: 1 } };
  if (url === '/api/v1/scenarios/:scenarioId/proposals')
    return { json: { organisationId: ids.organisation, summary: 'x', approach: 'x', team: 'x' } };
  if (url.endsWith('/funding-application') && url.startsWith('/api/v1/scenarios/'))
    return { json: { policyId: 'scenario.gov-deployment' } };
  if (url === '/api/v1/challenges/:challengeId/consortia')
    return { json: { leadOrganisationId: ids.organisation, leadRoles: [], proposal: '冒名' } };
  if (url === '/api/v1/challenges/consortia/:consortiumId/invitations')
    return { json: { organisationId: ids.organisation, roles: ['start-up'] } };
  if (url.endsWith('/members/:organisationId/response')) return { json: { accept: true } };
  if (url.startsWith('/api/v1/challenges/consortia/:consortiumId/') && !url.includes('/members/'))
    return {};
  return method === 'GET' || method === 'DELETE' ? {} : { json: {} };
}

/** What A sees of everything A owns. */
async function ownersView() {
  const read = async (path: string) => {
    const response = await owner.get(path);
    return { status: response.status, body: response.text };
  };
  return {
    organisation: await read(`/api/v1/organisations/${ids.organisation}`),
    application: await read(`/api/v1/applications/${ids.application}`),
    question: await read(`/api/v1/hetao/questions/${ids.question}`),
    ruling: await read(`/api/v1/hetao/rulings/${ids.ruling}`),
    evidence: (await owner.get(`/api/v1/applications/${ids.application}/evidence/${ids.file}`))
      .status,
    vouchers: await read(`/api/v1/vouchers/companies/${ids.organisation}`),
    ledger: await read(`/api/v1/hetao/ledger/${ids.ledger}`),
    whiteList: await read(`/api/v1/hetao/white-list/applications/${ids.whiteListApplication}`),
  };
}

function sweptRoutes() {
  return server.routes.filter(
    (route) =>
      route.url.startsWith('/api/v1') &&
      route.url.includes('/:') &&
      isAllowed(route.permission, ['founder']) &&
      !PUBLIC_PERMISSIONS.has(route.permission) &&
      !OPEN_TO_ALL.has(`${route.method} ${route.url}`),
  );
}

describe('a second founder', () => {
  it("is refused every :id route of the first founder's things, and changes nothing", async () => {
    const before = await ownersView();
    expect(before.organisation.status).toBe(200);
    expect(before.evidence).toBe(200);
    const routes = sweptRoutes();
    expect(routes.length).toBeGreaterThan(15);
    const leaks: string[] = [];
    for (const route of routes) {
      const response = await attacker.request(
        route.method,
        concrete(route.url),
        bodyFor(route.method, route.url),
      );
      if (![403, 404].includes(response.status))
        leaks.push(
          `${route.method} ${route.url} → ${response.status} ${response.text.slice(0, 120)}`,
        );
    }
    expect(leaks).toEqual([]);
    expect(await ownersView()).toEqual(before);
    // The ids are real: the owner reads every one of those GET routes (a voucher has no
    // allowance schedule).
    for (const route of routes.filter(
      (route) => route.method === 'GET' && !route.url.endsWith('/allowance-schedule'),
    ))
      expect((await owner.get(concrete(route.url))).status, route.url).toBe(200);
  }, 120_000);
});

describe('ids in bodies and queries', () => {
  it("refuses every route that takes the first founder's organisation in a body or query", async () => {
    const before = await ownersView();
    const organisationId = ids.organisation!;
    const attempts = [
      attacker.post('/api/v1/applications', { policyId: 'voucher.compute', organisationId }),
      attacker.get(`/api/v1/facts/profile?organisationId=${organisationId}`),
      attacker.patch('/api/v1/facts/profile', {
        organisationId,
        facts: { company: { teamSize: 99 } },
      }),
      attacker.post('/api/v1/hetao/questions', { organisationId, description: '冒名提问' }),
      attacker.post('/api/v1/hetao/rulings', {
        organisationId,
        goods: '冒名申请',
        plannedImportOn: '2027-09-01',
      }),
    ];
    const statuses = [];
    for (const attempt of attempts) statuses.push((await attempt).status);
    for (const status of statuses) expect([400, 403, 404]).toContain(status);
    expect(await ownersView()).toEqual(before);
    const profile = await owner.get(`/api/v1/facts/profile?organisationId=${organisationId}`);
    expect(profile.body.facts.company?.teamSize).not.toBe(99);
  });
});

describe('CSRF', () => {
  it('refuses every cookie-authenticated change without the token, and changes nothing', async () => {
    const before = await ownersView();
    owner.csrf = false;
    const missing: string[] = [];
    try {
      for (const route of server.routes.filter(
        (route) =>
          route.url.startsWith('/api/v1') &&
          route.method !== 'GET' &&
          route.method !== 'HEAD' &&
          isAllowed(route.permission, ['founder']) &&
          // Signing in and registering happen before there is a session to carry a token.
          !['/api/v1/auth/login', '/api/v1/auth/register', '/api/v1/accounts'].includes(route.url),
      )) {
        const response = await owner.request(
          route.method,
          concrete(route.url),
          bodyFor(route.method, route.url),
        );
        if (response.status !== 403 || response.body?.code !== 'auth.csrf_failed')
          missing.push(`${route.method} ${route.url} → ${response.status} ${response.body?.code}`);
      }
    } finally {
      owner.csrf = true;
    }
    expect(missing).toEqual([]);
    expect(await ownersView()).toEqual(before);
  }, 120_000);
});
