import { describe, expect, it } from 'vitest';
import { detectScript, normaliseQuery } from './normalise';
import { latinTokens, stemLatin } from './words';

describe('normaliseQuery', () => {
  it('turns Traditional into Simplified and says the query was Traditional', () => {
    const result = normaliseQuery('實驗小鼠 基質膠 流式細胞儀');
    expect(result.text).toBe('实验小鼠 基质胶 流式细胞仪');
    expect(result.script).toBe('zh-Hant');
    expect(result.scriptAmbiguous).toBe(false);
  });

  it('keeps Simplified and English, lower-casing Latin letters', () => {
    expect(normaliseQuery('DMEM培养基')).toMatchObject({ text: 'dmem培养基', script: 'zh-Hans' });
    expect(normaliseQuery('Flow Cytometer')).toMatchObject({
      text: 'flow cytometer',
      script: 'en',
    });
  });

  it('makes full-width letters, digits and units half-width', () => {
    const result = normaliseQuery('ＤＭＥＭ培养基５００ｍｌ');
    expect(result.text).toBe('dmem培养基');
    expect(result.quantities).toEqual([{ value: 500, unit: 'mL' }]);
  });

  it('takes quantities out in any spelling (500mL, 10 毫升, 100 µg, 96孔, ㎖)', () => {
    expect(normaliseQuery('Gibco DMEM 500mL').quantities).toEqual([{ value: 500, unit: 'mL' }]);
    expect(normaliseQuery('基质胶 10 毫升').quantities).toEqual([{ value: 10, unit: 'mL' }]);
    expect(normaliseQuery('Anti-CD3 100 µg').quantities).toEqual([{ value: 100, unit: 'µg' }]);
    expect(normaliseQuery('抗体 100μg').quantities).toEqual([{ value: 100, unit: 'µg' }]);
    expect(normaliseQuery('96孔细胞培养板')).toMatchObject({
      text: '细胞培养板',
      quantities: [{ value: 96, unit: 'wells' }],
    });
    expect(normaliseQuery('胎牛血清 5㎖').quantities).toEqual([{ value: 5, unit: 'mL' }]);
    expect(normaliseQuery('液氮 1 L').quantities).toEqual([{ value: 1, unit: 'L' }]);
  });

  it('does not read units inside words or product names', () => {
    expect(normaliseQuery('RPMI-1640 medium').text).toBe('rpmi-1640 medium');
    expect(normaliseQuery('T25 flask').quantities).toEqual([]);
    expect(normaliseQuery('Essential 8 medium').text).toBe('essential 8 medium');
  });

  it('keeps temperatures in the text in one spelling', () => {
    expect(normaliseQuery('-80℃超低温冰箱').text).toBe('-80°c超低温冰箱');
    expect(normaliseQuery('-80 °C freezer').text).toBe('-80°c freezer');
  });

  it('takes catalogue numbers out and never reads them as tariff codes', () => {
    const result = normaliseQuery('Gibco DMEM 高糖培養基 500mL 11965092');
    expect(result.catalogueNumbers).toEqual(['11965092']);
    expect(result.codes).toEqual([]);
    expect(result.text).toBe('gibco dmem 高糖培养基');
    expect(normaliseQuery('Essential 8 A1413201').catalogueNumbers).toEqual(['a1413201']);
  });

  it('reads a tariff code only when dotted or labelled', () => {
    expect(normaliseQuery('胎牛血清 3002.12').codes).toEqual(['300212']);
    expect(normaliseQuery('税号38210000 培养基')).toMatchObject({
      text: '培养基',
      codes: ['38210000'],
    });
    expect(normaliseQuery('HS 9027.50.90 flow cytometer').codes).toEqual(['90275090']);
  });
});

describe('detectScript', () => {
  it('tells Simplified, Traditional and English apart', () => {
    expect(detectScript('培养基').script).toBe('zh-Hans');
    expect(detectScript('培養基').script).toBe('zh-Hant');
    expect(detectScript('超低温冰箱').script).toBe('zh-Hans');
    expect(detectScript('超低溫冰箱').script).toBe('zh-Hant');
    expect(detectScript('microscope').script).toBe('en');
  });

  it('falls back to the preferred script when the characters are common to both', () => {
    expect(detectScript('小鼠')).toEqual({ script: 'zh-Hans', ambiguous: true });
    expect(detectScript('小鼠', 'zh-Hant')).toEqual({ script: 'zh-Hant', ambiguous: true });
    // An English reader typing Chinese gets a Chinese answer.
    expect(detectScript('小鼠', 'en')).toEqual({ script: 'zh-Hans', ambiguous: true });
  });
});

describe('Latin words', () => {
  it('stems plurals and British spellings to one form', () => {
    expect(stemLatin('analyser')).toBe('analyzer');
    expect(stemLatin('centrifuges')).toBe('centrifuge');
    expect(stemLatin('media')).toBe('medium');
    expect(stemLatin('mice')).toBe('mouse');
    expect(stemLatin('antibodies')).toBe('antibody');
    expect(stemLatin('foetal')).toBe('fetal');
    expect(stemLatin('glass')).toBe('glass');
  });

  it('splits at letter–digit boundaries and drops stop words', () => {
    expect(latinTokens('RPMI1640 for the HEK293 cells')).toEqual([
      'rpmi',
      '1640',
      'hek',
      '293',
      'cell',
    ]);
  });
});
