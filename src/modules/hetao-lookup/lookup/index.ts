/**
 * The Hetao goods lookup — public API of the pure core. The other developer's code (list
 * import, DB-backed sources) imports from here.
 */
export { createLookupIndex, lookupGoods, type LookupIndex } from './lookup';
export {
  parseListCsv,
  parseListRecord,
  parseCodePatterns,
  serialiseListCsv,
  formatCodePatterns,
  itemCoverage,
  listCoverage,
  LIST_CATEGORIES,
  LIST_CATEGORY_NAMES,
  LIST_CSV_HEADER,
  SUPERVISION_REGIMES,
  SUPERVISION_REGIME_NAMES,
  DEFAULT_REGIME,
  type ListItem,
  type ListRecord,
  type ListProblem,
  type ParsedList,
  type ListCategory,
  type SupervisionRegime,
  type CodePattern,
  type Coverage,
} from './list-format';
export { parseNomenclature, type NomenclatureTexts } from './nomenclature';
export { parseLabDictionary, findUnknownDictionaryCodes } from './dictionary';
export {
  normaliseQuery,
  detectScript,
  convertToSimplified,
  convertToTraditional,
} from './normalise';
export { LOOKUP_CLAUSES } from './clauses';
export type * from './types';
