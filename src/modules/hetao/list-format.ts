/**
 * The import format of the Hetao tax-free research-goods list (《免稅科研貨物清單》, B.L1).
 *
 * One CSV row is one list item, written the way the national research-goods lists are written:
 * a category, names, the tariff-code prefixes or ranges the item includes and the codes it
 * excludes (e.g. "chapters 84, 85, 90 except 8423, 9004, 901510"), and the supervision regime of
 * B.N5. The shipped working list and the official list (when published) use the same format, so
 * the official one replaces the working one without a code change.
 *
 *   item_id,category,name_zh_hans,name_zh_hant,name_en,includes,excludes,regime,notes,source
 *
 * - `includes` / `excludes`: `;`-separated HS codes written without dots — a prefix of 2–10
 *   digits (`3821`, `902710`) or an inclusive range `a..b` of equal-length codes
 *   (`901110..901190`). `includes` must name at least one code; every exclusion must lie inside
 *   an inclusion.
 * - `regime`: `supervision-period` or `write-off` (B.N5).
 * - `name_zh_hant` may be empty: it is then derived from `name_zh_hans` with OpenCC (Hong Kong
 *   standard). `name_en` may be empty (an official Chinese-only list has none): it is then null.
 *
 * This module is pure (no file or database access); the other developer's importer converts
 * Excel rows into the same string records and calls {@link parseListRecord}.
 */
import * as OpenCC from 'opencc-js';
import { readCsvRows } from '../../shared/csv';
import type { LocalisedText } from '../../shared/localised-text';

export const LIST_CATEGORIES = [
  'equipment',
  'apparatus',
  'consumables',
  'literature',
  'specimens',
  'animals',
] as const;
export type ListCategory = (typeof LIST_CATEGORIES)[number];

export const SUPERVISION_REGIMES = ['supervision-period', 'write-off'] as const;
export type SupervisionRegime = (typeof SUPERVISION_REGIMES)[number];

/** The six categories of B.L1, in the order of the clause, with their names. */
export const LIST_CATEGORY_NAMES: Record<ListCategory, LocalisedText> = {
  equipment: {
    'zh-Hans': '设备及零配件',
    'zh-Hant': '設備及零配件',
    en: 'Equipment and spare parts',
  },
  apparatus: { 'zh-Hans': '器具', 'zh-Hant': '器具', en: 'Apparatus' },
  consumables: { 'zh-Hans': '耗材', 'zh-Hant': '耗材', en: 'Consumables' },
  literature: { 'zh-Hans': '文献', 'zh-Hant': '文獻', en: 'Literature' },
  specimens: { 'zh-Hans': '标本', 'zh-Hant': '標本', en: 'Specimens' },
  animals: {
    'zh-Hans': '动物及其产品',
    'zh-Hant': '動物及其產品',
    en: 'Animals and animal products',
  },
};

/**
 * B.N5: equipment and its repair parts, apparatus, literature and specimens stay under the
 * supervision period; consumables, animals and animal products consumed in research may be
 * written off. (The importer may still state another regime for an item — B.N5 also lets
 * "other parts" consumed in research be written off — so this is the default, not a rule.)
 */
export const DEFAULT_REGIME: Record<ListCategory, SupervisionRegime> = {
  equipment: 'supervision-period',
  apparatus: 'supervision-period',
  literature: 'supervision-period',
  specimens: 'supervision-period',
  consumables: 'write-off',
  animals: 'write-off',
};

export const SUPERVISION_REGIME_NAMES: Record<SupervisionRegime, LocalisedText> = {
  'supervision-period': {
    'zh-Hans': '海关监管期内监管',
    'zh-Hant': '海關監管期內監管',
    en: 'Under customs supervision for the supervision period',
  },
  'write-off': {
    'zh-Hans': '科研消耗后核销',
    'zh-Hant': '科研消耗後核銷',
    en: 'Written off when consumed in research',
  },
};

export const LIST_CSV_HEADER = [
  'item_id',
  'category',
  'name_zh_hans',
  'name_zh_hant',
  'name_en',
  'includes',
  'excludes',
  'regime',
  'notes',
  'source',
] as const;
export type ListCsvField = (typeof LIST_CSV_HEADER)[number];
/** One row of the format as strings, keyed by column: what an Excel converter produces. */
export type ListRecord = Record<ListCsvField, string>;

/** A tariff-code prefix (`3821`) or an inclusive range of equal-length codes (`901110..901190`). */
export type CodePattern =
  { kind: 'prefix'; prefix: string } | { kind: 'range'; from: string; to: string };

