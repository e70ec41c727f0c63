import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultLookupSources } from '../sources';
import { findSharedTerms, findUnknownDictionaryCodes } from './dictionary';
import { createLookupIndex, lookupGoods } from './lookup';
import type { LookupIndex } from './lookup-index';
import type { LookupResult, LookupSources } from './types';

let sources: LookupSources;
let index: LookupIndex;
const look = (text: string, code?: string) => lookupGoods(index, { text, code: code ?? null });
const codes = (result: LookupResult) => result.candidates.map((candidate) => candidate.hsCode);

beforeAll(() => {
  sources = loadDefaultLookupSources();
  index = createLookupIndex(sources);
});

describe('the four examples of issue 5, answered honestly in the user’s script', () => {
  it('「基質膠」 (Traditional): uncertain between 3504, 3821 and 3822, with why, a biosafety flag and a question for customs', () => {
    const result = look('基質膠');
    expect(result.script).toBe('zh-Hant');
    expect(result.verdict).toBe('uncertain');
    expect(codes(result).slice(0, 3)).toEqual(['350400', '382100', '382219']);
    const reason = result.candidates[0]!.reasons.find((r) => r.kind === 'dictionary');
    expect(reason).toMatchObject({ entryId: 'basement-membrane-matrix' });
    expect(reason?.kind === 'dictionary' && reason.contested?.en).toMatch(
      /No customs ruling for Matrigel/,
    );
    expect(result.flags.map((flag) => flag.kind)).toEqual(['biosafety']);
    expect(result.askCustoms).toEqual({ question: '基質膠', code: '350400' });
    expect(result.summary['zh-Hant']).toMatch(/海關/);
    expect(result.summary['zh-Hant']).toMatch(/工作清單/);
    expect(result.clauses.map((clause) => clause.id)).toEqual(
      expect.arrayContaining(['B.C1', 'B.N8', 'B.R1', 'B.L1']),
    );
  });

  it('「DMEM培养基」 (Simplified): listed, prepared culture media 3821.00, consumables item named in B.L2', () => {
    const result = look('DMEM培养基');
    expect(result.script).toBe('zh-Hans');
    expect(result.verdict).toBe('listed');
    expect(result.candidates[0]).toMatchObject({
      hsCode: '382100',
      listItemId: 'WL-CO-03',
      category: 'consumables',
      coverage: 'full',
      listItem: { regime: 'write-off' },
    });
    expect(result.summary['zh-Hans']).toMatch(/3821\.00.*WL-CO-03.*耗材/);
    expect(result.askCustoms).toBeNull();
    expect(result.clauses.map((clause) => clause.id)).toContain('B.L2');
  });

  it('"flow cytometer" (English): listed, 9027.50, equipment, explained in English', () => {
    const result = look('flow cytometer');
    expect(result.script).toBe('en');
    expect(result.verdict).toBe('listed');
    expect(result.candidates[0]).toMatchObject({
      hsCode: '902750',
      category: 'equipment',
      listItem: { regime: 'supervision-period' },
    });
    const reason = result.candidates[0]!.reasons.find((r) => r.kind === 'dictionary');
    expect(reason?.kind === 'dictionary' && reason.reason.en).toMatch(/optical radiation/);
    expect(result.summary.en).toMatch(/9027\.50.*on the list/);
    expect(result.summary.en).toMatch(/working list/);
  });

  it('「實驗小鼠」 (Traditional): listed as live animals 0106.19, with the biosafety flag of B.R1', () => {
    const result = look('實驗小鼠');
    expect(result.script).toBe('zh-Hant');
    expect(result.verdict).toBe('listed');
    expect(result.candidates[0]).toMatchObject({ hsCode: '010619', category: 'animals' });
    expect(result.flags).toEqual([expect.objectContaining({ kind: 'biosafety', clause: 'B.R1' })]);
    expect(result.summary['zh-Hant']).toMatch(/動物及其產品/);
  });
});

