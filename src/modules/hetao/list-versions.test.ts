import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { parseListCsv } from './list-format';
import { searchAudit } from '../audit/service';
import { systemContext } from '../../shared/service-context';
import { loadLookupSources } from './sources';
import { csvBytes, formWithFile, workbookBytes } from './test-support';
import { WORKING_LIST_FILE } from './working-list';

const row = (itemId: string, extra: Record<string, string | number> = {}) => ({
  item_id: itemId,
  category: 'consumables',
  name_zh_hans: `官方条目${itemId}`,
  name_zh_hant: `官方條目${itemId}`,
  name_en: `Official item ${itemId}`,
  includes: '3821',
  excludes: '',
  regime: 'write-off',
  notes: '',
  source: '財關稅〔2026〕1號 附件',
  ...extra,
});

let server: TestServer;
let customs: TestClient;
let founder: TestClient;
let anonymous: TestClient;
const workingListItems = parseListCsv(readFileSync(WORKING_LIST_FILE, 'utf8')).items;

function importFile(
  client: TestClient,
  bytes: Uint8Array,
  name: string,
  fields: Record<string, string> = {},
) {
  return client.request('POST', '/api/v1/hetao/list-versions/import', {
    body: formWithFile({ bytes, name }, { title: '免税科研货物清单（首批，官方）', ...fields }),
  });
}

beforeAll(async () => {
  server = await startTestServer();
  customs = await server.signedInClient(['customs_officer']);
  founder = await server.signedInClient(['founder']);
  anonymous = server.client();
});
afterAll(async () => {
  await server?.close();
});

describe('the working list on first start', () => {
  it('is the published version, labelled as a working list, with every item of the CSV', async () => {
    const response = await anonymous.get('/api/v1/hetao/list');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'published',
      isWorkingList: true,
      issuingDocument: '財關稅〔2026〕1號',
      effectiveDate: '2026-02-10',
      itemCount: workingListItems.length,
    });
    expect(response.body.workingListNotice['zh-Hans']).toMatch(/工作清单/);
    expect(response.body.workingListNotice.en).toMatch(/not the official/);
    expect(response.body.items.map((item: { itemId: string }) => item.itemId)).toEqual(
      workingListItems.map((item) => item.itemId),
    );
    expect(response.body.categories.map((category: { id: string }) => category.id)).toEqual([
      'equipment',
      'apparatus',
      'consumables',
      'literature',
      'specimens',
      'animals',
    ]);
    const sources = await loadLookupSources(server.database.db);
    expect(sources.listVersion).toMatchObject({ id: response.body.id, isWorkingList: true });
    expect(sources.listItems).toHaveLength(workingListItems.length);
  });

  it('is in the public changelog as the first version', async () => {
    const response = await anonymous.get('/api/v1/hetao/changelog');
    expect(response.status).toBe(200);
    expect(response.body.entries).toHaveLength(1);
    expect(response.body.entries[0]).toMatchObject({
      previous: null,
      summary: { added: workingListItems.length, removed: 0, changed: 0 },
      diff: null,
    });
  });
});

