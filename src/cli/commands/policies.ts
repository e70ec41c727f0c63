import { listPolicies } from '../../modules/rules/service';
import { systemContext } from '../../shared/service-context';
import {
  loadConfigOrReport,
  parseOptions,
  readLanguageAndDate,
  withDatabase,
  type Command,
} from '../command';
import { formatFen, padDisplay } from './table';

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
      const policies = await listPolicies(ctx, date);
      if (values.json) {
        console.log(JSON.stringify(policies, null, 2));
        return 0;
      }
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
          `${padDisplay(policy.id, 34)} ${padDisplay(policy.name[language], 30)} ${padDisplay(policy.audience, 9)} ${padDisplay(
            amount,
            22,
          )} ${padDisplay(policy.clauses.map((clause) => clause.id).join(' '), 26)} ${flags}`,
        );
      }
      return 0;
    });
  },
};
