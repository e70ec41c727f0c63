import { z } from 'zod';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { FastifySchema } from 'fastify';
import { isPermission, permissionTable } from '../shared/permissions';
import type { AppInstance } from './types';

/** The RFC 9457 problem document every error response carries. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ pointer: z.string(), code: z.string(), detail: z.string() }))
      .optional(),
    correlationId: z.string().optional(),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem' });

const statusText: Record<number, string> = {
  400: 'Invalid input (field errors in `errors`)',
  401: 'Not signed in, or bad credentials',
  403: 'Not allowed, or missing CSRF token',
  404: 'Not found',
  409: 'Conflicts with the current state',
  413: 'Body too large',
  415: 'Unsupported content type',
  422: 'Understood but refused by a business rule',
  429: 'Too many requests',
  503: 'Unavailable',
};

/** Documents the problem+json responses a route can give. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: statusText[status] ?? 'Problem',
        content: { 'application/problem+json': { schema: problemSchema } },
      },
    ]),
  );
}

/**
 * `x-permissions`, who may call what: each route names one of these permissions, and a caller
 * must be in its audience ('anyone', 'authenticated', or one of the listed roles). The web app
 * derives which pages and menus it shows from this table (web/src/api/permissions.ts).
 */
/** Every tag an operation may carry, declared with what it covers. */
const tags = [
  { name: 'accounts', description: 'Registering, signing in, one’s own account and API tokens' },
  {
    name: 'administration',
    description: 'Administrators: accounts and roles, the audit log, workflow settings, the outbox',
  },
  { name: 'applications', description: 'Founders’ applications: drafts, evidence, submission' },
  { name: 'budgets', description: 'Budget lines and their ledgers' },
  { name: 'hetao', description: 'The Hetao research-goods desk: list, lookup, questions, rulings' },
  { name: 'notifications', description: 'One’s own notifications' },
  {
    name: 'organisations',
    description: 'Companies and institutions, their members and invitations',
  },
  { name: 'payments', description: 'Payment batches, bank files and results' },
  { name: 'review', description: 'Officers’ review: queue, assignment, scores, decisions' },
  { name: 'rules', description: 'The catalogue, evaluations, the fact vocabulary and parameters' },
  {
    name: 'scenarios',
    description:
      'Government scenarios (A.P6): publication, subscriptions, proposals, pilots, in-use records, demonstration projects (A.P7) and the funding they unlock',
  },
  {
    name: 'challenges',
    description:
      'Technology challenges, 揭榜挂帅 (A.P10): publication, consortia by invitation, submission, panel scores, the winner and its milestones',
  },
  {
    name: 'spaces',
    description:
      'OPC communities (A.S0–A.S3): the register, units and the desk → office → floor ladder, admission, leases',
  },
  {
    name: 'matching',
    description:
      'Policy finds the company (issue #15): imports of registration data, match runs on a queue, profiles with fact provenance and results',
  },
  {
    name: 'talent',
    description:
      'Open talent recognition (A.P1): achievements with evidence, the published rubric, panel reviews, decisions, public certificate checks',
  },
  {
    name: 'funds',
    description:
      'Introductions of high-growth companies in OPC communities to the two industry funds (A.P11): requests, each fund’s pipeline, the city’s aggregate',
  },
  {
    name: 'targets',
    description:
      "The city's 2027 targets (A.T1–A.T4) computed from the records, their monthly history and a projection to 2027-12-31",
  },
  {
    name: 'vouchers',
    description:
      'Compute, model and corpus vouchers (A.P9, A.V1): companies’ balances and confirmations, the provider register, pools, statements',
  },
  {
    name: 'vouchers-provider',
    description:
      'Providers’ redemption API (API token or session): contracts, holds, captures, voids, refunds, statements. Every change takes an `Idempotency-Key` header.',
  },
];

const documentExtensions: Record<`x-${string}`, unknown> = { 'x-permissions': permissionTable };

/**
 * The body of a change that takes no fields (logout, submit, DELETE …): refused when it holds
 * any, and left out of the document, which has no request body for such an operation.
 */
export const noBodyFields = z.strictObject({}).nullish();

const successText: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'Done; no content',
};

/**
 * The operationId a route gets unless its schema names one: the HTTP verb, then the path's
 * segments after /api/v1, with each parameter as `By<Name>`. Derived from what is already a
 * published contract (method and path), so it is stable and unique without a list to keep:
 * `GET /api/v1/review/queue` → `getReviewQueue`,
 * `POST /api/v1/applications/{id}/submit` → `postApplicationsByIdSubmit`.
 */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1(?=\/|$)/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const parameter = /^[:{](\w+)}?$/.exec(segment);
      return parameter ? `by-${parameter[1]}` : segment;
    })
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  const capitalised = words.map((word) => word[0]!.toUpperCase() + word.slice(1));
  return `${method.toLowerCase()}${capitalised.join('')}`;
}