describe('importing the official list', () => {
  it('is for customs and administrators only', async () => {
    const bytes = csvBytes([row('OF-1')]);
    expect((await importFile(anonymous, bytes, 'list.csv')).status).toBe(401);
    expect((await importFile(founder, bytes, 'list.csv')).status).toBe(403);
  });

  it('refuses a file with bad rows — every problem with its line — and imports nothing', async () => {
    const response = await importFile(
      customs,
      csvBytes([
        row('OF-1'),
        row('OF-2', { category: 'furniture' }),
        row('OF-3', { includes: '38.21' }),
      ]),
      'official.csv',
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('hetao.import_invalid');
    expect(response.body.errorCount).toBe(2);
    expect(response.body.rowErrors).toEqual([
      expect.objectContaining({ line: 3, column: 'category' }),
      expect.objectContaining({ line: 4, column: 'includes' }),
    ]);
    expect(response.body.errors[0].pointer).toBe('/file/3/category');
    const drafts = await customs.get('/api/v1/hetao/list-versions?status=draft');
    expect(drafts.body).toEqual([]);
  });

  it('refuses what is not a list file at all (415) and a request without a file', async () => {
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
    expect((await importFile(customs, exe, 'list.csv')).status).toBe(415);
    const noFile = await customs.post('/api/v1/hetao/list-versions/import', { title: 'x' });
    expect(noFile.status).toBe(415);
  });

  it('reports a missing title as a field error', async () => {
    const form = formWithFile({ bytes: csvBytes([row('OF-1')]), name: 'list.csv' }, { title: '' });
    const response = await customs.request('POST', '/api/v1/hetao/list-versions/import', {
      body: form,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].pointer).toBe('/body/title');
  });

  let draftId: string;

  it('imports an Excel workbook as a new draft, with a diff against the list in force', async () => {
    const first = workingListItems[0]!;
    const bytes = await workbookBytes([
      // Kept from the working list, one field changed:
      {
        ...row(first.itemId),
        category: first.category,
        name_zh_hans: first.name['zh-Hans'],
        name_zh_hant: first.name['zh-Hant'],
        name_en: first.name.en ?? '',
        includes: first.includes
          .map((p) => (p.kind === 'prefix' ? p.prefix : `${p.from}..${p.to}`))
          .join(';'),
        excludes: '901190',
        regime: first.regime,
        notes: first.notes,
        source: first.source,
      },
      row('OF-2'),
      row('OF-3', { category: 'animals', includes: '0106', regime: 'write-off' }),
    ]);
    const response = await importFile(customs, bytes, 'official.xlsx', {
      issuingDocument: '財關稅〔2026〕1號',
      effectiveDate: '2026-02-10',
    });
    expect(response.status).toBe(201);
    expect(response.body.fileKind).toBe('xlsx');
    expect(response.body.itemCount).toBe(3);
    expect(response.body.version).toMatchObject({
      status: 'draft',
      isWorkingList: false,
      workingListNotice: null,
      issuingDocument: '財關稅〔2026〕1號',
    });
    draftId = response.body.version.id;
    expect(response.body.diff.added.map((item: { itemId: string }) => item.itemId)).toEqual([
      'OF-2',
      'OF-3',
    ]);
    expect(response.body.diff.removed).toHaveLength(workingListItems.length - 1);
    expect(response.body.diff.changed).toEqual([
      expect.objectContaining({
        itemId: first.itemId,
        changes: [{ field: 'excludes', before: [], after: ['901190'] }],
      }),
    ]);
    const audit = await searchAudit(
      systemContext(server.database.db, 'test'),
      { action: 'hetao.list_version.imported' } as never,
      10,
    );
    expect(audit.rows.some((entry) => entry.subjectId === draftId)).toBe(true);
  });

  it('allows one draft at a time', async () => {
    const again = await importFile(customs, csvBytes([row('OF-1')]), 'again.csv');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('hetao.draft_exists');
  });

  it('keeps the draft from the public; customs see it', async () => {
    expect((await anonymous.get(`/api/v1/hetao/list-versions/${draftId}`)).status).toBe(404);
    expect((await founder.get(`/api/v1/hetao/list-versions/${draftId}/diff`)).status).toBe(404);
    const publicList = await anonymous.get('/api/v1/hetao/list-versions');
    expect(publicList.body.map((version: { status: string }) => version.status)).toEqual([
      'published',
    ]);
    const customsList = await customs.get('/api/v1/hetao/list-versions');
    expect(customsList.body.map((version: { status: string }) => version.status).sort()).toEqual([
      'draft',
      'published',
    ]);
  });

  describe('editing the draft', () => {
    it('adds, changes and removes items, each checked with the import format’s rules', async () => {
      const added = await customs.post(`/api/v1/hetao/list-versions/${draftId}/items`, {
        itemId: 'OF-4',
        category: 'literature',
        nameZhHans: '印刷的科技书籍',
        includes: ['4901'],
        regime: 'supervision-period',
        source: 'customs edit',
      });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        itemId: 'OF-4',
        nameZhHant: '印刷的科技書籍',
        nameEn: null,
      });

      const duplicate = await customs.post(`/api/v1/hetao/list-versions/${draftId}/items`, {
        itemId: 'OF-4',
        category: 'literature',
        nameZhHans: 'x',
        includes: ['4901'],
        regime: 'supervision-period',
        source: 'x',
      });
      expect(duplicate.status).toBe(409);

      const badCode = await customs.patch(`/api/v1/hetao/list-versions/${draftId}/items/OF-4`, {
        includes: ['49.01'],
      });
      expect(badCode.status).toBe(400);
      expect(badCode.body.errors[0].pointer).toBe('/body/includes/0');
      expect(badCode.body.errors[0].detail).toMatch(/不带小数点/);

      const outsideExclusion = await customs.patch(
        `/api/v1/hetao/list-versions/${draftId}/items/OF-4`,
        {
          excludes: ['8471'],
        },
      );
      expect(outsideExclusion.status).toBe(400);
      expect(outsideExclusion.body.errors[0].pointer).toBe('/body/excludes');

      const changed = await customs.patch(`/api/v1/hetao/list-versions/${draftId}/items/OF-2`, {
        nameEn: 'Prepared culture media for cells',
        excludes: ['38210010'],
      });
      expect(changed.status).toBe(200);
      expect(changed.body.excludes).toEqual(['38210010']);

      expect(
        (await customs.delete(`/api/v1/hetao/list-versions/${draftId}/items/OF-3`)).status,
      ).toBe(204);
      expect(
        (await customs.delete(`/api/v1/hetao/list-versions/${draftId}/items/OF-3`)).status,
      ).toBe(404);
      expect(
        (await founder.delete(`/api/v1/hetao/list-versions/${draftId}/items/OF-2`)).status,
      ).toBe(403);

      const draft = await customs.get(`/api/v1/hetao/list-versions/${draftId}`);
      expect(draft.body.items.map((item: { itemId: string }) => item.itemId)).toEqual([
        workingListItems[0]!.itemId,
        'OF-2',
        'OF-4',
      ]);
    });

    it('changes the draft’s title and metadata', async () => {
      const response = await customs.patch(`/api/v1/hetao/list-versions/${draftId}`, {
        title: '免税科研货物清单（首批）',
        effectiveDate: '2026-02-10',
      });
      expect(response.status).toBe(200);
      expect(response.body.title).toBe('免税科研货物清单（首批）');
    });
  });

  describe('publishing', () => {
    let workingListId: string;

    it('makes the draft the list in force, supersedes the working list and refreshes the lookup', async () => {
      workingListId = (await anonymous.get('/api/v1/hetao/list')).body.id;
      const before = await loadLookupSources(server.database.db);
      expect(before.listVersion.isWorkingList).toBe(true);

      expect((await founder.post(`/api/v1/hetao/list-versions/${draftId}/publish`)).status).toBe(
        403,
      );
      const published = await customs.post(`/api/v1/hetao/list-versions/${draftId}/publish`);
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ status: 'published', allowedActions: [] });

      const current = await anonymous.get('/api/v1/hetao/list');
      expect(current.body).toMatchObject({ id: draftId, isWorkingList: false, itemCount: 3 });
      const old = await anonymous.get(`/api/v1/hetao/list-versions/${workingListId}`);
      expect(old.body.status).toBe('superseded');

      const after = await loadLookupSources(server.database.db);
      expect(after.listVersion).toMatchObject({ id: draftId, isWorkingList: false });
      expect(after.listItems.map((item) => item.itemId)).toEqual([
        workingListItems[0]!.itemId,
        'OF-2',
        'OF-4',
      ]);
      expect(after.generation).toBeGreaterThan(before.generation);
    });

    it('refuses to publish or edit a published version (409)', async () => {
      const again = await customs.post(`/api/v1/hetao/list-versions/${draftId}/publish`);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        code: 'hetao.illegal_transition',
        from: 'published',
        action: 'publish',
      });
      const edit = await customs.patch(`/api/v1/hetao/list-versions/${draftId}/items/OF-2`, {
        nameEn: 'x',
      });
      expect(edit.status).toBe(409);
      const discard = await customs.post(`/api/v1/hetao/list-versions/${workingListId}/discard`);
      expect(discard.status).toBe(409);
    });

    it('shows the change in the public changelog and diff', async () => {
      const changelog = await anonymous.get('/api/v1/hetao/changelog');
      expect(changelog.body.entries).toHaveLength(2);
      const [latest, first] = changelog.body.entries;
      expect(latest.version.id).toBe(draftId);
      expect(latest.previous.id).toBe(workingListId);
      expect(latest.summary).toEqual({
        added: 2,
        removed: workingListItems.length - 1,
        changed: 1,
      });
      expect(first.version.status).toBe('superseded');

      const diff = await anonymous.get(`/api/v1/hetao/list-versions/${draftId}/diff`);
      expect(diff.status).toBe(200);
      expect(diff.body.from.id).toBe(workingListId);
      expect(diff.body.added.map((item: { itemId: string }) => item.itemId)).toEqual([
        'OF-2',
        'OF-4',
      ]);
    });
  });

  describe('drafts by hand', () => {
    it('an empty draft cannot be published; a draft can be discarded', async () => {
      const created = await customs.post('/api/v1/hetao/list-versions', {
        title: 'Empty',
        source: 'test',
        copyCurrent: false,
      });
      expect(created.status).toBe(201);
      expect(created.body.itemCount).toBe(0);
      const publish = await customs.post(`/api/v1/hetao/list-versions/${created.body.id}/publish`);
      expect(publish.status).toBe(409);
      expect(publish.body.code).toBe('hetao.draft_empty');
      const discarded = await customs.post(
        `/api/v1/hetao/list-versions/${created.body.id}/discard`,
      );
      expect(discarded.body.status).toBe('discarded');
      expect(
        (await customs.post(`/api/v1/hetao/list-versions/${created.body.id}/discard`)).status,
      ).toBe(409);
    });

    it('exports a version as CSV that imports back unchanged', async () => {
      const current = (await anonymous.get('/api/v1/hetao/list')).body;
      const exported = await anonymous.get(`/api/v1/hetao/list-versions/${current.id}/export.csv`);
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-type')).toMatch(/text\/csv/);
      const reimported = await importFile(
        customs,
        new TextEncoder().encode(exported.text),
        'export.csv',
      );
      expect(reimported.status).toBe(201);
      expect(reimported.body.diff).toMatchObject({
        added: [],
        removed: [],
        changed: [],
        unchanged: 3,
      });
      await customs.post(`/api/v1/hetao/list-versions/${reimported.body.version.id}/discard`);
    });
  });
});
