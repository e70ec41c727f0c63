import type { Language } from '../../db/schema/accounts';
import type { FactDefinition, Text } from '../../engine';
import type { LocalisedText } from '../../shared/localised-text';
import { findCreditCodeProblem, normaliseCreditCode } from '../../shared/uscc';
import { isIsoDate } from '../../engine';
import { getCatalogue, getFactsSchema } from '../rules/catalogue';
import { shenzhenDistricts } from '../spaces/districts';
import { nestFacts } from './fact-paths';
import type { ImportFileProblem, ImportFileRow } from './import-file';

/**
 * Turns the rows of a registration file into profiles: each column is mapped to a profile field
 * or to a fact of policies/facts.yaml, each cell is checked against its target's type, and every
 * problem names its line and column. The caller imports nothing unless there are none.
 */

export const profileFields = [
  'profile.creditCode',
  'profile.name',
  'profile.district',
  'profile.size',
  'profile.industry',
] as const;
export type ProfileField = (typeof profileFields)[number];

const profileFieldLabels: Record<ProfileField, Text> = {
  'profile.creditCode': {
    'zh-Hans': '统一社会信用代码',
    'zh-Hant': '統一社會信用代碼',
    en: 'Credit code',
  },
  'profile.name': { 'zh-Hans': '企业名称', 'zh-Hant': '企業名稱', en: 'Company name' },
  'profile.district': { 'zh-Hans': '所在区', 'zh-Hant': '所在區', en: 'District' },
  'profile.size': { 'zh-Hans': '企业规模', 'zh-Hant': '企業規模', en: 'Size' },
  'profile.industry': { 'zh-Hans': '行业', 'zh-Hant': '行業', en: 'Industry' },
};

/** Fact types a cell can hold; achievement and waiver lists need more than one cell. */
const importableTypes = new Set(['boolean', 'enum', 'date', 'integer', 'money', 'policy-list']);

/** The facts a column may be mapped to: stored in profiles, not goods, one cell each. */
export function importableFacts(): FactDefinition[] {
  return getCatalogue().catalogue.facts.filter(
    (fact) => fact.storedInProfile && fact.subject !== 'goods' && importableTypes.has(fact.type),
  );
}

export interface ImportTarget {
  id: string;
  kind: 'profile' | 'fact';
  type: string;
  label: Text;
  required: boolean;
}

/** Every target a column can be mapped to, profile fields first. */
export function listImportTargets(): ImportTarget[] {
  return [
    ...profileFields.map((id) => ({
      id,
      kind: 'profile' as const,
      type: 'text',
      label: profileFieldLabels[id],
      required: id === 'profile.creditCode' || id === 'profile.name',
    })),
    ...importableFacts().map((fact) => ({
      id: fact.id,
      kind: 'fact' as const,
      type: fact.type,
      label: fact.question,
      required: false,
    })),
  ];
}

const headerAliases: Record<string, string> = {
  creditcode: 'profile.creditCode',
  uscc: 'profile.creditCode',
  统一社会信用代码: 'profile.creditCode',
  統一社會信用代碼: 'profile.creditCode',
  信用代码: 'profile.creditCode',
  name: 'profile.name',
  companyname: 'profile.name',
  企业名称: 'profile.name',
  企業名稱: 'profile.name',
  名称: 'profile.name',
  district: 'profile.district',
  所在区: 'profile.district',
  区: 'profile.district',
  size: 'profile.size',
  企业规模: 'profile.size',
  规模: 'profile.size',
  industry: 'profile.industry',
  行业: 'profile.industry',
  foundedon: 'company.foundedOn',
  foundingdate: 'company.foundedOn',
  成立日期: 'company.foundedOn',
};

const normaliseHeader = (header: string) => header.toLowerCase().replace(/[\s_\-.]/g, '');

/** The mapping a header suggests: known aliases, and any header that spells a target's id. */
export function suggestMapping(header: readonly string[]): Record<string, string> {
  const byId = new Map(
    listImportTargets().map((target) => [normaliseHeader(target.id), target.id]),
  );
  const mapping: Record<string, string> = {};
  const used = new Set<string>();
  for (const column of header) {
    const key = normaliseHeader(column);
    const target = headerAliases[key] ?? headerAliases[column.trim()] ?? byId.get(key);
    if (target && !used.has(target)) {
      mapping[column] = target;
      used.add(target);
    }
  }
  return mapping;
}

export interface ImportedProfileRow {
  line: number;
  creditCode: string;
  name: string;
  district: string | null;
  size: string | null;
  industry: string | null;
  /** Fact id → value, only the cells that were filled in. */
  facts: Map<string, unknown>;
}

export type MapRowsResult =
  { ok: true; profiles: ImportedProfileRow[] } | { ok: false; problems: ImportFileProblem[] };

