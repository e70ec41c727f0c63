import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  itemCoverage,
  listCoverage,
  LIST_CATEGORIES,
  LIST_CSV_HEADER,
  parseCodePatterns,
  parseListCsv,
  serialiseListCsv,
} from './list-format';

const HEADER = LIST_CSV_HEADER.join(',');
const SOURCE = 'test';
const row = (cells: Partial<Record<(typeof LIST_CSV_HEADER)[number], string>>) =>
  LIST_CSV_HEADER.map(
    (field) =>
      cells[field] ??
      {
        item_id: 'T-1',
        category: 'consumables',
        name_zh_hans: '培养基',
        name_zh_hant: '培養基',
        name_en: 'Culture media',
        includes: '3821',
        excludes: '',
        regime: 'write-off',
        notes: '',
        source: SOURCE,
      }[field],
  ).join(',');

describe('parseListCsv — good input', () => {
  it('reads a minimal file with a prefix, a range and an exclusion', () => {
    const text = [
      HEADER,
      row({}),
      row({
        item_id: 'T-2',
        category: 'equipment',
        includes: '84;85;90',
        excludes: '8423;9004;901510',
        regime: 'supervision-period',
      }),
      row({ item_id: 'T-3', includes: '901110..901190' }),
    ].join('\n');
    const { items, problems } = parseListCsv(text);
    expect(problems).toEqual([]);
    expect(items.map((item) => item.itemId)).toEqual(['T-1', 'T-2', 'T-3']);
    expect(items[1]!.excludes).toEqual([
      { kind: 'prefix', prefix: '8423' },
      { kind: 'prefix', prefix: '9004' },
      { kind: 'prefix', prefix: '901510' },
    ]);
    expect(items[2]!.includes).toEqual([{ kind: 'range', from: '901110', to: '901190' }]);
  });

  it('accepts a BOM, CRLF line ends, quoted cells with commas, quotes and newlines', () => {
    const text = `\uFEFF${HEADER}\r\nT-1,consumables,培养基,培養基,"Media, prepared ""for cells""",3821,,write-off,"line one\nline two",${SOURCE}\r\n`;
    const { items, problems } = parseListCsv(text);
    expect(problems).toEqual([]);
    expect(items[0]!.name.en).toBe('Media, prepared "for cells"');
    expect(items[0]!.notes).toBe('line one\nline two');
  });

  it('derives zh-Hant when it is empty and keeps an absent English name as null', () => {
    const { items, problems } = parseListCsv(
      [HEADER, row({ name_zh_hans: '动物血制品', name_zh_hant: '', name_en: '' })].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(items[0]!.name).toEqual({ 'zh-Hans': '动物血制品', 'zh-Hant': '動物血製品', en: null });
  });

  it('round-trips through serialiseListCsv', () => {
    const text = readFileSync(
      new URL('../hetao-lookup/data/working-list.csv', import.meta.url),
      'utf8',
    );
    const first = parseListCsv(text);
    const second = parseListCsv(serialiseListCsv(first.items));
    expect(second.problems).toEqual([]);
    expect(second.items).toEqual(first.items);
  });
});

describe('parseListCsv — bad input is reported by line and field', () => {
  it('refuses a wrong header and reads nothing else', () => {
    const { items, problems } = parseListCsv(`id,category\n${row({})}`);
    expect(items).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, field: 'header' });
  });

  it('reports an empty file', () => {
    expect(parseListCsv('').problems[0]).toMatchObject({ line: 1, field: 'header' });
  });

  it('names each bad field with its line, and keeps the good rows', () => {
    const text = [
      HEADER,
      row({}),
      row({ item_id: 'T-2', category: 'furniture' }),
      row({ item_id: 'T-3', includes: '38.21' }),
      row({ item_id: 'T-4', includes: '9011..90119' }),
      row({ item_id: 'T-5', includes: '3821', excludes: '9004' }),
      row({ item_id: 'T-6', regime: 'forever' }),
      row({ item_id: 'T-7', source: '' }),
      row({ item_id: 'T-1' }),
      row({ item_id: '', includes: '' }),
      'T-9,consumables,too,few',
      row({ item_id: 'T-10', includes: '3', name_zh_hans: '' }),
      row({ item_id: 'T-11', includes: '901190..901110' }),
      row({ item_id: 'T-12', includes: '3821', excludes: '38' }),
      row({ item_id: 'T-13', includes: '3821;;3822' }),
      row({ item_id: 'T-14', includes: 'abc' }),
    ].join('\n');
    const { items, problems } = parseListCsv(text);
    expect(items.map((item) => item.itemId)).toEqual(['T-1']);
    const at = (line: number) => problems.filter((p) => p.line === line).map((p) => p.field);
    expect(at(3)).toEqual(['category']);
    expect(at(4)).toEqual(['includes']);
    expect(problems.find((p) => p.line === 4)!.message).toMatch(/without dots.*3821/);
    expect(at(5)).toEqual(['includes']);
    expect(problems.find((p) => p.line === 5)!.message).toMatch(/same number of digits/);
    expect(at(6)).toEqual(['excludes']);
    expect(at(7)).toEqual(['regime']);
    expect(at(8)).toEqual(['source']);
    expect(at(9)).toEqual(['item_id']);
    expect(problems.find((p) => p.line === 9)!.message).toMatch(/Duplicate.*line 2/);
    expect(at(10).sort()).toEqual(['includes', 'item_id']);
    expect(at(11)).toEqual(['row']);
    expect(at(12).sort()).toEqual(['includes', 'name_zh_hans']);
    expect(at(13)).toEqual(['includes']);
    expect(problems.find((p) => p.line === 13)!.message).toMatch(/after/);
    expect(at(14)).toEqual(['includes']);
    expect(problems.find((p) => p.line === 14)!.message).toMatch(/entirely excluded/);
    expect(at(15)).toEqual(['includes']);
    expect(at(16)).toEqual(['includes']);
  });

  it('counts lines of records that contain newlines inside quotes', () => {
    const text = [HEADER, row({ notes: '"a\nb\nc"' }), row({ item_id: 'T-2', category: 'x' })].join(
      '\n',
    );
    expect(parseListCsv(text).problems).toEqual([
      expect.objectContaining({ line: 5, field: 'category' }),
    ]);
  });

  it('reports an unclosed quote and a stray quote', () => {
    expect(parseListCsv(`${HEADER}\n${row({ notes: '"open' })}`).problems[0]).toMatchObject({
      line: 2,
      field: 'row',
    });
    expect(parseListCsv(`${HEADER}\n${row({ notes: 'a"b' })}`).problems[0]).toMatchObject({
      line: 2,
      field: 'row',
    });
  });
});

