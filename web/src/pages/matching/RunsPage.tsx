import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { describeError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { RunProgress, RunStatusTag, dateTime } from './parts';
import type { Run } from './types';

const POLL_MS = 1000;

/** Match runs (issue #15 items 2 and 6): start one, follow its progress, the runs so far. */
export default function RunsPage() {
  const { t } = useTranslation('matching');
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const runs = useApi((signal) => apiClient.GET('/matching/runs', { signal }), []);
  const [current, setCurrent] = useState<Run | null>(null);
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const followed = params.get('run');

  // Polls the followed run while it runs; the list is reloaded when it ends.
  useEffect(() => {
    if (!followed) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const run = await apiClient.GET('/matching/runs/{id}', {
          params: { path: { id: followed } },
          signal: controller.signal,
        });
        if (controller.signal.aborted) return;
        setCurrent(run);
        if (run.status === 'running') timer = setTimeout(() => void poll(), POLL_MS);
        else runs.reload();
      } catch (caught) {
        if (!controller.signal.aborted) setFailure(describeError(caught));
      }
    };
    void poll();
    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs.reload is stable
  }, [followed]);

  const start = async () => {
    setStarting(true);
    setFailure(null);
    try {
      const run = await apiClient.POST('/matching/runs', { body: {} });
      void message.success(t('runs.started'));
      setCurrent(run);
      setParams({ run: run.id });
      runs.reload();
    } catch (caught) {
      setFailure(describeError(caught));
    } finally {
      setStarting(false);
    }
  };

  if (runs.error && !runs.data) return <LoadFailed error={runs.error} onRetry={runs.reload} />;
  const shown = current && current.id === followed ? current : null;
  return (
    <>
      <PageHeading
        title={t('titles.runs')}
        description={t('runs.description')}
        extra={
          <Button
            type="primary"
            icon={<ThunderboltOutlined />}
            loading={starting}
            onClick={() => void start()}
            data-testid="start-run"
          >
            {t('runs.start')}
          </Button>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {failure && <Alert type="error" showIcon message={failure} />}
        {shown && (
          <Card
            title={t('runs.current')}
            extra={<RunStatusTag status={shown.status} />}
            data-testid="current-run"
          >
            <RunProgress run={shown} />
          </Card>
        )}
        <Card title={t('runs.list')}>
          <Table<Run>
            rowKey="id"
            size="small"
            data-testid="runs-table"
            loading={runs.loading && !runs.data}
            dataSource={runs.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: <Empty description={t('runs.empty')} /> }}
            columns={[
              {
                title: t('runs.startedAt'),
                dataIndex: 'startedAt',
                render: (at: string) => dateTime(at),
              },
              {
                title: t('runs.trigger'),
                dataIndex: 'trigger',
                render: (trigger: Run['trigger']) => t(`runs.triggers.${trigger}`),
              },
              {
                title: t('runs.status'),
                dataIndex: 'status',
                render: (status: Run['status']) => <RunStatusTag status={status} />,
              },
              {
                title: t('runs.progress'),
                key: 'progress',
                width: 220,
                responsive: ['lg'],
                render: (_, run) => <RunProgress run={run} compact />,
              },
              {
                title: t('runs.matched'),
                key: 'matched',
                align: 'right',
                render: (_, run) => `${run.profilesMatched} / ${run.profilesTotal}`,
              },
              {
                title: t('runs.results'),
                dataIndex: 'resultsWritten',
                align: 'right',
                responsive: ['md'],
              },
              {
                title: t('runs.changed'),
                dataIndex: 'resultsChanged',
                align: 'right',
                responsive: ['md'],
              },
              {
                title: t('runs.pushes'),
                dataIndex: 'pushCandidates',
                align: 'right',
                responsive: ['md'],
              },
              {
                title: t('runs.finishedAt'),
                dataIndex: 'finishedAt',
                responsive: ['md'],
                render: (at: string | null) => dateTime(at),
              },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
