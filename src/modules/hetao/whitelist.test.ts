/**
 * The Hetao importers' white list over HTTP on a real database (issue #16 item 1, B.N3): apply,
 * withdraw, the officer's decisions, the entries' suspension, removal and reinstatement, the
 * public list, who may do what, and `whiteListEntryOn` / the recorded fact at validity boundaries.
 */
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { auditLog } from '../../db/schema/audit';
import { hetaoWhiteListApplications, hetaoWhiteListEntries } from '../../db/schema/hetao-whitelist';
import { notifications } from '../../db/schema/notifications';
import { chinaDateOf } from '../../shared/china-time';
import { whiteListRecordFacts } from './whitelist-facts';
import { whiteListEntryOn } from './whitelist-service';
import {
  createOrganisationForTest,
  listImporterForTest,
  whiteListApplicationBody,
} from './whitelist-test-support';

type SignedIn = TestClient & { accountId: string; email: string };

let server: TestServer;
let officer: SignedIn;
let customs: SignedIn;

const BASE = '/api/v1/hetao/white-list';

function shiftDays(date: string, days: number) {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}
const today = () => chinaDateOf(new Date());

beforeAll(async () => {
  server = await startTestServer();
  officer = await server.signedInClient(['whitelist_officer']);
  customs = await server.signedInClient(['customs_officer']);
}, 120_000);
afterAll(async () => server?.close());

async function importerWithOrganisation() {
  const importer = await server.signedInClient(['founder']);
  const organisationId = await createOrganisationForTest(importer);
  return { importer, organisationId };
}

async function rowCounts() {
  const db = server.database.db;
  const [applications] = await db.select({ n: count() }).from(hetaoWhiteListApplications);
  const [entries] = await db.select({ n: count() }).from(hetaoWhiteListEntries);
  const [audits] = await db.select({ n: count() }).from(auditLog);
  return { applications: applications!.n, entries: entries!.n, audits: audits!.n };
}

