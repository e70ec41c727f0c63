import { Card, Collapse, Empty, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { PageLoading } from '../../components/PageLoading';
import { LoadFailed } from '../../components/StatusPages';
import { DiffView, useLocalised, VersionStatusTag, WorkingListTag } from './parts';
import { ButtonLink } from '../../components/ButtonLink';

/** Public: every published version of the list and what it changed (B.L3). */
export default function ChangelogPage() {
  const { t } = useTranslation('hetao');
  const localised = useLocalised();
  const { data, error, reload } = useApi(
    (signal) => apiClient.GET('/hetao/changelog', { signal }),
    [],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return <PageLoading />;
  return (
    <>
      <PageHeading title={t('titles.changelog')} description={t('changelog.description')} />
      <Card>
        {data.entries.length === 0 ? (
          <Empty description={t('changelog.empty')} />
        ) : (
          <Timeline
            items={data.entries.map((entry) => ({
              key: entry.version.id,
              color: entry.version.status === 'published' ? 'green' : 'gray',
              children: (
                <Space
                  direction="vertical"
                  size={4}
                  style={{ width: '100%' }}
                  data-testid="changelog-entry"
                >
                  <Space wrap>
                    <Typography.Text strong>{entry.version.title}</Typography.Text>
                    <VersionStatusTag status={entry.version.status} />
                    <WorkingListTag isWorkingList={entry.version.isWorkingList} />
                  </Space>
                  <Typography.Text type="secondary">
                    {[
                      entry.version.issuingDocument,
                      entry.version.effectiveDate &&
                        `${t('version.effectiveDate')} ${dayjs(entry.version.effectiveDate).format('LL')}`,
                      entry.version.publishedAt &&
                        `${t('version.publishedAt')} ${dayjs(entry.version.publishedAt).format('LL')}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                  {entry.version.workingListNotice && (
                    <Typography.Text type="warning">
                      {localised(entry.version.workingListNotice)}
                    </Typography.Text>
                  )}
                  {entry.diff ? (
                    <>
                      <Space wrap>
                        <Tag color="green">
                          {t('version.added', { count: entry.summary.added })}
                        </Tag>
                        <Tag color="red">
                          {t('version.removed', { count: entry.summary.removed })}
                        </Tag>
                        <Tag color="orange">
                          {t('version.changed', { count: entry.summary.changed })}
                        </Tag>
                      </Space>
                      <Collapse
                        size="small"
                        items={[
                          {
                            key: 'diff',
                            label: t('changelog.showChanges'),
                            children: <DiffView diff={entry.diff} />,
                          },
                        ]}
                      />
                    </>
                  ) : (
                    <Typography.Text>
                      {t('changelog.initial', { count: entry.version.itemCount })}
                    </Typography.Text>
                  )}
                  <ButtonLink to={`/hetao/lists/${entry.version.id}`} size="small">
                    {t('changelog.view')}
                  </ButtonLink>
                </Space>
              ),
            }))}
          />
        )}
      </Card>
    </>
  );
}
