import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../test/support/test-server';
import {
  indexesOf as indexesIn,
  planOf as planIn,
  statementsOf,
  walkByCursor,
  walkByLink,
} from '../../../test/support/paging';
import * as repo from './repo';
import { registerOrganisation } from './test-support';

/**
 * The Hetao lists page by keyset cursor (issue #19): every row once, in order, even where the
 * sort key ties (equal timestamps, or timestamps equal to the millisecond and different in the
 * microsecond, which a JavaScript Date would lose); a cursor from elsewhere is a 400 on
 * `/query/cursor`; a page costs the same statements however many rows it holds; the deprecated
 * `offset` still works.
 */
let server: TestServer;
let anonymous: TestClient;
let customs: TestClient;
let importer: TestClient & { accountId: string };
let organisationId: string;
const precedentIds: string[] = [];
const questionIds: string[] = [];

const statements = statementsOf;

/** The ids a raw query returns, in its order (PGlite and node-postgres both answer `rows`). */
async function idsInOrder(query: SQL) {
  const result = (await server.database.db.execute(query)) as unknown as { rows: { id: string }[] };
  return result.rows.map((row) => row.id);
}

const planOf = (statement: string) => planIn(server.database.db, statement);

const indexesOf = (table: string) => indexesIn(server.database.db, table);

beforeAll(async () => {
  server = await startTestServer();
  anonymous = server.client();
  customs = await server.signedInClient(['customs_officer']);
  importer = await server.signedInClient(['founder']);
  organisationId = (await registerOrganisation(importer, '河套翻页示例有限公司')).id;
  const db = server.database.db;
  const version = await repo.findListVersionByStatus(db, 'published');
  const items = version ? await repo.listItemsOfVersion(db, version.id) : [];
  expect(items.length).toBeGreaterThan(3);

  // Nine questions: six answered and published as precedents, one retracted, two open.
  for (let index = 0; index < 9; index += 1) {
    const item = items[index % items.length]!;
    const question = await repo.insertQuestion(db, {
      askerAccountId: importer.accountId,
      organisationId,
      description: `翻页测试问题 ${index}：细胞培养基是否免税？`,
      dueOn: index % 2 === 0 ? '2026-12-20' : '2026-12-21',
      answerCode: '382100',
      answerCovered: true,
      answerReasoning: '培养基',
      answerListVersionId: version!.id,
      answerListItemId: item.itemId,
      answeredAt: new Date('2026-12-02T00:00:00Z'),
    });
    questionIds.push(question.id);
    await repo.insertAttachment(db, {
      questionId: question.id,
      fileName: 'datasheet.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 10,
      sha256: '0'.repeat(64),
      storagePath: `hetao/paging-${index}.pdf`,
      uploadedBy: importer.accountId,
    });
    if (index < 7) {
      const precedent = await repo.insertPrecedent(db, {
        questionId: question.id,
        question: `匿名问题 ${index}：细胞培养基`,
        hsCode: '382100',
        covered: true,
        reasoning: '培养基属清单所列耗材',
        listVersionId: version!.id,
        listItemId: item.itemId,
        publishedAt: new Date('2026-12-01T10:00:00Z'),
        ...(index === 6 ? { retractedAt: new Date('2026-12-03T00:00:00Z') } : {}),
      });
      if (index < 6) precedentIds.push(precedent.id);
    }
  }
  // Ties the key must break by id: three precedents at one instant, two that differ from it only
  // in the microsecond. Questions: equal due dates, and equal creation times.
  await db.execute(sql`
    update hetao_precedents set published_at = case
      when id in (${sql.join(
        precedentIds.slice(0, 3).map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) then '2026-12-01 10:00:00.000001+00'::timestamptz
      when id in (${sql.join(
        precedentIds.slice(3, 5).map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) then '2026-12-01 10:00:00.000002+00'::timestamptz
      else published_at end`);
  await db.execute(sql`
    update hetao_questions set created_at = case
      when id in (${sql.join(
        questionIds.slice(0, 4).map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) then '2026-12-01 09:00:00.000001+00'::timestamptz
      else '2026-12-01 09:00:00.000002+00'::timestamptz end,
      status = case when id in (${sql.join(
        questionIds.slice(0, 6).map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) then 'published'::hetao_question_status else 'open'::hetao_question_status end
      where id in (${sql.join(
        questionIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`);
});
afterAll(async () => {
  await server?.close();
});

