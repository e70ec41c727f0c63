import { describe, expect, it } from 'vitest';
import { LIST_CSV_HEADER } from './list-format';
import { detectListFileKind, readListFile } from './list-import';
import { workbookBytes } from './test-support';

const xlsx = (rows: Row[], header?: string[]) =>
  workbookBytes(
    rows.map((row) => ({ ...base, ...row })),
    header,
  );

type Row = Partial<Record<(typeof LIST_CSV_HEADER)[number], string | number>>;

const base: Record<(typeof LIST_CSV_HEADER)[number], string> = {
  item_id: 'OF-1',
  category: 'consumables',
  name_zh_hans: '制成的细胞培养基',
  name_zh_hant: '製成的細胞培養基',
  name_en: 'Prepared culture media',
  includes: '3821',
  excludes: '',
  regime: 'write-off',
  notes: '',
  source: '財關稅〔2026〕1號 附件',
};

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
function csv(rows: Row[]): Uint8Array {
  const lines = [LIST_CSV_HEADER.join(',')];
  for (const row of rows)
    lines.push(LIST_CSV_HEADER.map((field) => quote(String(row[field] ?? base[field]))).join(','));
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

describe('readListFile — CSV', () => {
  it('reads good rows into items (codes parsed, Traditional name derived when empty)', async () => {
    const result = await readListFile(
      csv([
        {},
        {
          item_id: 'OF-2',
          category: 'equipment',
          name_zh_hans: '理化分析仪器',
          name_zh_hant: '',
          name_en: '',
          includes: '9027;901110..901190',
          excludes: '90278910',
          regime: 'supervision-period',
          notes: 'note, with "quotes"',
        },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kind).toBe('csv');
    expect(result.items).toHaveLength(2);
    const second = result.items[1]!;
    expect(second.name['zh-Hant']).toBe('理化分析儀器');
    expect(second.name.en).toBeNull();
    expect(second.includes).toEqual([
      { kind: 'prefix', prefix: '9027' },
      { kind: 'range', from: '901110', to: '901190' },
    ]);
    expect(second.notes).toBe('note, with "quotes"');
  });

  it('reports every bad row with its line and column, and returns no items', async () => {
    const result = await readListFile(
      csv([
        {},
        { item_id: 'OF-2', category: 'furniture' },
        { item_id: 'OF-3', includes: '3821.00' },
        { item_id: 'OF-4', regime: 'forever' },
        { item_id: 'OF-1' },
        { item_id: 'OF-6', includes: '3821', excludes: '9027' },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.problems.map((problem) => `${problem.line}:${problem.field}`);
    expect(found).toEqual(
      expect.arrayContaining(['3:category', '4:includes', '5:regime', '6:item_id', '7:excludes']),
    );
    expect(found).not.toContain('2:item_id');
  });

  it('refuses a wrong header', async () => {
    const bytes = new TextEncoder().encode('id,name\nx,y\n');
    const result = await readListFile(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 1, field: 'header' });
  });

  it('reads a GB18030 file saved by Chinese Excel, with a warning', async () => {
    const utf8 = new TextDecoder().decode(csv([{}]));
    // Encode by hand: Node has no GB18030 encoder, so round-trip through a known table.
    const gbk = new Map([
      ['制', [0xd6, 0xc6]],
      ['成', [0xb3, 0xc9]],
      ['的', [0xb5, 0xc4]],
      ['细', [0xcf, 0xb8]],
      ['胞', [0xb0, 0xfb]],
      ['培', [0xc5, 0xe0]],
      ['养', [0xd1, 0xf8]],
      ['基', [0xbb, 0xf9]],
    ]);
    const simple = utf8
      .replace('製成的細胞培養基', '')
      .replace('財關稅〔2026〕1號 附件', 'official');
    const bytes: number[] = [];
    for (const char of simple) bytes.push(...(gbk.get(char) ?? [char.charCodeAt(0)]));
    const result = await readListFile(new Uint8Array(bytes));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items[0]!.name['zh-Hans']).toBe('制成的细胞培养基');
    expect(result.warnings[0]!.message).toMatch(/GB18030/);
  });
});

describe('readListFile — Excel', () => {
  it('reads an .xlsx with the same columns, numbers in code columns included', async () => {
    const result = await readListFile(
      await xlsx([
        {},
        { item_id: 'OF-2', category: 'specimens', includes: 511, regime: 'supervision-period' },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kind).toBe('xlsx');
    expect(result.items.map((item) => item.itemId)).toEqual(['OF-1', 'OF-2']);
    // 0511 typed as a number lost its zero; it is restored, with a warning naming the row.
    expect(result.items[1]!.includes).toEqual([{ kind: 'prefix', prefix: '0511' }]);
    expect(result.warnings).toEqual([expect.objectContaining({ line: 3, column: 'includes' })]);
  });

  it('reports bad rows with Excel row numbers', async () => {
    const result = await readListFile(
      await xlsx([{}, {}, { item_id: 'OF-3', category: 'toys', includes: 'abc' }]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.problems.map((problem) => `${problem.line}:${problem.field}`);
    expect(found).toEqual(expect.arrayContaining(['3:item_id', '4:category', '4:includes']));
  });

  it('refuses a workbook whose first row is not the header', async () => {
    const result = await readListFile(await xlsx([{}], ['id', 'name']));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 1, field: 'header' });
  });
});

describe('detectListFileKind', () => {
  it('tells CSV, xlsx, old xls and other binaries apart by content', () => {
    expect(detectListFileKind(new TextEncoder().encode('item_id,category'))).toBe('csv');
    expect(detectListFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]))).toBe('xlsx');
    expect(detectListFileKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1]))).toBe('xls');
    expect(detectListFileKind(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0]))).toBe('binary');
  });

  it('refuses a broken zip as an unreadable workbook, not a crash', async () => {
    const result = await readListFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(result.ok).toBe(false);
  });
});