/**
 * A documented request and response (issue #18 item 10), written into the operation's media
 * types as `example`; Redocly checks each against its schema, and test/openapi-document.test.ts
 * sends the request to a server and compares the answer.
 */
export interface OperationExamples {
  /** The JSON body; for an operation without one, its path and query parameters by name. */
  request?: unknown;
  response: unknown;
}

/** The fields of a multipart/form-data request, for the document (the route reads them). */
export type MultipartFields = Record<
  string,
  { description: string; file?: boolean; required?: boolean }
>;

declare module 'fastify' {
  interface FastifySchema {
    /** Documented examples of this operation (see {@link OperationExamples}). */
    'x-examples'?: OperationExamples;
    /** The parts of a multipart/form-data body (see {@link MultipartFields}). */
    'x-multipart'?: MultipartFields;
    /** A bare-array list that sends its next page in a `Link: <…>; rel="next"` header. */
    'x-next-page-link'?: boolean;
  }
}

/**
 * A file the route sends back, in one of these media types. The route sends bytes as they are;
 * this only documents them (a file, not JSON).
 */
export function fileResponse(mediaTypes: readonly string[], description: string) {
  return {
    description,
    content: Object.fromEntries(
      mediaTypes.map((mediaType) => [mediaType, { schema: z.any().describe(description) }]),
    ),
  };
}

type RouteSchema = FastifySchema & {
  operationId?: string;
  security?: unknown;
  response?: Record<string | number, unknown>;
  [extension: `x-${string}`]: unknown;
};

/**
 * What every operation carries without each route writing it (issue #18): an operationId, the
 * permission it is guarded by (`x-permission`), `security: []` on public routes, the 4xx
 * problems every route can give (400 for input, 401/403 for signed-in routes), and a description
 * on every success response.
 */
export function completeOperation(
  schema: RouteSchema,
  method: string,
  url: string,
  permission: unknown,
): RouteSchema {
  const completed: RouteSchema = { ...schema };
  if (completed.body === noBodyFields) delete completed.body;
  completed.operationId ??= operationIdOf(method, url);
  if (isPermission(permission)) {
    completed['x-permission'] = permission;
    if (permissionTable[permission] === 'anyone') completed.security ??= [];
  }
  const response = { ...(schema.response ?? {}) };
  const has = (status: number) => status in response || String(status) in response;
  const isPublic = isPermission(permission) && permissionTable[permission] === 'anyone';
  const missing = [
    // Any request can be malformed (a bad header, a body where none belongs): 400 everywhere.
    ...(!has(400) ? [400] : []),
    ...(!isPublic && !has(401) ? [401] : []),
    ...(!isPublic && !has(403) ? [403] : []),
  ];
  Object.assign(response, problemResponses(...missing));
  completed.response = response;
  return completed;
}

/** Gives each success response a description, after the Zod schemas became JSON Schema. */
function describeSuccesses(schema: FastifySchema) {
  const response = (schema as RouteSchema).response;
  if (!response) return schema;
  for (const [status, value] of Object.entries(response)) {
    const text = successText[Number(status)];
    if (text && value && typeof value === 'object' && !('description' in value))
      (value as { description?: string }).description = text;
  }
  return schema;
}

/**
 * Drops the component schemas no operation reaches (the Zod provider writes an input and an
 * output variant of every named schema, and most are used one way only).
 */
