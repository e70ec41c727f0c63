/**
 * The file-based lookup sources: the shipped nomenclature, dictionary and working list, and no
 * precedents. Used by the CLI, the evaluation and the benchmark, and by the API until the
 * database-backed loader of src/modules/hetao (list versions and published precedents) exists.
 */
import { readFileSync } from 'node:fs';
import { parseLabDictionary } from './lookup/dictionary';
import { parseListCsv } from '../hetao/list-format';
import { parseNomenclature } from './lookup/nomenclature';
import type { LabDictionary, LookupSources, Nomenclature } from './lookup/types';

const dataFile = (name: string) => new URL(`./data/${name}`, import.meta.url);

export const WORKING_LIST_VERSION = {
  id: 'working-list',
  title: '工作清单（依 B.L1/B.L2 及财关税〔2021〕23号体例编制，非官方清单）',
  isWorkingList: true,
  // The notice's start (B.N1, B.D1).
  effectiveDate: '2026-02-10',
} as const;

let nomenclature: Nomenclature | undefined;

/** The HS 2022 + China 8-digit nomenclature shipped in data/hs (read once per process). */
export function loadNomenclature(): Nomenclature {
  nomenclature ??= parseNomenclature({
    hs2022En: readFileSync(dataFile('hs/hs2022-en.csv'), 'utf8'),
    chinaZh: readFileSync(dataFile('hs/cn-hs8-2023-zh.csv'), 'utf8'),
    chinaEn: readFileSync(dataFile('hs/cn-hs8-2023-en.csv'), 'utf8'),
  });
  return nomenclature;
}

/** The curated laboratory-goods dictionary (data/lab-dictionary.json). */
export function loadLabDictionary(): LabDictionary {
  return parseLabDictionary(JSON.parse(readFileSync(dataFile('lab-dictionary.json'), 'utf8')));
}

/** The working list (data/working-list.csv); throws if the file has any problem. */
export function loadWorkingList() {
  const { items, problems } = parseListCsv(readFileSync(dataFile('working-list.csv'), 'utf8'));
  if (problems.length > 0)
    throw new Error(
      `working-list.csv: ${problems.map((p) => `line ${p.line} ${p.field}: ${p.message}`).join('; ')}`,
    );
  return items;
}

/** Everything the lookup needs, from the shipped files: working list, no precedents. */
export function loadDefaultLookupSources(): LookupSources {
  return {
    nomenclature: loadNomenclature(),
    dictionary: loadLabDictionary(),
    listItems: loadWorkingList(),
    listVersion: { ...WORKING_LIST_VERSION },
    precedents: [],
  };
}