describe('published precedents', () => {
  const expected = () =>
    idsInOrder(
      sql`select id from hetao_precedents where retracted_at is null order by published_at desc, id desc`,
    );

  it('pages by cursor: every live precedent once, in order, ties and microseconds included', async () => {
    const order = await expected();
    expect([...order].sort()).toEqual([...precedentIds].sort());
    for (const limit of [1, 2, 4, 50]) {
      expect(await walkByCursor(anonymous, `/api/v1/hetao/precedents?limit=${limit}`)).toEqual(
        order,
      );
    }
    // With a search, the cursor pages the matches.
    expect(await walkByCursor(anonymous, '/api/v1/hetao/precedents?limit=2&q=培养基')).toEqual(
      order,
    );
    const page = await anonymous.get('/api/v1/hetao/precedents?limit=2');
    expect(page.body.total).toBe(6);
    // The cited list item is joined in, names and all.
    expect(page.body.items[0].listItem.nameZhHans).toEqual(expect.any(String));
  });

  it('costs the same statements for a page of many precedents as for a page of one', async () => {
    const one = await anonymous.get('/api/v1/hetao/precedents?limit=1');
    const many = await anonymous.get('/api/v1/hetao/precedents?limit=50');
    expect(many.body.items).toHaveLength(6);
    expect(statements(many)).toBe(statements(one));
  });

  it('still skips rows by the deprecated offset, and a cursor carries on from there', async () => {
    const order = await expected();
    const page = await anonymous.get('/api/v1/hetao/precedents?limit=2&offset=2');
    expect(page.status).toBe(200);
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual(order.slice(2, 4));
    const next = await anonymous.get(
      `/api/v1/hetao/precedents?limit=2&offset=2&cursor=${page.body.nextCursor}`,
    );
    // With a cursor the offset is ignored: the cursor already says where the page starts.
    expect(next.body.items.map((item: { id: string }) => item.id)).toEqual(order.slice(4, 6));
    expect(next.body.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not make: 400 on /query/cursor', async () => {
    const mine = await importer.get('/api/v1/hetao/questions/mine?limit=1');
    const foreign = /cursor=([^&>]+)/.exec(mine.headers.get('link')!)![1]!;
    for (const cursor of [
      'garbage',
      foreign,
      Buffer.from('["hetao-precedents",1]').toString('base64url'),
      // The right list and length, values the database could not compare (a 500 once).
      Buffer.from('["hetao-precedents","yesterday","not-a-uuid"]').toString('base64url'),
    ]) {
      const response = await anonymous.get(`/api/v1/hetao/precedents?cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.errors[0].pointer).toBe('/query/cursor');
    }
  });
});

describe('question lists', () => {
  it("pages an asker's questions newest first, following the Link header", async () => {
    const order = await idsInOrder(
      sql`select id from hetao_questions where asker_account_id = ${importer.accountId} order by created_at desc, id desc`,
    );
    expect(order).toHaveLength(9);
    // Without a limit, the whole list, as before paging (no Link header).
    const whole = await importer.get('/api/v1/hetao/questions/mine');
    expect(whole.headers.get('link')).toBeNull();
    expect(whole.body.map((item: { id: string }) => item.id)).toEqual(order);
    for (const limit of [1, 2, 4])
      expect(await walkByLink(importer, `/api/v1/hetao/questions/mine?limit=${limit}`)).toEqual(
        order,
      );
  });

  it("pages customs' queue by due date, then the order asked, within a status", async () => {
    for (const status of ['open', 'published'] as const) {
      const order = await idsInOrder(
        sql`select id from hetao_questions where status = ${status} order by due_on, created_at, id`,
      );
      expect(order.length).toBeGreaterThan(1);
      const whole = await customs.get(`/api/v1/hetao/questions?status=${status}`);
      expect(whole.body.map((item: { id: string }) => item.id)).toEqual(order);
      expect(await walkByLink(customs, `/api/v1/hetao/questions?status=${status}&limit=1`)).toEqual(
        order,
      );
    }
    // A cursor made for one status is refused for another.
    const published = await customs.get('/api/v1/hetao/questions?status=published&limit=1');
    const cursor = /cursor=([^&>]+)/.exec(published.headers.get('link')!)![1]!;
    const crossed = await customs.get(`/api/v1/hetao/questions?status=open&cursor=${cursor}`);
    expect(crossed.status).toBe(400);
    expect(crossed.body.errors[0].pointer).toBe('/query/cursor');
  });

  it('loads attachments, precedents and cited items for a whole page at once', async () => {
    const one = await importer.get('/api/v1/hetao/questions/mine?limit=1');
    const all = await importer.get('/api/v1/hetao/questions/mine');
    expect(all.body).toHaveLength(9);
    expect(statements(all)).toBe(statements(one));
    const queueOne = await customs.get('/api/v1/hetao/questions?status=published&limit=1');
    const queueAll = await customs.get('/api/v1/hetao/questions?status=published');
    expect(queueAll.body).toHaveLength(6);
    expect(statements(queueAll)).toBe(statements(queueOne));
    // …and still presents them: attachments, the live precedent, the answer's list item.
    const withPrecedent = queueAll.body.find((item: { id: string }) => item.id === questionIds[0]);
    expect(withPrecedent.attachments).toHaveLength(1);
    expect(withPrecedent.precedent).toEqual(
      expect.objectContaining({ reference: expect.stringMatching(/^HT-P-/) }),
    );
    expect(withPrecedent.answer.listItem.nameZhHans).toEqual(expect.any(String));
    const retracted = all.body.find((item: { id: string }) => item.id === questionIds[6]);
    expect(retracted.precedent).toBeNull();
  });

  it('refuses a bad cursor on the question lists', async () => {
    const response = await importer.get('/api/v1/hetao/questions/mine?cursor=nope');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].pointer).toBe('/query/cursor');
  });
});

describe('indexes (NOTE: they come with the issue #19 migration)', () => {
  it('start each page at its cursor in an index, in the list order, without sorting', async () => {
    const zero = '00000000-0000-0000-0000-000000000000';
    const precedents = await planOf(
      `select id from hetao_precedents where retracted_at is null and (published_at, id) < ('2026-12-01 10:00:00.000001+00', '${zero}') order by published_at desc, id desc limit 10`,
    );
    expect(precedents).toContain('hetao_precedents_live_published_idx');
    expect(precedents).toContain('Index Cond: (ROW(published_at, id) < ROW(');
    expect(precedents).not.toContain('Sort');
    const mine = await planOf(
      `select id from hetao_questions where asker_account_id = '${zero}' and (created_at, id) < ('2026-12-01 10:00:00+00', '${zero}') order by created_at desc, id desc limit 10`,
    );
    expect(mine).toContain('hetao_questions_asker_created_idx');
    expect(mine).not.toContain('Sort');
    const queue = await planOf(
      `select id from hetao_questions where status = 'open' and (due_on, created_at, id) > ('2026-12-01', '2026-12-01 10:00:00+00', '${zero}') order by due_on, created_at, id limit 10`,
    );
    expect(queue).toContain('hetao_questions_status_due_created_idx');
    expect(queue).not.toContain('Sort');
  });

  it('have the trigram and code-prefix indexes the search q uses', async () => {
    const indexes = await indexesOf('hetao_precedents');
    expect(indexes.hetao_precedents_live_question_trgm_idx).toMatch(
      /gin \(question gin_trgm_ops\)/,
    );
    expect(indexes.hetao_precedents_live_reasoning_trgm_idx).toMatch(
      /gin \(reasoning gin_trgm_ops\)/,
    );
    expect(indexes.hetao_precedents_live_hs_code_prefix_idx).toMatch(/hs_code text_pattern_ops/);
  });
});
