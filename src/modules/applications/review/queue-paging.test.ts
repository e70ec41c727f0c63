import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, type ApplicationStatus } from '../../../db/schema/applications';
import { memberships, organisations, people } from '../../../db/schema/people';
import { encodeCursor } from '../../../shared/keyset';
import {
  startTestServer,
  type TestClient,
  type TestServer,
} from '../../../../test/support/test-server';

/**
 * The review queue pages by cursor (issue #19): every open application exactly once, in queue
 * order (due date, none last; then submission to the microsecond; then id), at a constant number
 * of SQL statements per page whatever its size; the deprecated offset still works.
 */
let server: TestServer;
let reviewer: TestClient & { accountId: string };
/** A reviewer who also applied, is a member of a company and declared one conflict. */
let linkedReviewer: TestClient & { accountId: string };

interface Seeded {
  id: string;
  reference: string;
  dueOn: string | null;
  /** In UTC to the microsecond, fixed width (so it sorts as text): `2026-03-01 10:00:00.123456+00`. */
  submittedAt: string;
  applicantName: string;
  /** Which of the three applicants: 0 the linked reviewer, 1 a member of the company, 2 neither. */
  applicant: number;
}
/** The open applications (the default queue), in the order the queue must list them. */
let open: Seeded[] = [];
let companyName: string;

const openStatuses: ApplicationStatus[] = ['submitted', 'in_review', 'appealed'];
const closedStatuses: ApplicationStatus[] = ['draft', 'paid', 'rejected', 'closed', 'approved'];
// Few due dates and few submission times, so the key's later columns decide many places.
const dueDates = ['2025-02-03', null, '2025-01-20', '2025-02-03', null];
const submissionTimes = [
  '2026-01-05 09:00:00.100001+00',
  '2026-01-05 09:00:00.100002+00', // the same millisecond as the one before
  '2026-01-05 09:00:00.100001+00', // a tie: only the id orders these
  '2026-01-04 17:30:00+00',
];

async function personOf(accountId: string) {
  const [person] = await server.database.db
    .select({ id: people.id, fullName: people.fullName })
    .from(people)
    .where(eq(people.accountId, accountId));
  return person!;
}

/** Where a row sorts in the queue; the ids are compared as PostgreSQL compares uuids. */
function queueOrder(a: Seeded, b: Seeded) {
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  if (a.submittedAt !== b.submittedAt) return a.submittedAt < b.submittedAt ? -1 : 1;
  return a.id < b.id ? -1 : 1;
}

beforeAll(async () => {
  server = await startTestServer({ loginRateLimitPer15Min: 1000 });
  reviewer = await server.signedInClient(['reviewer']);
  linkedReviewer = await server.signedInClient(['founder', 'reviewer']);
  const db = server.database.db;
  await db
    .update(people)
    .set({ fullName: '欧阳查询测试' })
    .where(eq(people.accountId, linkedReviewer.accountId));
  const applicants = [
    linkedReviewer,
    await server.signedInClient(['founder']),
    await server.signedInClient(['founder']),
  ];
  const persons = await Promise.all(applicants.map((client) => personOf(client.accountId)));
  companyName = `队列分页测试科技有限公司`;
  const [company] = await db
    .insert(organisations)
    .values({ creditCode: '91440300QUEUETEST1', name: companyName, kind: 'company' })
    .returning();
  // The linked reviewer and the second applicant both belong to the company (confirmed).
  await db.insert(memberships).values([
    { personId: persons[0]!.id, organisationId: company!.id, role: 'founder' },
    { personId: persons[1]!.id, organisationId: company!.id, role: 'member' },
  ]);

  const seeded: (Seeded & { status: ApplicationStatus })[] = [];
  for (let index = 0; index < 41; index += 1) {
    const applicant = index % applicants.length;
    const status =
      index % 7 === 6
        ? closedStatuses[index % closedStatuses.length]!
        : openStatuses[index % openStatuses.length]!;
    const submittedAt = submissionTimes[index % submissionTimes.length]!;
    const dueOn = dueDates[index % dueDates.length]!;
    const [row] = await db
      .insert(applications)
      .values({
        policyId: 'talent.settlement-subsidy',
        applicantAccountId: applicants[applicant]!.accountId,
        applicantPersonId: persons[applicant]!.id,
        // Every fifth application is the company's (applied for by its member).
        organisationId: index % 5 === 0 && applicant === 1 ? company!.id : null,
        claimSubject: index % 5 === 0 && applicant === 1 ? 'organisation' : 'person',
        status,
        submittedAt: sql`${submittedAt}::timestamptz`,
        dueOn,
      })
      .returning({
        id: applications.id,
        reference: applications.reference,
        submittedAt: sql<string>`to_char(${applications.submittedAt} at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'`,
      });
    seeded.push({
      id: row!.id,
      reference: row!.reference,
      dueOn,
      submittedAt: row!.submittedAt,
      status,
      applicantName: persons[applicant]!.fullName,
      applicant,
    });
  }
  open = seeded.filter((row) => openStatuses.includes(row.status)).sort(queueOrder);
});
afterAll(async () => server?.close());

