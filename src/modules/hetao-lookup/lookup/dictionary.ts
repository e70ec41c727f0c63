/**
 * The curated laboratory-goods dictionary (data/lab-dictionary.json): its validation, and checks
 * against the nomenclature. Pure.
 */
import { z } from 'zod';
import { LIST_CATEGORIES } from '../../hetao/list-format';
import type { LabDictionary, Nomenclature } from './types';

const authored = z.strictObject({ 'zh-Hans': z.string().min(1), en: z.string().min(1) });

const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  label: authored,
  zh: z.array(z.string().min(1)),
  en: z.array(z.string().min(1)),
  brands: z.array(z.string().min(1)),
  headings: z
    .array(
      z.strictObject({
        code: z.string().regex(/^\d{2}(\d{2}){0,4}$/),
        weight: z.number().gt(0).max(1),
        category: z.enum(LIST_CATEGORIES).optional(),
        reason: authored,
      }),
    )
    .min(1),
  contested: authored.optional(),
  origin: z.enum(['human', 'animal', 'human-or-animal', 'microbial', 'as-described']).optional(),
  recombinantVariants: z.boolean().optional(),
  excluded: authored.optional(),
  qualifier: z.boolean().optional(),
});

const dictionarySchema = z.strictObject({
  version: z.string().min(1),
  note: z.string().optional(),
  entries: z.array(entrySchema),
});

/** Validates the dictionary file's JSON. Throws with every problem listed. */
export function parseLabDictionary(json: unknown): LabDictionary {
  const parsed = dictionarySchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `lab dictionary: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const ids = new Set<string>();
  for (const entry of parsed.data.entries) {
    if (ids.has(entry.id)) throw new Error(`lab dictionary: duplicate id ${entry.id}`);
    ids.add(entry.id);
    if (entry.zh.length + entry.en.length + entry.brands.length === 0)
      throw new Error(`lab dictionary: ${entry.id} has no terms`);
  }
  return { version: parsed.data.version, entries: parsed.data.entries };
}

/** Dictionary codes that are not in the nomenclature (each must be a real chapter, heading,
 * subheading or national line). */
export function findUnknownDictionaryCodes(
  dictionary: LabDictionary,
  nomenclature: Nomenclature,
): { entryId: string; code: string }[] {
  const known = new Set([
    ...nomenclature.hs.map((row) => row.code),
    ...nomenclature.national.map((row) => row.code),
  ]);
  const unknown: { entryId: string; code: string }[] = [];
  for (const entry of dictionary.entries)
    for (const heading of entry.headings)
      if (!known.has(heading.code)) unknown.push({ entryId: entry.id, code: heading.code });
  return unknown;
}

/** Terms that appear in more than one entry (the matcher would then credit both). */
export function findSharedTerms(dictionary: LabDictionary): { term: string; entryIds: string[] }[] {
  const byTerm = new Map<string, string[]>();
  for (const entry of dictionary.entries)
    for (const term of [...entry.zh, ...entry.en, ...entry.brands]) {
      const key = term.toLowerCase().replace(/\s+/g, ' ').trim();
      const list = byTerm.get(key) ?? [];
      if (!list.includes(entry.id)) list.push(entry.id);
      byTerm.set(key, list);
    }
  return [...byTerm]
    .filter(([, ids]) => ids.length > 1)
    .map(([term, entryIds]) => ({ term, entryIds }));
}