/** Problems with the mapping itself (unknown column or target, a target twice, one missing). */
export function checkMapping(
  header: readonly string[],
  mapping: Record<string, string>,
  language: Language = 'en',
): ImportFileProblem[] {
  const say = (text: LocalisedText) => text[language];
  const problems: ImportFileProblem[] = [];
  const targets = new Set(listImportTargets().map((target) => target.id));
  const seen = new Map<string, string>();
  for (const [column, target] of Object.entries(mapping)) {
    if (!header.includes(column))
      problems.push({
        line: 1,
        column,
        message: say({
          'zh-Hans': `文件中没有“${column}”列。`,
          'zh-Hant': `檔案中沒有「${column}」欄。`,
          en: `The file has no column "${column}".`,
        }),
      });
    if (!targets.has(target))
      problems.push({
        line: 1,
        column,
        message: say({
          'zh-Hans': `“${target}”不是企业档案字段，也不是可导入的事实。`,
          'zh-Hant': `「${target}」不是企業檔案欄位，也不是可匯入的事實。`,
          en: `"${target}" is not a profile field or an importable fact.`,
        }),
      });
    if (seen.has(target))
      problems.push({
        line: 1,
        column,
        message: say({
          'zh-Hans': `“${target}”已由“${seen.get(target)}”列对应。`,
          'zh-Hant': `「${target}」已由「${seen.get(target)}」欄對應。`,
          en: `"${target}" is already mapped from column "${seen.get(target)}".`,
        }),
      });
    seen.set(target, column);
  }
  for (const required of ['profile.creditCode', 'profile.name'])
    if (!seen.has(required))
      problems.push({
        line: 1,
        column: 'mapping',
        message: say({
          'zh-Hans': `没有任何列对应到 ${required}。`,
          'zh-Hant': `沒有任何欄對應到 ${required}。`,
          en: `No column is mapped to ${required}.`,
        }),
      });
  return problems;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '有', '√']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '无', '無', '×']);

