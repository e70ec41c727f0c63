import { Alert, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../applications/money';
import { localised } from '../applications/parts';
import { formatMonth } from './format';
import type { AllowanceInstalment, AllowanceSchedule, InstalmentStatus } from './types';

const statusColours: Record<InstalmentStatus, string> = {
  scheduled: 'default',
  payable: 'gold',
  in_payment: 'processing',
  paid: 'success',
  stopped: 'red',
};

const scheduleColours: Record<AllowanceSchedule['status'], string> = {
  active: 'processing',
  completed: 'success',
  stopped: 'red',
};

/** Why the schedule stopped, in the UI language. */
function StopNotice({ schedule }: { schedule: AllowanceSchedule }) {
  const { t } = useTranslation('allowances');
  const stop = schedule.stop;
  if (!stop) return null;
  const month = formatMonth(stop.fromMonth, t('monthFormat'));
  const text =
    stop.cause === 'exclusive_benefit'
      ? t('stopped.exclusive_benefit', {
          month,
          policy: localised(stop.byApplication?.policyName),
          reference: stop.byApplication?.reference ?? '',
        })
      : t(`stopped.${stop.cause}`, { month, reason: stop.reason ?? '' });
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      message={text}
      data-testid="allowance-stop"
    />
  );
}

/**
 * A monthly allowance's schedule: what it is (monthly amount × months, where the terms came
 * from), what is paid, due, to come and stopped, and every month with its status. Shown to the
 * applicant on their application and to officers on the review page (`extra`: the stop form).
 */
export function AllowanceSchedulePanel({
  schedule,
  extra,
}: {
  schedule: AllowanceSchedule;
  extra?: ReactNode;
}) {
  const { t } = useTranslation('allowances');
  const monthFormat = t('monthFormat');
  const effectiveFrom = schedule.terms.monthlyFen.effectiveFrom;
  return (
    <Card
      title={t('title')}
      style={{ marginBottom: 16 }}
      data-testid="allowance-schedule"
      extra={
        <Tag color={scheduleColours[schedule.status]} data-testid="allowance-schedule-status">
          {t(`scheduleStatus.${schedule.status}`)}
        </Tag>
      }
    >
      <StopNotice schedule={schedule} />
      <Typography.Paragraph data-testid="allowance-summary">
        {t('summary', {
          amount: formatFen(schedule.monthlyFen),
          months: schedule.months,
          first: formatMonth(schedule.firstMonth, monthFormat),
          last: formatMonth(schedule.lastMonth, monthFormat),
          total: formatFen(schedule.totalFen),
        })}
      </Typography.Paragraph>
      {effectiveFrom && (
        <Typography.Paragraph type="secondary">
          {t('source', { date: dayjs(effectiveFrom).format('LL') })}
        </Typography.Paragraph>
      )}
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('totals.paid')}>
          <span data-testid="allowance-paid">{formatFen(schedule.paidFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('totals.due')}>{formatFen(schedule.dueFen)}</Descriptions.Item>
        <Descriptions.Item label={t('totals.toCome')}>
          {formatFen(schedule.toComeFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('totals.stopped')}>
          {formatFen(schedule.stoppedFen)}
        </Descriptions.Item>
      </Descriptions>
      <Table<AllowanceInstalment>
        rowKey="id"
        size="small"
        dataSource={schedule.instalments}
        pagination={{ pageSize: 12, hideOnSinglePage: true }}
        // NOTE: no sideways scroll: the panel sits in a narrow column on the review page and on
        // phones, so the number column gives way on small screens and the payment date sits
        // beside the status rather than in a column of its own.
        columns={[
          {
            title: t('columns.sequence'),
            dataIndex: 'sequence',
            width: 56,
            responsive: ['sm'],
          },
          {
            title: t('columns.month'),
            dataIndex: 'month',
            render: (month: string) => formatMonth(month, monthFormat),
          },
          {
            title: t('columns.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (fen: number) => formatFen(fen),
          },
          {
            title: t('columns.status'),
            dataIndex: 'status',
            render: (status: InstalmentStatus, instalment) => (
              <Flex wrap gap={4} align="center">
                <Tag
                  color={statusColours[status]}
                  data-testid="instalment-status"
                  data-status={status}
                  style={{ marginInlineEnd: 0 }}
                >
                  {t(`status.${status}`)}
                </Tag>
                {instalment.paidAt && (
                  <Typography.Text type="secondary" data-testid="instalment-paid-at">
                    {t('paidOn', { date: dayjs(instalment.paidAt).format('LL') })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {extra}
    </Card>
  );
}
