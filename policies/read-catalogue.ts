import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { CatalogueSource } from '../src/engine';

/**
 * Reads the catalogue's YAML files as they are (parsed, not validated — the engine's
 * loadCatalogue validates). Used by the server (src/modules/rules/catalogue.ts), the policy
 * tests and the benchmark, so they all read exactly the same files.
 */
export const policiesDir = fileURLToPath(new URL('.', import.meta.url));

/** Every policy file: policies/<group>/<name>.yaml, not test cases, not tools. */
export function listPolicyFiles(directory = policiesDir): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (entry.name !== 'tools') files.push(...listPolicyFiles(join(directory, entry.name)));
    } else if (
      directory !== policiesDir &&
      entry.name.endsWith('.yaml') &&
      !entry.name.endsWith('.cases.yaml')
    ) {
      files.push(join(directory, entry.name));
    }
  }
  return files.sort();
}

/** Every test-case file: policies/<group>/<name>.cases.yaml. */
export function listCaseFiles(directory = policiesDir): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (entry.name !== 'tools') files.push(...listCaseFiles(join(directory, entry.name)));
    } else if (entry.name.endsWith('.cases.yaml')) files.push(join(directory, entry.name));
  }
  return files.sort();
}

export function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'));
}

/** The catalogue source: the list, the vocabulary, the clauses, the parameters, the policies. */
export function readCatalogueSource(directory = policiesDir): CatalogueSource {
  return {
    catalogue: readYaml(join(directory, 'catalogue.yaml')),
    facts: readYaml(join(directory, 'facts.yaml')),
    clauses: readYaml(join(directory, 'clauses.yaml')),
    parameters: readYaml(join(directory, 'parameters.yaml')),
    policies: listPolicyFiles(directory).map((file) => ({
      file: relative(directory, file),
      content: readYaml(file),
    })),
  };
}
