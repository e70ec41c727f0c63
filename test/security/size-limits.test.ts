import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Bounded input (issue #11 item 11): a body over the configured limit is a 413 problem+json
 * before anything reads it, on public and signed-in routes alike, and a body
 * just under it is read as usual.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ bodyLimitBytes: 64 * 1024 });
});
afterAll(async () => {
  await server?.close();
});

/** A JSON body of about `bytes` bytes: an evaluation with a long (ignored) padding string. */
function bodyOf(bytes: number): string {
  const frame = JSON.stringify({ facts: {}, date: '2026-03-01', padding: '' });
  return frame.replace(
    '"padding":""',
    `"padding":"${'x'.repeat(Math.max(0, bytes - frame.length))}"`,
  );
}

describe('request size', () => {
  it('refuses a body over the limit with 413 problem+json and no stack trace', async () => {
    const client = server.client();
    client.language = 'zh-Hant';
    const response = await client.request('POST', '/api/v1/evaluations', {
      body: bodyOf(65 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body.code).toBe('request.body_too_large');
    expect(response.text).not.toMatch(/at .+\.(ts|js):\d+/); // no stack trace
  });

  it('reads a body under the limit (and refuses the unknown field by name, not by size)', async () => {
    const response = await server.client().request('POST', '/api/v1/evaluations', {
      body: bodyOf(60 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('request.validation_failed');
    expect(response.body.errors.map((error: { pointer: string }) => error.pointer)).toContain(
      '/body/padding',
    );
  });

  it('refuses an oversized body on a signed-in route too', async () => {
    const founder = await server.signedInClient(['founder']);
    const response = await founder.request('PATCH', '/api/v1/facts/profile', {
      body: JSON.stringify({ facts: { person: { fullName: 'x'.repeat(70 * 1024) } } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('request.body_too_large');
  });
});
