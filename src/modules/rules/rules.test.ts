import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/test-server';
import { searchAuditRows } from '../audit/repo';
import { creditCodeCheckCharacter } from '../../shared/uscc';
import { systemContext } from '../../shared/service-context';
import { evaluateForApplication, replayEvaluation } from './snapshots-service';

/**
 * The rules API against the real server on a fresh database: evaluations and the next question
 * (public), the catalogue, parameters (admins enter dated values, audited, no deploy), the facts
 * schema, fact profiles (own facts and the founded company's), and snapshots that replay the
 * same after parameters change.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const DATE = '2026-03-01';
const phdFacts = { person: { newlyArrived: true, highestDegree: 'phd', benefitsReceived: [] } };

describe('POST /api/v1/evaluations', () => {
  it('answers anyone, per policy, with status, missing facts, benefit in fen, trace and clauses', async () => {
    const response = await server.client().post('/api/v1/evaluations', {
      facts: {
        person: { hasCompany: true },
        company: {
          plannedPurchase: { kind: 'model', amountFen: 100_000_000, relatedParty: false },
          benefitsReceived: [],
        },
      },
      date: DATE,
    });
    expect(response.status).toBe(200);
    expect(response.body.date).toBe(DATE);
    expect(response.body.results).toHaveLength(19);
    const voucher = response.body.results.find(
      (result: any) => result.policyId === 'voucher.model',
    );
    expect(voucher).toMatchObject({
      status: 'eligible',
      missingFacts: [],
      benefit: { kind: 'voucher', maxAmountFen: 30_000_000, amountBasis: 'computed' },
      citations: ['A.P9', 'A.V1', 'A.TITLE'],
    });
    expect(voucher.criteria).toContainEqual(
      expect.objectContaining({
        id: 'not-related-party',
        clause: 'A.V1',
        result: 'met',
        // The single-choice answer, as documented, read as the model purchase's answer.
        facts: { 'company.plannedPurchase.model.relatedParty': false },
      }),
    );
    expect(voucher.name).toBe('模型券');
    expect(response.body.summary.maxAmountFen).toBeGreaterThan(0);
  });

  it('speaks the requested language', async () => {
    const client = server.client();
    client.language = 'en';
    const english = await client.post('/api/v1/evaluations', {
      facts: {},
      date: DATE,
      policies: ['voucher.model'],
    });
    expect(english.body.results[0].name).toBe('Model voucher');
    const hasCompany = (body: any) =>
      body.results[0].criteria.find((line: any) => line.id === 'has-company');
    expect(hasCompany(english.body).label).toMatch(/company/);
    client.language = 'zh-HK';
    const traditional = await client.post('/api/v1/evaluations', {
      facts: {},
      date: DATE,
      policies: ['voucher.model'],
    });
    expect(hasCompany(traditional.body).label).toMatch(/企業/);
  });

  it('reads a company object as "the person has a company" (the published facts contract)', async () => {
    const response = await server.client().post('/api/v1/evaluations', {
      facts: {
        company: {
          plannedPurchase: { kind: 'model', amountFen: 100_000_000, relatedParty: false },
          benefitsReceived: [],
        },
      },
      date: DATE,
      policies: ['voucher.model'],
    });
    expect(response.status).toBe(200);
    const [voucher] = response.body.results;
    expect(voucher).toMatchObject({ status: 'eligible', missingFacts: [] });
    expect(voucher.criteria).toContainEqual(
      expect.objectContaining({
        id: 'has-company',
        result: 'met',
        facts: { 'person.hasCompany': true },
      }),
    );
  });

  it('refuses hasCompany: false beside a company object, naming both paths', async () => {
    const client = server.client();
    client.language = 'en';
    const response = await client.post('/api/v1/evaluations', {
      facts: { person: { hasCompany: false }, company: { isStartup: true } },
      date: DATE,
    });
    expect(response.status).toBe(400);
    const pointers = response.body.errors.map((error: any) => error.pointer).sort();
    expect(pointers).toEqual(['/body/facts/company', '/body/facts/person/hasCompany']);
    expect(response.body.errors[0].detail).toMatch(/contradicts/i);
  });

  it('refuses a Hetao waiver dated before the notice took effect, with the field path (B.N6, B.N1)', async () => {
    const response = await server.client().post('/api/v1/evaluations', {
      facts: { importer: { waivedClasses: [{ class: 'consumables', on: '2026-02-09' }] } },
      date: DATE,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: any) => error.pointer)).toEqual([
      '/body/facts/importer/waivedClasses/0/on',
    ]);
    const accepted = await server.client().post('/api/v1/evaluations', {
      facts: { importer: { waivedClasses: [{ class: 'consumables', on: '2026-02-10' }] } },
      date: DATE,
    });
    expect(accepted.status).toBe(200);
  });

  it("is ineligible outside the plan's period, with the plan's title cited — never 'unpublished'", async () => {
    for (const date of ['2020-06-01', '2025-12-31', '2028-01-01', '2030-06-01']) {
      const response = await server.client().post('/api/v1/evaluations', {
        facts: phdFacts,
        date,
        policies: ['talent.settlement-subsidy'],
      });
      const [result] = response.body.results;
      expect(result.status, date).toBe('ineligible');
      expect(
        result.reasons.map((reason: any) => reason.code),
        date,
      ).toEqual(['not-in-force']);
      expect(result.citations).toContain('A.TITLE');
      expect(result.criteria[0]).toMatchObject({
        id: 'in-force',
        clause: 'A.TITLE',
        result: 'unmet',
      });
    }
  });

  it('sends only the parts asked for: include [] is the core answer, much smaller', async () => {
    const body = { facts: phdFacts, date: DATE };
    const full = await server.client().post('/api/v1/evaluations', body);
    const core = await server.client().post('/api/v1/evaluations', { ...body, include: [] });
    expect(core.status).toBe(200);
    const [first] = core.body.results;
    expect(Object.keys(first).sort()).toEqual(
      [
        'benefit',
        'discretionary',
        'exclusivity',
        'missingFacts',
        'policyId',
        'reasons',
        'status',
      ].sort(),
    );
    expect(core.body.results.map((result: any) => result.status)).toEqual(
      full.body.results.map((result: any) => result.status),
    );
    expect(JSON.stringify(core.body).length * 2).toBeLessThan(JSON.stringify(full.body).length);
    const labelled = await server.client().post('/api/v1/evaluations', {
      ...body,
      include: ['labels', 'citations'],
    });
    expect(labelled.body.results[0]).toHaveProperty('name');
    expect(labelled.body.results[0]).toHaveProperty('citations');
    expect(labelled.body.results[0]).not.toHaveProperty('criteria');
    const traced = await server
      .client()
      .post('/api/v1/evaluations', { ...body, include: ['trace'] });
    expect(traced.body.results[0].criteria[0]).not.toHaveProperty('label');
    expect(traced.body.results[0].criteria[0]).toHaveProperty('result');
  });

  it('can leave out the trace and evaluate only some policies', async () => {
    const response = await server.client().post('/api/v1/evaluations', {
      facts: {},
      date: DATE,
      policies: ['loan.personal-startup', 'hetao.research-import-exemption'],
      trace: false,
    });
    expect(response.body.results.map((result: any) => result.policyId)).toEqual([
      'loan.personal-startup',
      'hetao.research-import-exemption',
    ]);
    expect(response.body.results.every((result: any) => result.criteria.length === 0)).toBe(true);
  });

  it('refuses facts that are not in the vocabulary or of the wrong type, with field paths', async () => {
    const response = await server.client().post('/api/v1/evaluations', {
      facts: {
        person: { hasCompany: 'yes', favouriteColour: 'red' },
        company: { plannedPurchase: { kind: 'gpu' } },
      },
    });
    expect(response.status).toBe(400);
    const pointers = response.body.errors.map((error: any) => error.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/body/facts/person/hasCompany',
        '/body/facts/person/favouriteColour',
        '/body/facts/company/plannedPurchase/kind',
      ]),
    );
  });

  it('refuses an impossible date and an unknown policy', async () => {
    const response = await server.client().post('/api/v1/evaluations', {
      facts: { person: { graduationDate: '2021-02-30' } },
      date: '2026-13-01',
      policies: ['voucher.gpu'],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: any) => error.pointer)).toEqual(
      expect.arrayContaining([
        '/body/facts/person/graduationDate',
        '/body/date',
        '/body/policies/0',
      ]),
    );
  });
});

describe('POST /api/v1/evaluations/next-question', () => {
  it('asks the single most useful question, with its text and options in the language', async () => {
    const client = server.client();
    client.language = 'en';
    const first = await client.post('/api/v1/evaluations/next-question', { facts: {}, date: DATE });
    expect(first.status).toBe(200);
    expect(first.body.question).toMatchObject({
      factId: 'person.hasCompany',
      type: 'boolean',
      text: 'Have you founded (or are you founding) a company of your own?',
      purpose: 'eligibility',
    });
    expect(first.body.summary.benefitCount).toBeGreaterThan(10);
    const next = await client.post('/api/v1/evaluations/next-question', {
      facts: { person: { hasCompany: true } },
      date: DATE,
      skip: ['company.plannedPurchase.kind'],
    });
    expect(next.body.question.factId).not.toMatch(/^person\.hasCompany$|plannedPurchase\.kind/);
  });

  it('gives options for an enum in the language, and only the relevant benefits for a received list', async () => {
    const client = server.client();
    client.language = 'zh-Hant';
    const response = await client.post('/api/v1/evaluations/next-question', {
      facts: { person: { newlyArrived: true, highestDegree: 'phd' } },
      date: DATE,
      policies: ['talent.settlement-subsidy'],
    });
    expect(response.body.question.factId).toBe('person.benefitsReceived');
    const values = response.body.question.options.map((option: any) => option.value);
    expect(values).toContain('housing.allowance');
    expect(values).not.toContain('voucher.compute');
    expect(
      response.body.question.options.find((o: any) => o.value === 'talent.settlement-subsidy')
        .label,
    ).toBe('新引進人才入戶補貼');
  });
});

describe('the catalogue', () => {
  it('lists the 19 benefits with their caps on the date', async () => {
    const response = await server.client().get(`/api/v1/policies?date=${DATE}`);
    expect(response.status).toBe(200);
    expect(response.body.policies).toHaveLength(19);
    const consortium = response.body.policies.find(
      (policy: any) => policy.id === 'consortium.challenge',
    );
    expect(consortium).toMatchObject({
      discretionary: true,
      benefit: { maxAmountFen: 3_000_000_000 },
    });
  });

  it('describes one policy: clauses quoted, criteria, documents, the facts it reads with questions', async () => {
    const response = await server
      .client()
      .get(`/api/v1/policies/hetao.research-import-exemption?date=${DATE}`);
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body.name.en).toMatch(/Hetao/);
    expect(body.clauses.find((clause: any) => clause.id === 'B.E2').original).toMatch(
      /經「一線」進口自用的科研貨物/,
    );
    expect(body.criteria.map((line: any) => line.id)).toEqual(
      expect.arrayContaining(['in-force', 'eligible-importer', 'no-recent-waiver']),
    );
    expect(body.documents.length).toBeGreaterThan(0);
    const route = body.facts.find((fact: any) => fact.id === 'goods.route');
    expect(route).toMatchObject({ type: 'enum', storedInProfile: false, purpose: 'eligibility' });
    expect(route.options.map((option: any) => option.value)).toEqual([
      'first-line',
      'second-line',
      'other',
    ]);
    expect(body.parameters.map((parameter: any) => parameter.id)).toEqual([
      'hetao.waiver-bar-months',
    ]);
  });

  it('404s an unknown policy', async () => {
    const response = await server.client().get('/api/v1/policies/voucher.gpu');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('rules.policy_not_found');
  });

  it('publishes the JSON Schema of the facts', async () => {
    const response = await server.client().get('/api/v1/facts/schema?lang=en');
    expect(response.status).toBe(200);
    expect(response.body.properties.person.properties.highestDegree).toMatchObject({
      description: 'What is your highest degree?',
    });
    expect(
      response.body.properties.company.properties.plannedPurchase.properties.amountFen,
    ).toBeDefined();
    expect(response.body.additionalProperties).toBe(false);
  });
});

describe('parameters: dated values entered by administrators', () => {
  it('are public to read, with the unpublished state explicit', async () => {
    const response = await server.client().get(`/api/v1/parameters?date=${DATE}`);
    expect(response.status).toBe(200);
    const tier = response.body.parameters.find(
      (p: any) => p.id === 'talent.settlement-subsidy.tier-phd-fen',
    );
    expect(tier.current).toMatchObject({ status: 'unpublished', value: null });
    expect(tier.timeline[0]).toMatchObject({ origin: 'catalogue', status: 'unpublished' });
    expect(tier.usedBy).toEqual(['talent.settlement-subsidy']);
  });

  it('may be entered only by administrators', async () => {
    const body = {
      effectiveFrom: '2026-04-01',
      status: 'published',
      value: 1,
      source: { clauses: ['A.P2'], document: 'x' },
    };
    expect(
      (
        await server
          .client()
          .post('/api/v1/parameters/talent.settlement-subsidy.tier-phd-fen/values', body)
      ).status,
    ).toBe(401);
    const founder = await server.signedInClient(['founder']);
    expect(
      (await founder.post('/api/v1/parameters/talent.settlement-subsidy.tier-phd-fen/values', body))
        .status,
    ).toBe(403);
  });

  it('take effect from their date without a deploy, are audited, and change evaluations from then on', async () => {
    const admin = await server.signedInClient(['admin']);
    const before = await server.client().post('/api/v1/evaluations', {
      facts: phdFacts,
      date: '2026-05-01',
      policies: ['talent.settlement-subsidy'],
    });
    expect(before.body.results[0].benefit).toMatchObject({
      maxAmountFen: 10_000_000,
      amountBasis: 'unpublished',
    });

    // NOTE: a test value, not the real tier (the source publishes none).
    const entered = await admin.post(
      '/api/v1/parameters/talent.settlement-subsidy.tier-phd-fen/values',
      {
        effectiveFrom: '2026-04-01',
        status: 'published',
        value: 8_000_000,
        source: {
          clauses: ['A.P2'],
          document: 'Test notice on settlement subsidy tiers',
          url: 'https://example.org/notice',
        },
        note: 'route test',
      },
    );
    expect(entered.status).toBe(201);
    expect(entered.body.current).toMatchObject({
      status: 'published',
      value: 8_000_000,
      effectiveFrom: '2026-04-01',
    });
    expect(entered.body.timeline).toHaveLength(2);

    const after = await server.client().post('/api/v1/evaluations', {
      facts: phdFacts,
      date: '2026-05-01',
      policies: ['talent.settlement-subsidy'],
    });
    expect(after.body.results[0].benefit).toMatchObject({
      maxAmountFen: 8_000_000,
      amountBasis: 'fixed',
      tier: 'phd',
    });
    // The amount says where it comes from (a demo instance's values say they are demo data).
    expect(
      after.body.results[0].benefit.tiers.find((entry: { tier: string }) => entry.tier === 'phd'),
    ).toMatchObject({ amountFen: 8_000_000, source: 'Test notice on settlement subsidy tiers' });
    const earlier = await server.client().post('/api/v1/evaluations', {
      facts: phdFacts,
      date: '2026-03-31',
      policies: ['talent.settlement-subsidy'],
    });
    expect(earlier.body.results[0].benefit).toMatchObject({ amountBasis: 'unpublished' });

    const audit = await searchAuditRows(
      server.database.db,
      { action: 'rule_parameter.value_entered' },
      10,
    );
    expect(audit[0]).toMatchObject({
      subjectType: 'rule-parameter',
      subjectId: 'talent.settlement-subsidy.tier-phd-fen',
      actorAccountId: admin.accountId,
    });
    expect((audit[0]!.after as any).value).toBe(8_000_000);
  });

  it('refuses a tier above the ceiling, a value without a value, and an unknown clause — and changes nothing', async () => {
    const admin = await server.signedInClient(['admin']);
    const path = '/api/v1/parameters/talent.settlement-subsidy.tier-master-fen/values';
    const source = { clauses: ['A.P2'], document: 'notice' };
    const over = await admin.post(path, {
      effectiveFrom: '2026-04-01',
      status: 'published',
      value: 10_000_001,
      source,
    });
    expect(over.status).toBe(422);
    expect(over.body.code).toBe('rules.parameter_exceeds_limit');
    const empty = await admin.post(path, {
      effectiveFrom: '2026-04-01',
      status: 'published',
      source,
    });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({
      pointer: '/body/value',
      code: 'rules.value_required',
    });
    const clause = await admin.post(path, {
      effectiveFrom: '2026-04-01',
      status: 'published',
      value: 1,
      source: { clauses: ['A.P42'], document: 'x' },
    });
    expect(clause.status).toBe(400);
    expect(clause.body.errors[0]).toMatchObject({
      pointer: '/body/source/clauses/0',
      code: 'rules.unknown_clause',
    });
    const negative = await admin.post('/api/v1/parameters/voucher.model.rate-bp/values', {
      effectiveFrom: '2026-04-01',
      status: 'published',
      value: 10_001,
      source: { clauses: ['A.V1'], document: 'x' },
    });
    expect(negative.status).toBe(400);
    const unknown = await admin.post('/api/v1/parameters/voucher.gpu.rate-bp/values', {
      effectiveFrom: '2026-04-01',
      status: 'published',
      value: 1,
      source,
    });
    expect(unknown.status).toBe(404);
    const list = await server.client().get('/api/v1/parameters');
    const master = list.body.parameters.find(
      (p: any) => p.id === 'talent.settlement-subsidy.tier-master-fen',
    );
    expect(master.timeline).toHaveLength(1);
  });

  it('can end a value from a date', async () => {
    const admin = await server.signedInClient(['admin']);
    const ended = await admin.post('/api/v1/parameters/space.other-industrial.max-area-m2/values', {
      effectiveFrom: '2028-01-01',
      status: 'ended',
      source: { clauses: ['A.S3'], document: 'The plan runs 2026–2027' },
    });
    expect(ended.status).toBe(201);
    const evaluation = await server.client().post('/api/v1/evaluations', {
      facts: {
        company: {
          isAiCompany: true,
          workspace: 'other-industrial-space',
          meetsSpaceConditions: true,
        },
      },
      date: '2028-02-01',
      policies: ['space.other-industrial'],
    });
    expect(evaluation.body.results[0].benefit.maxAreaM2).toBeNull();
  });
});

describe('snapshots for applications', () => {
  it('replay the decision from the snapshot alone, the same after parameters change', async () => {
    const ctx = { ...systemContext(server.database.db, 'test'), language: 'en' as const };
    const facts = { person: { newlyArrived: true, highestDegree: 'master', benefitsReceived: [] } };
    const { result, snapshot } = await evaluateForApplication(ctx, {
      policyId: 'talent.settlement-subsidy',
      facts,
      date: '2026-06-01',
    });
    expect(result).toMatchObject({
      status: 'eligible',
      benefit: { amountBasis: 'unpublished', maxAmountFen: 10_000_000 },
    });
    const stored = JSON.parse(JSON.stringify(snapshot));
    expect(stored).toMatchObject({
      policyId: 'talent.settlement-subsidy',
      date: '2026-06-01',
      facts,
      parameters: {
        'talent.settlement-subsidy.tier-master-fen': {
          status: 'unpublished',
          value: null,
          effectiveFrom: '2026-01-01',
        },
      },
    });
    expect(stored.policyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(replayEvaluation(stored)).toEqual(stored.result);

    const admin = await server.signedInClient(['admin']);
    const entered = await admin.post(
      '/api/v1/parameters/talent.settlement-subsidy.tier-master-fen/values',
      {
        effectiveFrom: '2026-01-01',
        status: 'published',
        value: 6_000_000,
        source: { clauses: ['A.P2'], document: 'Test value for the replay test' },
      },
    );
    expect(entered.status).toBe(201);
    const fresh = await evaluateForApplication(ctx, {
      policyId: 'talent.settlement-subsidy',
      facts,
      date: '2026-06-01',
    });
    expect(fresh.result.benefit).toMatchObject({ maxAmountFen: 6_000_000, amountBasis: 'fixed' });
    expect(replayEvaluation(stored)).toEqual(stored.result);
  });

  it('refuses something that is not a snapshot', () => {
    expect(() => replayEvaluation({ policyId: 'x' })).toThrow(/snapshot/);
  });
});

describe('fact profiles', () => {
  const code = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`;

  it('keep my facts and my company’s, audited; goods are never stored', async () => {
    const founder = await server.signedInClient(['founder']);
    const empty = await founder.get('/api/v1/facts/profile');
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ organisation: null, facts: {} });

    const saved = await founder.patch('/api/v1/facts/profile', {
      facts: { person: { hasCompany: true, highestDegree: 'master' } },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.facts.person).toEqual({ hasCompany: true, highestDegree: 'master' });

    const noCompany = await founder.patch('/api/v1/facts/profile', {
      facts: { company: { isStartup: true } },
    });
    expect(noCompany.status).toBe(409);
    expect(noCompany.body.code).toBe('rules.no_organisation');

    const organisation = await founder.post('/api/v1/organisations', {
      creditCode: code('91440300MA5H7K9Q1'),
      name: '测试智能科技有限公司',
      kind: 'company',
    });
    expect(organisation.status).toBe(201);
    const withCompany = await founder.patch('/api/v1/facts/profile', {
      facts: {
        person: { highestDegree: null },
        company: { isStartup: true, plannedPurchase: { kind: 'compute' } },
      },
    });
    expect(withCompany.status).toBe(200);
    expect(withCompany.body.organisation.id).toBe(organisation.body.id);
    expect(withCompany.body.facts).toEqual({
      person: { hasCompany: true },
      company: { isStartup: true, plannedPurchase: { kind: 'compute' } },
    });

    const goods = await founder.patch('/api/v1/facts/profile', {
      facts: { goods: { onList: true } },
    });
    expect(goods.status).toBe(400);
    expect(goods.body.errors[0].pointer).toBe('/body/facts/goods');

    const audit = await searchAuditRows(
      server.database.db,
      { action: 'fact_profile.updated', actorAccountId: founder.accountId },
      10,
    );
    expect(audit.map((row) => row.subjectType).sort()).toEqual([
      'organisation',
      'person',
      'person',
    ]);
  });

  it('need a signed-in caller', async () => {
    expect((await server.client().get('/api/v1/facts/profile')).status).toBe(401);
  });
});

describe('demo data', () => {
  it('leaves the demo founder with a partly filled profile the navigator continues from', async () => {
    const { seedRulesDemo } = await import('./demo-seed');
    const founder = await server.signedInClient(['founder']);
    const code = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`;
    await founder.post('/api/v1/organisations', {
      creditCode: code('91440300MA5H7K9Q2'),
      name: '演示科技有限公司',
      kind: 'company',
    });
    const principal = {
      accountId: founder.accountId,
      email: founder.email,
      displayName: 'Demo founder',
      preferredLanguage: 'zh-Hans' as const,
      roles: ['founder' as const],
      via: 'session' as const,
      sessionId: null,
      tokenId: null,
      tokenPrefix: null,
    };
    await seedRulesDemo(
      systemContext(server.database.db, 'seed-demo'),
      new Map([['founder@demo.opchub.cn', principal]]),
    );
    const profile = await founder.get('/api/v1/facts/profile');
    expect(profile.body.facts.person).toMatchObject({ hasCompany: true, highestDegree: 'master' });
    expect(profile.body.facts.company).toMatchObject({
      workspace: 'opc-community',
      plannedPurchase: { compute: { planned: true } },
    });
    const next = await founder.post('/api/v1/evaluations/next-question', {
      facts: profile.body.facts,
      date: DATE,
    });
    expect(next.body.question).not.toBeNull();
    expect(Object.keys(profile.body.facts.person)).not.toContain(
      next.body.question.factId.split('.')[1],
    );
  });
});
