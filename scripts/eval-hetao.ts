/**
 * npm run eval:hetao [-- --show-held-out] [-- --json]
 *
 * Measures the Hetao goods lookup against test/fixtures/hetao/lookup-eval.csv: top-1 and top-3
 * heading accuracy, category, verdict, script and biosafety-flag (B.R1) accuracy, for the tuned
 * and held-out splits
 * (see test/fixtures/hetao/README.md). Failures of the tuned split are listed; held-out failures
 * only with --show-held-out. Exit code 1 when a goal is missed (top-3 ≥ 95 %, top-1 ≥ 85 %,
 * every ambiguous row uncertain), so CI can run it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  evaluate,
  lookupRanker,
  parseEvaluationCsv,
  type Figures,
} from '../src/modules/hetao-lookup/evaluation';
import { createLookupIndex } from '../src/modules/hetao-lookup/lookup/lookup';
import { loadDefaultLookupSources } from '../src/modules/hetao-lookup/sources';

const { values } = parseArgs({
  options: { 'show-held-out': { type: 'boolean' }, json: { type: 'boolean' } },
});
const cases = parseEvaluationCsv(
  readFileSync(new URL('../test/fixtures/hetao/lookup-eval.csv', import.meta.url), 'utf8'),
);
const index = createLookupIndex(loadDefaultLookupSources());
const report = evaluate(cases, lookupRanker(index));

if (values.json) {
  const { outcomes: _outcomes, ...figures } = report;
  console.log(JSON.stringify(figures, null, 2));
} else {
  const pct = (value: number) => `${(value * 100).toFixed(1)} %`.padStart(8);
  const line = (name: string, f: Figures) =>
    `${name.padEnd(10)} ${String(f.cases).padStart(5)} ${pct(f.top1)} ${pct(f.top3)} ${pct(f.category)} ${pct(f.verdict)} ${pct(f.script)} ${pct(f.biosafety)}   ${f.ambiguousUncertain}/${f.ambiguous}`;
  console.log(
    'Hetao goods lookup — evaluation (test/fixtures/hetao/lookup-eval.csv, working list)\n',
  );
  console.log(
    `${'split'.padEnd(10)} ${'cases'.padStart(5)} ${'top-1'.padStart(8)} ${'top-3'.padStart(8)} ${'category'.padStart(8)} ${'verdict'.padStart(8)} ${'script'.padStart(8)} ${'B.R1'.padStart(8)}   ambiguous→uncertain`,
  );
  console.log(line('all', report.all));
  console.log(line('tuned', report.tuned));
  console.log(line('held-out', report.heldOut));
  console.log(
    `\nBiosafety flag (B.R1): ${report.all.biosafetyMissed} missed, ${report.all.biosafetyWrong} not expected (tuned ${report.tuned.biosafetyMissed}/${report.tuned.biosafetyWrong})`,
  );
  console.log('');
  for (const [script, figures] of Object.entries(report.byScript))
    console.log(line(script, figures));
  const failures = report.outcomes.filter(
    (o) => !(o.top1 && o.top3 && o.category && o.verdict && o.script && o.biosafety),
  );
  const shown = failures.filter((o) => values['show-held-out'] || o.case.split === 'tuned');
  console.log(
    `\nFailures: ${failures.length} (${failures.length - shown.length} held-out not shown${values['show-held-out'] ? '' : '; --show-held-out to list them'})`,
  );
  for (const o of shown) {
    const misses = [
      !o.top1 && 'top-1',
      !o.top3 && 'top-3',
      !o.category && `category ${o.got.category}≠${o.case.category}`,
      !o.verdict && `verdict ${o.got.verdict}≠${o.case.verdict}`,
      !o.script && `script ${o.got.script}≠${o.case.script}`,
      !o.biosafety && (o.case.biosafety ? 'biosafety flag missing' : 'biosafety flag not expected'),
    ].filter(Boolean);
    console.log(
      `  ${o.case.id} [${o.case.split}] ${o.case.text}\n      expected ${o.case.headings.join('|')}; got ${o.top.join(', ') || '—'} — ${misses.join('; ')}`,
    );
  }
  const goals = [
    ['top-3 ≥ 95 %', report.all.top3 >= 0.95],
    ['top-1 ≥ 85 %', report.all.top1 >= 0.85],
    ['every ambiguous item uncertain', report.all.ambiguousUncertain === report.all.ambiguous],
  ] as const;
  console.log(`\nGoals: ${goals.map(([name, met]) => `${met ? '✓' : '✗'} ${name}`).join('   ')}`);
  process.exitCode = goals.every(([, met]) => met) ? 0 : 1;
}
