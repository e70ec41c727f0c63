import { describe, expect, it } from 'vitest';
import { formatYuan, parseYuanToFen } from '../budgets/money';
import { parseCsv, toCsv } from './csv';

describe('payment files', () => {
  it('round-trips quotes, commas, newlines and Chinese text', () => {
    const rows = [
      ['line', 'payee_name', 'amount'],
      ['1', '林晓峰, "深圳"', '100.00'],
      ['2', 'two\nlines', '0.01'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('neutralises formulas (CSV injection)', () => {
    expect(toCsv([['=HYPERLINK("x")']])).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('refuses an unterminated quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/unterminated/);
  });

  it('formats and parses yuan without floating point', () => {
    expect(formatYuan(10_000_000)).toBe('100,000.00');
    expect(formatYuan(1)).toBe('0.01');
    expect(parseYuanToFen('100000.00')).toBe(10_000_000);
    expect(parseYuanToFen('¥1,234.5')).toBe(123_450);
    expect(parseYuanToFen('0.1')).toBe(10);
    expect(parseYuanToFen('1.234')).toBeUndefined();
    expect(parseYuanToFen('-5')).toBeUndefined();
  });
});
