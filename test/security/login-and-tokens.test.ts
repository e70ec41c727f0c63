import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app';
import type { AppInstance } from '../../src/http/types';
import { logIn } from '../../src/modules/accounts/sign-in-service';
import type { ServiceContext } from '../../src/shared/service-context';
import {
  startTestServer,
  TEST_PASSWORD,
  TestClient,
  type TestServer,
} from '../support/test-server';

/**
 * Issue #11 (OWASP ASVS level 2), sign-in and tokens: a stranger cannot lock the owner out
 * (device cookies), registration is throttled, the limits hold across app servers, and tokens
 * neither mint tokens nor outlive their account's roles.
 */

const login = (client: TestClient, email: string, password: string) =>
  client.post('/api/v1/auth/login', { email, password });

describe('a stranger cannot lock the owner out (OWASP device cookies)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ loginRateLimitPer15Min: 3 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a browser that signed in before still gets in while strangers are locked out', async () => {
    const owner = await server.signedInClient(['founder']);
    // The owner's browser now holds an HTTP-only device cookie.
    const again = await login(owner, owner.email, TEST_PASSWORD);
    expect(again.status).toBe(200);
    const deviceCookie = again.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('opc_device='));
    expect(deviceCookie).toMatch(/HttpOnly/i);

    const attacker = server.client();
    const statuses: number[] = [];
    for (let index = 0; index < 11; index += 1)
      statuses.push((await login(attacker, owner.email, `guess ${index}`)).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3).every((status) => status === 429)).toBe(true);

    // Any client without the owner's device cookie is locked out, even with the right password …
    const stranger = await login(server.client(), owner.email, TEST_PASSWORD);
    expect(stranger.status).toBe(429);
    expect(stranger.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(stranger.headers.get('retry-after'))).toBeGreaterThan(0);
    // … but the owner's own browser is not.
    expect((await login(owner, owner.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('a device keeps its own failure allowance, and its cookie is bound to its account', async () => {
    const owner = await server.signedInClient(['founder']);
    const other = await server.signedInClient(['founder']);
    // Lock untrusted clients out of the other account.
    const attacker = server.client();
    for (let index = 0; index < 4; index += 1) await login(attacker, other.email, `x ${index}`);
    // The owner's device cookie does not vouch for another account.
    expect((await login(owner, other.email, TEST_PASSWORD)).status).toBe(429);
    // Nor does a forged one.
    const forger = server.client();
    const forged = await forger.request('POST', '/api/v1/auth/login', {
      json: { email: other.email, password: TEST_PASSWORD },
      headers: {
        cookie: 'opc_device=AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      },
    });
    expect(forged.status).toBe(429);

    // The owner's browser mistypes: after three failures it is paused, …
    const typos: number[] = [];
    for (let index = 0; index < 4; index += 1)
      typos.push((await login(owner, owner.email, `typo ${index}`)).status);
    expect(typos).toEqual([401, 401, 401, 429]);
    // … and that pause is the device's own: other clients still have theirs.
    expect((await login(server.client(), owner.email, TEST_PASSWORD)).status).toBe(200);
  });
});

describe('parallel guesses', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ loginRateLimitPer15Min: 3 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('cannot all slip past the limit before any of them is counted', async () => {
    const owner = await server.signedInClient(['founder']);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => login(server.client(), owner.email, `p ${index}`)),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 401)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(17);
  });
});

describe('untrusted clients back off exponentially', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('each lock-out of the same account within a day lasts twice as long as the one before', async () => {
    const owner = await server.signedInClient(['founder']);
    let clock = Date.parse('2026-03-01T09:00:00Z');
    const ctx: ServiceContext = {
      db: server.database.db,
      actor: { accountId: null, label: 'anonymous', roles: [] },
      requestId: null,
      language: 'en',
      now: () => new Date(clock),
    };
    const attempt = (password: string) =>
      logIn(
        ctx,
        { email: owner.email, password },
        { userAgent: undefined, ipAddress: '198.51.100.7', deviceCookie: undefined },
        { sessionTtlHours: 1, failuresPer15Min: 2, secret: server.config.sessionSecret },
      ).then(
        () => 200,
        (error: { code?: string }) => (error.code === 'request.rate_limited' ? 429 : 401),
      );
    const minutes = (count: number) => count * 60_000;

    expect([await attempt('a'), await attempt('b')]).toEqual([401, 401]);
    clock += minutes(14);
    expect(await attempt(TEST_PASSWORD)).toBe(429);
    clock += minutes(1) + 1000; // the first lock-out: 15 minutes
    expect([await attempt('c'), await attempt('d')]).toEqual([401, 401]);
    clock += minutes(29);
    expect(await attempt(TEST_PASSWORD)).toBe(429);
    clock += minutes(1) + 1000; // the second: 30 minutes
    expect(await attempt(TEST_PASSWORD)).toBe(200);
  });
});

