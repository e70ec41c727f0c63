/**
 * The talent part of `npm run demo:scenarios` (issue #17 item 6): through the HTTP API, the demo
 * founder submits a GitHub maintainership and a competition result with evidence links; the demo
 * reviewer reviews against the published rubric and recognises them with grounds; the public
 * certificate route confirms the certificate's code. Prints each step; throws on any failure.
 *
 * `runTalentDemo(baseUrl)` runs against a server already started and seeded with the demo data
 * (scripts/demo-scenarios.ts calls it). Run on its own (`tsx scripts/demo-talent.ts`), it starts a
 * fresh embedded database first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { testConfig } from '../src/config';
import { openDatabase } from '../src/db/client';
import { buildApp } from '../src/http/app';
import { seedDemoData } from '../src/modules/demo/service';
import { systemContext } from '../src/shared/service-context';
import { check, Client, show, step } from './support/demo-client';

/** A recognition from submission to a publicly verified certificate; returns the code. */
export async function runTalentDemo(baseUrl: string): Promise<string> {
  const founder = await new Client(baseUrl, 'founder').logIn('founder@demo.opchub.cn');
  const reviewer = await new Client(baseUrl, 'reviewer').logIn('reviewer@demo.opchub.cn');
  const anyone = new Client(baseUrl, 'anyone');

  step('Talent (A.P1): the published rubric has no degree criterion');
  const rubric = (await anyone.get('/talent/rubric')).json;
  show(rubric.criteria.map((criterion: { id: string }) => criterion.id).join(', '));
  check(!JSON.stringify(rubric.criteria).includes('学历'), 'no criterion mentions a degree');

  step('The founder submits a GitHub maintainership and a competition result, with evidence');
  const submitted = (
    await founder.post('/talent/submissions', {
      statement: '开源智能体框架维护者，深圳人工智能大赛获奖',
      achievements: [
        {
          kind: 'open-source',
          title: 'opc-agent（演示）',
          repositoryUrls: ['https://github.com/example/opc-agent'],
          role: 'maintainer',
          mergedWork: '120 merged pull requests (demo)',
          evidenceLinks: ['https://github.com/example/opc-agent/graphs/contributors'],
        },
        {
          kind: 'competition',
          title: '人工智能创新创业大赛（演示）',
          rank: '一等奖',
          year: 2026,
          evidenceLinks: ['https://example.org/competition/results-2026'],
        },
      ],
    })
  ).json;
  show(`submission ${submitted.id}: ${submitted.achievements.length} achievements`);

  step('A panel member reviews each criterion with reasons, then recognises with grounds');
  await reviewer.post(`/talent/submissions/${submitted.id}/reviews`, {
    judgements: rubric.criteria.map((criterion: { id: string }) => ({
      criterion: criterion.id,
      judgement: 'meets',
      reason: `演示：已核对 ${criterion.id} 的证明链接`,
    })),
    recommendation: 'recognise',
    reason: '演示：开源维护与竞赛名次均可核实',
  });
  const decided = (
    await reviewer.post(`/talent/submissions/${submitted.id}/decision`, {
      outcome: 'recognise',
      grounds: '演示：opc-agent 维护者（贡献者图表）且获 2026 年大赛一等奖',
      groundAchievementIds: submitted.achievements.map((a: { id: string }) => a.id),
    })
  ).json;
  const code: string = decided.recognition.certificateCode;
  show(
    `recognised: ${decided.recognition.kinds.join(' + ')}, valid from ${decided.recognition.validFrom} until ${decided.recognition.validUntil ?? '(no end set)'}`,
  );
  show(`certificate code ${code}`);

  step('Anyone checks the certificate code on the public route');
  const verified = (await anyone.get(`/talent/certificates/${code}`)).json;
  check(verified.status === 'valid', `certificate ${code} is valid for ${verified.fullName}`);
  return code;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'opc-talent-'));
  process.env.DATA_DIR = dataDir;
  const database = await openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
  const { app } = await buildApp(testConfig({ dataDir, loginRateLimitPer15Min: 1000 }), database);
  try {
    step('Fresh embedded database (PGlite): migrate and seed the demo data');
    await database.migrate();
    await seedDemoData(systemContext(database.db, 'demo-seed'));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    await runTalentDemo(baseUrl);
    console.log('\nTalent demo complete.');
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
