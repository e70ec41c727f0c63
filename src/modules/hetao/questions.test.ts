import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hetaoQuestions } from '../../db/schema/hetao';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import { searchAudit } from '../audit/service';
import { systemContext } from '../../shared/service-context';
import { chinaDateOf } from '../../shared/china-time';
import { addWorkingDays } from '../../shared/working-days';
import { deskCalendarOf } from './desk-service';
import { loadLookupSources } from './sources';
import { formWithFile, PDF_BYTES, PNG_BYTES, registerOrganisation } from './test-support';
import { ATTACHMENT_MAX_BYTES } from './uploads';

let server: TestServer;
let dataDir: string;
let customs: TestClient;
let importer: TestClient & { email: string };
let otherImporter: TestClient;
let loner: TestClient;
let anonymous: TestClient;
let organisation: { id: string; name: string; creditCode: string };
let fbsItemId: string;

const ORGANISATION_NAME = '深圳河套示例生命科学研究有限公司';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'hetao-questions-'));
  server = await startTestServer({ dataDir });
  customs = await server.signedInClient(['customs_officer']);
  importer = await server.signedInClient(['founder'], 'chen.jingyi@lab.example.cn');
  otherImporter = await server.signedInClient(['founder']);
  loner = await server.signedInClient(['founder']);
  anonymous = server.client();
  // The asker's own name is what the anonymiser knows for certain.
  await importer.patch('/api/v1/me', { displayName: '陈静怡', fullName: '陈静怡' });
  organisation = await registerOrganisation(importer, ORGANISATION_NAME);
  await registerOrganisation(otherImporter, '另一家示例进口公司');
  const list = await anonymous.get('/api/v1/hetao/list');
  // The working list's consumables item for sera / blood fractions (B.L2).
  fbsItemId = list.body.items.find((item: { includes: string[] }) =>
    item.includes.some((code) => '300212'.startsWith(code) || code.startsWith('3002')),
  ).itemId;
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const auditActions = async (subjectId: string) => {
  const { rows } = await searchAudit(systemContext(server.database.db, 'test'), { subjectId }, 100);
  return rows.map((row) => row.action).reverse();
};

