import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * HTTP hardening (issue #11): request bodies nested too deeply for the server to walk, the
 * browser-side headers every page carries, and dates no calendar holds.
 */
let server: TestServer;
let production: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  production = await startTestServer({ environment: 'production' });
});
afterAll(async () => {
  await server?.close();
  await production?.close();
});

const nested = (depth: number, open = '{"a":', close = '}', leaf = '1') =>
  `${open.repeat(depth)}${leaf}${close.repeat(depth)}`;

describe('deeply nested JSON', () => {
  it('is refused as a 400 problem+json before any walk over it, on any JSON route', async () => {
    const client = server.client();
    for (const [path, body] of [
      // The navigator's evaluation: public, no login needed.
      ['/api/v1/evaluations', `{"facts":${nested(10_000)}}`],
      ['/api/v1/evaluations', `{"facts":{"person":${nested(10_000, '[', ']')}}}`],
      ['/api/v1/auth/login', `{"email":${nested(100_000, '[', ']')}}`],
    ] as const) {
      const response = await client.request('POST', path, {
        body,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status, `${path}: ${response.text.slice(0, 200)}`).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ code: 'request.too_deeply_nested', maxDepth: 64 });
      expect(response.body.correlationId).toBeUndefined();
    }
  });

  it('counts only structure: brackets inside strings and moderate nesting are fine', async () => {
    const client = server.client();
    const brackets = await client.request('POST', '/api/v1/evaluations', {
      body: JSON.stringify({ facts: {}, date: `${'{['.repeat(5000)}"\\` }),
      headers: { 'content-type': 'application/json' },
    });
    // Refused by the schema (not a date), naming the field — not as too deeply nested.
    expect(brackets.status).toBe(400);
    expect(brackets.body.code).toBe('request.validation_failed');
    expect(brackets.body.errors[0].pointer).toBe('/body/date');
    const moderate = await client.request('POST', '/api/v1/evaluations', {
      body: `{"facts":{"person":${nested(60)}}}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(moderate.status).toBe(400);
    expect(moderate.body.code).toBe('request.validation_failed');
  });

  it('still finds U+0000 deep in an accepted body, and names where', async () => {
    const client = server.client();
    const response = await client.post('/api/v1/evaluations', {
      facts: { person: { name: 'a\u0000b' } },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ pointer: '/body/facts/person/name', code: 'text.nul_character' }),
    );
  });

  it("still refuses prototype poisoning, as Fastify's own parser did", async () => {
    const response = await server.client().request('POST', '/api/v1/evaluations', {
      body: '{"facts":{},"__proto__":{"isAdmin":true}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('request.malformed_json');
  });

  it('still reads malformed JSON as malformed', async () => {
    const response = await server.client().request('POST', '/api/v1/evaluations', {
      body: '{"facts":',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('request.malformed_json');
  });
});

describe('browser hardening headers', () => {
  const csp = (headers: Headers) => headers.get('content-security-policy') ?? '';

  it('every page has a Content-Security-Policy with no inline or eval script', async () => {
    for (const path of ['/', '/navigator', '/api/v1/me']) {
      const response = await server.client().get(path);
      const policy = csp(response.headers);
      expect(policy, path).toMatch(/default-src 'self'/);
      expect(policy).toMatch(/script-src 'self'(;|$)/);
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
      expect(policy).toMatch(/object-src 'none'/);
      expect(policy).toMatch(/base-uri 'none'/);
      expect(policy).toMatch(/form-action 'self'/);
    }
  });

  it('no page can be framed: frame-ancestors none and X-Frame-Options DENY', async () => {
    const response = await server.client().get('/');
    expect(csp(response.headers)).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('sends nosniff, a same-origin referrer policy and cross-origin isolation headers', async () => {
    const response = await server.client().get('/');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('sends HSTS only in production (where TLS is guaranteed), and upgrades requests there', async () => {
    const development = await server.client().get('/');
    expect(development.headers.get('strict-transport-security')).toBeNull();
    expect(csp(development.headers)).not.toMatch(/upgrade-insecure-requests/);
    const secured = await production.client().get('/');
    expect(secured.headers.get('strict-transport-security')).toMatch(
      /^max-age=31536000; includeSubDomains$/,
    );
    expect(csp(secured.headers)).toMatch(/upgrade-insecure-requests/);
  });

  it('the API docs (Swagger UI) get a policy their own scripts satisfy, and cannot be framed', async () => {
    const client = server.client();
    const page = await client.get('/api/docs/');
    expect(page.status).toBe(200);
    const policy = csp(page.headers);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    // Every script the page loads is from our origin: no inline <script> body.
    for (const [, attributes, body] of page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g))
      expect({ attributes, body: body!.trim() }).toMatchObject({
        attributes: expect.stringMatching(/src="\.\/[^"]+"/),
        body: '',
      });
    const initializer = await client.get('/api/docs/static/swagger-initializer.js');
    expect(initializer.status).toBe(200);
  });
});

describe('dates no calendar holds', () => {
  it('/api/v1/policies refuses date=0000-01-01 and other out-of-range dates, naming the field', async () => {
    const client = server.client();
    for (const date of ['0000-01-01', '1899-12-31', '2026-02-30', '+20000-01-01', '2026-1-1']) {
      const response = await client.get(`/api/v1/policies?date=${encodeURIComponent(date)}`);
      expect(response.status, date).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual([
        expect.objectContaining({ pointer: '/query/date', code: 'date.invalid' }),
      ]);
    }
    for (const date of ['1900-01-01', '2026-03-01', '2028-02-29', '9999-12-31'])
      expect((await client.get(`/api/v1/policies?date=${date}`)).status, date).toBe(200);
  });

  it('the same on every date parameter of the rules API (query and body)', async () => {
    const client = server.client();
    for (const path of ['/api/v1/parameters', '/api/v1/policies/talent.settlement-subsidy']) {
      const response = await client.get(`${path}?date=0000-01-01`);
      expect(response.status, path).toBe(400);
      expect(response.body.errors[0].pointer).toBe('/query/date');
    }
    for (const path of ['/api/v1/evaluations', '/api/v1/evaluations/next-question']) {
      const response = await client.post(path, { facts: {}, date: '0000-01-01' });
      expect(response.status, path).toBe(400);
      expect(response.body.errors[0].pointer).toBe('/body/date');
    }
  });

  it('the audit trail refuses a year-0000 moment as a 400, not a database error', async () => {
    const admin = await server.signedInClient(['admin']);
    for (const parameter of ['from', 'to']) {
      const response = await admin.get(`/api/v1/audit?${parameter}=0000-01-01T00:00:00Z`);
      expect(response.status, parameter).toBe(400);
      expect(response.body.errors[0]).toMatchObject({
        pointer: `/query/${parameter}`,
        code: 'date.invalid',
      });
    }
    expect((await admin.get('/api/v1/audit?from=2026-01-01T00:00:00%2B08:00')).status).toBe(200);
  });
});
