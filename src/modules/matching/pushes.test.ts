/**
 * Pushes and "found for you" (issue #15 items 3 and 6) on a real server: a digest is one message
 * per person listing every benefit found, with amount, reason and a prefilled application; a
 * push is never sent twice; an opt-out suppresses; profiles with no one to tell wait; a founder
 * sees only their own companies' findings.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchingProfiles, matchingPushCandidates } from '../../db/schema/matching';
import { notificationOutbox, notifications } from '../../db/schema/notifications';
import { startTestServer, type TestServer } from '../../../test/support/test-server';
import { drainMatching, importCsv, newCreditCode } from './test-support';

let server: TestServer;
type Client = Awaited<ReturnType<TestServer['signedInClient']>>;
let admin: Client;
let founderA: Client;
let founderB: Client;
let founderC: Client;
let organisationA: string;
let organisationB: string;
const codeA = newCreditCode();
const codeB = newCreditCode();
const codeC = newCreditCode();

const header = ['统一社会信用代码', '企业名称', '成立日期', 'ai', 'team', 'startup'];
const mapping = {
  统一社会信用代码: 'profile.creditCode',
  企业名称: 'profile.name',
  成立日期: 'company.foundedOn',
  ai: 'company.isAiCompany',
  team: 'company.teamSize',
  startup: 'company.isStartup',
};
const row = (code: string, name: string) => [code, name, '2025-06-01', '是', '3', '是'];

const db = () => server.database.db;

async function registerCompany(client: Client, creditCode: string, name: string) {
  const created = await client.post('/api/v1/organisations', {
    creditCode,
    name,
    kind: 'company',
  });
  expect(created.status, created.text).toBe(201);
  return created.body.id as string;
}

async function candidatesOf(creditCode: string) {
  return db()
    .select({
      id: matchingPushCandidates.id,
      sentAt: matchingPushCandidates.sentAt,
      suppressedAt: matchingPushCandidates.suppressedAt,
    })
    .from(matchingPushCandidates)
    .innerJoin(matchingProfiles, eq(matchingProfiles.id, matchingPushCandidates.profileId))
    .where(eq(matchingProfiles.creditCode, creditCode));
}

async function pushesOf(accountId: string) {
  return db()
    .select()
    .from(notifications)
    .where(eq(notifications.recipientAccountId, accountId))
    .then((rows) => rows.filter((item) => item.kind === 'matching.benefits_found'));
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signedInClient(['admin']);
  founderA = await server.signedInClient(['founder']);
  founderB = await server.signedInClient(['founder']);
  founderC = await server.signedInClient(['founder']);
  organisationA = await registerCompany(founderA, codeA, '前海智算科技有限公司');
  organisationB = await registerCompany(founderB, codeB, '福田模型有限公司');
  // B opts out before anything is found.
  const optOut = await founderB.put('/api/v1/matching/preferences', { benefitPushes: false });
  expect(optOut.status, optOut.text).toBe(200);
  expect(optOut.body.benefitPushes).toBe(false);
  const imported = await importCsv(
    admin,
    [
      header,
      row(codeA, '前海智算科技有限公司'),
      row(codeB, '福田模型有限公司'),
      row(codeC, '罗湖未注册有限公司'),
    ],
    mapping,
  );
  expect(imported.status, imported.text).toBe(201);
  await drainMatching(db());
}, 120_000);
afterAll(async () => server?.close());

describe('sending pushes after a match run', () => {
  it('sends one digest per person listing every benefit, with amount, reason and apply link', async () => {
    const candidates = await candidatesOf(codeA);
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    expect(candidates.every((candidate) => candidate.sentAt !== null)).toBe(true);
    const pushes = await pushesOf(founderA.accountId);
    expect(pushes).toHaveLength(1);
    const [push] = pushes;
    expect(push!.title['zh-Hans']).toBe(`为您找到 ${candidates.length} 项扶持政策`);
    const body = push!.body['zh-Hans'];
    expect(body.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(
      candidates.length,
    );
    expect(body).toContain(`/applications/new?policy=`);
    expect(body).toContain(`&organisation=${organisationA}`);
    expect(body).toMatch(/¥[\d,]+\.\d\d/);
    expect(push!.link).toBe('/found-for-you');
    // And the e-mail in the outbox, as every notification.
    const mails = await db()
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.notificationId, push!.id));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.toAddress).toBe(founderA.email);
  });

  it('never sends the same push twice', async () => {
    const again = await admin.post('/api/v1/matching/pushes/send');
    expect(again.status, again.text).toBe(200);
    expect(again.body).toMatchObject({ messages: 0, sent: 0, suppressed: 0 });
    // A new run over everyone finds the same results: nothing new to push.
    const run = await admin.post('/api/v1/matching/runs', {});
    expect(run.status, run.text).toBe(202);
    await drainMatching(db());
    expect(await pushesOf(founderA.accountId)).toHaveLength(1);
  });

  it('honours the opt-out: suppressed, not sent, and not sent later when turned back on', async () => {
    expect(await pushesOf(founderB.accountId)).toHaveLength(0);
    const candidates = await candidatesOf(codeB);
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((c) => c.sentAt === null && c.suppressedAt !== null)).toBe(true);
    const on = await founderB.put('/api/v1/matching/preferences', { benefitPushes: true });
    expect(on.body.benefitPushes).toBe(true);
    const sent = await admin.post('/api/v1/matching/pushes/send');
    expect(sent.body.messages).toBe(0);
    expect(await pushesOf(founderB.accountId)).toHaveLength(0);
    expect((await founderB.get('/api/v1/matching/preferences')).body.benefitPushes).toBe(true);
  });

  it('leaves the candidates of an unlinked profile waiting, and sends them once it is linked', async () => {
    const waiting = await candidatesOf(codeC);
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((c) => c.sentAt === null && c.suppressedAt === null)).toBe(true);
    const before = await admin.post('/api/v1/matching/pushes/send');
    expect(before.body.waiting).toBe(waiting.length);
    await registerCompany(founderC, codeC, '罗湖未注册有限公司');
    const after = await admin.post('/api/v1/matching/pushes/send');
    expect(after.body).toMatchObject({ messages: 1, sent: waiting.length, waiting: 0 });
    expect(await pushesOf(founderC.accountId)).toHaveLength(1);
  });

  it('lets only administrators send a digest by hand', async () => {
    expect((await founderA.post('/api/v1/matching/pushes/send')).status).toBe(403);
  });
});

describe('found for you', () => {
  it("shows a founder their own companies' benefits with amounts and the missing fact's question", async () => {
    const found = await founderA.get('/api/v1/matching/found-for-me');
    expect(found.status, found.text).toBe(200);
    expect(found.body.benefitPushes).toBe(true);
    expect(found.body.items.length).toBeGreaterThanOrEqual(2);
    for (const item of found.body.items) {
      expect(item.organisationId).toBe(organisationA);
      expect(item.applyPath).toBe(
        `/applications/new?policy=${encodeURIComponent(item.policyId)}&organisation=${organisationA}`,
      );
      if (item.reason === 'one_fact_away') {
        expect(item.missingFact).toEqual(expect.any(String));
        expect(item.missingFactQuestion).not.toBe(item.missingFact);
        expect(item.maxAmountFen).toBeGreaterThan(0);
      }
    }
  });

  it("shows a second founder nothing of the first's", async () => {
    const found = await founderB.get('/api/v1/matching/found-for-me');
    expect(found.status).toBe(200);
    expect(found.body.items.length).toBeGreaterThan(0);
    expect(found.body.items.every((item: any) => item.organisationId === organisationB)).toBe(true);
    const stranger = await server.signedInClient(['founder']);
    const none = await stranger.get('/api/v1/matching/found-for-me');
    expect(none.body).toEqual({ items: [], benefitPushes: true });
  });
});
