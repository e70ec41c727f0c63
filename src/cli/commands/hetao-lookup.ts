import { createInterface } from 'node:readline';
import { formatCode } from '../../modules/hetao-lookup/lookup/explain';
import { LIST_CATEGORY_NAMES } from '../../modules/hetao/list-format';
import { createLookupIndex, lookupGoods } from '../../modules/hetao-lookup/lookup/lookup';
import type { LookupIndex } from '../../modules/hetao-lookup/lookup/lookup-index';
import type { LookupResult, Script } from '../../modules/hetao-lookup/lookup/types';
import { currentLookupIndex } from '../../modules/hetao-lookup/service';
import { loadDefaultLookupSources } from '../../modules/hetao-lookup/sources';
import { loadConfigOrReport, parseOptions, withDatabase, type Command } from '../command';

/**
 * ./bin/opc-hub hetao lookup "<text>" [--code 3821] [--json]
 * ./bin/opc-hub hetao lookup --jsonl < queries.txt   (one query per line → one JSON line each,
 *                                                    in order, in one process)
 *
 * Uses the desk's current list version and published precedents from the configured database
 * (as the API does); `--files` uses the shipped working list and no precedents, with no database.
 */
export const hetaoLookupCommand: Command = {
  summary:
    'Look goods up against the Hetao tax-free research-goods list (candidate headings, reasons, verdict)',
  usage:
    'hetao lookup "<text>" [--code <hs>] [--json] | hetao lookup --jsonl [--files] < queries.txt',
  async run(args) {
    const { values, positionals } = parseOptions(args, {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      code: { type: 'string' },
      files: { type: 'boolean' },
    });
    const text = positionals.join(' ').trim();
    if (!values.jsonl && !text) {
      console.error(`Usage: ./bin/opc-hub ${this.usage}`);
      return 2;
    }
    const work = async (index: LookupIndex) => {
      if (values.jsonl) return lookUpLines(index);
      const result = lookupGoods(index, { text, code: values.code ?? null });
      if (values.json) console.log(JSON.stringify(result));
      else console.log(describeResult(result));
      return 0;
    };
    if (values.files) return work(createLookupIndex(loadDefaultLookupSources()));
    const config = loadConfigOrReport();
    if (!config) return 1;
    return withDatabase(config, async (database) => work(await currentLookupIndex(database.db)));
  },
};

/** Reads stdin line by line; writes one JSON result per input line, in the same order. */
async function lookUpLines(index: LookupIndex): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let number = 0;
  for await (const raw of lines) {
    number += 1;
    const query = raw.trim();
    const output = query
      ? { line: number, query, ...lookupGoods(index, { text: query }) }
      : { line: number, query, error: 'empty query' };
    if (!process.stdout.write(`${JSON.stringify(output)}\n`))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  return 0;
}

const VERDICT: Record<LookupResult['verdict'], Record<Script, string>> = {
  listed: { 'zh-Hans': '在清单内', 'zh-Hant': '在清單內', en: 'LISTED' },
  'not-listed': { 'zh-Hans': '不在清单内', 'zh-Hant': '不在清單內', en: 'NOT LISTED' },
  uncertain: { 'zh-Hans': '无法确定', 'zh-Hant': '無法確定', en: 'UNCERTAIN' },
};

/** The human-readable answer, in the script of the query. */
export function describeResult(result: LookupResult): string {
  const lang = result.script;
  const lines = [`${VERDICT[result.verdict][lang]} — ${result.summary[lang]}`, ''];
  for (const candidate of result.candidates) {
    const category = candidate.category ? LIST_CATEGORY_NAMES[candidate.category][lang] : '—';
    const description =
      lang === 'en'
        ? candidate.description.en
        : ((lang === 'zh-Hant' ? candidate.description.zhHant : candidate.description.zh) ??
          candidate.description.en);
    lines.push(
      `  ${formatCode(candidate.hsCode).padEnd(12)} ${candidate.score.toFixed(2)}  ${candidate.listItemId ?? '—'} (${category}, ${candidate.coverage})  ${description}`,
    );
    for (const reason of candidate.reasons) lines.push(`      · ${reason.text[lang]}`);
  }
  for (const flag of result.flags)
    lines.push('', `  ⚑ ${flag.kind} (${flag.clause}): ${flag.reason[lang]}`);
  lines.push(
    '',
    `  ${result.listVersion.title}${result.listVersion.isWorkingList ? ' [working list]' : ''}`,
  );
  lines.push(`  ${result.clauses.map((clause) => clause.id).join(' · ')}`);
  if (result.askCustoms)
    lines.push(
      `  → /hetao/questions/new?q=${encodeURIComponent(result.askCustoms.question)}${result.askCustoms.code ? `&code=${result.askCustoms.code}` : ''}`,
    );
  return lines.join('\n');
}
