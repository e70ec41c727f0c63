import { Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { SectionTabs } from './parts';
import { RulingList } from './rulings-view';
import type { RulingStatus } from './types';

const filters: (RulingStatus | 'all')[] = ['filed', 'accepted', 'ruled', 'all'];

/** Customs console: advance-ruling requests, with the 10-day acceptance deadline (B.N8). */
export default function ConsoleRulingsPage() {
  const { t } = useTranslation('hetao');
  const [status, setStatus] = useState<RulingStatus | 'all'>('filed');
  const { data, error, loading, reload, setData } = useApi(
    (signal) =>
      apiClient.GET('/hetao/rulings', {
        params: { query: { status: status === 'all' ? undefined : status } },
        signal,
      }),
    [status],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading title={t('titles.rulings')} description={t('rulings.customsDescription')} />
      <SectionTabs kind="console" />
      <div style={{ overflowX: 'auto', marginBottom: 16 }}>
        <Segmented
          value={status}
          onChange={(value) => setStatus(value as RulingStatus | 'all')}
          options={filters.map((filter) => ({
            value: filter,
            label: filter === 'all' ? t('common.viewAll') : t(`rulingStatus.${filter}`),
          }))}
        />
      </div>
      <RulingList
        rulings={data ?? []}
        loading={loading}
        onChange={(ruling) =>
          setData((data ?? []).map((row) => (row.id === ruling.id ? ruling : row)))
        }
      />
    </>
  );
}