/** A cell's value for a fact, or the reason it cannot be one. */
function parseCell(
  fact: FactDefinition,
  text: string,
  language: Language,
): { value: unknown } | { problem: string } {
  const say = (message: LocalisedText) => message[language];
  switch (fact.type) {
    case 'boolean': {
      const word = text.toLowerCase();
      if (TRUE_WORDS.has(word)) return { value: true };
      if (FALSE_WORDS.has(word)) return { value: false };
      return {
        problem: say({
          'zh-Hans': `“${text}”不是“是/否”（是/否、true/false、1/0）。`,
          'zh-Hant': `「${text}」不是「是/否」（是/否、true/false、1/0）。`,
          en: `"${text}" is not yes/no (true/false, 是/否, 1/0).`,
        }),
      };
    }
    case 'date': {
      const day = text
        .replace(/\//g, '-')
        .replace(/^(\d{4})-(\d)-/, '$1-0$2-')
        .replace(/-(\d)$/, '-0$1');
      return isIsoDate(day)
        ? { value: day }
        : {
            problem: say({
              'zh-Hans': `“${text}”不是日期（YYYY-MM-DD）。`,
              'zh-Hant': `「${text}」不是日期（YYYY-MM-DD）。`,
              en: `"${text}" is not a date (YYYY-MM-DD).`,
            }),
          };
    }
    case 'integer':
    case 'money': {
      if (!/^-?\d+$/.test(text))
        return {
          problem: say({
            'zh-Hans': `“${text}”不是整数${fact.type === 'money' ? '（以分计）' : ''}。`,
            'zh-Hant': `「${text}」不是整數${fact.type === 'money' ? '（以分計）' : ''}。`,
            en: `"${text}" is not a whole number${fact.type === 'money' ? ' of fen' : ''}.`,
          }),
        };
      return { value: Number(text) };
    }
    case 'enum': {
      const option = fact.options?.find(
        (candidate) =>
          candidate.value === text ||
          Object.values(candidate.label).some((label) => label === text),
      );
      return option
        ? { value: option.value }
        : {
            problem: say({
              'zh-Hans': `“${text}”不在可选值 ${fact.options?.map((o) => o.value).join('、')} 之中。`,
              'zh-Hant': `「${text}」不在可選值 ${fact.options?.map((o) => o.value).join('、')} 之中。`,
              en: `"${text}" is not one of ${fact.options?.map((o) => o.value).join(', ')}.`,
            }),
          };
    }
    case 'policy-list': {
      const ids = text.split(/[;；,，\s]+/).filter(Boolean);
      const unknown = ids.filter((id) => !getCatalogue().catalogue.policyIndex.has(id));
      return unknown.length > 0
        ? {
            problem: say({
              'zh-Hans': `没有编号为 ${unknown.join('、')} 的政策。`,
              'zh-Hant': `沒有編號為 ${unknown.join('、')} 的政策。`,
              en: `No policy has the id ${unknown.join(', ')}.`,
            }),
          }
        : { value: ids };
    }
    default:
      return {
        problem: say({
          'zh-Hans': `${fact.type} 类型的事实不能从单个单元格导入。`,
          'zh-Hant': `${fact.type} 類型的事實不能從單個儲存格匯入。`,
          en: `A ${fact.type} fact cannot be imported from one cell.`,
        }),
      };
  }
}

/** A district name in any script, or its code, as the district code. */
function districtCode(text: string): string | undefined {
  const key = text.toLowerCase();
  for (const [code, names] of Object.entries(shenzhenDistricts))
    if (
      code === key ||
      Object.values(names).some((name) => name === text || name.replace(/[区區]$/, '') === text)
    )
      return code;
  return undefined;
}

/**
 * Every row as a profile, or every problem of every row (line and column): a file with a single
 * bad cell imports nothing. The facts of each row are checked once more against the vocabulary's
 * schema, so what is imported is what a founder could have declared.
 */
export function mapRows(
  header: readonly string[],
  rows: readonly ImportFileRow[],
  mapping: Record<string, string>,
  language: Language = 'en',
): MapRowsResult {
  const problems = checkMapping(header, mapping, language);
  if (problems.length > 0) return { ok: false, problems };
  const { factIndex } = getCatalogue().catalogue;
  const schema = getFactsSchema(language, true);
  const say = (text: LocalisedText) => text[language];
  const columns = Object.entries(mapping).map(([column, target]) => ({
    column,
    target,
    index: header.indexOf(column),
  }));
  const profiles: ImportedProfileRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const rowProblems: ImportFileProblem[] = [];
    const profile: ImportedProfileRow = {
      line: row.line,
      creditCode: '',
      name: '',
      district: null,
      size: null,
      industry: null,
      facts: new Map(),
    };
    const factColumns = new Map<string, string>();
    for (const { column, target, index } of columns) {
      const text = (row.cells[index] ?? '').trim();
      const problem = (message: string) => rowProblems.push({ line: row.line, column, message });
      if (target === 'profile.creditCode') {
        const code = normaliseCreditCode(text);
        if (!code)
          problem(
            say({
              'zh-Hans': '统一社会信用代码必填。',
              'zh-Hant': '統一社會信用代碼必填。',
              en: 'The credit code is required.',
            }),
          );
        else if (findCreditCodeProblem(code))
          problem(
            say({
              'zh-Hans': `“${text}”不是有效的统一社会信用代码。`,
              'zh-Hant': `「${text}」不是有效的統一社會信用代碼。`,
              en: `"${text}" is not a valid unified social credit code.`,
            }),
          );
        else if (seen.has(code))
          problem(
            say({
              'zh-Hans': `信用代码 ${code} 已在第 ${seen.get(code)} 行出现。`,
              'zh-Hant': `信用代碼 ${code} 已在第 ${seen.get(code)} 行出現。`,
              en: `Credit code ${code} is already on line ${seen.get(code)}.`,
            }),
          );
        else seen.set(code, row.line);
        profile.creditCode = code;
      } else if (target === 'profile.name') {
        if (!text)
          problem(
            say({
              'zh-Hans': '企业名称必填。',
              'zh-Hant': '企業名稱必填。',
              en: 'The company name is required.',
            }),
          );
        profile.name = text;
      } else if (target === 'profile.district') {
        if (!text) continue;
        const code = districtCode(text);
        if (!code)
          problem(
            say({
              'zh-Hans': `“${text}”不是深圳的区。`,
              'zh-Hant': `「${text}」不是深圳的區。`,
              en: `"${text}" is not a Shenzhen district.`,
            }),
          );
        profile.district = code ?? null;
      } else if (target === 'profile.size') profile.size = text || null;
      else if (target === 'profile.industry') profile.industry = text || null;
      else {
        if (!text) continue;
        const parsed = parseCell(factIndex.get(target)!, text, language);
        if ('problem' in parsed) problem(parsed.problem);
        else {
          profile.facts.set(target, parsed.value);
          factColumns.set(target, column);
        }
      }
    }
    if (rowProblems.length === 0 && profile.facts.size > 0) {
      const checked = schema.safeParse(nestFacts(profile.facts));
      if (!checked.success)
        for (const issue of checked.error.issues) {
          const id = issue.path.join('.');
          const column = factColumns.get(id) ?? [...factColumns.values()][0] ?? 'row';
          rowProblems.push({ line: row.line, column, message: issue.message });
        }
    }
    problems.push(...rowProblems);
    if (rowProblems.length === 0) profiles.push(profile);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, profiles };
}
