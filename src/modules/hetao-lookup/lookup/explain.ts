/**
 * The explained answer of a lookup, in zh-Hans, zh-Hant and English. zh-Hant is converted from
 * zh-Hans with OpenCC (Hong Kong standard); the user's own words are quoted as typed.
 */
import { LIST_CATEGORY_NAMES, SUPERVISION_REGIME_NAMES } from '../../hetao/list-format';
import { convertToTraditional } from './normalise';
import type { AuthoredText, LocalisedText, LookupCandidate, LookupFlag, Verdict } from './types';

const QUERY = '\u0000Q\u0000';

/** zh-Hant from zh-Hans, keeping the quoted query exactly as the user typed it. */
export function localise(text: AuthoredText, query = ''): LocalisedText {
  return {
    'zh-Hans': text['zh-Hans'].replaceAll(QUERY, query),
    'zh-Hant': convertToTraditional(text['zh-Hans']).replaceAll(QUERY, query),
    en: text.en.replaceAll(QUERY, query),
  };
}

export function formatCode(code: string): string {
  if (code.length <= 4) return code;
  if (code.length === 6) return `${code.slice(0, 4)}.${code.slice(4)}`;
  return `${code.slice(0, 4)}.${code.slice(4, 6)}.${code.slice(6)}`;
}

function candidateLine(candidate: LookupCandidate): AuthoredText {
  const code = formatCode(candidate.hsCode);
  const zhName = candidate.description.zh ? `（${candidate.description.zh}）` : '';
  const enName = candidate.description.en ? ` (${candidate.description.en})` : '';
  return { 'zh-Hans': `${code}${zhName}`, en: `${code}${enName}` };
}

function itemLine(candidate: LookupCandidate): AuthoredText {
  const item = candidate.listItem;
  if (!item) return { 'zh-Hans': '', en: '' };
  const category = LIST_CATEGORY_NAMES[item.category];
  const regime = SUPERVISION_REGIME_NAMES[item.regime];
  return {
    'zh-Hans': `清单第 ${item.itemId} 项「${item.name['zh-Hans']}」，类别：${category['zh-Hans']}，监管方式：${regime['zh-Hans']}`,
    en: `list item ${item.itemId} "${item.name.en ?? item.name['zh-Hans']}", category: ${category.en}, regime: ${regime.en.toLowerCase()}`,
  };
}

export interface ExplainInput {
  verdict: Verdict;
  query: string;
  candidates: LookupCandidate[];
  plausible: LookupCandidate[];
  flags: LookupFlag[];
  isWorkingList: boolean;
  why:
    'identified' | 'not-identified' | 'contested' | 'headings-disagree' | 'partial' | 'precedent';
  contested: AuthoredText | null;
}

/** The one-paragraph answer shown first on the page and by the CLI. */
export function explainResult(input: ExplainInput): LocalisedText {
  const parts: AuthoredText[] = [];
  const top = input.candidates[0];
  const q = `「${QUERY}」`;
  const qEn = `"${QUERY}"`;

  if (input.why === 'not-identified' || !top) {
    parts.push({
      'zh-Hans': `无法从${q}确定货物的税则归类：没有足够的词与商品名称或实验室货物词典相符。请补充品名、用途或成分，或直接向海关咨询。`,
      en: `We could not classify ${qEn}: too few of its words match the nomenclature or the laboratory-goods dictionary. Add the product name, use or composition, or ask customs directly.`,
    });
  } else if (input.verdict === 'uncertain') {
    const headings = input.plausible.map((c) => formatCode(c.hsCode));
    const list = headings.join('、');
    const listEn = headings.join(', ');
    parts.push({
      'zh-Hans': `${q}可能归入 ${list}，无法确定。`,
      en: `${qEn} may fall under ${listEn}; we cannot tell which.`,
    });
    if (input.contested) parts.push(input.contested);
    else if (input.why === 'partial')
      parts.push({
        'zh-Hans': `清单只包括 ${formatCode(top.hsCode)} 下的部分税号，是否在列取决于本国子目。`,
        en: `The list includes only some lines under ${formatCode(top.hsCode)}; coverage depends on the national line.`,
      });
    else
      parts.push({
        'zh-Hans': '这些候选税号在清单中的结果不同（有的在列、有的不在，或类别不同）。',
        en: 'These candidate headings do not give the same answer on the list (listed or not, or a different category).',
      });
    parts.push({
      'zh-Hans': '建议向海关咨询，或在进口前至少 3 个月申请预裁定（B.C1、B.N8）。',
      en: 'Ask customs, or apply for an advance ruling at least 3 months before import (B.C1, B.N8).',
    });
  } else if (input.verdict === 'listed') {
    const line = candidateLine(top);
    const item = itemLine(top);
    parts.push({
      'zh-Hans': `${q}最可能归入 ${line['zh-Hans']}，属于${item['zh-Hans']}。`,
      en: `${qEn} most likely falls under ${line.en}, which is on the list: ${item.en}.`,
    });
    if (input.why === 'precedent')
      parts.push({
        'zh-Hans': '海关已就相同货物作出答复（见先例）。',
        en: 'Customs has answered a question about the same goods (see the precedent).',
      });
  } else {
    const line = candidateLine(top);
    const excluded = input.flags.find((flag) => flag.kind === 'excluded');
    parts.push(
      excluded
        ? {
            'zh-Hans': `${q}不能免税：${excluded.reason['zh-Hans']}`,
            en: `${qEn} cannot be exempted: ${excluded.reason.en}`,
          }
        : {
            'zh-Hans': `${q}最可能归入 ${line['zh-Hans']}，不在清单内。如科研确有需要，可以提出增补建议（B.L3）。`,
            en: `${qEn} most likely falls under ${line.en}, which is not on the list. If research needs it, suggest an addition (B.L3).`,
          },
    );
    if (input.why === 'precedent')
      parts.push({
        'zh-Hans': '海关已就相同货物答复为不在清单内（见先例）。',
        en: 'Customs has answered that the same goods are not covered (see the precedent).',
      });
  }
  if (input.flags.some((flag) => flag.kind === 'biosafety'))
    parts.push({
      'zh-Hans':
        '注意：此类货物涉及防疫风险，须加强识别与监管（B.R1），进口前请确认检疫审批要求；这不影响能否免税。',
      en: 'Note: these goods carry epidemic-prevention risk and must be identified and supervised (B.R1); check the quarantine approval requirements before import. This does not change whether they are exempt.',
    });
  if (input.isWorkingList)
    parts.push({
      'zh-Hans': '以上依据的是工作清单，并非官方清单（官方 509 项附件尚未取得），结果仅供参考。',
      en: 'This answer uses the working list, not the official one (the official 509-item attachment is not yet available); treat it as guidance.',
    });
  // Each part is converted on its own: the parts repeat across queries, so the memoised
  // converter keeps this fast.
  const localised = parts.map((part) => localise(part, input.query.trim()));
  return {
    'zh-Hans': localised.map((part) => part['zh-Hans']).join(''),
    'zh-Hant': localised.map((part) => part['zh-Hant']).join(''),
    en: localised.map((part) => part.en).join(' '),
  };
}
