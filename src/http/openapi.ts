import { z } from 'zod';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { permissionTable } from '../shared/permissions';
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
const documentExtensions: Record<`x-${string}`, unknown> = { 'x-permissions': permissionTable };

export async function registerOpenApi(app: AppInstance, options: { production: boolean }) {
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
      ...documentExtensions,
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
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
