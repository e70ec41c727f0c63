/**
 * `npm run demo:scenarios` — where the plan meets the market (issue #17 item 6), through the HTTP
 * API on a fresh embedded database:
 *
 * - a government scenario (A.P6) from publication to an in-use record, and the
 *   `scenario.gov-deployment` application prefilled from it with the evidence of use attached;
 * - a challenge, 揭榜挂帅 (A.P10), from 發榜 to a winner, with `consortium.challenge` opened for
 *   the lead and tied to the milestones, the first of which is accepted (驗收);
 * - [talent recognition to a verified certificate: the talent module's part, see the marked place].
 *
 * Prints each step; exits non-zero on any failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testConfig } from '../src/config';
import { openDatabase } from '../src/db/client';
import { buildApp } from '../src/http/app';
import { seedDemoData } from '../src/modules/demo/service';
import { chinaDateOf } from '../src/shared/china-time';
import { systemContext } from '../src/shared/service-context';
import { creditCodeCheckCharacter } from '../src/shared/uscc';
import { check, Client, show, step, yuan } from './support/demo-client';
import { runTalentDemo } from './demo-talent';

const three = (zhHans: string, zhHant: string, en: string) => ({
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  en,
});

/** Expects the call to be refused with this status; prints the problem's code. */
async function refused(call: Promise<unknown>, status: number, what: string) {
  try {
    await call;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = / → (\d{3}) (.*)$/s.exec(message);
    if (match && Number(match[1]) === status) {
      const code = /"code":"([^"]+)"/.exec(match[2] ?? '')?.[1] ?? '';
      check(true, `${what}: refused ${status} ${code}`);
      return;
    }
    throw error;
  }
  throw new Error(`check failed: ${what} was not refused`);
}

function pdf(name: string) {
  const form = new FormData();
  form.append(
    'file',
    new Blob([new Uint8Array(demoPdf)], { type: 'application/pdf' }),
    `${name}.pdf`,
  );
  return form;
}

