import { describe, expect, it } from 'vitest';
import { hetaoReference } from './references';

describe('hetaoReference', () => {
  it('cites questions, rulings and precedents by kind and six-digit number', () => {
    expect(hetaoReference('Q', 1)).toBe('HT-Q-000001');
    expect(hetaoReference('R', 42)).toBe('HT-R-000042');
    expect(hetaoReference('P', 123456)).toBe('HT-P-123456');
    expect(hetaoReference('P', 1234567)).toBe('HT-P-1234567');
  });
});
