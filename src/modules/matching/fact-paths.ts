/**
 * Facts as a situation nests them (`{ company: { plannedPurchase: { kind } } }`) and as a flat
 * map from fact id to value (`company.plannedPurchase.kind`): imports and provenance work per
 * fact id, the engine takes the nested form.
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The flat map of a nested situation; a key that names a fact is a leaf even if it is an object. */
export function flattenFacts(
  facts: Record<string, unknown>,
  isFact: (id: string) => boolean,
  prefix = '',
): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(facts)) {
    if (value === undefined || value === null) continue;
    const id = prefix ? `${prefix}.${key}` : key;
    if (isFact(id) || !isPlainObject(value)) flat.set(id, value);
    else
      for (const [inner, innerValue] of flattenFacts(value, isFact, id))
        flat.set(inner, innerValue);
  }
  return flat;
}

/** The nested situation of a flat map. */
export function nestFacts(flat: Iterable<[string, unknown]>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [id, value] of flat) {
    const parts = id.split('.');
    let node = nested;
    for (const part of parts.slice(0, -1)) {
      if (!isPlainObject(node[part])) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1)!] = value;
  }
  return nested;
}
