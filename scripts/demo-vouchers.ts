/**
 * `npm run demo:vouchers` — a compute voucher from grant to paid settlement, through the HTTP API,
 * on a fresh embedded database (issue #13 item 12): a start-up applies for a training-compute
 * voucher for a ¥4,000,000 contract and two reviewers approve it (the grant: 60 %, ¥2,400,000,
 * A.V1); the provider registers the contract with its API token, the company confirms it, the
 * provider holds and captures (a retry with the same Idempotency-Key changes nothing); finance
 * issues the provider's statement and pays it through a payment batch. Prints each step; exits
 * non-zero on any failure.
 *
 * NOTE: statements cover periods that are over, so the demo runs its clock forward: the server's
 * "now" is moved to the first day of next month before finance settles (as a month-end run would).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testConfig } from '../src/config';
import { openDatabase } from '../src/db/client';
import { buildApp } from '../src/http/app';
import { seedDemoData } from '../src/modules/demo/service';
import { chinaMonthOf } from '../src/shared/china-time';
import { systemContext } from '../src/shared/service-context';
import { check, Client, payBatchAsTheBank, show, step, yuan } from './support/demo-client';

const POLICY = 'voucher.compute';
const CONTRACT_FEN = 400_000_000; // ¥4,000,000

async function main() {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'opc-vouchers-'));
  process.env.DATA_DIR = dataDir;
  const database = await openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
  const config = testConfig({ dataDir, loginRateLimitPer15Min: 1000 });
  let clockOffsetMs = 0;
  const { app } = await buildApp(config, database, {
    now: () => new Date(Date.now() + clockOffsetMs),
  });
  try {
    step('Fresh embedded database (PGlite): migrate and seed the demo data');
    await database.migrate();
    await seedDemoData(systemContext(database.db, 'demo-seed'));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    show(`server at ${baseUrl}`);

    const founder = await new Client(baseUrl, 'founder').logIn('founder@demo.opchub.cn');
    const reviewer = await new Client(baseUrl, 'reviewer').logIn('reviewer@demo.opchub.cn');
    const reviewer2 = await new Client(baseUrl, 'reviewer2').logIn('reviewer2@demo.opchub.cn');
    const finance = await new Client(baseUrl, 'finance').logIn('finance@demo.opchub.cn');
    const providerStaff = await new Client(baseUrl, 'provider').logIn('provider@demo.opchub.cn');

    step('A start-up applies for a training-compute voucher for a ¥4,000,000 contract');
    const companies = await founder.get('/organisations');
    const company = companies.json[0];
    show(`company ${company.name} (${company.creditCode})`);
    const facts = {
      person: { hasCompany: true },
      company: {
        isStartup: true,
        benefitsReceived: [],
        plannedPurchase: {
          compute: { planned: true, amountFen: CONTRACT_FEN, relatedParty: false },
        },
      },
    };
    const start = await founder.post('/applications', {
      policyId: POLICY,
      organisationId: company.id,
    });
    const id: string = start.json.application.id;
    await founder.patch(`/applications/${id}`, {
      version: start.json.application.version,
      facts,
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
    }
    const submitted = await founder.post(`/applications/${id}/submit`);
    check(
      submitted.json.status === 'in_review',
      `screened: voucher of ${yuan(submitted.json.capFen)}`,
    );

    step('Two reviewers approve (four eyes): the voucher grant is issued from the 2026 pool');
    await reviewer.post(`/review/applications/${id}/recommendation`, {
      action: 'approve',
      note: 'Contract draft and start-up status checked',
    });
    const approved = await reviewer2.post(`/review/applications/${id}/decision`, {
      decision: 'approve',
    });
    check(approved.json.status === 'approved', 'approved');
    const balances = await founder.get(`/vouchers/companies/${company.id}`);
    const compute = balances.json.kinds.find((kind: { kind: string }) => kind.kind === 'compute');
    check(
      compute.availableFen === 240_000_000,
      `compute voucher available: ${yuan(compute.availableFen)}`,
    );

    step('The provider creates an API token (in the browser session) for its system');
    const token = await providerStaff.post('/me/tokens', { name: 'demo:vouchers' });
    const api = Client.withToken(baseUrl, 'provider-api', token.json.secret);
    const mine = await api.get('/vouchers/providers/mine');
    const provider = mine.json[0];
    show(`token ${token.json.token.prefix}…, provider ${provider.name}`);

    step('Provider registers the contract through the API');
    const contractPath = `/vouchers/providers/${provider.id}/contracts`;
    const registerKey = randomUUID();
    const registered = await api.command(contractPath, registerKey, {
      contractNumber: `DEMO-${Date.now()}`,
      creditCode: company.creditCode,
      kind: 'compute',
      contractAmountFen: CONTRACT_FEN,
      contractDate: new Date().toISOString().slice(0, 10),
      relatedParty: false,
      description: 'GPU training hours (demo)',
    });
    const contract = registered.json;
    check(
      contract.status === 'awaiting_company',
      `contract ${contract.contractNumber}: awaiting the company`,
    );
    const retried = await api.command(contractPath, registerKey, {
      contractNumber: contract.contractNumber,
      creditCode: company.creditCode,
      kind: 'compute',
      contractAmountFen: CONTRACT_FEN,
      contractDate: contract.contractDate,
      relatedParty: false,
      description: 'GPU training hours (demo)',
    });
    check(
      retried.json.id === contract.id && retried.headers.get('idempotent-replayed') === 'true',
      'a retry with the same Idempotency-Key returns the first answer, nothing registered twice',
    );

    step('The company confirms the contract (not a related party)');
    const confirmed = await founder.post(`/vouchers/contracts/${contract.id}/confirm`, {
      relatedParty: false,
    });
    check(confirmed.json.status === 'confirmed', 'confirmed');

    step('Provider holds the subsidy, then captures it on delivery');
    const base = `${contractPath}/${contract.id}`;
    const held = await api.command(`${base}/hold`, randomUUID());
    check(
      held.json.heldFen === 240_000_000,
      `held ${yuan(held.json.heldFen)} (rate ${held.json.rateBp / 100} %)`,
    );
    const captureKey = randomUUID();
    const captureBody = { invoiceNumber: 'DEMO-INV-0001', deliveryProof: 'Delivery record (demo)' };
    const captured = await api.command(`${base}/capture`, captureKey, captureBody);
    check(captured.json.status === 'captured', `captured ${yuan(captured.json.capturedFen)}`);
    const again = await api.command(`${base}/capture`, captureKey, captureBody);
    check(again.json.capturedFen === 240_000_000, 'the capture retried with its key: one effect');

    step('Month end: finance issues the provider statement and pays it in a batch');
    const now = new Date();
    const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 2, 0, 0));
    clockOffsetMs = nextMonth.getTime() - now.getTime();
    const period = chinaMonthOf(now);
    await finance.logIn('finance@demo.opchub.cn'); // a month later: a new session
    const issued = await finance.post('/vouchers/statements', { period, providerId: provider.id });
    const statement = issued.json[0];
    check(
      statement.netFen === 240_000_000,
      `statement ${statement.reference}: ${yuan(statement.netFen)}`,
    );
    const batch = await finance.post('/payments/batches', { statementIds: [statement.id] });
    show(`batch ${batch.json.reference}: ${yuan(batch.json.totalFen)}`);
    const { imported } = await payBatchAsTheBank(finance, batch.json.id);
    check(imported.json.summary.paid === 1, `paid line: ${yuan(imported.json.summary.paidFen)}`);
    const overview = await finance.get(`/vouchers/overview?year=${now.getUTCFullYear()}`);
    check(
      overview.json.ledger.balanced,
      `ledger balanced: ${overview.json.ledger.transfers} transfers, sum ${overview.json.ledger.balanceSumFen} fen`,
    );
    const paidStatement = await finance.get(`/vouchers/statements/${statement.id}`);
    check(
      paidStatement.json.status === 'paid' && paidStatement.json.reconciled,
      'statement paid and reconciled',
    );

    console.log(`\nVoucher demo passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const demoPdf = Buffer.from(
  '%PDF-1.4\n% OPC Hub voucher demo evidence\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `\nVoucher demo FAILED: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
