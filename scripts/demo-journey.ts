/**
 * `npm run demo:journey` — the whole public service, through the HTTP API, on a fresh embedded
 * database (issue #4 item 8): a founder finds a benefit, applies with evidence, a reviewer
 * recommends and a second reviewer approves (four eyes), finance pays through a batch file, and
 * the founder sees "paid". Prints each step; exits non-zero on any failure.
 *
 * NOTE: the settlement subsidy's tier amounts are unpublished in the source (A.P2). The demo
 * seed enters DEMO values (labelled as such), and step 2 has the demo administrator publish the
 * master's tier again through the rules module's parameter API, labelled as demo data, so the
 * amount the journey approves is visibly an administrator's entry and never invented silently.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testConfig } from '../src/config';
import { openDatabase } from '../src/db/client';
import { buildApp } from '../src/http/app';
import { seedDemoData } from '../src/modules/demo/service';
import { check, Client, payBatchAsTheBank, show, step, yuan } from './support/demo-client';
import { systemContext } from '../src/shared/service-context';
import { chinaDateOf } from '../src/shared/china-time';

const POLICY = 'talent.settlement-subsidy';
const TIER = 'talent.settlement-subsidy.tier-master-fen';

const demoPdf = Buffer.from(
  '%PDF-1.4\n% OPC Hub demo journey evidence\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

async function main() {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'opc-journey-'));
  process.env.DATA_DIR = dataDir; // evidence files of this run go here, and are removed after
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
    show(`server at ${baseUrl}, data in ${dataDir}`);

    const founder = await new Client(baseUrl, 'founder').logIn('founder@demo.opchub.cn');
    const admin = await new Client(baseUrl, 'admin').logIn('admin@demo.opchub.cn');
    const reviewer = await new Client(baseUrl, 'reviewer').logIn('reviewer@demo.opchub.cn');
    const reviewer2 = await new Client(baseUrl, 'reviewer2').logIn('reviewer2@demo.opchub.cn');
    const finance = await new Client(baseUrl, 'finance').logIn('finance@demo.opchub.cn');

    step(
      'Admin publishes the master’s tier of the settlement subsidy (DEMO value, A.P2 gives none)',
    );
    const today = chinaDateOf(new Date());
    await admin.post(`/parameters/${TIER}/values`, {
      effectiveFrom: today,
      status: 'published',
      value: 6_000_000,
      source: {
        clauses: ['A.P2'],
        document: 'DEMO DATA — not policy: entered by npm run demo:journey',
      },
      note: 'demo journey',
    });
    show(`${TIER} = ${yuan(6_000_000)} from ${today} (source: DEMO DATA)`);

    step('Founder finds a benefit: evaluate their situation with the rules engine');
    const facts = { person: { newlyArrived: true, highestDegree: 'master', benefitsReceived: [] } };
    const evaluation = await founder.post('/evaluations', { facts, policies: [POLICY] });
    const result = evaluation.json.results.find(
      (entry: { policyId: string }) => entry.policyId === POLICY,
    );
    check(result?.status === 'eligible', `${POLICY} is eligible`);
    show(`up to ${yuan(result.benefit.maxAmountFen)}; cites ${result.citations.join(', ')}`);

    step('Founder applies: starts the application, answers, bank account, evidence, submits');
    const startedApplication = await founder.post('/applications', { policyId: POLICY });
    const id: string = startedApplication.json.application.id;
    show(`application ${startedApplication.json.application.reference} (draft)`);
    await founder.patch(`/applications/${id}`, {
      version: startedApplication.json.application.version,
      facts,
      payee: {
        accountName: '林晓峰',
        bankName: '演示银行深圳分行 (DEMO)',
        accountNumber: '6217000012345678',
      },
    });
    const form = await founder.get(`/applications/${id}`);
    for (const document of form.json.policy.evidence.filter(
      (doc: { required: boolean }) => doc.required,
    )) {
      const body = new FormData();
      body.append('documentId', document.id);
      body.append(
        'file',
        new Blob([new Uint8Array(demoPdf)], { type: 'application/pdf' }),
        `${document.id}.pdf`,
      );
      await founder.upload(`/applications/${id}/evidence`, body);
      show(`uploaded ${document.id}.pdf (${document.label['zh-Hans']})`);
    }
    const submitted = await founder.post(`/applications/${id}/submit`);
    check(submitted.json.status === 'in_review', 'screening passed: in review');
    show(
      `cap from the stored snapshot ${yuan(submitted.json.capFen)}, due ${submitted.json.dueOn}`,
    );

    step('Reviewer finds it in the queue, reads the engine trace, recommends approval');
    const queue = await reviewer.get(`/review/queue?policyId=${POLICY}`);
    check(
      queue.json.items.some((item: { id: string }) => item.id === id),
      'it is in the review queue',
    );
    const detail = await reviewer.get(`/review/applications/${id}`);
    for (const line of detail.json.evaluation.criteria)
      show(`trace: ${line.id} (${line.clause}) → ${line.result}`);
    await reviewer.post(`/review/applications/${id}/recommendation`, {
      action: 'approve',
      amountFen: submitted.json.capFen,
      note: 'Degree certificate and household registration checked',
    });

    step('A second reviewer approves (four eyes); the budget is reserved');
    const approved = await reviewer2.post(`/review/applications/${id}/decision`, {
      decision: 'approve',
    });
    check(approved.json.status === 'approved', `approved ${yuan(approved.json.approvedAmountFen)}`);
    const budgets = await finance.get('/budgets');
    const line = budgets.json.find((entry: { policyId: string }) => entry.policyId === POLICY);
    show(
      `budget ${POLICY} ${line.year}: reserved ${yuan(line.reservedFen)}, remaining ${yuan(line.remainingFen)}`,
    );

    step('Finance builds a payment batch, exports the bank file, imports the bank result');
    const batch = await finance.post('/payments/batches', { applicationIds: [id] });
    show(
      `batch ${batch.json.reference}: ${batch.json.lineCount} line(s), ${yuan(batch.json.totalFen)}`,
    );
    const { upload, imported } = await payBatchAsTheBank(finance, batch.json.id);
    check(
      imported.json.summary.paid === 1,
      `bank result imported: ${imported.json.summary.paid} paid`,
    );
    check(imported.json.batch.reconciled, 'batch totals reconcile to the fen');
    const again = await finance.upload(`/payments/batches/${batch.json.id}/result`, upload);
    check(
      again.json.summary.paid === 0 && again.json.summary.alreadyRecorded === 1,
      're-importing the same file pays nothing twice',
    );

    step('Founder sees the application paid, with its timeline and inbox');
    const mine = await founder.get(`/applications/${id}`);
    check(
      mine.json.application.status === 'paid',
      `status: paid (${yuan(mine.json.application.approvedAmountFen)})`,
    );
    for (const event of mine.json.timeline)
      show(`timeline: ${event.occurredAt}  ${event.action} → ${event.toStatus}`);
    const inbox = await founder.get('/notifications');
    check(
      inbox.json.items.some((item: { kind: string }) => item.kind === 'application.record_paid'),
      `inbox: “${inbox.json.items[0].title}”`,
    );
    console.log(`\nDemo journey passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `\nDemo journey FAILED: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
