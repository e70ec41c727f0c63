import * as OpenCC from 'opencc-js';

/**
 * Anonymises a question or answer before it is published as a precedent (B.C1). Two passes:
 *  1. what we KNOW identifies the asker — their names, their organisation's names, credit code,
 *     address, e-mail — is replaced wherever it appears;
 *  2. what LOOKS identifying is replaced by pattern: e-mail addresses, telephone numbers, links,
 *     ID-card and credit-code numbers, values after "contact/電話/WeChat:", titles with a surname
 *     (陈博士, Dr. Chen) and organisation names ending in 公司/研究院/大學/Ltd/University/…
 * (not 實驗室: "animal laboratory" describes goods more often than it names a lab).
 * The officer sees the result before publishing and may edit it; the edit is anonymised again.
 * NOTE: product names, brands and tariff codes are what makes a precedent useful, so the
 * patterns are written not to touch them (8–10 digit codes are never taken for phone numbers).
 */

export type RedactionKind =
  'person' | 'organisation' | 'contact' | 'address' | 'registration-number' | 'link';

export interface IdentifyingFacts {
  personNames: readonly string[];
  organisationNames: readonly string[];
  /** Unified social credit codes and the like. */
  registrationNumbers: readonly string[];
  addresses: readonly string[];
  emails: readonly string[];
  phones: readonly string[];
}

export interface AnonymisedText {
  text: string;
  redactions: { kind: RedactionKind; count: number }[];
}

const PLACEHOLDERS: Record<'hans' | 'hant' | 'latin', Record<RedactionKind, string>> = {
  hans: {
    person: '［人名］',
    organisation: '［机构］',
    contact: '［联系方式］',
    address: '［地址］',
    'registration-number': '［证照号码］',
    link: '［链接］',
  },
  hant: {
    person: '［人名］',
    organisation: '［機構］',
    contact: '［聯絡方式］',
    address: '［地址］',
    'registration-number': '［證照號碼］',
    link: '［連結］',
  },
  latin: {
    person: '[name]',
    organisation: '[organisation]',
    contact: '[contact]',
    address: '[address]',
    'registration-number': '[registration no.]',
    link: '[link]',
  },
};

let toSimplified: ((text: string) => string) | undefined;

function scriptOf(text: string): 'hans' | 'hant' | 'latin' {
  if (!/\p{Script=Han}/u.test(text)) return 'latin';
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified(text) === text ? 'hans' : 'hant';
}

let scriptConverters: ((text: string) => string)[] | undefined;

/**
 * A known name or address in every script it may be written in: the desk takes questions in
 * Simplified and Traditional Chinese, and a Hong Kong importer writes 陳靜怡 for the 陈静怡 on
 * record (and the other way round).
 */
function inEveryScript(values: readonly string[]): string[] {
  scriptConverters ??= [
    OpenCC.Converter({ from: 'cn', to: 'hk' }),
    OpenCC.Converter({ from: 'cn', to: 'tw' }),
    OpenCC.Converter({ from: 'hk', to: 'cn' }),
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
  ];
  const all = new Set<string>();
  for (const value of values) {
    all.add(value);
    if (/\p{Script=Han}/u.test(value))
      for (const convert of scriptConverters) all.add(convert(value));
  }
  return [...all];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const REGION_PREFIX = /^(?:中国|中國|广东省|廣東省|深圳市|深圳|香港特别行政区|香港特別行政區|香港)/;
const COMPANY_SUFFIX =
  /(?:股份有限公司|有限责任公司|有限責任公司|有限公司|公司|Co\.,?\s*Ltd\.?|Ltd\.?|Limited|Inc\.?)$/i;

/** The forms in which an organisation's name is likely to be written. */
function organisationVariants(name: string): string[] {
  const variants = new Set<string>();
  const full = name.trim();
  const withoutNote = full.replace(/[（(][^）)]*[）)]\s*$/, '').trim();
  // A region in brackets inside the name: 腾讯科技（深圳）有限公司 is written 腾讯科技.
  const withoutBrackets = full.replace(/\s*[（(][^）)]*[）)]\s*/g, '').trim();
  for (const base of [full, withoutNote, withoutBrackets]) {
    variants.add(base);
    const noRegion = base.replace(REGION_PREFIX, '');
    variants.add(noRegion);
    variants.add(base.replace(COMPANY_SUFFIX, '').trim());
    variants.add(noRegion.replace(COMPANY_SUFFIX, '').trim());
  }
  return [...variants].filter((variant) => [...variant].length >= 4);
}

const HONORIFICS = '(?:博士|教授|老师|老師|先生|女士|小姐|经理|經理|主任|院长|院長|研究员|研究員)';

/** The forms in which a person's name is likely to be written (陈静怡, 静怡, 陈博士, Jingyi Chen). */
function personVariants(name: string): RegExp[] {
  const full = name.trim();
  if ([...full].length < 2) return [];
  const patterns = [new RegExp(escapeRegExp(full), 'giu')];
  if (/^\p{Script=Han}{2,4}$/u.test(full)) {
    const [surname, ...given] = [...full];
    if (given.length >= 2) patterns.push(new RegExp(escapeRegExp(given.join('')), 'gu'));
    patterns.push(new RegExp(`${escapeRegExp(surname!)}${HONORIFICS}`, 'gu'));
  } else {
    for (const part of full.split(/\s+/))
      if (part.length >= 3) patterns.push(new RegExp(`\\b${escapeRegExp(part)}\\b`, 'giu'));
  }
  return patterns;
}

