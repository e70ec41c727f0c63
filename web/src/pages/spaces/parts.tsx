import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../applications/money';
import { localised } from '../applications/parts';
import type {
  ApplicationStatus,
  Community,
  CommunityStatus,
  LeaseStatus,
  Rung,
  Unit,
} from './types';

export { formatFen, localised };

const communityColour: Record<CommunityStatus, string> = {
  planned: 'default',
  opening: 'blue',
  open: 'green',
  closed: 'red',
};

export function CommunityStatusTag({ status }: { status: CommunityStatus }) {
  const { t } = useTranslation('spaces');
  return (
    <Tag color={communityColour[status]} data-testid="community-status" data-status={status}>
      {t(`communityStatus.${status}`)}
    </Tag>
  );
}

const applicationColour: Record<ApplicationStatus, string> = {
  submitted: 'gold',
  admitted: 'blue',
  declined: 'red',
  allocated: 'green',
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation('spaces');
  return (
    <Tag color={applicationColour[status]} data-testid="application-status" data-status={status}>
      {t(`applicationStatus.${status}`)}
    </Tag>
  );
}

export function LeaseStatusTag({ status }: { status: LeaseStatus }) {
  const { t } = useTranslation('spaces');
  return (
    <Tag color={status === 'active' ? 'green' : 'default'} data-testid="lease-status">
      {t(`leaseStatus.${status}`)}
    </Tag>
  );
}

/** The rung of an application; null is the A.S3 route (by area, not by team size). */
export function RungLabel({ rung }: { rung: Rung | null }) {
  const { t } = useTranslation('spaces');
  if (rung === null) return <>{t('rung.none')}</>;
  return rung === 'unpublished' ? (
    <Tag color="warning">{t('rung.unpublished')}</Tag>
  ) : (
    <>{t(`rung.${rung}`)}</>
  );
}

/** A monthly rent in yuan, or "not recorded". */
export function MonthlyRent({ fen }: { fen: number | null | undefined }) {
  const { t } = useTranslation('spaces');
  if (fen === null || fen === undefined) return <>{t('common.noRent')}</>;
  return <>{t('common.perMonth', { amount: formatFen(fen) })}</>;
}

/**
 * The lease terms a unit's rents in force suggest: the company pays the low-cost rent, the
 * difference to the market reference is the subsidy. Without a market reference the rent is the
 * low-cost rent and there is no subsidy; without either, both are zero for the operator to type.
 */
export function suggestedTerms(unit: Pick<Unit, 'lowCostRent' | 'marketReferenceRent'>) {
  const market = unit.marketReferenceRent?.monthlyRentFen ?? null;
  const lowCost = unit.lowCostRent?.monthlyRentFen ?? null;
  if (market !== null && lowCost !== null && lowCost <= market)
    return { monthlyRentFen: market, monthlySubsidyFen: market - lowCost };
  const rent = lowCost ?? market ?? 0;
  return { monthlyRentFen: rent, monthlySubsidyFen: 0 };
}

/** A community's name in the UI language. */
export function communityName(community: Pick<Community, 'names'> | undefined): string {
  return community ? localised(community.names) : '—';
}

/** Form rule: a number of yuan, zero or more, at most two decimals. */
export function yuanRule(message: string) {
  return {
    validator: (_: unknown, value: number | null | undefined) =>
      value === null ||
      value === undefined ||
      (value >= 0 && Math.abs(Math.round(value * 100) - value * 100) < 1e-6)
        ? Promise.resolve()
        : Promise.reject(new Error(message)),
  };
}

/** One CSV cell: quoted when it holds a separator, a quote or a line break. */
function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Saves rows as a CSV file in the browser (UTF-8 with a byte-order mark, so spreadsheet programs
 * read Chinese correctly).
 */
export function downloadCsv(fileName: string, rows: (string | number)[][]) {
  const text = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
