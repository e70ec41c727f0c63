import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from '../src/cli/commands/openapi';
import { isPermission, permissionTable } from '../src/shared/permissions';
import type { paths } from '../web/src/api/schema';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * The OpenAPI document a generator can trust (issue #18 item 10): what Redocly's rules cannot
 * know about our routes, checked here; and a client generated from the document (the web's
 * `schema.d.ts`, by openapi-typescript) calling public routes of a running server.
 */
type Operation = {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  'x-permission'?: string;
  parameters?: { name: string; in: string; example?: unknown }[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
};
type Document = {
  tags: { name: string }[];
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
};

/**
 * Whether `documented` is what `actual` says: every documented member equal, arrays compared on
 * the documented items (the example cuts them short). `catalogueVersion` is a hash of the whole
 * catalogue and changes with any policy, so it is not compared; nor are the values of ids made
 * when a database is created (a list version's UUID), beyond being UUIDs.
 */
function differences(documented: unknown, actual: unknown, path = ''): string[] {
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual)) return [`${path}: not an array`];
    return documented.flatMap((item, index) =>
      differences(item, actual[index], `${path}/${index}`),
    );
  }
  if (documented && typeof documented === 'object') {
    if (!actual || typeof actual !== 'object') return [`${path}: not an object`];
    return Object.entries(documented).flatMap(([key, value]) =>
      key === 'catalogueVersion'
        ? []
        : differences(value, (actual as Record<string, unknown>)[key], `${path}/${key}`),
    );
  }
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  if (typeof documented === 'string' && uuid.test(documented))
    return typeof actual === 'string' && uuid.test(actual) ? [] : [`${path}: not a UUID`];
  return documented === actual
    ? []
    : [`${path}: documented ${JSON.stringify(documented)}, got ${JSON.stringify(actual)}`];
}

describe('the OpenAPI document', () => {
  let document: Document;
  let server: TestServer;
  beforeAll(async () => {
    document = JSON.parse(await generateOpenApiDocument()) as Document;
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );

  it('names every operation once, verb first, and tags it with a declared tag', () => {
    const declared = new Set(document.tags.map((tag) => tag.name));
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, operation } of operations()) {
      expect(operation.operationId, `${method} ${path}`).toMatch(
        /^(get|post|put|patch|delete)[A-Z]/,
      );
      expect(operation.tags?.length, `${method} ${path} has no tag`).toBeGreaterThan(0);
      for (const tag of operation.tags ?? [])
        expect(declared.has(tag), `${method} ${path}: tag ${tag} is not declared`).toBe(true);
    }
    expect(document.servers.length).toBeGreaterThan(0);
  });

  it('declares public routes public and says who may call the others', () => {
    let publicCount = 0;
    for (const { path, method, operation } of operations()) {
      const permission = operation['x-permission'];
      expect(isPermission(permission), `${method} ${path}`).toBe(true);
      const isPublic = permissionTable[permission as keyof typeof permissionTable] === 'anyone';
      if (isPublic) publicCount += 1;
      expect(operation.security, `${method} ${path}`).toEqual(isPublic ? [] : undefined);
      expect(Object.keys(operation.responses).some((status) => status.startsWith('4'))).toBe(true);
      if (!isPublic)
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
    expect(publicCount).toBeGreaterThan(5);
  });

  it('has no request body on DELETE', () => {
    for (const { path, method, operation } of operations())
      if (method === 'delete') expect(operation.requestBody, path).toBeUndefined();
  });

  it('documents examples that are what the server answers', async () => {
    const documented = operations().filter(({ operation }) =>
      Object.values(operation.responses).some(
        (response) => response.content?.['application/json']?.example !== undefined,
      ),
    );
    // The operations a partner system calls: evaluations, the next question, the catalogue, the
    // Hetao lookup.
    expect(documented.map(({ operation }) => operation.operationId).sort()).toEqual(
      expect.arrayContaining([
        'getHetaoLookup',
        'getPolicies',
        'postEvaluations',
        'postEvaluationsNextQuestion',
      ]),
    );
    const client = server.client();
    client.language = 'en';
    // Called here as they are documented: the public ones (a signed-in operation's example is
    // checked against its schema where its module is tested, e.g. src/modules/vouchers).
    for (const { path, method, operation } of documented.filter(
      ({ operation }) => Array.isArray(operation.security) && operation.security.length === 0,
    )) {
      const responseExample = Object.values(operation.responses).find(
        (response) => response.content?.['application/json']?.example !== undefined,
      )!.content!['application/json']!.example;
      const query = new URLSearchParams();
      let filledPath = path;
      for (const parameter of operation.parameters ?? []) {
        if (parameter.example === undefined) continue;
        if (parameter.in === 'query') query.set(parameter.name, String(parameter.example));
        if (parameter.in === 'path')
          filledPath = filledPath.replace(
            `{${parameter.name}}`,
            encodeURIComponent(String(parameter.example)),
          );
      }
      const url = `${filledPath}${query.size > 0 ? `?${query}` : ''}`;
      const body = operation.requestBody?.content['application/json']?.example;
      const response = await client.request(method.toUpperCase(), url, { json: body });
      expect(response.status, `${method} ${url}`).toBe(200);
      expect(
        differences(responseExample, response.body),
        `${method} ${path}: the documented example is out of date (see src/modules/*/openapi-examples.ts)`,
      ).toEqual([]);
    }
  });

  it('is enough for a generated client to call the public routes', async () => {
    const api = createClient<paths>({ baseUrl: `${server.baseUrl}/api/v1` });
    const policies = await api.GET('/policies', { params: { query: {} } });
    expect(policies.response.status).toBe(200);
    expect(policies.data?.policies.map((policy) => policy.id)).toContain('talent.recognition');

    // The policy id is typed: the compiler knows the catalogue's ids from the document.
    const evaluation = await api.POST('/evaluations', {
      body: { facts: {}, policies: ['talent.recognition'], include: [] },
    });
    expect(evaluation.response.status).toBe(200);
    expect(evaluation.data?.results.map((result) => result.policyId)).toEqual([
      'talent.recognition',
    ]);

    const refused = await api.POST('/evaluations', {
      body: { facts: {}, policies: ['no.such-policy' as never] },
    });
    expect(refused.response.status).toBe(400);
    expect(refused.error).toMatchObject({ code: 'request.validation_failed' });

    const lookup = await api.GET('/hetao/lookup', { params: { query: { q: '显微镜' } } });
    expect(lookup.response.status).toBe(200);
    expect(lookup.data?.verdict).toBeTruthy();
  });
});
