/**
 * Reading the HS 2022 and China 8-digit nomenclature files (see data/hs/PROVENANCE.md). Pure:
 * takes the files' text, returns {@link Nomenclature}.
 */
import { readCsvRows } from '../../../shared/csv';
import type { Nomenclature } from './types';

export interface NomenclatureTexts {
  /** hs2022-en.csv: section,hscode,description,parent,level */
  hs2022En: string;
  /** cn-hs8-2023-zh.csv: 商品编码,商品名称,… */
  chinaZh: string;
  /** cn-hs8-2023-en.csv: CODES,DESCRIPTION,… */
  chinaEn: string;
}

/** Parses the three nomenclature files. Throws when a file is not what it should be. */
export function parseNomenclature(texts: NomenclatureTexts): Nomenclature {
  const hs: Nomenclature['hs'] = [];
  const hsRows = readCsvRows(texts.hs2022En.replace(/^\uFEFF/, ''));
  expectHeader(
    hsRows[0]?.cells,
    ['section', 'hscode', 'description', 'parent', 'level'],
    'HS 2022',
  );
  for (const row of hsRows.slice(1)) {
    const [section = '', code = '', description = '', parent = ''] = row.cells;
    // NOTE: Comtrade's "TOTAL" rows (99, 9999, 999999: commodities not specified) are not HS.
    if (!/^\d{2}(\d{2}){0,2}$/.test(code) || section === 'TOTAL') continue;
    hs.push({
      code,
      description: description.replace(/\s+/g, ' ').trim(),
      parent: /^\d+$/.test(parent) ? parent : null,
    });
  }

  const lines = new Map<string, { code: string; zh: string | null; en: string | null }>();
  const zhRows = readCsvRows(texts.chinaZh.replace(/^\uFEFF/, ''));
  expectHeader(zhRows[0]?.cells.slice(0, 2), ['商品编码', '商品名称'], 'China (zh)');
  for (const row of zhRows.slice(1)) {
    const [code = '', name = ''] = row.cells;
    if (!/^\d{8}$/.test(code)) continue;
    lines.set(code, { code, zh: name.trim() || null, en: null });
  }
  const enRows = readCsvRows(texts.chinaEn.replace(/^\uFEFF/, ''));
  expectHeader(enRows[0]?.cells.slice(0, 2), ['CODES', 'DESCRIPTION'], 'China (en)');
  for (const row of enRows.slice(1)) {
    const [code = '', name = ''] = row.cells;
    if (!/^\d{8}$/.test(code)) continue;
    const english = name.replace(/\s+/g, ' ').trim() || null;
    const line = lines.get(code);
    if (line) line.en = english;
    else lines.set(code, { code, zh: null, en: english });
  }
  const national = [...lines.values()].sort((a, b) => a.code.localeCompare(b.code));
  if (hs.length < 1000 || national.length < 1000)
    throw new Error(
      `Nomenclature looks truncated (${hs.length} HS rows, ${national.length} lines).`,
    );
  return { hs, national };
}

function expectHeader(cells: string[] | undefined, expected: string[], what: string) {
  const found = (cells ?? []).map((cell) => cell.trim());
  if (found.slice(0, expected.length).join(',') !== expected.join(','))
    throw new Error(`${what} nomenclature: unexpected header ${found.join(',')}`);
}
