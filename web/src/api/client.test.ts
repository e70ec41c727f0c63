import { describe, expect, it } from 'vitest';
import { pointerToNamePath } from './field-errors';

describe('pointerToNamePath: RFC 9457 field pointers → Ant Design field names', () => {
  it.each([
    ['/body/email', ['email']],
    ['/body/address/city', ['address', 'city']],
    ['/body/languages/0', ['languages', 0]],
    ['/body/items/12/name', ['items', 12, 'name']],
    ['/body/a~1b/c~0d', ['a/b', 'c~d']],
    ['/body/01', ['01']],
  ])('%s → %j', (pointer, expected) => {
    expect(pointerToNamePath(pointer)).toEqual(expected);
  });

  it('only maps pointers under the prefix', () => {
    expect(pointerToNamePath('/query/q')).toBeNull();
    expect(pointerToNamePath('/bodyguard')).toBeNull();
    expect(pointerToNamePath('/query/q', '/query')).toEqual(['q']);
    expect(pointerToNamePath('/body')).toEqual([]);
  });
});
