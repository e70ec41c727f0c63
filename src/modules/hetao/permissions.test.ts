import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleValues } from '../../db/schema/accounts';
import { isAllowed, permissionTable } from '../../shared/permissions';
import { startTestServer, type TestServer } from '../../../test/support/test-server';

/**
 * Who may do what at the Hetao desk, as intended: reading the list, changelog, precedents and
 * published rulings is public; any signed-in account may ask and suggest (the importer is an
 * organisation they belong to, checked in the service); only customs officers answer; customs
 * officers and administrators manage the list.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const hetaoRoutes = () =>
  server.routes.filter(
    (route) =>
      route.url.startsWith('/api/v1/hetao/') &&
      route.permission.startsWith('hetao.') &&
      route.permission !== ('hetao.lookup' as never),
  );

describe('the Hetao desk permission table', () => {
  it('says what we intend', () => {
    expect(permissionTable['hetao.public-read']).toBe('anyone');
    expect(permissionTable['hetao.ask']).toBe('authenticated');
    for (const role of roleValues) {
      expect(isAllowed('hetao.answer', [role])).toBe(role === 'customs_officer');
      expect(isAllowed('hetao.list-manage', [role])).toBe(
        role === 'customs_officer' || role === 'admin',
      );
    }
    expect(isAllowed('hetao.ask', null)).toBe(false);
  });

  it('public routes only read', () => {
    const routes = hetaoRoutes();
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes.filter((candidate) => candidate.permission === 'hetao.public-read'))
      expect(route.method).toBe('GET');
  });

  it('every change of the list and every customs decision is behind the right permission', () => {
    const byPermission = (permission: string) =>
      hetaoRoutes()
        .filter((route) => route.permission === permission)
        .map((route) => `${route.method} ${route.url.replace('/api/v1/hetao', '')}`)
        .sort();
    expect(byPermission('hetao.list-manage')).toEqual(
      [
        'POST /list-versions',
        'POST /list-versions/import',
        'PATCH /list-versions/:id',
        'POST /list-versions/:id/items',
        'PATCH /list-versions/:id/items/:itemId',
        'DELETE /list-versions/:id/items/:itemId',
        'POST /list-versions/:id/publish',
        'POST /list-versions/:id/discard',
        'POST /suggestion-groups/:id/pull',
        'POST /suggestion-groups/:id/decline',
        'GET /settings',
        'PUT /settings',
      ].sort(),
    );
    expect(byPermission('hetao.answer')).toEqual(
      [
        'GET /questions',
        'POST /questions/:id/answer',
        'GET /questions/:id/precedent-preview',
        'POST /questions/:id/publish',
        'POST /questions/:id/retract',
        'GET /rulings',
        'POST /rulings/:id/accept',
        'POST /rulings/:id/refuse',
        'POST /rulings/:id/decide',
        'POST /rulings/:id/publish',
      ].sort(),
    );
  });

  it('is enforced over HTTP: importers cannot answer or manage, admins cannot answer, visitors cannot ask', async () => {
    const founder = await server.signedInClient(['founder']);
    const admin = await server.signedInClient(['admin']);
    const anonymous = server.client();
    const id = randomUUID();
    const answer = { hsCode: '3821', covered: true, reasoning: 'x' };
    expect((await founder.post(`/api/v1/hetao/questions/${id}/answer`, answer)).status).toBe(403);
    expect((await admin.post(`/api/v1/hetao/questions/${id}/answer`, answer)).status).toBe(403);
    expect(
      (await founder.post('/api/v1/hetao/list-versions', { title: 'x', source: 'y' })).status,
    ).toBe(403);
    expect(
      (await admin.post('/api/v1/hetao/list-versions', { title: 'x', source: 'y' })).status,
    ).toBe(201);
    expect((await anonymous.post('/api/v1/hetao/questions', { description: 'x' })).status).toBe(
      401,
    );
    expect((await anonymous.get('/api/v1/hetao/questions/mine')).status).toBe(401);
    for (const path of [
      '/list',
      '/changelog',
      '/precedents',
      '/rulings/published',
      '/list-versions',
    ])
      expect((await anonymous.get(`/api/v1/hetao${path}`)).status).toBe(200);
  });
});
