import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { DeclarationsTable } from './DeclarationsPage';
import { LedgerTable } from './parts';
import type { LedgerStatus } from './types';

const statuses: LedgerStatus[] = ['in-supervision', 'held', 'released', 'written-off', 'moved'];
const sheets = ['ledger', 'declarations', 'biosafety', 'due'] as const;

/**
 * Customs' console of the electronic ledger (issue #16 item 5): every white-listed importer's
 * declarations and ledger items, filtered by status, tax due and biosafety; Excel exports.
 */
export default function CustomsLedgerPage() {
  const { t } = useTranslation('hetaoLedger');
  const [status, setStatus] = useState<LedgerStatus | undefined>();
  const [due, setDue] = useState(false);
  const [biosafety, setBiosafety] = useState(false);
  const query = {
    ...(status ? { status } : {}),
    ...(due ? { due: 'true' as const } : {}),
    ...(biosafety ? { biosafety: 'true' as const } : {}),
  };
  const ledger = useApi(
    (signal) => apiClient.GET('/hetao/customs/ledger', { params: { query }, signal }),
    [query],
  );
  const declarations = useApi(
    (signal) => apiClient.GET('/hetao/customs/declarations', { signal }),
    [],
  );

  return (
    <>
      <PageHeading
        title={t('titles.customs')}
        description={t('customs.description')}
        extra={sheets.map((sheet) => (
          <Button
            key={sheet}
            icon={<DownloadOutlined />}
            href={`${API_BASE}/hetao/customs/ledger/export?sheet=${sheet}`}
            data-testid={`export-${sheet}`}
          >
            {t(`customs.sheets.${sheet}`)}
          </Button>
        ))}
      />
      <Card>
        <Tabs
          items={[
            {
              key: 'ledger',
              label: <span data-testid="customs-tab-ledger">{t('customs.tabs.ledger')}</span>,
              children: (
                <>
                  <Space wrap style={{ marginBottom: 12 }}>
                    <Typography.Text>{t('customs.filterStatus')}</Typography.Text>
                    <Select<LedgerStatus | 'all'>
                      style={{ minWidth: 160 }}
                      value={status ?? 'all'}
                      onChange={(value) => setStatus(value === 'all' ? undefined : value)}
                      aria-label={t('customs.filterStatus')}
                      data-testid="filter-status"
                      options={[
                        { value: 'all', label: t('customs.filterAll') },
                        ...statuses.map((value) => ({ value, label: t(`status.${value}`) })),
                      ]}
                    />
                    <Checkbox
                      checked={due}
                      onChange={(event) => setDue(event.target.checked)}
                      data-testid="filter-due"
                    >
                      {t('customs.filterDue')}
                    </Checkbox>
                    <Checkbox
                      checked={biosafety}
                      onChange={(event) => setBiosafety(event.target.checked)}
                      data-testid="filter-biosafety"
                    >
                      {t('customs.filterBiosafety')}
                    </Checkbox>
                  </Space>
                  {ledger.error && !ledger.data ? (
                    <LoadFailed error={ledger.error} onRetry={ledger.reload} />
                  ) : (
                    <LedgerTable
                      items={ledger.data ?? []}
                      loading={ledger.loading}
                      showOrganisation
                    />
                  )}
                </>
              ),
            },
            {
              key: 'declarations',
              label: (
                <span data-testid="customs-tab-declarations">{t('customs.tabs.declarations')}</span>
              ),
              children:
                declarations.error && !declarations.data ? (
                  <LoadFailed error={declarations.error} onRetry={declarations.reload} />
                ) : (
                  <DeclarationsTable
                    declarations={declarations.data ?? []}
                    loading={declarations.loading}
                    showOrganisation
                  />
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