const idsOf = (answer: { body: { items: { id: string }[] } }) =>
  answer.body.items.map((item) => item.id);

/** Follows `nextCursor` from the first page to the last; every page's answer, in order. */
async function allPages(client: TestClient, query: string) {
  const pages = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/review/queue?${query}${cursor ? `&cursor=${cursor}` : ''}`;
    const page = await client.get(url);
    expect(page.status, page.text).toBe(200);
    pages.push(page.body);
    cursor = page.body.nextCursor;
    expect(pages.length).toBeLessThan(100);
  } while (cursor !== null);
  return pages;
}

describe('the review queue pages by cursor', () => {
  it('lists every open application exactly once, in queue order, with ties and no due date', async () => {
    expect(open.length).toBeGreaterThan(30);
    expect(open.filter((row) => row.dueOn === null).length).toBeGreaterThan(5);
    const pages = await allPages(reviewer, 'limit=4');
    expect(pages).toHaveLength(Math.ceil(open.length / 4));
    for (const page of pages) expect(page.total).toBe(open.length);
    const listed = pages.flatMap((page) => page.items.map((item: { id: string }) => item.id));
    expect(listed).toEqual(open.map((row) => row.id));
    // The rows that tie on due date and submission down to the microsecond are ordered by id,
    // and the ones a millisecond-precise cursor would confuse are both there.
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('pages the same way with a filter, and the last page says so', async () => {
    const dated = open.filter((row) => row.dueOn !== null);
    const pages = await allPages(reviewer, 'limit=3&status=all_open&overdue=true');
    const listed = pages.flatMap((page) => page.items.map((item: { id: string }) => item.id));
    // Every seeded due date is in the past, so "overdue" keeps exactly the dated ones.
    expect(listed).toEqual(dated.map((row) => row.id));
    expect(pages.at(-1).nextCursor).toBeNull();
  });

  it('refuses a cursor it did not make as a 400 on /query/cursor', async () => {
    const valid = (await reviewer.get('/api/v1/review/queue?limit=2')).body.nextCursor as string;
    const forged = [
      'not-a-cursor',
      encodeCursor('audit', [open[0]!.dueOn, open[0]!.submittedAt, open[0]!.id]),
      encodeCursor('review-queue', [open[0]!.id]),
      // The right list and length, but values the key's columns cannot hold (edited by hand).
      encodeCursor('review-queue', ['x', 'y', 'z']),
      encodeCursor('review-queue', ['2025-02-30', open[0]!.submittedAt, open[0]!.id]),
      encodeCursor('review-queue', [open[0]!.dueOn, 'yesterday', open[0]!.id]),
      encodeCursor('review-queue', [open[0]!.dueOn, '2025-13-45 09:00:00+00', open[0]!.id]),
      encodeCursor('review-queue', [open[0]!.dueOn, open[0]!.submittedAt, 'not-a-uuid']),
      encodeCursor('review-queue', [1, 2, 3]),
      `${valid.slice(0, -4)}AAAA`,
    ];
    for (const cursor of forged) {
      const answer = await reviewer.get(
        `/api/v1/review/queue?cursor=${encodeURIComponent(cursor)}`,
      );
      expect(answer.status, cursor).toBe(400);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.code).toBe('request.validation_failed');
      expect(answer.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
        '/query/cursor',
      ]);
    }
  });

  it('sends as many SQL statements for a page of many rows as for a page of few', async () => {
    const statementsOf = async (query: string) => {
      const answer = await linkedReviewer.get(`/api/v1/review/queue?${query}`);
      expect(answer.status).toBe(200);
      return { count: Number(answer.headers.get('x-sql-statements')), rows: answer.body.items };
    };
    const few = await statementsOf('limit=2');
    const many = await statementsOf('limit=200');
    const searched = await statementsOf(`limit=200&q=${encodeURIComponent('欧阳')}`);
    expect(few.rows).toHaveLength(2);
    expect(many.rows).toHaveLength(open.length);
    expect(searched.rows.length).toBeGreaterThan(5);
    expect(few.count).toBeGreaterThan(0);
    expect(many.count).toBe(few.count);
    expect(searched.count).toBe(few.count);
    expect(many.count).toBeLessThanOrEqual(10);
  });

  it('still pages by the deprecated offset, which a cursor overrides', async () => {
    const all = (await reviewer.get('/api/v1/review/queue?limit=200')).body.items.map(
      (item: { id: string }) => item.id,
    );
    const byOffset = await reviewer.get('/api/v1/review/queue?limit=5&offset=10');
    expect(byOffset.status).toBe(200);
    expect(byOffset.body.total).toBe(open.length);
    expect(byOffset.body.items.map((item: { id: string }) => item.id)).toEqual(all.slice(10, 15));
    // An offset page's cursor continues where it ended.
    const next = await reviewer.get(
      `/api/v1/review/queue?limit=5&cursor=${byOffset.body.nextCursor}`,
    );
    expect(idsOf(next)).toEqual(all.slice(15, 20));
    const past = await reviewer.get(`/api/v1/review/queue?limit=5&offset=${open.length}`);
    expect(past.body.items).toEqual([]);
    expect(past.body.nextCursor).toBeNull();

    // As in every paged list, a cursor wins over an offset.
    const both = await reviewer.get(
      `/api/v1/review/queue?limit=5&offset=5&cursor=${byOffset.body.nextCursor}`,
    );
    expect(both.status).toBe(200);
    expect(idsOf(both)).toEqual(all.slice(15, 20));
  });
});

describe('searching the review queue', () => {
  it('finds by a part of the applicant name, the company name or the reference', async () => {
    const byName = await reviewer.get(
      `/api/v1/review/queue?limit=200&q=${encodeURIComponent('阳查询')}`,
    );
    const named = open.filter((row) => row.applicant === 0);
    expect(idsOf(byName)).toEqual(named.map((row) => row.id));
    expect(byName.body.total).toBe(named.length);

    const byCompany = await reviewer.get(
      `/api/v1/review/queue?limit=200&q=${encodeURIComponent('分页测试科技')}`,
    );
    expect(byCompany.body.items.length).toBeGreaterThan(0);
    for (const item of byCompany.body.items) expect(item.organisationName).toBe(companyName);
    expect(byCompany.body.total).toBe(byCompany.body.items.length);

    // Case does not matter: `opc-000008` finds OPC-000008.
    const target = open[7]!;
    const byReference = await reviewer.get(
      `/api/v1/review/queue?q=${encodeURIComponent(target.reference.toLowerCase())}`,
    );
    expect(idsOf(byReference)).toEqual([target.id]);
  });

  it('matches one or two characters from the start of a name (a surname), not inside it', async () => {
    const bySurname = await reviewer.get(
      `/api/v1/review/queue?limit=200&q=${encodeURIComponent('欧阳')}`,
    );
    const named = open.filter((row) => row.applicant === 0);
    expect(idsOf(bySurname)).toEqual(named.map((row) => row.id));
    // '阳查' stands inside 欧阳查询测试, not at its start.
    const inside = await reviewer.get(`/api/v1/review/queue?q=${encodeURIComponent('阳查')}`);
    expect(inside.status).toBe(200);
    expect(inside.body.total).toBe(0);
  });

  it('takes % and _ in the search literally', async () => {
    for (const q of ['%', '_', '\\']) {
      const answer = await reviewer.get(`/api/v1/review/queue?q=${encodeURIComponent(q)}`);
      expect(answer.status).toBe(200);
      expect(answer.body.items).toEqual([]);
      expect(answer.body.total).toBe(0);
    }
  });
});

describe('recusal flags in the queue', () => {
  it('flags on each row exactly the applications the review page says the reviewer is recused from', async () => {
    const some = open.find((row) => row.applicant === 2)!;
    const declared = await linkedReviewer.post(`/api/v1/review/applications/${some.id}/recusal`, {
      reason: 'I know the applicant',
    });
    expect(declared.status, declared.text).toBeLessThan(300);

    const queue = await linkedReviewer.get('/api/v1/review/queue?limit=200');
    const reasons = new Map<string, string | null>();
    for (const item of queue.body.items as { id: string; recused: boolean }[]) {
      const detail = await linkedReviewer.get(`/api/v1/review/applications/${item.id}`);
      expect(detail.status).toBe(200);
      reasons.set(item.id, detail.body.recusal);
      expect(item.recused, item.id).toBe(detail.body.recusal !== null);
    }
    // Every kind of conflict is among them: own applications, the declared one, the company's
    // applications, and those of a fellow member of the company.
    expect(new Set(reasons.values())).toEqual(
      new Set([
        null,
        'self',
        'declared',
        'member_of_applicant_company',
        'shares_company_with_applicant',
      ]),
    );
    // A colleague with no link to anyone is recused from none.
    const colleague = await reviewer.get('/api/v1/review/queue?limit=200');
    expect(colleague.body.items.some((item: { recused: boolean }) => item.recused)).toBe(false);
  });
});