describe('matching', () => {
  it('reads a catalogue line: brand, product, quantity and catalogue number', () => {
    const result = look('Gibco DMEM 高糖培養基 500mL 11965092');
    expect(result.candidates[0]!.hsCode).toBe('382100');
    expect(result.quantities).toEqual([{ value: 500, unit: 'mL' }]);
    expect(result.catalogueNumbers).toEqual(['11965092']);
  });

  it('takes the head of the description, not its modifiers', () => {
    expect(look('流式细胞仪用抗体').candidates[0]!.hsCode).toBe('300215');
    expect(look('Anti-CD3 antibody for flow cytometry').candidates[0]!.hsCode).toBe('300215');
    expect(look('离心机转子').candidates[0]!.hsCode).toBe('842191');
    const modifier = look('流式细胞仪用抗体').candidates.find((c) => c.hsCode === '902750');
    expect(modifier?.score).toBeLessThan(0.6);
  });

  it('prefers the longest term (胎牛血清 over 血清, 实时荧光定量PCR仪 over PCR仪)', () => {
    expect(look('胎牛血清').candidates[0]!.reasons[0]).toMatchObject({
      entryId: 'fetal-bovine-serum',
      matched: '胎牛血清',
    });
    expect(look('实时荧光定量PCR仪').candidates[0]!.hsCode).toBe('902750');
    expect(look('PCR仪').candidates[0]!.hsCode).toBe('841989');
  });

  it('falls back to the nomenclature’s words when the dictionary does not know the goods', () => {
    const result = look('真空泵');
    expect(result.candidates[0]!.reasons.map((reason) => reason.kind)).toEqual(['words']);
    expect(result.candidates[0]).toMatchObject({ hsCode: '841410', listItemId: 'WL-EQ-99' });
    expect(result.verdict).toBe('listed');
  });

  it('says it cannot identify gibberish, and offers customs', () => {
    const result = look('qwertyuiop');
    expect(result.verdict).toBe('uncertain');
    expect(result.candidates).toEqual([]);
    expect(result.askCustoms).toEqual({ question: 'qwertyuiop', code: null });
    expect(result.summary.en).toMatch(/could not classify/);
  });

  it('is deterministic', () => {
    expect(look('Corning Matrigel 356234')).toEqual(look('Corning Matrigel 356234'));
  });
});

describe('verdicts and flags', () => {
  it('recombinant growth factors are uncertain across 35.04, 30.02 and 29.37', () => {
    const result = look('重组人表皮生长因子 EGF');
    expect(result.verdict).toBe('uncertain');
    expect(codes(result)).toEqual(expect.arrayContaining(['350400', '3002', '293719']));
    expect(result.flags).toEqual([]);
  });

  it('goods that are not research goods are not listed, with a route to suggest an addition', () => {
    for (const text of ['iPhone 15 Pro', '办公椅', '香烟', 'Tesla Model 3', '激光打印机']) {
      const result = look(text);
      expect(result.verdict, text).toBe('not-listed');
      expect(
        result.clauses.map((clause) => clause.id),
        text,
      ).toContain('B.L3');
    }
  });

  it('prohibited goods get the excluded flag of B.N2 and are not listed', () => {
    const result = look('旧衣服');
    expect(result.verdict).toBe('not-listed');
    expect(result.flags).toEqual([expect.objectContaining({ kind: 'excluded', clause: 'B.N2' })]);
    expect(result.summary['zh-Hans']).toMatch(/禁止进口/);
  });

  it('flags human and animal tissue, blood and live animals (B.R1), not plain reagents', () => {
    expect(look('人源肿瘤组织样本').flags.map((flag) => flag.kind)).toEqual(['biosafety']);
    expect(look('human plasma sample').flags.map((flag) => flag.kind)).toEqual(['biosafety']);
    expect(look('斑马鱼').flags.map((flag) => flag.kind)).toEqual(['biosafety']);
    expect(look('DMEM培养基').flags).toEqual([]);
    expect(look('乙腈').flags).toEqual([]);
  });

  it('a catch-all item’s exclusions hold (8517 phones excluded from chapters 84, 85, 90)', () => {
    const result = look('手机', '8517.13');
    expect(result.candidates[0]).toMatchObject({ hsCode: '851713', coverage: 'none' });
    expect(result.candidates[0]!.reasons.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['code', 'dictionary']),
    );
    expect(result.verdict).toBe('not-listed');
  });

  it('a proposed code only partly on the list is uncertain', () => {
    const result = look('血制品', '3002');
    expect(result.candidates[0]).toMatchObject({ hsCode: '3002', coverage: 'partial' });
    expect(result.verdict).toBe('uncertain');
  });

  it('ignores a proposed code that does not exist, and says so', () => {
    const result = look('培养基', '0000.00');
    expect(result.candidates[0]!.hsCode).toBe('382100');
    expect(result.candidates.flatMap((c) => c.reasons).some((r) => r.kind === 'code')).toBe(false);
    expect(result.summary.en).toMatch(/000000, is not in the HS 2022 or national nomenclature/);
  });
});