describe('asking', () => {
  it('needs an organisation: the importer is an organisation the person belongs to', async () => {
    const response = await loner.post('/api/v1/hetao/questions', {
      description: '基质胶是否免税？',
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('hetao.organisation_required');
    const notMine = await otherImporter.post('/api/v1/hetao/questions', {
      organisationId: organisation.id,
      description: '基质胶是否免税？',
    });
    expect(notMine.status).toBe(400);
    expect(notMine.body.errors[0].pointer).toBe('/body/organisationId');
    expect((await anonymous.post('/api/v1/hetao/questions', { description: 'x' })).status).toBe(
      401,
    );
  });

  it('validates the description and the proposed heading', async () => {
    const response = await importer.post('/api/v1/hetao/questions', {
      description: '',
      proposedCode: '30A2',
      extra: 1,
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual([
      '/body/description',
      '/body/extra',
      '/body/proposedCode',
    ]);
  });
});

describe('a question from asking to precedent', () => {
  let questionId: string;

  it('is asked with a due date from the working-day target', async () => {
    const response = await importer.post('/api/v1/hetao/questions', {
      description: `我是${ORGANISATION_NAME}的陈静怡，电话 13912345678。我们进口胎牛血清（FBS，Gibco 货号 A3160801，500 mL），用于细胞培养，是否在免税清单内？`,
      proposedCode: '3002.12',
    });
    expect(response.status).toBe(201);
    const settings = await customs.get('/api/v1/hetao/settings');
    expect(response.body).toMatchObject({
      status: 'open',
      proposedCode: '300212',
      organisation: { id: organisation.id, name: ORGANISATION_NAME },
      overdue: false,
      answer: null,
      allowedActions: ['attach', 'withdraw'],
      dueOn: addWorkingDays(
        chinaDateOf(new Date()),
        settings.body.answerSlaWorkingDays,
        deskCalendarOf(settings.body),
      ),
    });
    expect(response.body.reference).toMatch(/^HT-Q-\d{6}$/);
    questionId = response.body.id;
  });

  it('is seen by its asker and customs only', async () => {
    expect((await importer.get(`/api/v1/hetao/questions/${questionId}`)).status).toBe(200);
    expect((await customs.get(`/api/v1/hetao/questions/${questionId}`)).status).toBe(200);
    expect((await otherImporter.get(`/api/v1/hetao/questions/${questionId}`)).status).toBe(404);
    const mine = await importer.get('/api/v1/hetao/questions/mine');
    expect(mine.body.map((question: { id: string }) => question.id)).toContain(questionId);
    expect((await otherImporter.get('/api/v1/hetao/questions/mine')).body).toEqual([]);
    expect((await importer.get('/api/v1/hetao/questions')).status).toBe(403);
    const queue = await customs.get('/api/v1/hetao/questions');
    expect(queue.body.map((question: { id: string }) => question.id)).toContain(questionId);
    expect(
      queue.body.find((question: { id: string }) => question.id === questionId).allowedActions,
    ).toEqual(['answer']);
  });

  describe('datasheets', () => {
    const upload = (client: TestClient, bytes: Uint8Array, name: string, type?: string) =>
      client.request('POST', `/api/v1/hetao/questions/${questionId}/attachments`, {
        body: formWithFile({ bytes, name, ...(type ? { type } : {}) }),
      });

    it('accepts a PDF whatever the browser says, named and stored as one, without execute bits', async () => {
      const response = await upload(
        importer,
        PDF_BYTES,
        'FBS datasheet.exe',
        'application/x-msdownload',
      );
      expect(response.status).toBe(201);
      const attachment = response.body.attachments[0];
      expect(attachment).toMatchObject({
        mediaType: 'application/pdf',
        fileName: 'FBS datasheet.pdf',
      });
      const folder = join(dataDir, 'uploads', 'hetao', questionId);
      const [stored] = readdirSync(folder);
      expect(stored).toMatch(/\.pdf$/);
      expect(statSync(join(folder, stored!)).mode & 0o111).toBe(0);
    });

    it('refuses executables, HTML and SVG by their bytes (415), whatever their name', async () => {
      for (const [bytes, name] of [
        [new TextEncoder().encode('MZ\x90\x00'), 'datasheet.pdf'],
        [new TextEncoder().encode('<html><script>alert(1)</script></html>'), 'datasheet.png'],
        [new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'logo.svg'],
      ] as const) {
        const response = await upload(importer, bytes, name, 'application/pdf');
        expect(response.status).toBe(415);
        expect(response.body.code).toBe('hetao.attachment_type_refused');
      }
    });

    it('refuses a file over the size limit (413) without storing it', async () => {
      const big = new Uint8Array(ATTACHMENT_MAX_BYTES + 1);
      big.set(PDF_BYTES);
      const response = await upload(importer, big, 'big.pdf');
      expect(response.status).toBe(413);
      expect(response.body.code).toBe('hetao.file_too_large');
      expect(readdirSync(join(dataDir, 'uploads', 'hetao', questionId))).toHaveLength(1);
    });

    it('is for the asker only; JSON instead of a form is 415', async () => {
      expect((await upload(otherImporter, PNG_BYTES, 'x.png')).status).toBe(404);
      expect((await upload(customs, PNG_BYTES, 'x.png')).status).toBe(403);
      const json = await importer.post(`/api/v1/hetao/questions/${questionId}/attachments`, {});
      expect(json.status).toBe(415);
    });

    it('is served back to the asker and customs only, as a sandboxed download', async () => {
      const question = await importer.get(`/api/v1/hetao/questions/${questionId}`);
      const url = question.body.attachments[0].url as string;
      for (const client of [importer, customs]) {
        const response = await client.get(url);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/pdf');
        expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
        expect(response.headers.get('content-security-policy')).toMatch(/sandbox/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.text.startsWith('%PDF-')).toBe(true);
      }
      expect((await otherImporter.get(url)).status).toBe(404);
      expect((await anonymous.get(url)).status).toBe(401);
    });

    it('allows at most 5 datasheets per question', async () => {
      for (let index = 0; index < 4; index += 1)
        expect((await upload(importer, PNG_BYTES, `photo-${index}.png`)).status).toBe(201);
      const sixth = await upload(importer, PNG_BYTES, 'photo-6.png');
      expect(sixth.status).toBe(409);
      expect(sixth.body.code).toBe('hetao.attachment_limit');
    });
  });

  it('is answered by customs only, naming an item of the list in force', async () => {
    const body = {
      hsCode: '3002.12',
      covered: true,
      reasoning: `胎牛血清属于第 3002.12 子目的抗血清及其他血份；该货物在清单耗材类“动物血制品”条目内（B.L2）。联系人陈静怡已确认用途为科研。`,
      listItemId: fbsItemId,
    };
    expect((await importer.post(`/api/v1/hetao/questions/${questionId}/answer`, body)).status).toBe(
      403,
    );
    const unknownItem = await customs.post(`/api/v1/hetao/questions/${questionId}/answer`, {
      ...body,
      listItemId: 'NO-SUCH-ITEM',
    });
    expect(unknownItem.status).toBe(400);
    expect(unknownItem.body.errors[0].pointer).toBe('/body/listItemId');

    const answered = await customs.post(`/api/v1/hetao/questions/${questionId}/answer`, body);
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      status: 'answered',
      answer: {
        hsCode: '300212',
        covered: true,
        listItem: { itemId: fbsItemId, category: 'consumables' },
      },
      allowedActions: ['publish'],
    });
    const again = await customs.post(`/api/v1/hetao/questions/${questionId}/answer`, body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('hetao.illegal_transition');
    const mine = await importer.get(`/api/v1/hetao/questions/${questionId}`);
    expect(mine.body.answer.reasoning).toMatch(/3002\.12/);
    expect(mine.body.allowedActions).toEqual([]);
    expect((await importer.post(`/api/v1/hetao/questions/${questionId}/withdraw`)).status).toBe(
      409,
    );
  });

  it('previews the precedent anonymised: no name, organisation or phone; the goods stay', async () => {
    expect(
      (await importer.get(`/api/v1/hetao/questions/${questionId}/precedent-preview`)).status,
    ).toBe(403);
    const preview = await customs.get(`/api/v1/hetao/questions/${questionId}/precedent-preview`);
    expect(preview.status).toBe(200);
    for (const text of [preview.body.question, preview.body.reasoning]) {
      expect(text).not.toContain('陈静怡');
      expect(text).not.toContain('示例生命科学');
      expect(text).not.toContain('13912345678');
    }
    expect(preview.body.question).toContain('胎牛血清');
    expect(preview.body.question).toContain('A3160801');
    expect(preview.body.redactions.question.map((r: { kind: string }) => r.kind)).toEqual(
      expect.arrayContaining(['person', 'organisation', 'contact']),
    );
  });

  let precedentId: string;

  it('publishes it; an officer’s edit is anonymised again; the lookup sources cite it', async () => {
    const before = await loadLookupSources(server.database.db);
    const published = await customs.post(`/api/v1/hetao/questions/${questionId}/publish`, {
      question: `${ORGANISATION_NAME}问：胎牛血清（FBS）用于细胞培养，是否免税？`,
    });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    precedentId = published.body.precedent.id;
    expect(published.body.precedent.reference).toMatch(/^HT-P-\d{6}$/);

    const precedent = await anonymous.get(`/api/v1/hetao/precedents/${precedentId}`);
    expect(precedent.status).toBe(200);
    expect(precedent.body.question).toBe('［机构］问：胎牛血清（FBS）用于细胞培养，是否免税？');
    expect(precedent.body).toMatchObject({
      hsCode: '300212',
      covered: true,
      listItem: { itemId: fbsItemId },
    });
    expect(precedent.body.reasoning).not.toContain('陈静怡');

    const after = await loadLookupSources(server.database.db);
    expect(after.generation).toBeGreaterThan(before.generation);
    expect(after.precedents).toEqual([
      expect.objectContaining({
        id: precedentId,
        hsCode: '300212',
        covered: true,
        listItemId: fbsItemId,
      }),
    ]);
    const again = await customs.post(`/api/v1/hetao/questions/${questionId}/publish`, {});
    expect(again.status).toBe(409);
  });

  it('lists published precedents publicly, searchable by text and code', async () => {
    const all = await anonymous.get('/api/v1/hetao/precedents');
    expect(all.body.total).toBe(1);
    expect((await anonymous.get('/api/v1/hetao/precedents?q=胎牛')).body.total).toBe(1);
    expect((await anonymous.get('/api/v1/hetao/precedents?q=3002.12')).body.total).toBe(1);
    expect((await anonymous.get('/api/v1/hetao/precedents?q=基质胶')).body.total).toBe(0);
    expect(JSON.stringify(all.body)).not.toContain('陈静怡');
    expect(JSON.stringify(all.body)).not.toContain(importer.email);
  });

  it('retracts the precedent (the answer stays) and can publish it again', async () => {
    const retracted = await customs.post(`/api/v1/hetao/questions/${questionId}/retract`, {
      reason: '待复核',
    });
    expect(retracted.status).toBe(200);
    expect(retracted.body).toMatchObject({ status: 'answered', precedent: null });
    expect((await anonymous.get(`/api/v1/hetao/precedents/${precedentId}`)).status).toBe(404);
    expect((await loadLookupSources(server.database.db)).precedents).toEqual([]);
    expect(
      (await customs.post(`/api/v1/hetao/questions/${questionId}/retract`, { reason: 'x' })).status,
    ).toBe(409);
    const republished = await customs.post(`/api/v1/hetao/questions/${questionId}/publish`, {});
    expect(republished.status).toBe(200);
    expect(republished.body.precedent.id).not.toBe(precedentId);
    expect((await loadLookupSources(server.database.db)).precedents).toHaveLength(1);
  });

  it('audited every state change', async () => {
    expect(await auditActions(questionId)).toEqual([
      'hetao.question.asked',
      ...Array(5).fill('hetao.question.datasheet_attached'),
      'hetao.question.answered',
      'hetao.question.precedent_published',
      'hetao.question.precedent_retracted',
      'hetao.question.precedent_published',
    ]);
  });
});

describe('withdrawing and the answer-time target', () => {
  it('an open question can be withdrawn by its asker, then not answered', async () => {
    const asked = await importer.post('/api/v1/hetao/questions', {
      description: '基质胶 Matrigel 是否免税？',
    });
    const id = asked.body.id;
    expect((await otherImporter.post(`/api/v1/hetao/questions/${id}/withdraw`)).status).toBe(404);
    const withdrawn = await importer.post(`/api/v1/hetao/questions/${id}/withdraw`);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', allowedActions: [] });
    const answer = await customs.post(`/api/v1/hetao/questions/${id}/answer`, {
      hsCode: '3504',
      covered: false,
      reasoning: 'x',
    });
    expect(answer.status).toBe(409);
    expect((await customs.post(`/api/v1/hetao/questions/${id}/publish`, {})).status).toBe(409);
  });

  it('customs change the target; new questions get the new due date, old ones keep theirs', async () => {
    expect((await importer.put('/api/v1/hetao/settings', { answerSlaWorkingDays: 1 })).status).toBe(
      403,
    );
    const before = await importer.post('/api/v1/hetao/questions', { description: '流式细胞仪' });
    const updated = await customs.put('/api/v1/hetao/settings', {
      answerSlaWorkingDays: 15,
      holidays: ['2026-10-01', '2026-10-02'],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.answerSlaWorkingDays).toBe(15);
    expect(updated.body.note.en).toMatch(/not set by the policy source/);
    const after = await importer.post('/api/v1/hetao/questions', { description: '实验小鼠' });
    expect(after.body.dueOn).toBe(
      addWorkingDays(chinaDateOf(new Date()), 15, deskCalendarOf(updated.body)),
    );
    expect(after.body.dueOn > before.body.dueOn).toBe(true);
    const still = await importer.get(`/api/v1/hetao/questions/${before.body.id}`);
    expect(still.body.dueOn).toBe(before.body.dueOn);
  });

  it('a question past its due date is overdue and leads the queue; answering it records that it was late', async () => {
    const asked = await importer.post('/api/v1/hetao/questions', { description: '离心机转子' });
    await server.database.db
      .update(hetaoQuestions)
      .set({ dueOn: '2020-01-02' })
      .where(eq(hetaoQuestions.id, asked.body.id));
    const queue = await customs.get('/api/v1/hetao/questions');
    expect(queue.body[0]).toMatchObject({ id: asked.body.id, overdue: true, dueOn: '2020-01-02' });
    expect(queue.body.slice(1).every((question: { overdue: boolean }) => !question.overdue)).toBe(
      true,
    );
    await customs.post(`/api/v1/hetao/questions/${asked.body.id}/answer`, {
      hsCode: '8421.91',
      covered: true,
      reasoning: '离心机零件',
    });
    const { rows } = await searchAudit(
      systemContext(server.database.db, 'test'),
      { subjectId: asked.body.id, action: 'hetao.question.answered' } as never,
      1,
    );
    expect(rows[0]!.after).toMatchObject({ late: true, dueOn: '2020-01-02' });
    expect((await customs.get(`/api/v1/hetao/questions/${asked.body.id}`)).body.overdue).toBe(
      false,
    );
  });
});
