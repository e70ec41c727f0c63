import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  buildFactsSchema,
  loadCatalogue,
  type Catalogue,
  type CatalogueSource,
  type PolicyDefinition,
} from '../../engine';
import { canonicalJson } from '../../shared/canonical-json';

/** Where the catalogue lives: policies/ at the repository root. */
export const policiesDir = fileURLToPath(new URL('../../../policies', import.meta.url));

/** The catalogue as loaded, with the content hashes snapshots record. */
export interface LoadedCatalogue {
  catalogue: Catalogue;
  /** SHA-256 of the canonical JSON of the whole catalogue (facts, clauses, parameters, policies). */
  catalogueHash: string;
  /** SHA-256 of the canonical JSON of each validated policy definition. */
  policyHashes: Map<string, string>;
  /** The file each policy came from, relative to policies/. */
  policyFiles: Map<string, string>;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Every policy file under policies/ (not the vocabulary, clauses, parameters or test cases). */
export function listPolicyFiles(directory = policiesDir): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name === 'tools' || entry.name.startsWith('.')) continue;
      files.push(...listPolicyFiles(join(directory, entry.name)));
    } else if (
      entry.name.endsWith('.yaml') &&
      !entry.name.endsWith('.cases.yaml') &&
      !entry.name.startsWith('.') &&
      directory !== policiesDir
    ) {
      files.push(join(directory, entry.name));
    }
  }
  return files.sort();
}

/** Reads the catalogue's files (parsed, not yet validated). */
export function readCatalogueSource(directory = policiesDir): CatalogueSource {
  const read = (name: string) => parse(readFileSync(join(directory, name), 'utf8')) as unknown;
  return {
    catalogue: read('catalogue.yaml'),
    facts: read('facts.yaml'),
    clauses: read('clauses.yaml'),
    parameters: read('parameters.yaml'),
    policies: listPolicyFiles(directory).map((file) => ({
      file: relative(directory, file),
      content: parse(readFileSync(file, 'utf8')) as unknown,
    })),
  };
}

/** Validates, compiles and hashes a catalogue source. Throws CatalogueError on any problem. */
export function buildLoadedCatalogue(source: CatalogueSource): LoadedCatalogue {
  const catalogue = loadCatalogue(source);
  const policyHashes = new Map<string, string>();
  const policyFiles = new Map<string, string>();
  for (const policy of catalogue.policies) {
    policyHashes.set(policy.definition.id, hashPolicy(policy.definition));
    const file = source.policies.find(
      (entry) => (entry.content as { id?: unknown } | null)?.id === policy.definition.id,
    );
    if (file) policyFiles.set(policy.definition.id, file.file);
  }
  const catalogueHash = sha256(
    canonicalJson({
      catalogue: source.catalogue,
      facts: source.facts,
      clauses: source.clauses,
      parameters: source.parameters,
      policies: [...policyHashes.entries()],
    }),
  );
  return { catalogue, catalogueHash, policyHashes, policyFiles };
}

/** The content hash of a policy: its validated definition, key order and layout aside. */
export function hashPolicy(definition: PolicyDefinition): string {
  return sha256(canonicalJson(definition));
}

let loaded: LoadedCatalogue | undefined;

/**
 * The catalogue of this process, loaded once from policies/. A problem in any file stops the
 * server at start-up with every problem listed — never a half-loaded catalogue.
 */
export function getCatalogue(): LoadedCatalogue {
  loaded ??= buildLoadedCatalogue(readCatalogueSource());
  return loaded;
}

let factsSchemas: Map<string, ReturnType<typeof buildFactsSchema>> | undefined;

/** The Zod schema of the facts, built from the vocabulary (descriptions in one language). */
export function getFactsSchema(language: 'zh-Hans' | 'zh-Hant' | 'en' = 'en') {
  factsSchemas ??= new Map();
  let schema = factsSchemas.get(language);
  if (!schema) {
    schema = buildFactsSchema(getCatalogue().catalogue, language);
    factsSchemas.set(language, schema);
  }
  return schema;
}
