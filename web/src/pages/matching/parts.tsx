import { Progress, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Run } from './types';

const RUN_COLOURS = { running: 'processing', finished: 'success', failed: 'error' } as const;

export function RunStatusTag({ status }: { status: Run['status'] }) {
  const { t } = useTranslation('matching');
  return <Tag color={RUN_COLOURS[status]}>{t(`runs.statuses.${status}`)}</Tag>;
}

/** Batches done of the total as a bar, with the companies matched under it. */
export function RunProgress({ run, compact = false }: { run: Run; compact?: boolean }) {
  const { t } = useTranslation('matching');
  const percent =
    run.batchesTotal === 0 ? 100 : Math.floor((run.batchesDone / run.batchesTotal) * 100);
  return (
    <Space direction="vertical" size={0} style={{ width: '100%' }} data-testid="run-progress">
      <Progress
        percent={percent}
        aria-label={t('runs.progressOf', { percent })}
        size={compact ? 'small' : 'default'}
        status={
          run.status === 'failed' ? 'exception' : run.status === 'running' ? 'active' : 'success'
        }
      />
      <Typography.Text type="secondary" style={{ fontSize: compact ? 12 : undefined }}>
        {t('runs.batches', { done: run.batchesDone, total: run.batchesTotal })} ·{' '}
        {t('runs.profilesMatched', { matched: run.profilesMatched, total: run.profilesTotal })}
      </Typography.Text>
    </Space>
  );
}

export function dateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}
