import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Language } from '../../shared/language';
import { systemContext, type ServiceContext } from '../../shared/service-context';
import { AppError } from '../../errors/app-error';
import { isIsoDate } from '../../engine';
import { evaluationBody, type EvaluationResponse } from '../../modules/rules/schema';
import { safeParseIn, validationError } from '../../modules/rules/facts-validation';
import { evaluateFacts, evaluateParsedFacts } from '../../modules/rules/service';
import {
  loadConfigOrReport,
  parseOptions,
  readLanguageAndDate,
  withDatabase,
  type Command,
} from '../command';
import { formatFen, padDisplay } from './table';

const statusLabels: Record<Language, Record<string, string>> = {
  'zh-Hans': { eligible: '符合', ineligible: '不符合', unknown: '待确定' },
  'zh-Hant': { eligible: '符合', ineligible: '不符合', unknown: '待確定' },
  en: { eligible: 'eligible', ineligible: 'ineligible', unknown: 'unknown' },
};

function describeAmount(result: EvaluationResponse['results'][number], language: Language): string {
  const benefit = result.benefit;
  const upTo = language === 'en' ? 'up to ' : '最高';
  if (benefit.kind === 'loan' && typeof benefit.maxPrincipalFen === 'number')
    return `${language === 'en' ? 'loan ' : '贷款'}${upTo}${formatFen(benefit.maxPrincipalFen)}`;
  if (benefit.maxAmountFen === null)
    return benefit.amountBasis === 'unpublished' ? '(unpublished)' : '—';
  const amount = formatFen(benefit.maxAmountFen);
  if (benefit.amountBasis === 'computed' || benefit.amountBasis === 'fixed') return amount;
  return `${upTo}${amount}${benefit.amountBasis === 'unpublished' ? ' (tier unpublished)' : ''}`;
}

/** The evaluation as a table a person can read. */
export function formatEvaluation(evaluation: EvaluationResponse, language: Language): string {
  const lines = [
    language === 'en'
      ? `Evaluation on ${evaluation.date} (catalogue ${evaluation.catalogueVersion.slice(0, 12)})`
      : `评估日期 ${evaluation.date}（政策目录版本 ${evaluation.catalogueVersion.slice(0, 12)}）`,
    '',
  ];
  for (const result of evaluation.results) {
    const amount = result.status === 'ineligible' ? '—' : describeAmount(result, language);
    lines.push(
      `${padDisplay(statusLabels[language][result.status]!, 10)} ${padDisplay(result.policyId, 33)} ${padDisplay(
        amount,
        26,
      )} ${result.name ?? ''} [${(result.citations ?? []).join(' ')}]`,
    );
    if (result.missingFacts.length > 0)
      lines.push(
        `${' '.repeat(11)}${language === 'en' ? 'needs' : '待答'}: ${result.missingFacts.join(', ')}`,
      );
  }
  // The counts are the summary's own (src/engine/evaluate.ts `summarise`), as the web shows them:
  // N benefits = eligible + to be decided; a choose-one pair counts once in the money only.
  const summary = evaluation.summary;
  const en = language === 'en';
  const parts = [
    en
      ? `You may qualify for up to ${formatFen(summary.maxAmountFen)} across ${summary.benefitCount} benefits (${summary.eligible} eligible, ${summary.unknown} to be decided)`
      : `您最多可能获得 ${formatFen(summary.maxAmountFen)}，涉及 ${summary.benefitCount} 项待遇（${summary.eligible} 项符合，${summary.unknown} 项待确定）`,
  ];
  if (summary.alternativeCount > 0)
    parts.push(
      en
        ? `${summary.alternativeCount} of them an alternative you would choose instead of another (not added twice)`
        : `其中 ${summary.alternativeCount} 项与另一项只能择一，金额未重复计入`,
    );
  if (summary.provisionalCount > 0)
    parts.push(
      en
        ? `not in that total: ${formatFen(summary.provisionalAmountFen)} from ${summary.provisionalCount} amounts that are demonstration data or not yet published`
        : `另有 ${summary.provisionalCount} 项金额为演示数据或尚未公布（${formatFen(summary.provisionalAmountFen)}），未计入上述总额`,
    );
  if (summary.maxLoanPrincipalFen > 0)
    parts.push(
      en
        ? `guaranteed loans up to ${formatFen(summary.maxLoanPrincipalFen)}`
        : `担保贷款额度最高 ${formatFen(summary.maxLoanPrincipalFen)}`,
    );
  lines.push('', `${parts.join(en ? '; ' : '；')}${en ? '.' : '。'}`);
  return lines.join('\n');
}

