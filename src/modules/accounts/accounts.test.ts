import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, apiTokens, sessions } from '../../db/schema/accounts';
import { auditLog } from '../../db/schema/audit';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../../../test/support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ loginRateLimitPer15Min: 5 });
});
afterAll(async () => {
  await server?.close();
});

/** Row counts of the tables a refused request must leave alone. */
async function snapshotCounts() {
  const db = server.database.db;
  const [[a], [s], [t], [l]] = await Promise.all([
    db.select({ n: count() }).from(accounts),
    db.select({ n: count() }).from(sessions),
    db.select({ n: count() }).from(apiTokens),
    db.select({ n: count() }).from(auditLog),
  ]);
  return { accounts: a!.n, sessions: s!.n, tokens: t!.n, audit: l!.n };
}

describe('registration', () => {
  it('creates a founder account with a person profile and an audit row', async () => {
    const client = server.client();
    const before = await snapshotCounts();
    const response = await client.post('/api/v1/auth/register', {
      email: 'New.Founder@Example.cn',
      password: TEST_PASSWORD,
      displayName: '新创业者',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      email: 'new.founder@example.cn',
      roles: ['founder'],
      displayName: '新创业者',
    });
    expect(response.body).not.toHaveProperty('passwordHash');
    const after = await snapshotCounts();
    expect(after.accounts).toBe(before.accounts + 1);
    expect(after.audit).toBe(before.audit + 1);
  });

  it('refuses a duplicate e-mail (any case) with 409 and changes nothing', async () => {
    const client = server.client();
    const before = await snapshotCounts();
    const response = await client.post('/api/v1/auth/register', {
      email: 'NEW.FOUNDER@example.cn',
      password: TEST_PASSWORD,
      displayName: 'Someone else',
    });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      code: 'account.email_taken',
      status: 409,
      title: '该邮箱已注册',
    });
    expect(await snapshotCounts()).toEqual(before);
  });

  it('gives field-level errors in the requested language and changes nothing', async () => {
    const client = server.client();
    client.language = 'zh-HK';
    const before = await snapshotCounts();
    const response = await client.post('/api/v1/auth/register', {
      email: 'not-an-email',
      password: 'short',
    });
    expect(response.status).toBe(400);
    expect(response.body.title).toBe('提交的內容有誤');
    const pointers = response.body.errors.map((error: { pointer: string }) => error.pointer).sort();
    expect(pointers).toEqual(['/body/displayName', '/body/email', '/body/password']);
    const password = response.body.errors.find(
      (error: { pointer: string }) => error.pointer === '/body/password',
    );
    expect(password.detail).toBe('密碼至少需要 10 個字元');
    expect(await snapshotCounts()).toEqual(before);
  });

  it('refuses unknown fields, malformed JSON, oversized bodies and wrong content types', async () => {
    const client = server.client();
    client.language = 'en';
    const before = await snapshotCounts();
    const unknown = await client.post('/api/v1/auth/register', {
      email: 'x@example.cn',
      password: TEST_PASSWORD,
      displayName: 'X',
      roles: ['admin'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      { pointer: '/body/roles', code: 'unrecognized_keys', detail: 'Unknown field' },
    ]);

    const malformed = await client.request('POST', '/api/v1/auth/register', {
      body: '{"email": "x@example.cn",',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('request.malformed_json');

    const oversized = await client.post('/api/v1/auth/register', {
      email: 'y@example.cn',
      password: TEST_PASSWORD,
      displayName: 'x'.repeat(1024 * 1024 + 10),
    });
    expect(oversized.status).toBe(413);
    expect(oversized.body.code).toBe('request.body_too_large');

    const form = await client.request('POST', '/api/v1/auth/register', {
      body: 'email=z@example.cn',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect(await snapshotCounts()).toEqual(before);
  });
});

describe('login and sessions', () => {
  it('signs in, sets an HTTP-only SameSite=Lax session cookie and a CSRF cookie, and /me answers', async () => {
    const client = server.client();
    const response = await client.post('/api/v1/auth/login', {
      email: 'new.founder@example.cn',
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((cookie) => cookie.startsWith('opc_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/); // Secure only in production
    const csrf = cookies.find((cookie) => cookie.startsWith('opc_csrf='))!;
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(response.body.csrfToken).toBe(csrf.split(';')[0]!.slice('opc_csrf='.length));

    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.account.email).toBe('new.founder@example.cn');
    expect(me.body.person.fullName).toBe('新创业者');
    expect(me.body.authenticatedBy).toBe('session');
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const wrong = await server
      .client()
      .post('/api/v1/auth/login', { email: 'new.founder@example.cn', password: 'wrong password!' });
    const unknown = await server
      .client()
      .post('/api/v1/auth/login', { email: 'nobody@example.cn', password: 'wrong password!' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body });
    expect(strip(unknown.body)).toEqual(strip(wrong.body));
  });

  it('refuses cookie-authenticated changes without the CSRF token, and accepts them with it', async () => {
    const client = await server.signedInClient(['founder']);
    client.csrf = false;
    const refused = await client.patch('/api/v1/me/profile', { fullName: 'Changed' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('auth.csrf_failed');
    const forged = await client.request('PATCH', '/api/v1/me/profile', {
      json: { fullName: 'Changed' },
      headers: { 'x-csrf-token': 'not-the-token' },
    });
    expect(forged.status).toBe(403);
    client.csrf = true;
    const accepted = await client.patch('/api/v1/me/profile', {
      fullName: 'Changed',
      phone: '+86 755 1234 5678',
      languages: ['zh-Hans', 'en'],
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.person).toMatchObject({
      fullName: 'Changed',
      phone: '+86 755 1234 5678',
      languages: ['zh-Hans', 'en'],
    });
  });

  it('logs out: the cookie no longer works', async () => {
    const client = await server.signedInClient(['founder']);
    expect((await client.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  it('a password change ends every session', async () => {
    const client = await server.signedInClient(['founder']);
    const other = server.client();
    await other.logIn(client.email, TEST_PASSWORD);
    const wrong = await client.post('/api/v1/me/password', {
      currentPassword: 'not it at all',
      newPassword: 'a brand new password',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('account.wrong_password');
    const changed = await client.post('/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new password',
    });
    expect(changed.status).toBe(200);
    expect((await other.get('/api/v1/me')).status).toBe(401);
    await server.client().logIn(client.email, 'a brand new password');
  });

  it('rate-limits login attempts and says so in problem+json', async () => {
    const client = server.client();
    const attempts = [];
    for (let index = 0; index < 6; index += 1) {
      attempts.push(
        await client.post('/api/v1/auth/login', {
          email: 'target@example.cn',
          password: 'guess number ' + index,
        }),
      );
    }
    expect(attempts.slice(0, 5).every((attempt) => attempt.status === 401)).toBe(true);
    expect(attempts[5]!.status).toBe(429);
    expect(attempts[5]!.body).toMatchObject({ code: 'request.rate_limited' });
    expect(attempts[5]!.body.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('never counts a successful sign-in, and a success clears the account’s failures (issue 10 item 5)', async () => {
    const honest = await server.signedInClient(['founder']);
    const signIn = (password: string) =>
      server.client().post('/api/v1/auth/login', { email: honest.email, password });
    // Three times the limit of successful sign-ins in a row: none is refused.
    for (let index = 0; index < 15; index += 1)
      expect((await signIn(TEST_PASSWORD)).status, `sign-in ${index + 1}`).toBe(200);
    // Four mistakes, then the right password: the failures are forgotten, so four more
    // mistakes and the right password still get in.
    for (let round = 0; round < 2; round += 1) {
      for (let index = 0; index < 4; index += 1)
        expect((await signIn(`wrong ${round}-${index}`)).status).toBe(401);
      expect((await signIn(TEST_PASSWORD)).status).toBe(200);
    }
  });

  it('also limits one address spraying a password over many accounts', async () => {
    // Its own server: the per-address limit (five times the per-account one) is spent here.
    const local = await startTestServer({ loginRateLimitPer15Min: 2 });
    try {
      const client = local.client();
      const statuses: number[] = [];
      for (let index = 0; index < 11; index += 1)
        statuses.push(
          (
            await client.post('/api/v1/auth/login', {
              email: `sprayed-${index}@example.cn`,
              password: 'Summer2026!',
            })
          ).status,
        );
      expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
    } finally {
      await local.close();
    }
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, authenticate machine clients and can be revoked', async () => {
    const provider = await server.signedInClient(['provider']);
    const created = await provider.post('/api/v1/me/tokens', { name: 'voucher redemption' });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^opc_/);
    const [row] = await server.database.db.select().from(apiTokens);
    expect(JSON.stringify(row)).not.toContain(secret);

    const listed = await provider.get('/api/v1/me/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    const machine = server.client();
    machine.bearer = secret;
    const me = await machine.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.authenticatedBy).toBe('token');
    // Bearer clients need no CSRF token.
    expect((await machine.patch('/api/v1/me/profile', { phone: '13800138000' })).status).toBe(200);

    const revoked = await provider.delete(`/api/v1/me/tokens/${created.body.token.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await machine.get('/api/v1/me')).status).toBe(401);
  });

  it('stop working when the account loses the provider role, and its owner can still see and revoke them', async () => {
    const admin = await server.signedInClient(['admin']);
    const provider = await server.signedInClient(['provider', 'founder']);
    const created = await provider.post('/api/v1/me/tokens', { name: 'lab gateway' });
    const machine = server.client();
    machine.bearer = created.body.secret;
    expect((await machine.get('/api/v1/me')).status).toBe(200);
    await admin.delete(`/api/v1/admin/accounts/${provider.accountId}/roles/provider`);
    expect((await machine.get('/api/v1/me')).status).toBe(401);
    const listed = await provider.get('/api/v1/me/tokens');
    expect(listed.status).toBe(200);
    const revoked = await provider.delete(`/api/v1/me/tokens/${created.body.token.id}`);
    expect(revoked.status).toBe(200);
  });

  it('rejects malformed and unknown bearer tokens instead of treating the caller as anonymous', async () => {
    const machine = server.client();
    machine.bearer = 'opc_AAAAAAAA_' + 'A'.repeat(43);
    expect((await machine.get('/api/v1/me')).status).toBe(401);
    machine.bearer = 'garbage';
    expect(
      (
        await machine.post('/api/v1/auth/register', {
          email: 'q@example.cn',
          password: TEST_PASSWORD,
          displayName: 'Q',
        })
      ).status,
    ).toBe(401);
  });

  it('are for providers and admins only', async () => {
    const founder = await server.signedInClient(['founder']);
    const response = await founder.post('/api/v1/me/tokens', { name: 'nope' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'auth.forbidden', permission: 'tokens.manage' });
  });
});

describe('administration of roles', () => {
  it('grants and revokes roles with audit rows, and protects the last admin', async () => {
    const admin = await server.signedInClient(['admin']);
    const target = await server.signedInClient(['founder']);
    const granted = await admin.put(`/api/v1/admin/accounts/${target.accountId}/roles/reviewer`);
    expect(granted.status).toBe(200);
    expect(granted.body.roles).toEqual(['founder', 'reviewer']);
    // The target's existing session sees the new role at once.
    expect((await target.get('/api/v1/me')).body.account.roles).toEqual(['founder', 'reviewer']);

    const revoked = await admin.delete(`/api/v1/admin/accounts/${target.accountId}/roles/reviewer`);
    expect(revoked.body.roles).toEqual(['founder']);

    const audit = await admin.get(`/api/v1/audit?subjectId=${target.accountId}&action=role.`);
    expect(audit.body.items.map((item: { action: string }) => item.action)).toEqual([
      'role.revoked',
      'role.granted',
    ]);
    expect(audit.body.items[1].actorAccountId).toBe(admin.accountId);

    const search = await admin.get('/api/v1/admin/accounts?role=admin');
    expect(search.body.items.map((item: { id: string }) => item.id)).toContain(admin.accountId);
  });

  it('never leaves the platform without an active administrator', async () => {
    const local = await startTestServer();
    try {
      const admin = await local.signedInClient(['admin']);
      const own = await admin.delete(`/api/v1/admin/accounts/${admin.accountId}/roles/admin`);
      expect(own.status).toBe(409);
      expect(own.body.code).toBe('account.last_admin');
      const disable = await admin.put(`/api/v1/admin/accounts/${admin.accountId}/status`, {
        status: 'disabled',
      });
      expect(disable.status).toBe(409);
    } finally {
      await local.close();
    }
  });

  it('disabling an account ends its sessions and blocks login', async () => {
    const admin = await server.signedInClient(['admin']);
    const target = await server.signedInClient(['founder']);
    expect(
      (await admin.put(`/api/v1/admin/accounts/${target.accountId}/status`, { status: 'disabled' }))
        .status,
    ).toBe(200);
    expect((await target.get('/api/v1/me')).status).toBe(401);
    const login = await server
      .client()
      .post('/api/v1/auth/login', { email: target.email, password: TEST_PASSWORD });
    expect(login.status).toBe(401);
    expect(login.body.code).toBe('auth.invalid_credentials');
  });
});
