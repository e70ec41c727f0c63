import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { negotiateLanguage } from './language';
import { findInvisibleCharacter } from './visible-text';
import {
  creditCodeCheckCharacter,
  findCreditCodeProblem,
  isValidCreditCode,
  normaliseCreditCode,
} from './uscc';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts real published codes', () => {
    // Tencent (Shenzhen), a Beijing state enterprise, the standard's own example.
    for (const valid of ['9144030071526726XG', '91110000802100433B', '91350100M000100Y43']) {
      expect(isValidCreditCode(valid)).toBe(true);
    }
  });

  it('names what is wrong', () => {
    expect(findCreditCodeProblem('9144030071526726X')).toBe('uscc.format');
    expect(findCreditCodeProblem('9144030071526726XO')).toBe('uscc.format'); // O is not in the set
    expect(findCreditCodeProblem('B144030071526726XG')).toBe('uscc.authority');
    expect(findCreditCodeProblem('9144030071526726XH')).toBe('uscc.check_character');
    expect(normaliseCreditCode(' 914403 00715267-26xg ')).toBe('9144030071526726XG');
  });

  const first17 = fc
    .string({ unit: fc.constantFrom(...CHARSET), minLength: 16, maxLength: 16 })
    .map((rest) => `9${rest}`);

  it('every computed check character makes a valid code', () => {
    fc.assert(
      fc.property(first17, (body) => isValidCreditCode(body + creditCodeCheckCharacter(body))),
    );
  });

  it('any single-character substitution is caught (31 is prime, every weight is non-zero mod 31)', () => {
    fc.assert(
      fc.property(
        first17,
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 30 }),
        (body, position, shift) => {
          const valid = body + creditCodeCheckCharacter(body);
          const replaced = CHARSET[(CHARSET.indexOf(valid[position]!) + shift) % 31]!;
          const typo = valid.slice(0, position) + replaced + valid.slice(position + 1);
          return !isValidCreditCode(typo);
        },
      ),
    );
  });
});

describe('canonical JSON', () => {
  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        return canonicalJson(object) === canonicalJson(reversed);
      }),
    );
  });

  it('sorts nested keys, drops undefined, writes dates as ISO strings', () => {
    expect(
      canonicalJson({
        b: 1,
        a: { d: [1, { y: 2, x: 1 }], c: undefined },
        t: new Date('2026-02-10T00:00:00Z'),
      }),
    ).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1,"t":"2026-02-10T00:00:00.000Z"}');
  });
});

describe('language negotiation', () => {
  it.each([
    [undefined, 'zh-Hans'],
    ['', 'zh-Hans'],
    ['zh-CN,zh;q=0.9', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK,en;q=0.5', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['fr-FR,en;q=0.5', 'en'],
    ['fr-FR', 'zh-Hans'],
    ['en;q=0.2,zh-TW;q=0.9', 'zh-Hant'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

describe('visible text (issue #11 item 9)', () => {
  it('finds direction controls and invisible format characters, and keeps what scripts need', () => {
    expect(findInvisibleCharacter('Tencent \u202Egnp.exe')).toBe('\u202E');
    expect(findInvisibleCharacter('a\u2067b')).toBe('\u2067');
    expect(findInvisibleCharacter('\u{E0041}')).toBe('\u{E0041}');
    expect(findInvisibleCharacter('bell\u0007')).toBe('\u0007');
    for (const fine of ['林晓峰', 'مهر\u200Cناز', '👩\u200D💻', 'line one\nline two\ttab', 'Zoë'])
      expect(findInvisibleCharacter(fine)).toBeUndefined();
  });
});
