import type { Language } from '../../i18n/languages';
import type { LocalisedText } from '../../api/openapi-client';
import type { Facts, FactType, Question } from './types';

/** Reads a dotted fact path (`company.plannedPurchase.kind`); undefined when absent. */
export function getFact(facts: Facts, path: string): unknown {
  let value: unknown = facts;
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** A copy of the facts with one fact set (or removed, for undefined). */
export function setFact(facts: Facts, path: string, value: unknown): Facts {
  const segments = path.split('.');
  const copy = (object: unknown): Record<string, unknown> =>
    object !== null && typeof object === 'object' && !Array.isArray(object)
      ? { ...(object as Record<string, unknown>) }
      : {};
  const root = copy(facts);
  let target = root;
  for (const segment of segments.slice(0, -1)) {
    const next = copy(target[segment]);
    target[segment] = next;
    target = next;
  }
  const last = segments[segments.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return root as Facts;
}

/** Every fact path present in a situation, in a stable order. */
export function factPaths(facts: Facts, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(facts ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      paths.push(...factPaths(value as Facts, path));
    else if (value !== undefined && value !== null) paths.push(path);
  }
  return paths;
}

/** What the facts JSON Schema (GET /facts/schema) says about one fact. */
export interface FactInfo {
  id: string;
  type: FactType;
  question: LocalisedText;
  help: LocalisedText | null;
  options: { value: string; label: LocalisedText }[];
  min?: number;
  max?: number;
  storedInProfile: boolean;
}

interface SchemaNode {
  type?: string | string[];
  title?: string;
  properties?: Record<string, SchemaNode>;
  anyOf?: SchemaNode[];
  minimum?: number;
  maximum?: number;
  'x-type'?: FactType;
  'x-question'?: LocalisedText;
  'x-help'?: LocalisedText;
  'x-options'?: { value: string; label: LocalisedText }[];
  'x-stored-in-profile'?: boolean;
}

/** Every fact of the vocabulary, indexed by id, from the published JSON Schema. */
export function indexFactsSchema(schema: SchemaNode): Map<string, FactInfo> {
  const index = new Map<string, FactInfo>();
  const walk = (node: SchemaNode) => {
    if (node['x-type'] && node.title && node['x-question']) {
      const numeric = [node, ...(node.anyOf ?? [])].find((part) => part.minimum !== undefined);
      index.set(node.title, {
        id: node.title,
        type: node['x-type'],
        question: node['x-question'],
        help: node['x-help'] ?? null,
        options: node['x-options'] ?? [],
        ...(numeric?.minimum !== undefined ? { min: numeric.minimum } : {}),
        ...(numeric?.maximum !== undefined ? { max: numeric.maximum } : {}),
        storedInProfile: node['x-stored-in-profile'] ?? true,
      });
      return;
    }
    for (const child of Object.values(node.properties ?? {})) walk(child);
    for (const child of node.anyOf ?? []) walk(child);
  };
  walk(schema);
  return index;
}

/** A fact as a question in a language (to ask again a fact answered earlier). */
export function questionOf(info: FactInfo, language: Language): Question {
  return {
    factId: info.id,
    subject: info.id.split('.')[0] as Question['subject'],
    type: info.type,
    text: info.question[language],
    help: info.help?.[language] ?? null,
    options: info.options.map((option) => ({ value: option.value, label: option.label[language] })),
    ...(info.min !== undefined ? { min: info.min } : {}),
    ...(info.max !== undefined ? { max: info.max } : {}),
    purpose: 'eligibility',
    policies: [],
    stakeFen: 0,
    expectedSettledFen: 0,
    storedInProfile: info.storedInProfile,
  };
}

/** Whole yuan when the amount is whole, else with fen: ¥1,250 / ¥0.03. */
export function formatYuan(fen: number, locale: string): string {
  const whole = fen % 100 === 0;
  return `¥${(fen / 100).toLocaleString(locale, {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  })}`;
}

export function localeOf(language: Language): string {
  return language === 'en' ? 'en-US' : language === 'zh-Hant' ? 'zh-HK' : 'zh-CN';
}

const PURCHASE_KINDS = ['compute', 'model', 'corpus'] as const;

/**
 * A profile saved when the planned purchase was one choice (`company.plannedPurchase.kind`, with
 * one amount and one related-party answer) read as the block of the kind it named, so the other
 * voucher kinds are asked rather than read as "not planned" (policies/facts.yaml keeps the
 * single-choice facts for clients that send them; the navigator asks kind by kind).
 */
export function withPurchaseByKind(facts: Facts): Facts {
  const kind = getFact(facts, 'company.plannedPurchase.kind');
  if (typeof kind !== 'string') return facts;
  let upgraded = facts;
  const named = PURCHASE_KINDS.find((candidate) => candidate === kind);
  if (named) {
    const block = `company.plannedPurchase.${named}`;
    const carry = (from: string, to: string) => {
      const value = getFact(facts, `company.plannedPurchase.${from}`);
      if (value !== undefined && value !== null && getFact(facts, `${block}.${to}`) === undefined)
        upgraded = setFact(upgraded, `${block}.${to}`, value);
    };
    if (getFact(facts, `${block}.planned`) === undefined)
      upgraded = setFact(upgraded, `${block}.planned`, true);
    carry('amountFen', 'amountFen');
    carry('relatedParty', 'relatedParty');
  } else
    for (const other of PURCHASE_KINDS)
      if (getFact(facts, `company.plannedPurchase.${other}.planned`) === undefined)
        upgraded = setFact(upgraded, `company.plannedPurchase.${other}.planned`, false);
  for (const legacy of ['kind', 'amountFen', 'relatedParty'])
    upgraded = setFact(upgraded, `company.plannedPurchase.${legacy}`, undefined);
  return upgraded;
}

/**
 * The facts contract: a `company` object means the person has a company, so "no company"
 * withdraws the company answers (the API refuses the two together).
 */
export function withoutCompanyIfNone(facts: Facts): Facts {
  return getFact(facts, 'person.hasCompany') === false && getFact(facts, 'company') !== undefined
    ? setFact(facts, 'company', undefined)
    : facts;
}