export interface ListItem {
  itemId: string;
  category: ListCategory;
  /** `en` is null when the source gives no English name (an official Chinese-only list). */
  name: { 'zh-Hans': string; 'zh-Hant': string; en: string | null };
  includes: CodePattern[];
  excludes: CodePattern[];
  regime: SupervisionRegime;
  notes: string;
  source: string;
}

/** `line` is the 1-based line of the file where the record starts; `field` a column name. */
export interface ListProblem {
  line: number;
  field: ListCsvField | 'header' | 'row';
  message: string;
}

export interface ParsedList {
  items: ListItem[];
  problems: ListProblem[];
}

const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_CODE_DIGITS = 10;

let toTraditional: ((text: string) => string) | undefined;
function deriveTraditional(text: string): string {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'hk' });
  return toTraditional(text);
}

/**
 * Parses and validates a list CSV. Every problem is reported with its line and column; a record
 * with any problem is left out of `items`, the others are kept, so an importer can show all
 * problems at once and refuse the file if `problems` is not empty.
 */
export function parseListCsv(text: string): ParsedList {
  const rows = readCsvRows(text.replace(/^\uFEFF/, ''));
  const problems: ListProblem[] = [];
  const items: ListItem[] = [];
  const nonEmpty = rows.filter((row) => !(row.cells.length === 1 && row.cells[0]!.trim() === ''));
  if (nonEmpty.length === 0) {
    problems.push({ line: 1, field: 'header', message: 'The file is empty.' });
    return { items, problems };
  }
  for (const row of nonEmpty)
    if (row.error) problems.push({ line: row.line, field: 'row', message: row.error });
  const [header, ...records] = nonEmpty;
  const headerCells = header!.cells.map((cell) => cell.trim());
  if (headerCells.join(',') !== LIST_CSV_HEADER.join(',')) {
    problems.push({
      line: header!.line,
      field: 'header',
      message: `The header must be exactly: ${LIST_CSV_HEADER.join(',')} (found: ${headerCells.join(',')}).`,
    });
    return { items, problems };
  }
  const seen = new Map<string, number>();
  for (const row of records) {
    if (row.cells.length !== LIST_CSV_HEADER.length) {
      problems.push({
        line: row.line,
        field: 'row',
        message: `Expected ${LIST_CSV_HEADER.length} columns, found ${row.cells.length}.`,
      });
      continue;
    }
    const record = Object.fromEntries(
      LIST_CSV_HEADER.map((field, index) => [field, row.cells[index]!]),
    ) as ListRecord;
    const result = parseListRecord(record, row.line);
    problems.push(...result.problems);
    const id = record.item_id.trim();
    if (id && seen.has(id)) {
      problems.push({
        line: row.line,
        field: 'item_id',
        message: `Duplicate item_id ${id} (first on line ${seen.get(id)}).`,
      });
      continue;
    }
    if (id) seen.set(id, row.line);
    if (result.item) items.push(result.item);
  }
  return { items, problems };
}

/** Validates one record (a CSV row or a converted Excel row) and builds its {@link ListItem}. */
export function parseListRecord(
  record: ListRecord,
  line: number,
): { item?: ListItem; problems: ListProblem[] } {
  const problems: ListProblem[] = [];
  const problem = (field: ListCsvField, message: string) => problems.push({ line, field, message });
  const value = (field: ListCsvField) => (record[field] ?? '').trim();

  const itemId = value('item_id');
  if (!itemId) problem('item_id', 'item_id is required.');
  else if (!ITEM_ID.test(itemId))
    problem(
      'item_id',
      'item_id must be 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit.',
    );

  const category = value('category');
  if (!(LIST_CATEGORIES as readonly string[]).includes(category))
    problem(
      'category',
      `category must be one of ${LIST_CATEGORIES.join(', ')} (found "${category}").`,
    );

  const nameHans = value('name_zh_hans');
  if (!nameHans) problem('name_zh_hans', 'name_zh_hans is required.');
  const nameHant = value('name_zh_hant') || (nameHans ? deriveTraditional(nameHans) : '');
  const nameEn = value('name_en') || null;

  const includes = parseCodePatterns(value('includes'));
  for (const message of includes.errors) problem('includes', message);
  if (includes.errors.length === 0 && includes.patterns.length === 0)
    problem('includes', 'includes must name at least one code prefix or range.');
  const excludes = parseCodePatterns(value('excludes'));
  for (const message of excludes.errors) problem('excludes', message);
  if (includes.errors.length === 0 && excludes.errors.length === 0) {
    const included = unionOf(includes.patterns.map(patternInterval));
    for (const pattern of excludes.patterns) {
      const interval = patternInterval(pattern);
      if (intersect([interval], included).length === 0)
        problem(
          'excludes',
          `Excluded ${formatCodePattern(pattern)} is not inside any included code.`,
        );
    }
    for (const pattern of includes.patterns) {
      const left = subtract(
        [patternInterval(pattern)],
        unionOf(excludes.patterns.map(patternInterval)),
      );
      if (left.length === 0)
        problem('includes', `Included ${formatCodePattern(pattern)} is entirely excluded.`);
    }
  }

  const regime = value('regime');
  if (!(SUPERVISION_REGIMES as readonly string[]).includes(regime))
    problem('regime', `regime must be supervision-period or write-off (B.N5) (found "${regime}").`);

  const source = value('source');
  if (!source) problem('source', 'source is required: name where the item came from.');

  if (problems.length > 0) return { problems };
  return {
    problems,
    item: {
      itemId,
      category: category as ListCategory,
      name: { 'zh-Hans': nameHans, 'zh-Hant': nameHant, en: nameEn },
      includes: includes.patterns,
      excludes: excludes.patterns,
      regime: regime as SupervisionRegime,
      notes: value('notes'),
      source,
    },
  };
}