describe('applying', () => {
  it('a founder applies; the application is in the officer’s queue, audited; customs may read it', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const applied = await importer.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId),
    );
    expect(applied.status, applied.text).toBe(201);
    expect(applied.body).toMatchObject({
      organisationId,
      status: 'submitted',
      entityType: 'public_institution',
      registeredInSupervisedArea: true,
      documents: [],
    });
    const queue = await officer.get(`${BASE}/applications`);
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((item: { id: string }) => item.id)).toContain(applied.body.id);
    expect((await customs.get(`${BASE}/applications/${applied.body.id}`)).status).toBe(200);
    expect((await customs.get(`${BASE}/applications`)).status).toBe(200);
    const audits = await server.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, applied.body.id));
    expect(audits.map((row) => row.action)).toContain('hetao.white_list_application.submitted');
    const mine = await importer.get(`${BASE}/mine`);
    expect(mine.body[0]).toMatchObject({ organisationId, isFounder: true, entry: null });
    expect(mine.body[0].applications[0].id).toBe(applied.body.id);
  });

  it('refuses a second live application, a non-member, a non-founder member and an undeclared registration', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    expect(
      (await importer.post(`${BASE}/applications`, whiteListApplicationBody(organisationId)))
        .status,
    ).toBe(201);
    const stranger = await server.signedInClient(['founder']);
    const before = await rowCounts();
    const second = await importer.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId),
    );
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('hetao.white_list_application_live');

    const notMember = await stranger.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId),
    );
    expect(notMember.status).toBe(400);
    expect(notMember.body.errors[0].pointer).toBe('/body/organisationId');

    const undeclared = await importer.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId, { registeredInSupervisedArea: false }),
    );
    expect(undeclared.status).toBe(400);
    expect(undeclared.body.errors[0].pointer).toBe('/body/registeredInSupervisedArea');

    const noContacts = await importer.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId, { contacts: [] }),
    );
    expect(noContacts.status).toBe(400);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a member who is not a founder (403)', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const member = await server.signedInClient([]);
    const invited = await importer.post(`/api/v1/organisations/${organisationId}/members`, {
      email: member.email,
      role: 'member',
    });
    expect(invited.status, invited.text).toBe(202);
    const accepted = await member.post(`/api/v1/invitations/${invited.body.id}/accept`);
    expect(accepted.status, accepted.text).toBe(200);
    const refused = await member.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId),
    );
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('hetao.white_list_not_founder');
    // A member may read the standing, not act.
    expect((await member.get(`${BASE}/mine`)).body[0].isFounder).toBe(false);
  });

  it('withdraws a live application, then a new one may be made; a withdrawn one cannot be withdrawn again', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const applied = await importer.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId),
    );
    const withdrawn = await importer.post(`${BASE}/applications/${applied.body.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    const again = await importer.post(`${BASE}/applications/${applied.body.id}/withdraw`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('hetao.illegal_transition');
    const officerListsWithdrawn = await officer.post(
      `${BASE}/applications/${applied.body.id}/list`,
      {
        validFrom: '2026-02-10',
        validUntil: null,
      },
    );
    expect(officerListsWithdrawn.status).toBe(409);
    expect(
      (await importer.post(`${BASE}/applications`, whiteListApplicationBody(organisationId)))
        .status,
    ).toBe(201);
  });

  it('attaches a sniffed document and serves it back to the officer; refuses other types', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const applied = await importer.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId),
    );
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    const form = new FormData();
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), '登记证书.pdf');
    const attached = await importer.request(
      'POST',
      `${BASE}/applications/${applied.body.id}/documents`,
      {
        body: form,
      },
    );
    expect(attached.status, attached.text).toBe(201);
    expect(attached.body.documents).toHaveLength(1);
    const documentId = attached.body.documents[0].id;
    const download = await officer.get(
      `${BASE}/applications/${applied.body.id}/documents/${documentId}`,
    );
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('application/pdf');

    const text = new FormData();
    text.append('file', new Blob(['just text'], { type: 'application/pdf' }), 'x.pdf');
    const refused = await importer.request(
      'POST',
      `${BASE}/applications/${applied.body.id}/documents`,
      {
        body: text,
      },
    );
    expect(refused.status).toBe(415);
    // The officer cannot upload to someone's application.
    const byOfficer = await officer.request(
      'POST',
      `${BASE}/applications/${applied.body.id}/documents`,
      {
        body: form,
      },
    );
    expect(byOfficer.status).toBe(404);
  });
});

describe('the officer’s decisions', () => {
  it('asks for more information; the founder answers; the officer lists it; members are notified', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const applied = await importer.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId),
    );
    const id = applied.body.id;
    const asked = await officer.post(`${BASE}/applications/${id}/request-information`, {
      request: '请补充海关监管区域内的登记证明',
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({
      status: 'more_information_requested',
      informationRequest: '请补充海关监管区域内的登记证明',
    });
    // Not listable until answered.
    expect(
      (
        await officer.post(`${BASE}/applications/${id}/list`, {
          validFrom: '2026-02-10',
          validUntil: null,
        })
      ).status,
    ).toBe(409);
    const answered = await importer.post(`${BASE}/applications/${id}/information`, {
      response: '已上传登记证明',
      supervisedAreaAddress: '深圳市福田区河套深港科技创新合作区深圳园区 2 号楼',
    });
    expect(answered.status, answered.text).toBe(200);
    expect(answered.body).toMatchObject({
      status: 'submitted',
      informationResponse: '已上传登记证明',
      supervisedAreaAddress: '深圳市福田区河套深港科技创新合作区深圳园区 2 号楼',
    });
    const listed = await officer.post(`${BASE}/applications/${id}/list`, {
      validFrom: '2026-02-10',
      validUntil: '2029-02-09',
      filingReference: '财关税备〔2026〕1号',
    });
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.application.status).toBe('listed');
    expect(listed.body.entry).toMatchObject({
      organisationId,
      status: 'listed',
      validFrom: '2026-02-10',
      validUntil: '2029-02-09',
      filingReference: '财关税备〔2026〕1号',
    });
    const inbox = await server.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.recipientAccountId, importer.accountId));
    expect(inbox.map((row) => row.kind)).toEqual(
      expect.arrayContaining(['hetao.white_list.information_requested', 'hetao.white_list.listed']),
    );
    // Applying again while listed is refused.
    const again = await importer.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId),
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('hetao.white_list_already_listed');
  });

  it('refuses with reasons; the organisation may apply again', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const applied = await importer.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId),
    );
    const refused = await officer.post(`${BASE}/applications/${applied.body.id}/refuse`, {
      reasons: '未登记在海关监管区域内',
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({
      status: 'refused',
      refusalReasons: '未登记在海关监管区域内',
    });
    const facts = await whiteListRecordFacts(server.database.db, { organisationId }, today());
    expect(facts).toMatchObject([{ fact: 'importer.whiteListed', value: false }]);
    expect(
      (await importer.post(`${BASE}/applications`, whiteListApplicationBody(organisationId)))
        .status,
    ).toBe(201);
  });

  it('refuses an end date before the start, and empty reasons, writing nothing', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const applied = await importer.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId),
    );
    const before = await rowCounts();
    const backwards = await officer.post(`${BASE}/applications/${applied.body.id}/list`, {
      validFrom: '2026-03-01',
      validUntil: '2026-02-28',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.code).toBe('hetao.white_list_validity_invalid');
    const noReasons = await officer.post(`${BASE}/applications/${applied.body.id}/refuse`, {
      reasons: '  ',
    });
    expect(noReasons.status).toBe(400);
    expect(await rowCounts()).toEqual(before);
  });

  it('lets only the white-list officer decide (customs, founders and the public are refused)', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const applied = await importer.post(
      `${BASE}/applications`,
      whiteListApplicationBody(organisationId),
    );
    const body = { validFrom: '2026-02-10', validUntil: null };
    for (const client of [customs, importer])
      expect((await client.post(`${BASE}/applications/${applied.body.id}/list`, body)).status).toBe(
        403,
      );
    expect(
      (await server.client().post(`${BASE}/applications/${applied.body.id}/list`, body)).status,
    ).toBe(401);
    expect((await importer.get(`${BASE}/applications`)).status).toBe(403);
    expect((await importer.get(`${BASE}/entries`)).status).toBe(403);
  });
});

describe('entries: suspend, reinstate, remove, expire', () => {
  it('suspends from today (not listed today, listed yesterday), reinstates, then removes', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const { entryId } = await listImporterForTest(server, importer, organisationId);
    const db = server.database.db;
    const yesterday = shiftDays(today(), -1);
    expect(await whiteListEntryOn(db, organisationId, today())).toEqual({
      entryId,
      listedSince: '2026-02-10',
      validUntil: null,
    });

    const suspended = await officer.post(`${BASE}/entries/${entryId}/suspend`, {
      reasons: '核查进口货物用途',
    });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ status: 'suspended', suspendedFrom: today() });
    expect(await whiteListEntryOn(db, organisationId, today())).toBeNull();
    expect(await whiteListEntryOn(db, organisationId, yesterday)).not.toBeNull();
    expect(await whiteListRecordFacts(db, { organisationId }, today())).toMatchObject([
      { value: false, source: { kind: 'hetao-white-list', id: entryId } },
    ]);
    // Suspending twice is not a transition.
    expect(
      (await officer.post(`${BASE}/entries/${entryId}/suspend`, { reasons: 'again' })).status,
    ).toBe(409);
    // A suspended organisation may not apply anew.
    expect(
      (await importer.post(`${BASE}/applications`, whiteListApplicationBody(organisationId))).body
        .code,
    ).toBe('hetao.white_list_already_listed');

    const reinstated = await officer.post(`${BASE}/entries/${entryId}/reinstate`, {
      reasons: '核查完毕',
    });
    expect(reinstated.body).toMatchObject({ status: 'listed', suspendedFrom: null });
    expect(await whiteListEntryOn(db, organisationId, today())).not.toBeNull();

    const removed = await officer.post(`${BASE}/entries/${entryId}/remove`, {
      reasons: '机构注销',
    });
    expect(removed.body).toMatchObject({ status: 'removed', removedFrom: today() });
    expect(await whiteListEntryOn(db, organisationId, today())).toBeNull();
    expect(await whiteListEntryOn(db, organisationId, yesterday)).not.toBeNull();
    expect(
      (await officer.post(`${BASE}/entries/${entryId}/reinstate`, { reasons: 'x' })).status,
    ).toBe(409);
    const actions = (await db.select().from(auditLog).where(eq(auditLog.subjectId, entryId))).map(
      (row) => row.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'hetao.white_list_entry.listed',
        'hetao.white_list_entry.suspended',
        'hetao.white_list_entry.reinstated',
        'hetao.white_list_entry.removed',
      ]),
    );
    // After removal the organisation may apply again.
    expect(
      (await importer.post(`${BASE}/applications`, whiteListApplicationBody(organisationId)))
        .status,
    ).toBe(201);
  });

  it('is listed on validFrom and validUntil inclusive, not the day before or after', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const { entryId } = await listImporterForTest(server, importer, organisationId, {
      validFrom: '2026-03-01',
      validUntil: '2026-08-31',
    });
    const db = server.database.db;
    expect(await whiteListEntryOn(db, organisationId, '2026-02-28')).toBeNull();
    expect(await whiteListEntryOn(db, organisationId, '2026-03-01')).toMatchObject({ entryId });
    expect(await whiteListEntryOn(db, organisationId, '2026-08-31')).toMatchObject({
      entryId,
      listedSince: '2026-03-01',
      validUntil: '2026-08-31',
    });
    expect(await whiteListEntryOn(db, organisationId, '2026-09-01')).toBeNull();
    expect(await whiteListRecordFacts(db, { organisationId }, '2026-09-01')).toMatchObject([
      { value: false, source: { since: '2026-03-01', until: '2026-08-31' } },
    ]);
    expect(await whiteListRecordFacts(db, { organisationId }, '2026-02-28')).toMatchObject([
      { value: false },
    ]);
    expect(await whiteListRecordFacts(db, { organisationId }, '2026-03-01')).toMatchObject([
      { value: true, source: { kind: 'hetao-white-list', id: entryId } },
    ]);
  });

  it('shows an entry that ended yesterday as expired, lets the organisation apply and be listed again', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const yesterday = shiftDays(today(), -1);
    const { entryId } = await listImporterForTest(server, importer, organisationId, {
      validFrom: '2026-02-10',
      validUntil: yesterday,
    });
    const entry = await officer.get(`${BASE}/entries/${entryId}`);
    expect(entry.body.status).toBe('expired');
    expect(await whiteListEntryOn(server.database.db, organisationId, today())).toBeNull();
    const { entryId: renewed } = await listImporterForTest(server, importer, organisationId, {
      validFrom: today(),
      validUntil: null,
    });
    expect((await officer.get(`${BASE}/entries/${entryId}`)).body.status).toBe('superseded');
    expect(await whiteListEntryOn(server.database.db, organisationId, today())).toMatchObject({
      entryId: renewed,
    });
    expect(await whiteListEntryOn(server.database.db, organisationId, yesterday)).toMatchObject({
      entryId,
    });
  });

  it('records the filing reference and a new last day (audited); refuses a last day before the first', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const { entryId } = await listImporterForTest(server, importer, organisationId);
    const updated = await officer.patch(`${BASE}/entries/${entryId}`, {
      filingReference: '备案 2026-007',
      validUntil: '2028-12-31',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      filingReference: '备案 2026-007',
      validUntil: '2028-12-31',
    });
    const backwards = await officer.patch(`${BASE}/entries/${entryId}`, {
      validUntil: '2026-01-01',
    });
    expect(backwards.status).toBe(400);
    expect(
      (await customs.patch(`${BASE}/entries/${entryId}`, { filingReference: 'x' })).status,
    ).toBe(403);
    expect((await customs.get(`${BASE}/entries/${entryId}`)).status).toBe(200);
  });
});

describe('the public list and the recorded fact', () => {
  it('shows name, entity type, listed since, valid until and status — nothing private — to anyone', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    await listImporterForTest(server, importer, organisationId);
    const response = await server.client().get(BASE);
    expect(response.status).toBe(200);
    expect(response.body.asOf).toBe(today());
    const mine = await importer.get('/api/v1/organisations/' + organisationId);
    const shown = response.body.entries.find(
      (entry: { name: string }) => entry.name === mine.body.name,
    );
    expect(shown).toEqual({
      name: mine.body.name,
      entityType: 'public_institution',
      listedSince: '2026-02-10',
      validUntil: null,
      status: 'listed',
    });
    expect(response.text).not.toContain('测试联系人');
    expect(response.text).not.toContain(organisationId);
  });

  it('gives no fact for an organisation that never applied, or whose application is pending', async () => {
    const { importer, organisationId } = await importerWithOrganisation();
    const db = server.database.db;
    expect(await whiteListRecordFacts(db, { organisationId }, today())).toEqual([]);
    expect(await whiteListRecordFacts(db, { organisationId: null }, today())).toEqual([]);
    await importer.post(`${BASE}/applications`, whiteListApplicationBody(organisationId));
    expect(await whiteListRecordFacts(db, { organisationId }, today())).toEqual([]);
    expect(await whiteListEntryOn(db, organisationId, today())).toBeNull();
  });
});
