/**
 * Measuring the lookup against the labelled set (test/fixtures/hetao/lookup-eval.csv): top-1 and
 * top-3 heading accuracy, category, verdict, script and biosafety-flag (B.R1) accuracy, for the
 * tuned and held-out splits. Pure: the caller reads the file and builds the index.
 */
import { readCsvRows } from '../../shared/csv';
import { LIST_CATEGORIES } from '../hetao/list-format';
import { lookupGoods } from './lookup/lookup';
import type { LookupIndex } from './lookup/lookup-index';
import type { LookupResult, Script, Verdict } from './lookup/types';

export interface EvaluationCase {
  id: string;
  split: 'tuned' | 'held-out';
  script: Script;
  text: string;
  /** Acceptable headings (2, 4 or 6 digits). */
  headings: string[];
  category: (typeof LIST_CATEGORIES)[number] | 'none';
  verdict: Verdict;
  /** Whether the answer must carry the biosafety flag of B.R1 (human or animal origin, live
   * animals, micro-organisms). */
  biosafety: boolean;
  note: string;
}

const HEADER =
  'id,split,script,text,expected_heading,expected_category,expected_verdict,expected_biosafety,note';

/** Reads the evaluation CSV; throws on a malformed row (the set is data we control). */
export function parseEvaluationCsv(text: string): EvaluationCase[] {
  const rows = readCsvRows(text.replace(/^\uFEFF/, '')).filter(
    (row) => !(row.cells.length === 1 && row.cells[0] === ''),
  );
  if (rows[0]?.cells.join(',') !== HEADER)
    throw new Error(`evaluation set: header must be ${HEADER}`);
  return rows.slice(1).map((row) => {
    const [
      id = '',
      split = '',
      script = '',
      query = '',
      heading = '',
      category = '',
      verdict = '',
      biosafety = '',
      note = '',
    ] = row.cells;
    const problem = (what: string) => new Error(`evaluation set line ${row.line} (${id}): ${what}`);
    if (split !== 'tuned' && split !== 'held-out') throw problem(`split ${split}`);
    if (!['zh-Hans', 'zh-Hant', 'en'].includes(script)) throw problem(`script ${script}`);
    if (!query.trim()) throw problem('empty text');
    const headings = heading.split('|').map((code) => code.trim());
    if (headings.some((code) => !/^\d{2}(\d{2}){0,2}$/.test(code)))
      throw problem(`heading ${heading}`);
    if (category !== 'none' && !(LIST_CATEGORIES as readonly string[]).includes(category))
      throw problem(`category ${category}`);
    if (!['listed', 'not-listed', 'uncertain'].includes(verdict))
      throw problem(`verdict ${verdict}`);
    if (biosafety !== 'yes' && biosafety !== 'no') throw problem(`biosafety ${biosafety}`);
    return {
      id,
      split,
      script: script as Script,
      text: query,
      headings,
      category: category as EvaluationCase['category'],
      verdict: verdict as Verdict,
      biosafety: biosafety === 'yes',
      note,
    };
  });
}

/** Does a candidate code answer an expected heading? (300215 answers 3002; 3002 does not
 * answer 300212 — it is less precise than expected.) */
export function codeMatches(candidate: string, expected: readonly string[]): boolean {
  return expected.some((code) => candidate.startsWith(code));
}

export interface CaseOutcome {
  case: EvaluationCase;
  top: string[];
  top1: boolean;
  top3: boolean;
  category: boolean;
  verdict: boolean;
  script: boolean;
  biosafety: boolean;
  got: { verdict: Verdict; category: string; script: Script; biosafety: boolean };
  ms: number;
}

export interface Figures {
  cases: number;
  top1: number;
  top3: number;
  category: number;
  verdict: number;
  script: number;
  /** Share of cases whose biosafety flag is as labelled. */
  biosafety: number;
  /** Cases labelled biosafety that the answer does not flag, and unlabelled ones it flags. */
  biosafetyMissed: number;
  biosafetyWrong: number;
  ambiguous: number;
  ambiguousUncertain: number;
}

export interface EvaluationReport {
  all: Figures;
  tuned: Figures;
  heldOut: Figures;
  byScript: Record<Script, Figures>;
  outcomes: CaseOutcome[];
}

/** A top-k answer from any ranker, so the baseline is measured the same way. */
export type Ranker = (text: string) => { codes: string[]; result?: LookupResult };

export function lookupRanker(index: LookupIndex): Ranker {
  return (text) => {
    const result = lookupGoods(index, { text });
    return { codes: result.candidates.map((candidate) => candidate.hsCode), result };
  };
}

/** Runs every case through the ranker and scores it. */
export function evaluate(cases: readonly EvaluationCase[], rank: Ranker): EvaluationReport {
  const outcomes: CaseOutcome[] = cases.map((entry) => {
    const started = performance.now();
    const { codes, result } = rank(entry.text);
    const ms = performance.now() - started;
    const top = codes.slice(0, 3);
    const category = result?.candidates[0]?.category ?? 'none';
    const verdict = result?.verdict ?? 'uncertain';
    const script = result?.script ?? 'zh-Hans';
    const biosafety = result?.flags.some((flag) => flag.kind === 'biosafety') ?? false;
    return {
      case: entry,
      top,
      top1: top.length > 0 && codeMatches(top[0]!, entry.headings),
      top3: top.some((code) => codeMatches(code, entry.headings)),
      // For an uncertain verdict the category is the top candidate's; goods not on the list
      // have none.
      category: category === entry.category,
      verdict: verdict === entry.verdict,
      script: script === entry.script,
      biosafety: biosafety === entry.biosafety,
      got: { verdict, category, script, biosafety },
      ms,
    };
  });
  const figures = (subset: CaseOutcome[]): Figures => {
    const share = (pick: (outcome: CaseOutcome) => boolean) =>
      subset.length === 0 ? 0 : subset.filter(pick).length / subset.length;
    const ambiguous = subset.filter((outcome) => outcome.case.verdict === 'uncertain');
    return {
      cases: subset.length,
      top1: share((o) => o.top1),
      top3: share((o) => o.top3),
      category: share((o) => o.category),
      verdict: share((o) => o.verdict),
      script: share((o) => o.script),
      biosafety: share((o) => o.biosafety),
      biosafetyMissed: subset.filter((o) => o.case.biosafety && !o.got.biosafety).length,
      biosafetyWrong: subset.filter((o) => !o.case.biosafety && o.got.biosafety).length,
      ambiguous: ambiguous.length,
      ambiguousUncertain: ambiguous.filter((o) => o.got.verdict === 'uncertain').length,
    };
  };
  return {
    all: figures(outcomes),
    tuned: figures(outcomes.filter((o) => o.case.split === 'tuned')),
    heldOut: figures(outcomes.filter((o) => o.case.split === 'held-out')),
    byScript: {
      'zh-Hans': figures(outcomes.filter((o) => o.case.script === 'zh-Hans')),
      'zh-Hant': figures(outcomes.filter((o) => o.case.script === 'zh-Hant')),
      en: figures(outcomes.filter((o) => o.case.script === 'en')),
    },
    outcomes,
  };
}