async function writeLine(line: string) {
  if (!process.stdout.write(`${line}\n`))
    await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
}

/** One `{facts, date?, policies?, trace?}` object per input line → one result per line, in order. */
async function evaluateJsonLines(ctx: ServiceContext): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of input) {
    lineNumber += 1;
    const text = raw.trim();
    if (text === '') continue;
    try {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new AppError('request.malformed_json');
      }
      const parsed = safeParseIn(ctx.language, evaluationBody, json);
      if (!parsed.success) throw validationError(ctx.language, parsed.error, '');
      await writeLine(
        JSON.stringify(
          await evaluateParsedFacts(ctx, { ...parsed.data, facts: parsed.data.facts as never }),
        ),
      );
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failures += 1;
      await writeLine(
        JSON.stringify({
          line: lineNumber,
          error: { code: error.code, errors: error.fieldErrors ?? [] },
        }),
      );
    }
  }
  return failures === 0 ? 0 : 1;
}

export const evaluateCommand: Command = {
  summary:
    'Evaluate a situation against every policy (a table, the API JSON, or JSON lines from stdin)',
  usage:
    'evaluate --facts FILE [--date YYYY-MM-DD] [--json] [--lang zh-Hans|zh-Hant|en] | evaluate --jsonl [--lang …]',
  async run(args) {
    const { values } = parseOptions(args, {
      facts: { type: 'string' },
      date: { type: 'string' },
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      lang: { type: 'string' },
    });
    const options = readLanguageAndDate(values);
    if (!options) return 2;
    const { language } = options;
    let date = options.date;
    if (!values.jsonl && !values.facts) {
      console.error(`Usage: ./bin/opc-hub ${this.usage}`);
      return 2;
    }
    let facts: unknown;
    if (!values.jsonl) {
      try {
        const text = readFileSync(values.facts === '-' ? 0 : values.facts!, 'utf8');
        facts = JSON.parse(text);
      } catch (error) {
        console.error(`Cannot read facts from ${values.facts}: ${(error as Error).message}`);
        return 2;
      }
      // A file may hold the facts themselves or { facts, date }.
      if (facts && typeof facts === 'object' && 'facts' in facts) {
        const wrapper = facts as { facts: unknown; date?: string };
        facts = wrapper.facts;
        if (date === undefined && wrapper.date !== undefined) {
          if (!isIsoDate(wrapper.date)) {
            console.error(`The date in ${values.facts} must be written YYYY-MM-DD`);
            return 2;
          }
          date = wrapper.date;
        }
      }
    }
    const config = loadConfigOrReport();
    if (!config) return 1;
    return withDatabase(config, async (database) => {
      const ctx: ServiceContext = { ...systemContext(database.db, 'cli:evaluate'), language };
      if (values.jsonl) return evaluateJsonLines(ctx);
      try {
        const evaluation = await evaluateFacts(ctx, { facts, date });
        console.log(
          values.json
            ? JSON.stringify(evaluation, null, 2)
            : formatEvaluation(evaluation, language),
        );
        return 0;
      } catch (error) {
        if (error instanceof AppError && error.fieldErrors) {
          for (const field of error.fieldErrors) console.error(`${field.pointer}: ${field.detail}`);
          return 1;
        }
        throw error;
      }
    });
  },
};
