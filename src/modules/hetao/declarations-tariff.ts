import type { Executor } from '../../db/client';
import * as tariff from './tariff-service';

/**
 * The tariff table's rates in force for a code on a day, as the declarations use them — a thin
 * adapter over the tariff service (built alongside, issue #16 item 3), so the declarations depend
 * on one shape: exact decimal strings, and where they come from.
 */
export interface TariffRates {
  dutyRate: string;
  vatRate: string;
  consumptionRate: string | null;
  /** The version and source the rates come from, stored with the line. */
  reference: Record<string, unknown>;
}

export async function tariffRatesOn(
  db: Executor,
  hsCode: string,
  onDate: string,
): Promise<TariffRates | null> {
  const found = (await tariff.ratesFor(db, hsCode, onDate)) as unknown as
    | (Record<string, unknown> & {
        dutyRate: string;
        vatRate: string;
        consumptionRate?: string | null;
      })
    | null;
  if (!found) return null;
  const { dutyRate, vatRate, consumptionRate, ...rest } = found;
  return {
    dutyRate,
    vatRate,
    consumptionRate: consumptionRate ?? null,
    reference: JSON.parse(JSON.stringify(rest)) as Record<string, unknown>,
  };
}