/** Parses `3821;902710;901110..901190`. Empty text is no patterns. */
export function parseCodePatterns(text: string): { patterns: CodePattern[]; errors: string[] } {
  const patterns: CodePattern[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  if (text.trim() === '') return { patterns, errors };
  for (const raw of text.split(';')) {
    const part = raw.trim();
    if (part === '') {
      errors.push('Empty code between ";" separators.');
      continue;
    }
    if (seen.has(part)) {
      errors.push(`${part} is listed twice.`);
      continue;
    }
    seen.add(part);
    const range = /^(\S+?)\.\.(\S+)$/.exec(part);
    if (range) {
      const [, from = '', to = ''] = range;
      const fromError = codeError(from);
      const toError = codeError(to);
      if (fromError || toError) errors.push(`Range ${part}: ${fromError ?? toError}`);
      else if (from.length !== to.length)
        errors.push(`Range ${part}: both ends must have the same number of digits.`);
      else if (from > to) errors.push(`Range ${part}: the first code is after the second.`);
      else patterns.push({ kind: 'range', from, to });
      continue;
    }
    const error = codeError(part);
    if (error) errors.push(error);
    else patterns.push({ kind: 'prefix', prefix: part });
  }
  return { patterns, errors };
}

function codeError(code: string): string | undefined {
  if (/^\d+(\.\d+)+$/.test(code))
    return `${code}: write codes without dots (${code.replace(/\./g, '')}).`;
  if (!/^\d+$/.test(code)) return `${code} is not a tariff code (digits only).`;
  if (code.length < 2 || code.length > MAX_CODE_DIGITS)
    return `${code}: a code has 2 to ${MAX_CODE_DIGITS} digits.`;
  return undefined;
}

export function formatCodePattern(pattern: CodePattern): string {
  return pattern.kind === 'prefix' ? pattern.prefix : `${pattern.from}..${pattern.to}`;
}

export function formatCodePatterns(patterns: readonly CodePattern[]): string {
  return patterns.map(formatCodePattern).join(';');
}

/** Writes items back in the import format (header included); `parseListCsv` reads it back. */
export function serialiseListCsv(items: readonly ListItem[]): string {
  const lines = [LIST_CSV_HEADER.join(',')];
  for (const item of items)
    lines.push(
      [
        item.itemId,
        item.category,
        item.name['zh-Hans'],
        item.name['zh-Hant'],
        item.name.en ?? '',
        formatCodePatterns(item.includes),
        formatCodePatterns(item.excludes),
        item.regime,
        item.notes,
        item.source,
      ]
        .map(quoteCsvCell)
        .join(','),
    );
  return `${lines.join('\n')}\n`;
}

function quoteCsvCell(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

// ---------------------------------------------------------------------------------------------
// Coverage: which part of a tariff code an item covers.
//
// NOTE: every code and pattern is an interval of the 10-digit code space (prefix 3821 is
// 3821000000–3821999999), so inclusion, exclusion and overlap are plain interval arithmetic and
// codes of any length (4-digit heading, 6-digit subheading, 8-digit national line) compare.

type Interval = readonly [number, number];

function codeInterval(code: string): Interval {
  return [Number(code.padEnd(MAX_CODE_DIGITS, '0')), Number(code.padEnd(MAX_CODE_DIGITS, '9'))];
}

function patternInterval(pattern: CodePattern): Interval {
  return pattern.kind === 'prefix'
    ? codeInterval(pattern.prefix)
    : [codeInterval(pattern.from)[0], codeInterval(pattern.to)[1]];
}

function unionOf(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = merged.at(-1);
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged;
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [alo, ahi] of a)
    for (const [blo, bhi] of b) {
      const lo = Math.max(alo, blo);
      const hi = Math.min(ahi, bhi);
      if (lo <= hi) out.push([lo, hi]);
    }
  return unionOf(out);
}

function subtract(a: Interval[], b: Interval[]): Interval[] {
  let remaining = unionOf(a);
  for (const [blo, bhi] of unionOf(b)) {
    const next: Interval[] = [];
    for (const [lo, hi] of remaining) {
      if (bhi < lo || blo > hi) next.push([lo, hi]);
      else {
        if (lo < blo) next.push([lo, blo - 1]);
        if (bhi < hi) next.push([bhi + 1, hi]);
      }
    }
    remaining = next;
  }
  return remaining;
}

/** Does this pattern contain the code (prefix 3821 contains 382100 and 38210000)? */
export function patternContainsCode(pattern: CodePattern, code: string): boolean {
  const [lo, hi] = patternInterval(pattern);
  const [clo, chi] = codeInterval(code);
  return lo <= clo && chi <= hi;
}

export type Coverage = 'full' | 'partial' | 'none';

/**
 * How much of `code` (2–10 digits) the item covers: `full` when every line under the code is
 * included and none excluded, `partial` when some are (heading 3002 against an item that
 * includes only 300212..300215), `none` otherwise.
 */
export function itemCoverage(
  item: Pick<ListItem, 'includes' | 'excludes'>,
  code: string,
): Coverage {
  const target = [codeInterval(code)];
  const covered = subtract(
    intersect(target, unionOf(item.includes.map(patternInterval))),
    item.excludes.map(patternInterval),
  );
  if (covered.length === 0) return 'none';
  const [lo, hi] = target[0]!;
  return covered.length === 1 && covered[0]![0] === lo && covered[0]![1] === hi
    ? 'full'
    : 'partial';
}

/** The include pattern of `item` that contains `code` most narrowly (longest), if any. */
export function narrowestInclude(
  item: Pick<ListItem, 'includes'>,
  code: string,
): CodePattern | undefined {
  let best: CodePattern | undefined;
  let bestWidth = Infinity;
  for (const pattern of item.includes) {
    const [lo, hi] = patternInterval(pattern);
    const [clo, chi] = codeInterval(code);
    const overlaps = lo <= chi && clo <= hi;
    if (overlaps && hi - lo < bestWidth) {
      best = pattern;
      bestWidth = hi - lo;
    }
  }
  return best;
}

/**
 * How a list (several items) covers `code`: the coverage of all items together, and the item
 * that best covers it — full before partial, then the category `hint` (the dictionary knows the
 * goods are consumables, say), then the narrowest included pattern (a specific item before a
 * catch-all such as "chapters 84, 85, 90").
 */
export function listCoverage<T extends Pick<ListItem, 'includes' | 'excludes' | 'category'>>(
  items: readonly T[],
  code: string,
  hint?: ListCategory,
): { coverage: Coverage; item: T | null } {
  const target = [codeInterval(code)];
  let covered: Interval[] = [];
  let best: { item: T; rank: number[] } | null = null;
  for (const item of items) {
    const part = subtract(
      intersect(target, unionOf(item.includes.map(patternInterval))),
      item.excludes.map(patternInterval),
    );
    if (part.length === 0) continue;
    covered = unionOf([...covered, ...part]);
    const full =
      part.length === 1 && part[0]![0] === target[0]![0] && part[0]![1] === target[0]![1];
    const include = narrowestInclude(item, code);
    const width = include ? patternInterval(include)[1] - patternInterval(include)[0] : Infinity;
    const rank = [full ? 0 : 1, hint && item.category === hint ? 0 : 1, width];
    if (!best || compareRank(rank, best.rank) < 0) best = { item, rank };
  }
  if (covered.length === 0) return { coverage: 'none', item: null };
  const [lo, hi] = target[0]!;
  const full = covered.length === 1 && covered[0]![0] === lo && covered[0]![1] === hi;
  return { coverage: full ? 'full' : 'partial', item: best?.item ?? null };
}

function compareRank(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index += 1)
    if (a[index] !== b[index]) return a[index]! - b[index]!;
  return 0;
}
