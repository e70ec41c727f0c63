import { formatMoney } from '../../modules/budgets/money';
import { computeLineTax, parseRate, TaxInputError } from '../../modules/hetao/tax';
import { parseOptions, type Command } from '../command';

/**
 * ./bin/opc-hub hetao tax --value-fen N --duty-rate R --vat-rate R [--consumption-rate R] [--json]
 *
 * The import taxes one line would pay (and an exempt line is spared): duty, consumption tax and
 * import VAT, each rounded half up to the fen (src/modules/hetao/tax.ts). Rates are decimal
 * fractions (0.13 for 13 %). `--json` prints `{dutyFen, consumptionTaxFen, vatFen, totalFen}`.
 */
const FLAG: Record<TaxInputError['field'], string> = {
  valueFen: 'value-fen',
  dutyRate: 'duty-rate',
  vatRate: 'vat-rate',
  consumptionRate: 'consumption-rate',
};

export const hetaoTaxCommand: Command = {
  summary:
    'The import duty, consumption tax and import VAT of one line (what a Hetao exemption spares)',
  usage:
    'hetao tax --value-fen <N> --duty-rate <R> --vat-rate <R> [--consumption-rate <R>] [--json]',
  async run(args) {
    const { values } = parseOptions(args, {
      'value-fen': { type: 'string' },
      'duty-rate': { type: 'string' },
      'vat-rate': { type: 'string' },
      'consumption-rate': { type: 'string' },
      json: { type: 'boolean' },
    });
    const missing = (['value-fen', 'duty-rate', 'vat-rate'] as const).filter(
      (name) => values[name] === undefined,
    );
    if (missing.length > 0) {
      console.error(`Missing ${missing.map((name) => `--${name}`).join(', ')}`);
      console.error(`Usage: ./bin/opc-hub ${this.usage}`);
      return 2;
    }
    try {
      const valueText = values['value-fen']!;
      if (!/^\d+$/.test(valueText))
        throw new TaxInputError('valueFen', 'must be a whole number of fen, 0 or more');
      const tax = computeLineTax({
        valueFen: Number(valueText),
        dutyRate: parseRate(values['duty-rate']!, 'dutyRate'),
        vatRate: parseRate(values['vat-rate']!, 'vatRate'),
        consumptionRate:
          values['consumption-rate'] === undefined
            ? null
            : parseRate(values['consumption-rate'], 'consumptionRate'),
      });
      if (values.json) {
        console.log(JSON.stringify(tax));
        return 0;
      }
      console.log(`关税 Import duty              ${formatMoney(tax.dutyFen)}`);
      console.log(`消费税 Consumption tax        ${formatMoney(tax.consumptionTaxFen)}`);
      console.log(`进口增值税 Import VAT         ${formatMoney(tax.vatFen)}`);
      console.log(`合计 Total                    ${formatMoney(tax.totalFen)}`);
      console.log('Each tax rounded half up to the fen; later bases use the rounded amounts.');
      return 0;
    } catch (error) {
      if (error instanceof TaxInputError) {
        console.error(`--${FLAG[error.field]} ${error.message}`);
        return 2;
      }
      throw error;
    }
  },
};
