import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleValues, type Role } from '../src/db/schema/accounts';
import { isAllowed, permissionTable } from '../src/shared/permissions';
import {
  startTestServer,
  TEST_PASSWORD,
  type TestClient,
  type TestServer,
} from './support/test-server';

/**
 * Walks every registered route × every role (and the anonymous visitor) and checks the guard
 * does exactly what the permission table says: callers outside the audience get 401/403 naming
 * the permission; callers inside it are never refused by the guard (they may still get a 400 or
 * 404 from the handler for the made-up request).
 */
let server: TestServer;
const clients = new Map<Role | 'anonymous', TestClient & { email?: string }>();

beforeAll(async () => {
  server = await startTestServer({ loginRateLimitPer15Min: 10_000 });
  clients.set('anonymous', server.client());
  for (const role of roleValues) clients.set(role, await server.signedInClient([role]));
});
afterAll(async () => {
  await server?.close();
});

function concretePath(url: string): string {
  return url
    .replace(/:role\b/g, 'founder')
    .replace(/:(\w*[iI]d)\b/g, () => randomUUID())
    .replace(/:\w+/g, 'x')
    .replace(/\*$/, 'anything');
}

describe('permission matrix', () => {
  it('every /api/v1 route names a permission from the table', () => {
    const apiRoutes = server.routes.filter((route) => route.url.startsWith('/api/v1'));
    expect(apiRoutes.length).toBeGreaterThan(10);
    for (const route of apiRoutes) expect(Object.keys(permissionTable)).toContain(route.permission);
  });

  it('allows and denies every route × role exactly as the table says', async () => {
    const routes = server.routes.filter(
      (route) =>
        route.url.startsWith('/api/v1') || ['/healthz', '/readyz', '/metrics'].includes(route.url),
    );
    const mismatches: string[] = [];
    let checked = 0;
    for (const [who, client] of clients) {
      const roles = who === 'anonymous' ? null : [who];
      for (const route of routes) {
        const path = concretePath(route.url);
        const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined;
        const response = await client.request(
          route.method,
          path,
          body === undefined ? {} : { json: body },
        );
        checked += 1;
        const refusedByGuard =
          (response.status === 401 || response.status === 403) &&
          response.body?.permission === route.permission;
        const expectedAllowed = isAllowed(route.permission, roles);
        if (expectedAllowed && refusedByGuard)
          mismatches.push(`${who} was refused ${route.method} ${route.url}`);
        if (!expectedAllowed) {
          const expectedStatus = roles === null ? 401 : 403;
          if (!refusedByGuard || response.status !== expectedStatus) {
            mismatches.push(
              `${who} got ${response.status} (expected ${expectedStatus}) on ${route.method} ${route.url}`,
            );
          }
        }
        // Some allowed calls end the session (logout, password change): sign in again.
        if (who !== 'anonymous' && response.status < 300 && route.method !== 'GET') {
          if ((await client.get('/api/v1/me')).status === 401)
            await client.logIn(client.email!, TEST_PASSWORD);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(routes.length * clients.size);
  }, 300_000);
});

describe('the table says what we intend for sensitive areas', () => {
  it('administration and the audit trail are for admins alone', () => {
    const adminOnly = server.routes.filter(
      (route) => route.url.startsWith('/api/v1/admin') || route.url.startsWith('/api/v1/audit'),
    );
    expect(adminOnly.length).toBeGreaterThan(0);
    for (const route of adminOnly) {
      for (const role of roleValues)
        expect(isAllowed(route.permission, [role])).toBe(role === 'admin');
      expect(isAllowed(route.permission, null)).toBe(false);
    }
  });
});