// Characters that end (or start) a Chinese organisation name rather than belong to it.
const NOT_IN_NAME =
  '\\s，,。.;；:：、（）()“”"\'「」『』!！?？的由从從向为為是在于於与與和及给給自把被我你他她们們请請该該这這贵貴本';
const CJK_ORGANISATION = new RegExp(
  `[^${NOT_IN_NAME}\\P{Script=Han}]{2,16}?(?:股份有限公司|有限责任公司|有限責任公司|有限公司|公司|研究院|研究所|研究中心|大学|大學|学院|學院|医院|醫院)`,
  'gu',
);
const LATIN_ORGANISATION =
  /\b(?:[A-Z][\w&'-]*\.?\s+){1,6}(?:Co\.,?\s*)?(?:Ltd\.?|Limited|Inc\.?|Incorporated|GmbH|LLC|Corporation|Corp\.?|University|Institute|Laboratory|Hospital)(?![\w])/g;

// The commonest Chinese surnames (simplified and traditional forms), for names introduced by a
// label such as 联系人 or 我是 — where nothing else tells a name from the words after it. A
// two-character name followed by a verb (张伟已确认) keeps the verb.
const SURNAMES =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯欧歐区區麦麥伍';
const INTRODUCED_NAME = new RegExp(
  `(?<=(?:我是|我叫|本人|联系人|聯絡人|聯繫人|申请人|申請人|经办人|經辦人|负责人|負責人)[:：\\s]*(?:[^，,。；;\\s]{0,24}?的)?)[${SURNAMES}]\\p{Script=Han}(?:(?![已的是在和与與及等说說确確于於为為将將也都就会會要想请請])\\p{Script=Han})?`,
  'gu',
);

const PATTERNS: { kind: RedactionKind; pattern: RegExp; group?: number }[] = [
  { kind: 'person', pattern: INTRODUCED_NAME },
  { kind: 'contact', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  { kind: 'link', pattern: /\b(?:https?:\/\/|www\.)[^\s，。；）)]+/gi },
  // Values after a contact label, whatever they look like.
  {
    kind: 'contact',
    pattern:
      /(?:联系人|聯絡人|联系电话|聯絡電話|电话|電話|手机|手機|微信|传真|傳真|邮箱|郵箱|WeChat|WhatsApp|Tel|Phone|Mobile|Fax|Contact)\s*[:：]\s*(\+?[\d(][\d\s()-]{5,}\d|[^\s，,；;。]+)/gi,
    group: 1,
  },
  // Mainland mobile numbers (11 digits, 1[3-9]…), optionally +86.
  { kind: 'contact', pattern: /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g },
  // Landlines written with their area code and a separator: 0755-12345678, (0755) 1234 5678.
  { kind: 'contact', pattern: /(?<!\d)(?:\(0\d{2,3}\)\s?|0\d{2,3}[-\s])\d{3,4}[-\s]?\d{4}(?!\d)/g },
  // Hong Kong numbers only with +852 (a bare 8-digit number is as likely a tariff line).
  { kind: 'contact', pattern: /\+852[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g },
  // Unified social credit codes (18 characters with a letter) and ID-card numbers.
  {
    kind: 'registration-number',
    pattern: /(?<![0-9A-Z])(?=[0-9A-Z]*[A-HJ-NPQRTUWXY])[0-9A-HJ-NPQRTUWXY]{18}(?![0-9A-Z])/g,
  },
  { kind: 'registration-number', pattern: /(?<!\d)\d{17}[\dXx](?!\d)/g },
  { kind: 'person', pattern: new RegExp(`[^${NOT_IN_NAME}\\P{Script=Han}]${HONORIFICS}`, 'gu') },
  { kind: 'person', pattern: /\b(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?/g },
  { kind: 'organisation', pattern: CJK_ORGANISATION },
  { kind: 'organisation', pattern: LATIN_ORGANISATION },
];

/** Replaces everything identifying in `text`; see the module comment for what that is. */
export function anonymiseText(text: string, facts: IdentifyingFacts): AnonymisedText {
  const placeholders = PLACEHOLDERS[scriptOf(text)];
  const counts = new Map<RedactionKind, number>();
  let result = text;
  const replace = (kind: RedactionKind, pattern: RegExp, group?: number) => {
    result = result.replace(pattern, (match: string, ...rest: unknown[]) => {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      if (group === undefined) return placeholders[kind];
      const value = rest[group - 1];
      return typeof value === 'string' ? match.replace(value, placeholders[kind]) : match;
    });
  };
  const exact = (kind: RedactionKind, values: readonly string[]) => {
    // Longest first, so "深圳某某生物科技有限公司" goes before "某某生物科技".
    const sorted = [...new Set(values.map((value) => value.trim()))]
      .filter((value) => [...value].length >= 2)
      .sort((a, b) => b.length - a.length);
    for (const value of sorted) replace(kind, new RegExp(escapeRegExp(value), 'giu'));
  };

  exact('registration-number', facts.registrationNumbers);
  exact('contact', [...facts.emails, ...facts.phones]);
  exact('address', inEveryScript(facts.addresses));
  exact('organisation', inEveryScript(facts.organisationNames).flatMap(organisationVariants));
  for (const name of inEveryScript(facts.personNames))
    for (const pattern of personVariants(name)) replace('person', pattern);
  for (const { kind, pattern, group } of PATTERNS) replace(kind, pattern, group);

  return {
    text: result,
    redactions: [...counts].map(([kind, count]) => ({ kind, count })),
  };
}
