import { createHash } from 'node:crypto';
import { readCatalogueSource } from '../../../policies/read-catalogue';
import {
  buildFactsSchema,
  loadCatalogue,
  type Catalogue,
  type CatalogueSource,
  type PolicyDefinition,
} from '../../engine';
import { canonicalJson } from '../../shared/canonical-json';

export { readCatalogueSource };

/** The catalogue as loaded, with the content hashes snapshots record. */
export interface LoadedCatalogue {
  catalogue: Catalogue;
  /** SHA-256 of the canonical JSON of the whole catalogue (list, facts, clauses, parameters, policies). */
  catalogueHash: string;
  /** SHA-256 of the canonical JSON of each validated policy definition. */
  policyHashes: Map<string, string>;
  /** The file each policy came from, relative to policies/. */
  policyFiles: Map<string, string>;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
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

/**
 * The Zod schema of the facts, built from the vocabulary (descriptions in one language). It
 * fills in what the answers imply, unless `asTold` (a profile keeps what the person said).
 */
export function getFactsSchema(language: 'zh-Hans' | 'zh-Hant' | 'en' = 'en', asTold = false) {
  factsSchemas ??= new Map();
  const key = `${language}${asTold ? ':as-told' : ''}`;
  let schema = factsSchemas.get(key);
  if (!schema) {
    schema = buildFactsSchema(getCatalogue().catalogue, language, !asTold);
    factsSchemas.set(key, schema);
  }
  return schema;
}
