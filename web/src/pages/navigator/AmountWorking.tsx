import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatYuan } from './facts';
import type { PolicyResult } from './types';

/** How the demo seed marks a value it made up (src/modules/applications/demo-seed.ts). */
const DEMO_SOURCE = /^DEMO DATA\b/;

export function isDemoSource(source: string | null | undefined): boolean {
  return typeof source === 'string' && DEMO_SOURCE.test(source);
}

/**
 * Where a tiered amount comes from, when the value entered for the applicant's tier names its
 * document (a published notice — or, on a demo instance, a value marked as demo data).
 */
export function amountSource(result: PolicyResult): string | null {
  const benefit = result.benefit as {
    tier?: string | null;
    tiers?: { tier: string; source?: string | null }[];
  };
  if (!benefit.tier || !Array.isArray(benefit.tiers)) return null;
  return benefit.tiers.find((entry) => entry.tier === benefit.tier)?.source ?? null;
}

/** Whether the amount is demonstration data or not yet published (kept out of the total). */
export function isProvisional(result: PolicyResult): boolean {
  return result.benefit.amountBasis === 'unpublished' || isDemoSource(amountSource(result));
}

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/**
 * The working of an amount, line by line, from the numbers the engine used (the benefit's
 * inputs: rate, contract, cap, what was received, the tier's value, the monthly sum).
 */
export function amountWorking(
  result: PolicyResult,
  t: TFunction<'navigator'>,
  locale: string,
  tierLabel: (tier: string) => string,
): string[] {
  const benefit = result.benefit;
  const money = (fen: number) => formatYuan(fen, locale);
  const lines: string[] = [];
  switch (benefit.kind) {
    case 'voucher': {
      const rateBp = num(benefit.rateBp);
      const capFen = num(benefit.statutoryCapFen);
      const headroomFen = num(benefit.headroomFen);
      const receivedFen = num(benefit.receivedFen);
      const purchaseFen = num(benefit.plannedPurchaseFen);
      if (rateBp === null || capFen === null) break;
      const rate = rateBp / 100;
      if (purchaseFen !== null) {
        const byRate = Math.floor((purchaseFen * rateBp) / 10_000);
        lines.push(
          t('results.working.rate', { rate, purchase: money(purchaseFen), amount: money(byRate) }),
        );
        if (headroomFen !== null && byRate > headroomFen)
          lines.push(
            t('results.working.overCap', { headroom: money(headroomFen), cap: money(capFen) }),
          );
        else lines.push(t('results.working.underCap', { cap: money(capFen) }));
      } else lines.push(t('results.working.rateOpen', { rate, cap: money(headroomFen ?? capFen) }));
      if (receivedFen !== null && receivedFen > 0 && headroomFen !== null)
        lines.push(
          t('results.working.received', {
            received: money(receivedFen),
            headroom: money(headroomFen),
          }),
        );
      break;
    }
    case 'tiered-money': {
      const capFen = num(benefit.statutoryCapFen);
      const tier = typeof benefit.tier === 'string' ? benefit.tier : null;
      const tierFen = num(benefit.tierAmountFen);
      if (tier && tierFen !== null)
        lines.push(
          t('results.working.tier', {
            tier: tierLabel(tier),
            amount: money(tierFen),
            cap: capFen === null ? '—' : money(capFen),
          }),
        );
      else if (capFen !== null) lines.push(t('results.working.tierOpen', { cap: money(capFen) }));
      break;
    }
    case 'allowance': {
      const monthly = num(benefit.monthlyFen);
      const months = num(benefit.maxMonths);
      if (monthly !== null && months !== null)
        lines.push(
          t('results.working.monthly', {
            monthly: money(monthly),
            months,
            total: money(monthly * months),
          }),
        );
      break;
    }
    case 'loan': {
      const principal = num(benefit.maxPrincipalFen);
      if (principal !== null) lines.push(t('results.working.loan', { amount: money(principal) }));
      break;
    }
    default:
      if (benefit.amountBasis === 'cap' && benefit.maxAmountFen !== null)
        lines.push(t('results.working.cap', { amount: money(benefit.maxAmountFen) }));
  }
  return lines;
}

/** The working under a card's amount, with the clauses it rests on. */
export function AmountWorking({
  result,
  locale,
  tierLabel,
}: {
  result: PolicyResult;
  locale: string;
  tierLabel: (tier: string) => string;
}) {
  const { t } = useTranslation('navigator');
  const lines = amountWorking(result, t, locale, tierLabel);
  if (lines.length === 0) return null;
  // The navigator asks for the whole answer (no `include`), so the optional parts are there.
  const clauses = (result.citations ?? []).filter((id) => id !== 'A.TITLE');
  const en = locale.startsWith('en');
  return (
    <div data-testid="benefit-working" style={{ fontSize: 13 }}>
      <Typography.Text type="secondary">
        {t('results.working.title')}
        {en ? ': ' : '：'}
      </Typography.Text>
      <Typography.Text>{lines.join(en ? '; ' : '，')}</Typography.Text>
      {clauses.length > 0 && (
        <Typography.Text type="secondary"> [{clauses.join(' ')}]</Typography.Text>
      )}
    </div>
  );
}