describe('code patterns and coverage', () => {
  it('parses prefixes and ranges and rejects what is not a code', () => {
    expect(parseCodePatterns('3821; 902710 ;901110..901190')).toEqual({
      patterns: [
        { kind: 'prefix', prefix: '3821' },
        { kind: 'prefix', prefix: '902710' },
        { kind: 'range', from: '901110', to: '901190' },
      ],
      errors: [],
    });
    expect(parseCodePatterns('12345678901').errors[0]).toMatch(/2 to 10 digits/);
    expect(parseCodePatterns('3821;3821').errors[0]).toMatch(/twice/);
  });

  const item = (includes: string, excludes = '') => ({
    includes: parseCodePatterns(includes).patterns,
    excludes: parseCodePatterns(excludes).patterns,
  });

  it('tells full, partial and no coverage at any code length', () => {
    const chapters = item('84;85;90', '8423;9004;901510');
    expect(itemCoverage(chapters, '902750')).toBe('full');
    expect(itemCoverage(chapters, '90275010')).toBe('full');
    expect(itemCoverage(chapters, '8423')).toBe('none');
    expect(itemCoverage(chapters, '842310')).toBe('none');
    expect(itemCoverage(chapters, '9015')).toBe('partial');
    expect(itemCoverage(chapters, '9016')).toBe('full');
    expect(itemCoverage(chapters, '90')).toBe('partial');
    expect(itemCoverage(chapters, '8703')).toBe('none');

    const fractions = item('300212..300215');
    expect(itemCoverage(fractions, '300212')).toBe('full');
    expect(itemCoverage(fractions, '30021500')).toBe('full');
    expect(itemCoverage(fractions, '3002')).toBe('partial');
    expect(itemCoverage(fractions, '300241')).toBe('none');

    const cells = item('300249;300259', '30024920');
    expect(itemCoverage(cells, '300249')).toBe('partial');
    expect(itemCoverage(cells, '30024930')).toBe('full');
  });

  it('ships a working list that parses cleanly and covers all six categories', () => {
    const text = readFileSync(
      new URL('../hetao-lookup/data/working-list.csv', import.meta.url),
      'utf8',
    );
    const { items, problems } = parseListCsv(text);
    expect(problems).toEqual([]);
    expect(new Set(items.map((i) => i.category))).toEqual(new Set(LIST_CATEGORIES));
    // B.L2's three named consumables are on it.
    const consumable = (code: string) =>
      items.some((i) => i.category === 'consumables' && itemCoverage(i, code) === 'full');
    expect(consumable('30029090')).toBe(true);
    expect(consumable('300212')).toBe(true);
    expect(consumable('382100')).toBe(true);
  });

  it('ships a working list where no item brings back what another item excludes', () => {
    // A catch-all such as "chapters 84, 85, 90" must repeat the exclusions of the items inside
    // it: coverage is the union of the items, so one it forgets puts the goods back on the list.
    const text = readFileSync(
      new URL('../hetao-lookup/data/working-list.csv', import.meta.url),
      'utf8',
    );
    const { items } = parseListCsv(text);
    const reincluded = items.flatMap((item) =>
      item.excludes
        .map((pattern) => (pattern.kind === 'prefix' ? pattern.prefix : pattern.from))
        .filter((code) => listCoverage(items, code).coverage !== 'none')
        .map((code) => `${item.itemId} excludes ${code}`),
    );
    expect(reincluded).toEqual([]);
    expect(listCoverage(items, '90278910').coverage).toBe('none');
    expect(listCoverage(items, '84211910').coverage).toBe('none');
  });
});
