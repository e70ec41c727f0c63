import { getCatalogue } from '../rules/catalogue';
import { flattenFacts, nestFacts } from './fact-paths';
import type { ProfileForMatching } from './repo';

/**
 * A matching profile's facts: what was imported from registration data, overlaid field by field
 * with what the company's founders declared themselves (their fact profiles, kept by the rules
 * module) — a declared value always wins, and every value says where it came from.
 */

export type FactProvenance =
  | {
      source: 'declared';
      /** The organisation's own profile (company, importer facts) or its founder's (person). */
      subject: 'organisation' | 'person';
      subjectId: string;
      updatedAt: string | null;
    }
  | { source: 'imported'; importId: string; version: number };

export interface MergedProfileFacts {
  /** The situation the engine is given (nested). */
  facts: Record<string, unknown>;
  /** Fact id → value and where it came from, in fact id order. */
  values: { fact: string; value: unknown; provenance: FactProvenance }[];
}

const isFact = (id: string) => getCatalogue().catalogue.factIndex.has(id);

function objectOrEmpty(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** The imported facts with the declared ones laid over them, one fact at a time. */
export function mergeProfileFacts(profile: ProfileForMatching): MergedProfileFacts {
  const merged = new Map<string, { value: unknown; provenance: FactProvenance }>();
  for (const [fact, value] of flattenFacts(profile.facts, isFact)) {
    const source = profile.factSources[fact];
    merged.set(fact, {
      value,
      provenance: {
        source: 'imported',
        importId: source?.importId ?? '',
        version: source?.version ?? 0,
      },
    });
  }
  if (profile.organisationId && profile.organisationFacts) {
    const provenance: FactProvenance = {
      source: 'declared',
      subject: 'organisation',
      subjectId: profile.organisationId,
      updatedAt: profile.organisationFactsUpdatedAt?.toISOString() ?? null,
    };
    for (const [fact, value] of flattenFacts(objectOrEmpty(profile.organisationFacts), isFact))
      merged.set(fact, { value, provenance });
  }
  if (profile.founderPersonId && profile.founderFacts) {
    const provenance: FactProvenance = {
      source: 'declared',
      subject: 'person',
      subjectId: profile.founderPersonId,
      updatedAt: profile.founderFactsUpdatedAt?.toISOString() ?? null,
    };
    // NOTE: a person's profile is stored without its `person` key (rules/fact-profiles-service).
    for (const [fact, value] of flattenFacts(
      { person: objectOrEmpty(profile.founderFacts) },
      isFact,
    ))
      merged.set(fact, { value, provenance });
  }
  const values = [...merged.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([fact, entry]) => ({ fact, ...entry }));
  return {
    facts: nestFacts(values.map((entry) => [entry.fact, entry.value] as [string, unknown])),
    values,
  };
}
