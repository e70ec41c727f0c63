// Writes web/src/api/schema.d.ts, the TypeScript types of the API, and web/src/api/permissions.ts,
// the roles and the permission table, from openapi.json. `npm run openapi` runs it after writing
// openapi.json; CI (.ci/run) runs it into temporary files and fails when a committed one differs.
//
//   tsx scripts/generate-web-api-types.ts [--in openapi.json] [--out web/src/api/schema.d.ts]
//                                         [--permissions-out web/src/api/permissions.ts]
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';

/** The prefix every API path has; the web client adds it (API_BASE in web/src/api/client.ts). */
const API_BASE = '/api/v1';
const DEFAULT_OUT = 'web/src/api/schema.d.ts';
const DEFAULT_PERMISSIONS_OUT = 'web/src/api/permissions.ts';

const BANNER = `/**
 * The API's paths and schemas as TypeScript types, generated from openapi.json by
 * scripts/generate-web-api-types.ts. Do not edit: change the routes' Zod schemas and run
 * \`npm run openapi\`. Paths are relative to ${API_BASE}.
 */

`;

/** The document with `/api/v1` taken off every path, so the web calls `/me`, not `/api/v1/me`. */
function withoutApiBase(document: OpenAPI3): OpenAPI3 {
  const paths: NonNullable<OpenAPI3['paths']> = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!path.startsWith(`${API_BASE}/`)) {
      throw new Error(`${path} is not under ${API_BASE}: the web client cannot call it`);
    }
    paths[path.slice(API_BASE.length)] = item;
  }
  return { ...document, paths };
}

/** The formatted text of schema.d.ts for the given OpenAPI document. */
export async function generateWebApiTypes(document: OpenAPI3, filepath = DEFAULT_OUT) {
  const ast = await openapiTS(withoutApiBase(document));
  const text = BANNER + astToString(ast);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...options, filepath });
}

type Audience = 'anyone' | 'authenticated' | string[];

/**
 * The formatted text of permissions.ts: the roles (the `Role` schema's values) and the document's
 * `x-permissions` table, so the web shows a page to the audience the server lets call it.
 */
export async function generateWebPermissions(
  document: OpenAPI3,
  filepath = DEFAULT_PERMISSIONS_OUT,
) {
  const table = (document as { 'x-permissions'?: Record<string, Audience> })['x-permissions'];
  if (!table) throw new Error('openapi.json has no x-permissions table');
  const roleSchema = document.components?.schemas?.Role as { enum?: string[] } | undefined;
  if (!roleSchema?.enum) throw new Error('openapi.json has no Role schema with an enum');
  const text = `/**
 * The platform's roles and its permission table (who may call what), generated from openapi.json
 * (\`Role\`, \`x-permissions\`) by scripts/generate-web-api-types.ts. Do not edit: change
 * src/shared/permissions.ts and run \`npm run openapi\`.
 */

export const roles = ${JSON.stringify(roleSchema.enum)} as const;

export const permissionAudiences = ${JSON.stringify(table)} as const;

export type Permission = keyof typeof permissionAudiences;
`;
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...options, filepath });
}

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'openapi.json' },
    out: { type: 'string', default: DEFAULT_OUT },
    'permissions-out': { type: 'string', default: DEFAULT_PERMISSIONS_OUT },
  },
});
const document = JSON.parse(readFileSync(values.in, 'utf8')) as OpenAPI3;
writeFileSync(values.out, await generateWebApiTypes(document, DEFAULT_OUT));
console.log(`Wrote ${values.out}`);
writeFileSync(
  values['permissions-out'],
  await generateWebPermissions(document, DEFAULT_PERMISSIONS_OUT),
);
console.log(`Wrote ${values['permissions-out']}`);
