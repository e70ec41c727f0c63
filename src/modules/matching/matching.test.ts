/**
 * Policy finds the company (issue #15 items 1–3) on a real server: importing registration data
 * (all or nothing, rejected rows with line and column), declared facts winning over imported
 * ones field by field, stored results equal to evaluating each profile alone, triggers matching
 * only what changed, and push candidates recorded once.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import {
  matchingImports,
  matchingProfiles,
  matchingPushCandidates,
  matchingResults,
} from '../../db/schema/matching';
import { systemContext } from '../../shared/service-context';
import { startTestServer, type TestServer } from '../../../test/support/test-server';
import { getCatalogue } from '../rules/catalogue';
import { evaluateFacts } from '../rules/service';
import { mergeProfileFacts } from './profile-facts';
import * as repo from './repo';
import { matchAfterParameterChange, policiesUsingParameter, startRun } from './runs-service';
import { drainMatching, importCsv, newCreditCode } from './test-support';

let server: TestServer;
let admin: Awaited<ReturnType<TestServer['signedInClient']>>;
let founder: Awaited<ReturnType<TestServer['signedInClient']>>;
let organisationId: string;
const founderCode = newCreditCode();
const otherCodes = [newCreditCode(), newCreditCode()];

const header = [
  '统一社会信用代码',
  '企业名称',
  '成立日期',
  '所在区',
  'size',
  'industry',
  'ai',
  'team',
  'startup',
];
const mapping = {
  统一社会信用代码: 'profile.creditCode',
  企业名称: 'profile.name',
  成立日期: 'company.foundedOn',
  所在区: 'profile.district',
  size: 'profile.size',
  industry: 'profile.industry',
  ai: 'company.isAiCompany',
  team: 'company.teamSize',
  startup: 'company.isStartup',
};
const goodRows = [
  [founderCode, '前海智算科技有限公司', '2025-06-01', '南山区', 'micro', 'AI', '是', '3', '是'],
  [otherCodes[0]!, '福田模型有限公司', '2024-01-15', 'futian', 'small', 'AI', 'true', '12', ''],
  [otherCodes[1]!, '罗湖贸易有限公司', '2010-03-03', '罗湖', 'medium', 'trade', '否', '40', '否'],
];

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signedInClient(['admin']);
  founder = await server.signedInClient(['founder']);
  const created = await founder.post('/api/v1/organisations', {
    creditCode: founderCode,
    name: '前海智算科技有限公司',
    kind: 'company',
  });
  expect(created.status, created.text).toBe(201);
  organisationId = created.body.id;
}, 120_000);
afterAll(async () => server?.close());

const db = () => server.database.db;

describe('importing registration data', () => {
  it('refuses a file with bad rows, naming line and column, and imports nothing', async () => {
    const response = await importCsv(
      admin,
      [
        header,
        goodRows[0]!,
        ['91440300XXXXXXXXXX', 'Bad code Ltd', '', '', '', '', '', '', ''],
        [otherCodes[0]!, 'Bad flag Ltd', '2024-13-40', 'Atlantis', '', '', 'maybe', 'many', ''],
      ],
      mapping,
    );
    expect(response.status, response.text).toBe(400);
    expect(response.body.code).toBe('matching.import_invalid');
    const errors = response.body.rowErrors as { line: number; column: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, column: '统一社会信用代码' }),
        expect.objectContaining({ line: 4, column: '成立日期' }),
        expect.objectContaining({ line: 4, column: '所在区' }),
        expect.objectContaining({ line: 4, column: 'ai' }),
        expect.objectContaining({ line: 4, column: 'team' }),
      ]),
    );
    expect(response.body.errorCount).toBe(5);
    expect(await db().select().from(matchingProfiles)).toHaveLength(0);
    expect(await db().select().from(matchingImports)).toHaveLength(0);
  });

  it('refuses a mapping without a credit code column', async () => {
    const response = await importCsv(admin, [header, goodRows[0]!], { 企业名称: 'profile.name' });
    expect(response.status, response.text).toBe(400);
    expect(response.body.rowErrors[0]).toMatchObject({ line: 1, column: 'mapping' });
  });

  it('imports, versions and audits once, and matches every imported profile', async () => {
    const response = await importCsv(admin, [header, ...goodRows], mapping);
    expect(response.status, response.text).toBe(201);
    expect(response.body.import).toMatchObject({
      version: 1,
      rowCount: 3,
      createdCount: 3,
      updatedCount: 0,
      mapping,
    });
    expect(response.body.run).toMatchObject({ trigger: 'import', profilesTotal: 3 });
    await drainMatching(db());
    const run = await admin.get(`/api/v1/matching/runs/${response.body.run.id}`);
    expect(run.body).toMatchObject({ status: 'finished', batchesDone: 1, profilesMatched: 3 });
    const audits = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, response.body.import.id));
    expect(audits.map((row) => row.action)).toEqual(['matching_import.completed']);
    const profile = await repo.findProfileByCreditCode(db(), otherCodes[0]!);
    expect(profile).toMatchObject({ district: 'futian', foundedOn: '2024-01-15', size: 'small' });
    expect(profile!.facts).toEqual({
      company: { foundedOn: '2024-01-15', isAiCompany: true, teamSize: 12 },
    });

    // The same file again changes nothing and starts no run.
    const again = await importCsv(admin, [header, ...goodRows], mapping);
    expect(again.status, again.text).toBe(201);
    expect(again.body.import).toMatchObject({ version: 2, unchangedCount: 3 });
    expect(again.body.run).toBeNull();
  });

  it('stores for each profile what evaluating it alone gives', async () => {
    const ctx = systemContext(db(), 'test');
    const profiles = await repo.loadProfilesForMatching(db(), { firstId: 0, lastId: 1e12 });
    expect(profiles).toHaveLength(3);
    for (const profile of profiles) {
      const alone = await evaluateFacts(ctx, {
        facts: mergeProfileFacts(profile).facts,
        trace: false,
      });
      const stored = await repo.listResultsOfProfiles(db(), [profile.id]);
      expect(
        stored.map((row) => [row.policyId, row.status, row.maxAmountFen, row.missingFacts]).sort(),
      ).toEqual(
        alone.results
          .map((result) => [
            result.policyId,
            result.status,
            result.benefit.maxAmountFen,
            result.missingFacts,
          ])
          .sort(),
      );
    }
  });
});

describe('declared facts and triggers', () => {
  it("a founder's declaration wins field by field and re-matches that profile only", async () => {
    const before = await db().select().from(matchingResults);
    const saved = await founder.patch('/api/v1/facts/profile', {
      facts: { company: { isAiCompany: false } },
      organisationId,
    });
    expect(saved.status, saved.text).toBe(200);
    await drainMatching(db());
    const mine = await repo.findProfileByCreditCode(db(), founderCode);
    const read = await admin.get(`/api/v1/matching/profiles/${mine!.id}`);
    expect(read.status, read.text).toBe(200);
    const facts = new Map(
      (read.body.facts as { fact: string; value: unknown; provenance: unknown }[]).map((entry) => [
        entry.fact,
        entry,
      ]),
    );
    expect(facts.get('company.isAiCompany')).toMatchObject({
      value: false,
      provenance: { source: 'declared', subject: 'organisation', subjectId: organisationId },
    });
    expect(facts.get('company.teamSize')).toMatchObject({
      value: 3,
      provenance: { source: 'imported', version: 1 },
    });
    expect(read.body.organisationId).toBe(organisationId);

    // Only this profile's results were rewritten, by a run of the `profile` trigger.
    const after = await db().select().from(matchingResults);
    const runIds = new Set(
      after.filter((row) => row.profileId === mine!.id).map((row) => row.runId),
    );
    expect(runIds.size).toBe(1);
    const run = await repo.findRun(db(), [...runIds][0]!);
    expect(run).toMatchObject({ trigger: 'profile', profilesTotal: 1, status: 'finished' });
    const untouched = (rows: typeof before) =>
      rows
        .filter((row) => row.profileId !== mine!.id)
        .map(
          (row) => `${row.profileId}:${row.policyId}:${row.runId}:${row.updatedAt.toISOString()}`,
        )
        .sort();
    expect(untouched(after)).toEqual(untouched(before));
  });

  it('a parameter change re-matches only the policies that read it, for everyone', async () => {
    const ctx = systemContext(db(), 'test');
    const used = getCatalogue().catalogue.parameters.find(
      (parameter) => policiesUsingParameter(parameter.id).length > 0,
    )!;
    const policies = policiesUsingParameter(used.id);
    const run = await matchAfterParameterChange(ctx, used.id);
    await drainMatching(db());
    expect(run).toMatchObject({ trigger: 'parameter', policies, profilesTotal: 3 });
    const written = await db()
      .select()
      .from(matchingResults)
      .where(eq(matchingResults.runId, run!.id));
    expect(new Set(written.map((row) => row.policyId))).toEqual(new Set(policies));
    expect(new Set(written.map((row) => row.profileId)).size).toBe(3);
  });

  it('records a push candidate once, however often a profile is matched', async () => {
    const ctx = systemContext(db(), 'test');
    const first = await db().select().from(matchingPushCandidates);
    expect(first.length).toBeGreaterThan(0);
    for (const candidate of first) {
      const result = (await repo.listResultsOfProfiles(db(), [candidate.profileId])).find(
        (row) => row.policyId === candidate.policyId,
      )!;
      if (candidate.reason === 'eligible') expect(result.status).toBe('eligible');
      else {
        expect(result.status).toBe('unknown');
        expect(result.missingFacts).toEqual([candidate.missingFact]);
      }
    }
    await startRun(ctx, { trigger: 'manual' });
    await startRun(ctx, { trigger: 'manual' });
    await drainMatching(db());
    const later = await db().select().from(matchingPushCandidates);
    expect(later.map((row) => row.id).sort()).toEqual(first.map((row) => row.id).sort());
  });
});

describe('access', () => {
  it('is for administrators only', async () => {
    expect((await founder.get('/api/v1/matching/runs')).status).toBe(403);
    expect((await server.client().get('/api/v1/matching/imports')).status).toBe(401);
  });
});
