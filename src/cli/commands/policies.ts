import { todayInShenzhen } from '../../modules/rules/parameters-service';
import { listPolicies } from '../../modules/rules/policies-service';
import { systemContext } from '../../shared/service-context';
import {
  loadConfigOrReport,
  parseOptions,
  readLanguageAndDate,
  withDatabase,
  type Command,
} from '../command';
import { displayWidth, formatFen, padDisplay } from './table';

/** The table's first two lines: the date the catalogue stands on, then the column names. */
const headers = {
  'zh-Hans': {
    today: (date: string) => `政策目录（${date}，深圳今日）`,
    on: (date: string) => `政策目录（${date}）`,
    id: '编号',
    name: '名称',
    for: '对象',
    amount: '上限',
    clauses: '条款',
    rules: '规则',
  },
  'zh-Hant': {
    today: (date: string) => `政策目錄（${date}，深圳今日）`,
    on: (date: string) => `政策目錄（${date}）`,
    id: '編號',
    name: '名稱',
    for: '對象',
    amount: '上限',
    clauses: '條款',
    rules: '規則',
  },
  en: {
    today: (date: string) => `Catalogue on ${date} (today in Shenzhen)`,
    on: (date: string) => `Catalogue on ${date}`,
    id: 'policy',
    name: 'name',
    for: 'for',
    amount: 'at most',
    clauses: 'clauses',
    rules: 'rules',
  },
} as const;

export const policiesCommand: Command = {
  summary: 'List the catalogue of benefits with their clauses and caps on a date',
  usage: 'policies [--date YYYY-MM-DD] [--json] [--lang zh-Hans|zh-Hant|en]',
  async run(args) {
    const { values } = parseOptions(args, {
      date: { type: 'string' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    });
    const options = readLanguageAndDate(values);
    if (!options) return 2;
    const { language, date } = options;
    const config = loadConfigOrReport();
    if (!config) return 1;
    return withDatabase(config, async (database) => {
      const ctx = { ...systemContext(database.db, 'cli:policies'), language };
      // The same "today" as the API and the web: the date in Shenzhen.
      const on = date ?? todayInShenzhen(ctx.now());
      const policies = await listPolicies(ctx, on);
      if (values.json) {
        console.log(JSON.stringify(policies, null, 2));
        return 0;
      }
      const header = headers[language];
      // The name column is as wide as the longest name (English names run long).
      const nameWidth = Math.max(
        displayWidth(header.name),
        ...policies.map((policy) => displayWidth(policy.name[language])),
      );
      console.log(date === undefined ? header.today(on) : header.on(on));
      console.log(
        `${padDisplay(header.id, 34)} ${padDisplay(header.name, nameWidth)} ${padDisplay(header.for, 9)} ${padDisplay(
          header.amount,
          22,
        )} ${padDisplay(header.clauses, 26)} ${header.rules}`,
      );
      for (const policy of policies) {
        const benefit = policy.benefit;
        const amount =
          benefit.kind === 'loan' && typeof benefit.maxPrincipalFen === 'number'
            ? `loan ≤ ${formatFen(benefit.maxPrincipalFen)}`
            : benefit.maxAmountFen !== null
              ? `≤ ${formatFen(benefit.maxAmountFen)}`
              : benefit.kind;
        const flags = [
          policy.discretionary ? 'discretionary' : '',
          policy.oneTime ? 'once' : '',
          policy.exclusivityGroup ? `exclusive:${policy.exclusivityGroup}` : '',
        ]
          .filter(Boolean)
          .join(' ');
        console.log(
          `${padDisplay(policy.id, 34)} ${padDisplay(policy.name[language], nameWidth)} ${padDisplay(policy.audience, 9)} ${padDisplay(
            amount,
            22,
          )} ${padDisplay(policy.clauses.map((clause) => clause.id).join(' '), 26)} ${flags}`,
        );
      }
      return 0;
    });
  },
};