async function main() {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'opc-scenarios-'));
  process.env.DATA_DIR = dataDir;
  const database = await openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
  const config = testConfig({ dataDir, loginRateLimitPer15Min: 1000 });
  const { app } = await buildApp(config, database);
  try {
    step('Fresh embedded database (PGlite): migrate and seed the demo data');
    await database.migrate();
    await seedDemoData(systemContext(database.db, 'demo-seed'));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    show(`server at ${baseUrl}`);
    const today = chinaDateOf(new Date());

    const agency = await new Client(baseUrl, 'agency').logIn('agency@demo.opchub.cn');
    const founder = await new Client(baseUrl, 'founder').logIn('founder@demo.opchub.cn');
    const company = (await founder.get('/organisations')).json[0];
    show(`founder's company: ${company.name}`);

    // --- A government scenario (A.P6) ------------------------------------------------------------

    step('The founder subscribes to city-governance scenarios');
    await founder.call('PUT', '/scenarios/subscriptions', { domains: ['city-governance'] });

    step('A department publishes a scenario (three languages, with its demonstration rubric)');
    const scenario = (
      await agency.post('/scenarios', {
        title: three(
          '城中村消防隐患智能识别',
          '城中村消防隱患智能識別',
          'Fire hazards in urban villages',
        ),
        problem: three(
          '巡查人员难以及时发现电动车违规充电等消防隐患。',
          '巡查人員難以及時發現電動車違規充電等消防隱患。',
          'Inspectors cannot spot hazards such as illegal e-bike charging in time.',
        ),
        dataAndAccess: three(
          '现有视频点位的测试接入；历史隐患台账（脱敏）。',
          '現有視頻點位的測試接入；歷史隱患台賬（脫敏）。',
          'Test access to existing camera points; the anonymised hazard register.',
        ),
        department: three('演示区应急管理局', '演示區應急管理局', 'Demo District Emergency Bureau'),
        domain: 'city-governance',
        timelineStartsOn: today,
        timelineEndsOn: '2027-12-31',
        proposalsCloseOn: '2027-06-30',
        contact: 'agency@demo.opchub.cn',
        demonstrationCriteria: [
          { id: 'results', label: three('实际成效', '實際成效', 'Results in use') },
          { id: 'replicable', label: three('可推广', '可推廣', 'Replicable') },
        ],
      })
    ).json;
    show(`${scenario.title['zh-Hans']} — proposals close ${scenario.proposalsCloseOn}`);
    const inbox = (await founder.get('/notifications')).json;
    const items = Array.isArray(inbox) ? inbox : (inbox.items ?? []);
    check(
      items.some((item: { kind: string }) => item.kind === 'scenario.published'),
      'the subscribed founder is told',
    );

    step('The founder proposes for the company, with an attachment');
    const proposal = (
      await founder.post(`/scenarios/${scenario.id}/proposals`, {
        organisationId: company.id,
        summary: '基于视觉大模型的隐患识别与派单',
        approach: '在现有视频点位上部署识别模型，识别结果推送至网格员',
        team: '创始人（算法）+ 外包实施伙伴',
      })
    ).json;
    await founder.upload(`/scenarios/proposals/${proposal.id}/attachments`, pdf('proposal'));
    check(proposal.status === 'submitted', 'proposal submitted');

    step('The department shortlists, runs a pilot, attaches the acceptance report, records use');
    await agency.post(`/scenarios/proposals/${proposal.id}/decision`, {
      action: 'shortlist',
      reason: '方案与现有视频资源匹配',
    });
    await agency.post(`/scenarios/proposals/${proposal.id}/decision`, {
      action: 'start-pilot',
      reason: '在两个社区试点三个月',
    });
    await refused(
      agency.post(`/scenarios/proposals/${proposal.id}/in-use`, {
        inUseSince: today,
        reason: '试点通过',
      }),
      422,
      'recording use without evidence',
    );
    const evidenceForm = pdf('acceptance-report');
    evidenceForm.append('purpose', 'in-use-evidence');
    await agency.upload(`/scenarios/proposals/${proposal.id}/attachments`, evidenceForm);
    const inUse = (
      await agency.post(`/scenarios/proposals/${proposal.id}/in-use`, {
        inUseSince: today,
        reason: '验收报告确认已在两个社区投入使用',
      })
    ).json;
    check(inUse.status === 'in_use', `in use since ${inUse.inUseSince}`);

    step('The founder starts scenario.gov-deployment (≤ ¥5,000,000), prefilled');
    const funding = (
      await founder.post(`/scenarios/proposals/${proposal.id}/funding-application`, {
        policyId: 'scenario.gov-deployment',
      })
    ).json;
    const application = (await founder.get(`/applications/${funding.applicationId}`)).json;
    check(
      application.application.policyId === 'scenario.gov-deployment',
      `draft ${funding.applicationId}`,
    );
    check(
      application.application.facts.company?.govScenarioProductInUse === true,
      'answer prefilled: company.govScenarioProductInUse = true',
    );
    check(
      application.documents.some(
        (doc: { documentId: string }) => doc.documentId === 'deployment-proof',
      ),
      'evidence of use attached as deployment-proof',
    );

    // --- A challenge, 揭榜挂帅 (A.P10) -----------------------------------------------------------

    step('發榜: the science bureau publishes a challenge (over ¥30,000,000 is refused)');
    const challengeBody = {
      title: three('城市级多模态大模型', '城市級多模態大模型', 'A city-scale multimodal model'),
      goals: three('演示目标', '演示目標', 'Demo goals'),
      department: three('演示市科技创新局', '演示市科技創新局', 'Demo Science Bureau'),
      budgetCeilingFen: 3_000_000_000,
      phases: [
        { name: three('揭榜', '揭榜', 'Submission'), endsOn: '2027-06-30' },
        { name: three('攻关', '攻關', 'Research'), endsOn: '2028-12-31' },
      ],
      submissionDeadlineOn: '2027-06-30',
      criteria: [
        {
          id: 'technical',
          label: three('技术路线', '技術路線', 'Technical approach'),
          maxScore: 60,
        },
        { id: 'team', label: three('联合体', '聯合體', 'Consortium'), maxScore: 40 },
      ],
    };
    await refused(
      agency.post('/challenges', { ...challengeBody, budgetCeilingFen: 3_000_000_100 }),
      422,
      'a ceiling above ¥30,000,000',
    );
    const challenge = (await agency.post('/challenges', challengeBody)).json;
    show(`${challenge.title['zh-Hans']}: ceiling ${yuan(challenge.budgetCeilingFen)}`);

    step('The founder forms a consortium (the company as the start-up) and invites a university');
    const professor = await new Client(baseUrl, 'professor').logIn('importer@demo.opchub.cn');
    const first17 = '12440300MB0K3N7P2';
    const university = (
      await professor.post('/organisations', {
        creditCode: `${first17}${creditCodeCheckCharacter(first17)}`,
        name: '演示大学人工智能研究院',
        kind: 'research_institution',
      })
    ).json;
    const consortium = (
      await founder.post(`/challenges/${challenge.id}/consortia`, {
        leadOrganisationId: company.id,
        leadRoles: ['start-up'],
        proposal: '企业负责工程化，研究院负责模型架构',
      })
    ).json;
    await founder.post(`/challenges/consortia/${consortium.id}/invitations`, {
      organisationId: university.id,
      roles: ['research-partner'],
    });
    await refused(
      founder.post(`/challenges/consortia/${consortium.id}/submit`),
      422,
      'submitting before the research partner accepted',
    );
    const joined = (
      await professor.post(
        `/challenges/consortia/${consortium.id}/members/${university.id}/response`,
        { accept: true },
      )
    ).json;
    check(joined.eligibility.eligible, 'the university accepted: eligible');

    step('揭榜: the lead submits before the deadline');
    const submitted = (await founder.post(`/challenges/consortia/${consortium.id}/submit`)).json;
    check(submitted.status === 'submitted', `submitted ${submitted.submittedAt}`);

    step('The bureau assigns a panel; one member declares a conflict, the other scores');
    const reviewer = await new Client(baseUrl, 'reviewer').logIn('reviewer@demo.opchub.cn');
    const reviewer2 = await new Client(baseUrl, 'reviewer2').logIn('reviewer2@demo.opchub.cn');
    const reviewerId = (await reviewer.get('/me')).json.account.id;
    const reviewer2Id = (await reviewer2.get('/me')).json.account.id;
    await agency.call('PUT', `/challenges/${challenge.id}/panel`, {
      reviewerAccountIds: [reviewerId, reviewer2Id],
    });
    await reviewer2.post(`/challenges/${challenge.id}/conflicts`, {
      consortiumId: consortium.id,
      reason: '曾与研究院合作发表论文',
    });
    await refused(
      reviewer2.post(`/challenges/consortia/${consortium.id}/scores`, {
        scores: { technical: 60, team: 40 },
        comment: '—',
      }),
      403,
      'scoring with a declared conflict',
    );
    const scored = (
      await reviewer.post(`/challenges/consortia/${consortium.id}/scores`, {
        scores: { technical: 52, team: 35 },
        comment: '技术路线清晰，分工合理',
      })
    ).json;
    show(`score: ${scored.scores[0].total} / 100`);

    step('The bureau verifies the start-up and chooses the winner with reasons and milestones');
    await agency.post(
      `/challenges/consortia/${consortium.id}/members/${company.id}/startup-verification`,
      { note: '营业执照与成立时间核对无误' },
    );
    const awarded = (
      await agency.post(`/challenges/${challenge.id}/winner`, {
        consortiumId: consortium.id,
        reason: '评分最高（87 分），联合体结构完整',
        milestones: [
          { title: '模型架构验证', dueOn: '2027-12-31' },
          { title: '城市场景试运行', dueOn: '2028-12-31' },
        ],
      })
    ).json;
    check(awarded.status === 'awarded', 'winner chosen');

    step('Winning opens consortium.challenge (≤ ¥30,000,000) for the lead, tied to the milestones');
    const opened = (
      await founder.post(`/challenges/consortia/${consortium.id}/funding-application`)
    ).json;
    const challengeApplication = (await founder.get(`/applications/${opened.applicationId}`)).json;
    check(
      challengeApplication.application.facts.company?.consortiumChallengeWon === true,
      `draft ${opened.applicationId}: company.consortiumChallengeWon = true`,
    );
    const detail = (await agency.get(`/challenges/consortia/${consortium.id}`)).json;
    check(
      detail.fundingApplicationId === opened.applicationId,
      'application tied to the consortium',
    );

    step('驗收: the bureau accepts the first milestone');
    const accepted = (
      await agency.post(`/challenges/milestones/${detail.milestones[0].id}/acceptance`, {
        accepted: true,
        reason: '架构验证报告通过专家评审',
      })
    ).json;
    check(
      accepted.milestones[0].status === 'accepted',
      `${accepted.milestones[0].title}: accepted`,
    );

    // --- Talent recognition (issue #17 item 3) --------------------------------------------------
    // A recognition to a certificate whose code the public verification route confirms.
    const certificateCode = await runTalentDemo(baseUrl);
    show(`certificate ${certificateCode} confirmed on the public verification route`);

    console.log(`\nScenarios demo passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const demoPdf = Buffer.from(
  '%PDF-1.4\n% OPC Hub scenarios demo evidence\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `\nScenarios demo FAILED: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