describe('registration is throttled per client address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('100 parallel registrations from one address: a few succeed, the rest get a localised 429', async () => {
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) => {
        const client = server.client();
        client.language = index % 2 === 0 ? 'en' : 'zh-Hant';
        return client.post('/api/v1/auth/register', {
          email: `flood-${index}@example.cn`,
          password: TEST_PASSWORD,
          displayName: `Flood ${index}`,
        });
      }),
    );
    const created = responses.filter((response) => response.status === 201);
    const refused = responses.filter((response) => response.status === 429);
    // Twenty an hour per address by default (REGISTRATION_RATE_LIMIT_PER_HOUR), counted
    // atomically: parallel requests cannot all slip under the limit.
    expect(created.length).toBe(20);
    expect(refused.length).toBe(80);
    for (const response of refused) {
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(response.body).toMatchObject({ code: 'request.rate_limited', status: 429 });
      expect(response.body.retryAfterSeconds).toBeGreaterThan(0);
    }
    const english = refused.find((response) => /Too many/.test(response.body.title));
    const traditional = refused.find((response) => /嘗試次數過多/.test(response.body.title));
    expect(english?.body.detail).toMatch(/register/i);
    expect(traditional?.body.detail).toMatch(/註冊/);
  });
});

describe('login limits are shared by every app server', () => {
  let server: TestServer;
  let second: AppInstance;
  let secondUrl: string;
  beforeAll(async () => {
    server = await startTestServer({ loginRateLimitPer15Min: 4 });
    // A second app server over the same database, as behind a load balancer.
    ({ app: second } = await buildApp(server.config, server.database));
    await second.listen({ port: 0, host: '127.0.0.1' });
    const address = second.server.address();
    secondUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await second?.close();
    await server?.close();
  });

  it('failures on one server count on the other', async () => {
    const owner = await server.signedInClient(['founder']);
    const viaFirst = server.client();
    const viaSecond = new TestClient(secondUrl);
    const statuses: number[] = [];
    for (let index = 0; index < 6; index += 1)
      statuses.push(
        (await login(index % 2 === 0 ? viaFirst : viaSecond, owner.email, `guess ${index}`)).status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('registrations on one server count on the other', async () => {
    const register = (client: TestClient, index: number) =>
      client.post('/api/v1/auth/register', {
        email: `shared-${index}@example.cn`,
        password: TEST_PASSWORD,
        displayName: `Shared ${index}`,
      });
    const statuses: number[] = [];
    for (let index = 0; index < 30; index += 1)
      statuses.push(
        (await register(index % 2 === 0 ? server.client() : new TestClient(secondUrl), index))
          .status,
      );
    expect(statuses.filter((status) => status === 201).length).toBe(20);
    expect(statuses.slice(20).every((status) => status === 429)).toBe(true);
  });
});

describe('API tokens', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ loginRateLimitPer15Min: 1000 });
  });
  afterAll(async () => {
    await server?.close();
  });

  async function tokenClient(owner: TestClient, body: object = { name: 'machine' }) {
    const created = await owner.post('/api/v1/me/tokens', body);
    expect(created.status).toBe(201);
    const machine = server.client();
    machine.bearer = created.body.secret;
    return Object.assign(machine, { tokenId: created.body.token.id as string });
  }

  it('a token cannot mint, list or revoke tokens: only a signed-in browser session can', async () => {
    const provider = await server.signedInClient(['provider']);
    const machine = await tokenClient(provider, { name: 'short-lived', expiresInDays: 1 });
    const minted = await machine.post('/api/v1/me/tokens', { name: 'forever' });
    expect(minted.status).toBe(403);
    expect(minted.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(minted.body.code).toBe('auth.session_required');
    expect((await machine.get('/api/v1/me/tokens')).status).toBe(403);
    expect((await machine.delete(`/api/v1/me/tokens/${machine.tokenId}`)).status).toBe(403);
    // Everything else the token is for still works.
    expect((await machine.get('/api/v1/me')).status).toBe(200);
    expect((await provider.get('/api/v1/me/tokens')).body).toHaveLength(1);
  });

  it('a token never gains a role its account receives after it was made', async () => {
    const admin = await server.signedInClient(['admin']);
    const provider = await server.signedInClient(['provider']);
    const machine = await tokenClient(provider);
    expect(
      (await admin.put(`/api/v1/admin/accounts/${provider.accountId}/roles/admin`)).status,
    ).toBe(200);
    // The session sees the new role; the token made before it does not.
    expect((await provider.get('/api/v1/admin/accounts')).status).toBe(200);
    const refused = await machine.get('/api/v1/admin/accounts');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('auth.forbidden');
    expect((await machine.get('/api/v1/me')).body.account.roles).toEqual(['provider']);
  });

  it('a token stops authorising a role its account loses', async () => {
    const admin = await server.signedInClient(['admin']);
    const both = await server.signedInClient(['admin', 'provider']);
    const machine = await tokenClient(both);
    expect((await machine.get('/api/v1/admin/accounts')).status).toBe(200);
    await admin.delete(`/api/v1/admin/accounts/${both.accountId}/roles/admin`);
    expect((await machine.get('/api/v1/admin/accounts')).status).toBe(403);
    expect((await machine.get('/api/v1/me')).status).toBe(200);
  });

  it('a disabled account’s tokens fail', async () => {
    const admin = await server.signedInClient(['admin']);
    const provider = await server.signedInClient(['provider']);
    const machine = await tokenClient(provider);
    expect((await machine.get('/api/v1/me')).status).toBe(200);
    await admin.put(`/api/v1/admin/accounts/${provider.accountId}/status`, { status: 'disabled' });
    const refused = await machine.get('/api/v1/me');
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('auth.unauthenticated');
  });
});