describe('the biosafety flag of B.R1 (issue 9 item 13)', () => {
  const biosafety = (text: string) => look(text).flags.find((flag) => flag.kind === 'biosafety');

  it('flags 「小鼠组织标本」 and "human tissue specimen 人体组织标本", quoting B.R1, though the dictionary heads them as natural-history specimens', () => {
    for (const [text, origin] of [
      ['小鼠组织标本', 'animal'],
      ['human tissue specimen 人体组织标本', 'human'],
    ] as const) {
      const result = look(text);
      expect(result.candidates[0]!.hsCode, text).toBe('970529');
      expect(biosafety(text), text).toMatchObject({ clause: 'B.R1', origin });
      const clause = result.clauses.find((entry) => entry.id === 'B.R1');
      expect(clause?.quote, text).toMatch(/人體、動物標本、組織/);
      expect(result.summary['zh-Hans'], text).toMatch(/B\.R1/);
    }
  });

  it('decides from the words in all three scripts, whether or not the dictionary knows the goods', () => {
    for (const text of [
      '小鼠组织标本',
      '小鼠組織標本',
      'mouse tissue specimen',
      '大鼠脑组织切片',
      '豬肝組織',
      'bovine liver tissue',
      '脱纤维羊血',
      'defibrinated sheep blood',
      'human stool samples',
      '实验用比格犬',
      'beagle dogs',
      '昆蟲標本 甲蟲',
      'taxidermy bird specimens',
    ])
      expect(biosafety(text), text).toBeDefined();
    expect(biosafety('豬肝組織')!.reason['zh-Hant']).toMatch(/描述中的“豬肝組織”/);
    expect(biosafety('bovine liver tissue')!.reason.en).toMatch(/"bovine liver"/);
  });

  it('flags human- and animal-origin consumables: sera, antisera, blood products, tissue-derived reagents', () => {
    for (const text of [
      '胎牛血清',
      'Normal goat serum',
      '兔抗羊抗血清',
      '人血浆',
      'Corning Matrigel Matrix',
      '基質膠',
      '牛血清白蛋白 BSA',
      '鼠尾胶原蛋白',
      'Porcine trypsin',
      '哥伦比亚血琼脂平板',
      'rabbit anti-goat IgG antibody',
      'NIST SRM 1950 人血浆代谢物标准物质',
    ])
      expect(biosafety(text), text).toMatchObject({ clause: 'B.R1' });
  });

  it('flags live animals, animal products and micro-organisms by their heading too', () => {
    expect(biosafety('全脂奶粉')).toMatchObject({ origin: 'animal' });
    expect(biosafety('全脂奶粉')!.reason.en).toMatch(/Under 0402/);
    expect(biosafety('实验小鼠')).toMatchObject({ origin: 'animal' });
    // A recombinant virus is still a virus.
    expect(biosafety('重组腺相关病毒')).toMatchObject({ origin: 'microbial' });
  });

  it('does not flag minerals, fossils, plant specimens, instruments or synthetic reagents', () => {
    for (const text of [
      '矿物标本 黄铁矿',
      '礦物標本',
      'mineral specimen',
      '恐龙化石',
      '鱼化石',
      'ammonite fossil',
      '植物標本 蕨類',
      'herbarium specimens',
      '流式细胞仪',
      '组织匀浆器',
      '血压计',
      'blood glucose meter',
      '人體工學椅',
      '乙腈',
      'DMEM培养基',
      '无血清培养基',
      '人多能干细胞培养基',
      'Tissue culture treated plates',
      'Human IL-6 ELISA Kit',
      '小鼠 ELISA 试剂盒',
      '用于人体组织的固定液',
      '重组人血清白蛋白',
      'Recombinant Human Serum Albumin, animal-free',
      'Recombinant Mouse IL-4',
      '小动物麻醉机',
      '实验小鼠饲料',
    ])
      expect(biosafety(text), text).toBeUndefined();
  });
});

