import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { AppError } from '../src/errors/app-error';
import { loggableError } from '../src/http/problem';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, (app) => {
    // A route that fails unexpectedly, to see what a client is told about a 500.
    app.get('/api/v1/test-explode', { config: { permission: 'system.probe' } }, async () => {
      throw new Error('secret internal detail: connection string postgres://admin:hunter2@db');
    });
  });
});
afterAll(async () => {
  await server?.close();
});

describe('platform endpoints', () => {
  it('/healthz answers while the process lives, /readyz when the database answers', async () => {
    const client = server.client();
    expect((await client.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await client.get('/readyz')).body).toMatchObject({ status: 'ready' });
  });

  it('/metrics exposes request counts and latencies by route template', async () => {
    const client = server.client();
    await client.get('/api/v1/me');
    const metrics = await client.get('/metrics');
    expect(metrics.headers.get('content-type')).toMatch(/text\/plain/);
    expect(metrics.text).toMatch(
      /http_requests_total\{method="GET",route="\/api\/v1\/me",status_code="401"\} \d+/,
    );
    expect(metrics.text).toMatch(
      /http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/api\/v1\/me"/,
    );
  });

  it('serves the OpenAPI 3.1 document and the docs UI', async () => {
    const client = server.client();
    const document = await client.get('/api/docs/json');
    expect(document.body.openapi).toBe('3.1.0');
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/me', '/api/v1/organisations']),
    );
    const ui = await client.get('/api/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).toMatch(/swagger/i);
  });

  it('every response carries a request id; a sane incoming one is kept', async () => {
    const client = server.client();
    const generated = await client.get('/healthz');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await client.get('/healthz', { 'x-request-id': 'lb-1234.abc' });
    expect(kept.headers.get('x-request-id')).toBe('lb-1234.abc');
    const replaced = await client.get('/healthz', { 'x-request-id': 'bad id with spaces' });
    expect(replaced.headers.get('x-request-id')).not.toBe('bad id with spaces');
  });
});

describe('errors', () => {
  it('an unexpected error is a 500 problem with a correlation id and no internals', async () => {
    const response = await server.client().get('/api/v1/test-explode');
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('server.internal');
    expect(response.body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body.detail).toContain(response.body.correlationId);
    expect(response.text).not.toMatch(/hunter2|secret internal|at .*\.ts:\d+|stack/i);
  });

  it('a NUL character in any field is a 400 with its path, before the database sees it', async () => {
    const client = server.client();
    client.language = 'en';
    const response = await client.post('/api/v1/auth/register', {
      email: 'nul@example.cn',
      password: 'a-long-enough-password',
      displayName: 'a\u0000b',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({ pointer: '/body/displayName', code: 'text.nul_character' }),
    ]);
  });

  it('a change that takes no body fields refuses unknown ones and changes nothing', async () => {
    const client = await server.signedInClient(['founder']);
    const refused = await client.post('/api/v1/auth/logout', { deleteEverything: true });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].pointer).toBe('/body/deleteEverything');
    expect((await client.get('/api/v1/me')).status).toBe(200);
    expect((await client.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  it('an undecodable URL and a raw request Node refuses are problem+json too', async () => {
    const badUrl = await fetch(`${server.baseUrl}/api/v1/organisations/%E0%A4%A`);
    expect(badUrl.status).toBe(400);
    expect(badUrl.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const { port } = new URL(server.baseUrl);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nBad\u0001Header: y\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect(raw).toMatch(/application\/problem\+json/);
  });

  it('a truncated multipart upload is a 4xx, not a 500', async () => {
    const founder = await server.signedInClient(['founder']);
    const boundary = 'x-boundary';
    const truncated = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 part`;
    const response = await founder.request(
      'POST',
      '/api/v1/applications/00000000-0000-4000-8000-000000000000/evidence',
      {
        body: truncated,
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      },
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('unknown API paths are a 404 problem in the requested language', async () => {
    const client = server.client();
    client.language = 'en';
    const response = await client.get('/api/v1/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({
      code: 'request.not_found',
      title: 'Not found',
      status: 404,
    });
    const posted = await client.post('/api/v1/no-such-thing', {});
    expect(posted.status).toBe(404);
  });

  it('titles follow Accept-Language: zh-Hans by default, zh-Hant for Taiwan/Hong Kong, en', async () => {
    const titles: Record<string, string> = {};
    for (const language of [undefined, 'zh-TW,zh;q=0.9', 'en-GB,en;q=0.8', 'zh-CN']) {
      const client = server.client();
      client.language = language;
      titles[language ?? 'default'] = (await client.get('/api/v1/me')).body.title;
    }
    expect(titles).toEqual({
      default: '请先登录',
      'zh-TW,zh;q=0.9': '請先登入',
      'en-GB,en;q=0.8': 'Please sign in',
      'zh-CN': '请先登录',
    });
  });
});

describe('what an error leaves in the log', () => {
  it('keeps a failed query and its driver error, never its parameters', () => {
    const driver = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
    });
    const failed = Object.assign(
      new Error('Failed query: insert … params: a@b.cn,$argon2id$v=19$secret'),
      {
        name: 'DrizzleQueryError',
        query: 'insert into "accounts" ("email", "password_hash") values ($1, $2)',
        params: ['a@b.cn', '$argon2id$v=19$secret'],
        cause: driver,
      },
    );
    for (const error of [failed, new AppError('server.internal', { cause: failed })]) {
      const logged = JSON.stringify(loggableError(error));
      expect(logged).not.toContain('argon2id');
      expect(logged).toContain('insert into');
      expect(logged).toContain('22021');
    }
  });
});
