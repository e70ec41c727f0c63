import { writeFileSync } from 'node:fs';
import { testConfig } from '../../config';
import { openDatabase } from '../../db/client';
import { buildApp } from '../../http/app';
import { canonicalJson } from '../../shared/canonical-json';
import { parseOptions, type Command } from '../command';

/** The OpenAPI document, generated from the routes' Zod schemas, with keys in a stable order. */
export async function generateOpenApiDocument(): Promise<string> {
  const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
  try {
    const { app } = await buildApp(testConfig(), database);
    await app.ready();
    const document = app.swagger();
    await app.close();
    return `${JSON.stringify(JSON.parse(canonicalJson(document)), null, 2)}\n`;
  } finally {
    await database.close();
  }
}

export const openapiCommand: Command = {
  summary: 'Write the OpenAPI 3.1 document (from the Zod schemas) to a file or stdout',
  usage: 'openapi [--out openapi.json]',
  async run(args) {
    const { values } = parseOptions(args, { out: { type: 'string' } });
    const text = await generateOpenApiDocument();
    if (values.out) {
      writeFileSync(values.out, text);
      console.log(`Wrote ${values.out}`);
    } else process.stdout.write(text);
    return 0;
  },
};