function withMultipartAndExamples<Document extends object>(document: Document): Document {
  type Media = { content?: Record<string, { example?: unknown; schema?: unknown }> };
  type Operation = {
    'x-examples'?: OperationExamples;
    'x-multipart'?: MultipartFields;
    'x-next-page-link'?: boolean;
    requestBody?: Media;
    responses?: Record<string, Media & { headers?: Record<string, unknown> }>;
    parameters?: { in: string; name: string; example?: unknown }[];
  };
  const paths = (document as { paths?: Record<string, Record<string, Operation>> }).paths ?? {};
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
      const multipart = operation['x-multipart'];
      if (multipart) {
        delete operation['x-multipart'];
        operation.requestBody = {
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: Object.fromEntries(
                  Object.entries(multipart).map(([name, field]) => [
                    name,
                    field.file
                      ? {
                          type: 'string',
                          contentMediaType: 'application/octet-stream',
                          description: field.description,
                        }
                      : { type: 'string', description: field.description },
                  ]),
                ),
                required: Object.entries(multipart)
                  .filter(([, field]) => field.required)
                  .map(([name]) => name),
              },
            },
          },
        };
      }
      if (operation['x-next-page-link']) {
        delete operation['x-next-page-link'];
        const ok = operation.responses?.['200'];
        if (ok)
          ok.headers = {
            Link: {
              description:
                'RFC 8288: `<…?cursor=…>; rel="next"` when there is a next page; absent on the last',
              schema: { type: 'string' },
            },
          };
      }
      const examples = operation['x-examples'];
      if (!examples) continue;
      delete operation['x-examples'];
      const requestMedia = operation.requestBody?.content?.['application/json'];
      if (examples.request !== undefined && requestMedia) requestMedia.example = examples.request;
      // Path and query parameters take their values from `request` (a GET's request is its
      // query string); `request.body` is the body of an operation that also has parameters.
      if (examples.request && typeof examples.request === 'object' && !requestMedia) {
        const values = examples.request as Record<string, unknown>;
        for (const parameter of operation.parameters ?? [])
          if (parameter.name in values) parameter.example = values[parameter.name];
      }
      const success = Object.entries(operation.responses ?? {}).find(([status]) =>
        status.startsWith('2'),
      )?.[1];
      const responseMedia = success?.content?.['application/json'];
      if (responseMedia) responseMedia.example = examples.response;
    }
  }
  return document;
}

function withoutUnusedSchemas<Document extends object>(document: Document): Document {
  const components = (document as { components?: { schemas?: Record<string, unknown> } })
    .components;
  const schemas = components?.schemas;
  if (!components || !schemas) return document;
  const referenced = (value: unknown) =>
    new Set(
      [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map(
        (match) => match[1]!,
      ),
    );
  const { components: _components, ...rest } = document as Record<string, unknown>;
  const kept = referenced(rest);
  // Schemas that kept schemas refer to are kept too, until nothing new is found.
  for (let grown = true; grown;) {
    grown = false;
    for (const name of [...kept]) {
      for (const inner of referenced(schemas[name] ?? null)) {
        if (!kept.has(inner)) {
          kept.add(inner);
          grown = true;
        }
      }
    }
  }
  components.schemas = Object.fromEntries(
    Object.entries(schemas).filter(
      ([name]) => kept.has(decodeURIComponent(name)) || kept.has(name),
    ),
  );
  return document;
}

export async function registerOpenApi(
  app: AppInstance,
  options: { production: boolean; publicUrl?: string | undefined },
) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OPC Hub API',
        version: '1',
        description:
          'Shenzhen AI one-person-company benefits and the Hetao research-goods desk. Errors are RFC 9457 problem+json. Browser clients authenticate with the session cookie and must echo the CSRF token in `X-CSRF-Token` on changes; machine clients send `Authorization: Bearer <API token>`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'opc_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
      servers: [{ url: options.publicUrl ?? '/', description: 'This server' }],
      tags,
      ...documentExtensions,
    },
    transform: (input) => {
      // Every operation carries one of the declared tags; a route with another fails the test.
      const method = [input.route.method].flat()[0] ?? 'GET';
      const schema = completeOperation(
        (input.schema ?? {}) as RouteSchema,
        method,
        input.url,
        input.route.config?.permission,
      );
      const transformed = jsonSchemaTransform({ ...input, schema });
      return { ...transformed, schema: describeSuccesses(transformed.schema) };
    },
    transformObject: (input) =>
      withoutUnusedSchemas(withMultipartAndExamples(jsonSchemaTransformObject(input))),
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // NOTE: tags start closed. Swagger UI 5 stops rendering (silently, mid-tag) once about 140
    // operations are open at once — with the voucher API the document has 153 — so a reader
    // opens the tags they need (e2e/api-docs.e2e.ts opens them one at a time).
    uiConfig: { docExpansion: 'none', deepLinking: true },
    // Swagger UI's own policy (scripts from our origin only), which replaces the web app's on
    // these pages. Like every other page they may not be framed, and requests are upgraded only
    // where TLS is guaranteed (see installBrowserHardening). NOTE: its bundle writes <style>
    // elements at run time (blocked otherwise, as the browser journeys showed): inline styles
    // are allowed, as for the web app; inline scripts are not.
    staticCSP: true,
    transformStaticCSP: (header) => {
      const policy = header
        .replace(/frame-ancestors [^;]*/, "frame-ancestors 'none'")
        .replace(
          /style-src ([^;]*)/,
          (_directive, sources: string) => `style-src ${sources.trim()} 'unsafe-inline'`,
        );
      return options.production ? policy : policy.replace(/\s*upgrade-insecure-requests;?/, '');
    },
    uiHooks: {},
  });
}