describe('the list and the precedents are inputs', () => {
  it('the same goods get another answer from another list (the official one replaces the working one)', () => {
    const official = createLookupIndex({
      ...sources,
      listItems: sources.listItems.filter((item) => item.itemId === 'WL-CO-03'),
      listVersion: {
        id: 'official-1',
        title: '官方清单（测试）',
        isWorkingList: false,
        effectiveDate: '2026-06-01',
      },
    });
    expect(lookupGoods(official, { text: 'DMEM培养基' })).toMatchObject({
      verdict: 'listed',
      listVersion: { id: 'official-1', isWorkingList: false },
    });
    expect(lookupGoods(official, { text: 'flow cytometer' }).verdict).toBe('not-listed');
    expect(lookupGoods(official, { text: 'DMEM培养基' }).summary.en).not.toMatch(/working list/);
  });

  it('cites a published precedent, and a precedent on the same goods decides the verdict', () => {
    const withPrecedent = createLookupIndex({
      ...sources,
      precedents: [
        {
          id: 'p-1',
          reference: 'HT-P-000001',
          question:
            'Corning Matrigel 基质胶（货号 356234），用于类器官培养，是否属于免税清单耗材？',
          hsCode: '3504.00',
          covered: true,
          reasoning: '按其他蛋白质物质归 3504，属工作清单 WL-CO-06。',
          listItemId: 'WL-CO-06',
          publishedAt: '2026-03-02T08:00:00Z',
        },
        {
          id: 'p-2',
          question: '进口办公用打印纸是否免税？',
          hsCode: '4802',
          covered: false,
          reasoning: '办公用品，不在清单内。',
          publishedAt: '2026-03-01T08:00:00Z',
        },
      ],
    });
    const near = lookupGoods(withPrecedent, { text: '基质胶' });
    const cited = near.candidates.flatMap((c) => c.reasons).find((r) => r.kind === 'precedent');
    expect(cited).toMatchObject({ precedentId: 'p-1', reference: 'HT-P-000001', covered: true });
    expect(near.candidates[0]!.hsCode).toBe('350400');
    expect(near.verdict).toBe('uncertain'); // same goods, but not the same product description

    const same = lookupGoods(withPrecedent, { text: 'Corning Matrigel 基质胶 356234 类器官培养' });
    expect(same.verdict).toBe('listed');
    expect(same.candidates[0]).toMatchObject({ hsCode: '350400', listItemId: 'WL-CO-06' });
    expect(same.summary['zh-Hans']).toMatch(/先例/);

    const unrelated = lookupGoods(withPrecedent, { text: 'flow cytometer' });
    expect(unrelated.candidates.flatMap((c) => c.reasons).some((r) => r.kind === 'precedent')).toBe(
      false,
    );
  });

  it('lets the list in force decide when it contradicts a precedent given under another version', () => {
    const precedent = {
      id: 'p-old',
      question: 'Corning Matrigel 基质胶（货号 356234），用于类器官培养，是否属于免税清单耗材？',
      hsCode: '3504.00',
      covered: true,
      reasoning: '按其他蛋白质物质归 3504，属当时清单的耗材项。',
      listVersionId: 'an-earlier-version',
      publishedAt: '2026-03-02T08:00:00Z',
    };
    const query = { text: 'Corning Matrigel 基质胶 356234 类器官培养' };
    // The new list no longer has heading 3504: the old "covered" answer no longer settles it.
    const newList = createLookupIndex({
      ...sources,
      listItems: sources.listItems.filter((item) => item.itemId !== 'WL-CO-06'),
      precedents: [precedent],
    });
    const answer = lookupGoods(newList, query);
    expect(answer.candidates.flatMap((c) => c.reasons).some((r) => r.kind === 'precedent')).toBe(
      true,
    );
    expect(answer.verdict).not.toBe('listed');
    // Under the list it was given for, the precedent still decides.
    const sameList = createLookupIndex({
      ...sources,
      precedents: [{ ...precedent, listVersionId: sources.listVersion.id }],
    });
    expect(lookupGoods(sameList, query).verdict).toBe('listed');
  });
});

describe('the shipped dictionary', () => {
  it('names only codes that exist in the nomenclature', () => {
    expect(findUnknownDictionaryCodes(sources.dictionary, sources.nomenclature)).toEqual([]);
  });

  it('gives contested goods several headings under different 4-digit headings, each with a reason', () => {
    const contested = sources.dictionary.entries.filter((entry) => entry.contested);
    expect(contested.map((entry) => entry.id).sort()).toEqual([
      'basement-membrane-matrix',
      'ecm-proteins',
      'recombinant-growth-factors',
    ]);
    for (const entry of contested)
      expect(new Set(entry.headings.map((h) => h.code.slice(0, 4))).size).toBeGreaterThan(2);
  });

  it('has no term in two entries', () => {
    expect(findSharedTerms(sources.dictionary)).toEqual([]);
  });
});

describe('headings the list takes whole except for named national lines', () => {
  it('lists a laboratory centrifuge in 8421.19 and says which lines were set aside', () => {
    const result = look('冷冻离心机');
    expect(result.verdict).toBe('listed');
    const top = result.candidates[0]!;
    expect(top).toMatchObject({ hsCode: '842119', coverage: 'full' });
    expect(
      top.reasons.some(
        (r) => r.kind === 'list-exclusions' && /8421\.19\.10/.test(r.text['zh-Hans']),
      ),
    ).toBe(true);
  });

  it('never lists an excluded line itself, whichever item could have covered it', () => {
    expect(look('曝光表', '90278910').verdict).not.toBe('listed');
    expect(look('脱水机', '84211910').verdict).not.toBe('listed');
    // "pH meter" does not name the excluded "exposure meters".
    expect(look('Mettler Toledo pH meter').verdict).toBe('listed');
  });
});
