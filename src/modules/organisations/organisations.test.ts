import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import { organisations } from '../../db/schema/people';
import { creditCodeCheckCharacter } from '../../shared/uscc';
import { startTestServer, type TestServer } from '../../../test/support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const code = (first17: string) => `${first17}${creditCodeCheckCharacter(first17)}`;
const VALID = code('91440300MA5TE7T01');

async function counts() {
  const [[o], [a]] = await Promise.all([
    server.database.db.select({ n: count() }).from(organisations),
    server.database.db.select({ n: count() }).from(auditLog),
  ]);
  return { organisations: o!.n, audit: a!.n };
}

describe('organisations', () => {
  it('registers a company by a valid credit code (spaces and lower case tolerated); the caller is founder', async () => {
    const founder = await server.signedInClient(['founder']);
    const spaced = `${VALID.slice(0, 6)} ${VALID.slice(6).toLowerCase()}`;
    const response = await founder.post('/api/v1/organisations', {
      creditCode: spaced,
      name: '测试智能科技有限公司',
      kind: 'company',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ creditCode: VALID, myRole: 'founder' });
    const me = await founder.get('/api/v1/me');
    expect(me.body.memberships).toEqual([
      expect.objectContaining({ creditCode: VALID, role: 'founder' }),
    ]);
  });

  it('refuses an invalid check character with a field error, and a duplicate code with 409; nothing changes', async () => {
    const founder = await server.signedInClient(['founder']);
    const before = await counts();
    const wrongCheck = VALID.slice(0, 17) + (VALID[17] === '0' ? '1' : '0');
    const invalid = await founder.post('/api/v1/organisations', {
      creditCode: wrongCheck,
      name: 'X',
      kind: 'company',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual([
      expect.objectContaining({ pointer: '/body/creditCode', code: 'uscc.check_character' }),
    ]);
    const badFormat = await founder.post('/api/v1/organisations', {
      creditCode: 'I1440300MA5TE7T01O',
      name: 'X',
      kind: 'company',
    });
    expect(badFormat.body.errors[0].code).toBe('uscc.format');
    const duplicate = await founder.post('/api/v1/organisations', {
      creditCode: VALID,
      name: 'Copy',
      kind: 'company',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('organisation.credit_code_taken');
    expect(await counts()).toEqual(before);
  });

  it('checks a code as it is typed', async () => {
    const founder = await server.signedInClient(['founder']);
    expect(
      (await founder.get(`/api/v1/organisations/credit-code-check?code=${VALID}`)).body,
    ).toEqual({ code: VALID, valid: true, problem: null });
    expect(
      (await founder.get('/api/v1/organisations/credit-code-check?code=123')).body.problem,
    ).toBe('uscc.format');
  });

  it('members see their organisation; outsiders get 404; staff see all', async () => {
    const founder = await server.signedInClient(['founder']);
    const created = await founder.post('/api/v1/organisations', {
      creditCode: code('52440300MJTE7T020'),
      name: '河套测试研究院',
      kind: 'private_non_enterprise_unit',
    });
    const id = created.body.id;
    const outsider = await server.signedInClient(['founder']);
    expect((await outsider.get(`/api/v1/organisations/${id}`)).status).toBe(404);
    const reviewer = await server.signedInClient(['reviewer']);
    const seen = await reviewer.get(`/api/v1/organisations/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.myRole).toBeNull();
    expect(
      (await reviewer.get('/api/v1/organisations/all?q=河套测试')).body.items.map(
        (o: { id: string }) => o.id,
      ),
    ).toEqual([id]);
    expect((await outsider.get('/api/v1/organisations/all')).status).toBe(403);
  });

  it('founders invite and remove members; members cannot; the last founder stays', async () => {
    const founder = await server.signedInClient(['founder']);
    const member = await server.signedInClient(['founder']);
    const created = await founder.post('/api/v1/organisations', {
      creditCode: code('91440300MA5TE7T03'),
      name: '成员测试公司',
      kind: 'company',
    });
    const id = created.body.id;
    const invited = await founder.post(`/api/v1/organisations/${id}/members`, {
      email: member.email,
      role: 'member',
    });
    expect(invited.status).toBe(202);
    expect(invited.body.status).toBe('pending');
    // Membership needs the invitee's yes (issue #11; test/security/memberships.test.ts).
    expect((await member.get(`/api/v1/organisations/${id}`)).status).toBe(404);
    const accepted = await member.post(`/api/v1/invitations/${invited.body.id}/accept`);
    expect(accepted.status).toBe(200);
    const added = await founder.get(`/api/v1/organisations/${id}`);
    expect(added.body.members).toHaveLength(2);
    const memberPerson = added.body.members.find(
      (m: { email: string }) => m.email === member.email,
    );

    expect((await member.get(`/api/v1/organisations/${id}`)).body.myRole).toBe('member');
    expect(
      (
        await member.post(`/api/v1/organisations/${id}/members`, {
          email: member.email,
          role: 'founder',
        })
      ).status,
    ).toBe(403);
    expect((await member.patch(`/api/v1/organisations/${id}`, { name: 'Hijacked' })).status).toBe(
      403,
    );

    const founderPerson = added.body.members.find(
      (m: { email: string }) => m.email === founder.email,
    );
    const lastFounder = await founder.delete(
      `/api/v1/organisations/${id}/members/${founderPerson.personId}`,
    );
    expect(lastFounder.status).toBe(409);
    expect(lastFounder.body.code).toBe('organisation.last_founder');

    const removed = await founder.delete(
      `/api/v1/organisations/${id}/members/${memberPerson.personId}`,
    );
    expect(removed.body.members).toHaveLength(1);
    expect((await member.get(`/api/v1/organisations/${id}`)).status).toBe(404);

    const renamed = await founder.patch(`/api/v1/organisations/${id}`, {
      name: '成员测试公司（更名）',
    });
    expect(renamed.body.name).toBe('成员测试公司（更名）');
  });
});
