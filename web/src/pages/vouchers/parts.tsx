import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { formatMonth } from '../allowances/format';
import { formatFen } from '../applications/money';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractStatus, Movement, StatementStatus, VoucherKind } from './types';

const contractColour: Record<ContractStatus, string> = {
  awaiting_company: 'gold',
  confirmed: 'blue',
  held: 'purple',
  captured: 'green',
  voided: 'default',
  declined: 'red',
};

export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const { t } = useTranslation('vouchers');
  return (
    <Tag color={contractColour[status]} data-testid="contract-status" data-status={status}>
      {t(`contractStatus.${status}`)}
    </Tag>
  );
}

export function StatementStatusTag({ status }: { status: StatementStatus }) {
  const { t } = useTranslation('vouchers');
  const colour = status === 'paid' ? 'green' : status === 'scheduled' ? 'blue' : 'gold';
  return (
    <Tag color={colour} data-testid="statement-status" data-status={status}>
      {t(`statementStatus.${status}`)}
    </Tag>
  );
}

export function KindLabel({ kind }: { kind: VoucherKind }) {
  const { t } = useTranslation('vouchers');
  return <>{t(`kinds.${kind}`)}</>;
}

export function MovementLabel({ type }: { type: Movement['type'] }) {
  const { t } = useTranslation('vouchers');
  return <>{t(`movement.${type}`)}</>;
}

/** A share in basis points as a percentage: 6000 → "60%". */
export function formatRate(basisPoints: number | null | undefined): string | null {
  if (basisPoints === null || basisPoints === undefined) return null;
  return `${basisPoints / 100}%`;
}

/**
 * One Idempotency-Key per user action (every provider command takes one): the same submission
 * retried — after a time-out or a failure — reuses its key, so the server answers it once; any
 * other action or a changed body gets a new key. `done()` after a success.
 */
export function useIdempotencyKey() {
  const last = useRef<{ fingerprint: string; key: string } | null>(null);
  return {
    keyFor(action: string, body: unknown): string {
      const fingerprint = `${action}:${JSON.stringify(body ?? null)}`;
      if (last.current?.fingerprint !== fingerprint)
        last.current = { fingerprint, key: crypto.randomUUID() };
      return last.current.key;
    },
    done() {
      last.current = null;
    },
  };
}

/** Yuan typed in a form → fen; the same rule as the server (a positive whole number of fen). */
export function positiveYuanRule(message: string) {
  return {
    validator: (_: unknown, value: number | null | undefined) =>
      value === null || value === undefined || (value > 0 && Math.round(value * 100) >= 1)
        ? Promise.resolve()
        : Promise.reject(new Error(message)),
  };
}

/**
 * The two columns every list of ledger movements ends with: what the movement was, and its
 * amount in yuan (the company's history, a contract's movements, a statement's lines).
 */
export function movementColumns(t: TFunction<'vouchers'>) {
  return [
    {
      title: t('common.movementType'),
      dataIndex: 'type',
      render: (type: Movement['type']) => <MovementLabel type={type} />,
    },
    {
      title: t('common.amount'),
      dataIndex: 'amountFen',
      align: 'right' as const,
      render: (fen: number) => formatFen(fen),
    },
  ];
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The day after a settlement period — a month `YYYY-MM` or a quarter `YYYY-Qn` — as `YYYY-MM-DD`. */
export function periodEndDay(period: string): string {
  const quarter = QUARTER.exec(period);
  const [year, lastMonth] = quarter
    ? [Number(quarter[1]), Number(quarter[2]) * 3]
    : [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  const [nextYear, nextMonth] = lastMonth === 12 ? [year + 1, 1] : [year, lastMonth + 1];
  return `${nextYear}-${String(nextMonth).padStart(2, '0')}-01`;
}

/** A settlement period in the reader's language: "2026年11月", "2026年第4季度", "Q4 2026". */
export function usePeriodLabel() {
  const { t } = useTranslation('vouchers');
  const { t: tAllowances } = useTranslation('allowances');
  return (period: string) => {
    const quarter = QUARTER.exec(period);
    return quarter
      ? t('statements.quarterLabel', { year: quarter[1], quarter: quarter[2] })
      : formatMonth(period, tAllowances('monthFormat'));
  };
}
