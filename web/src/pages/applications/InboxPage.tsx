import { Badge, Button, Card, List, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import type { Notification } from './types';
import { ListItemMeta } from '../../components/ListItemMeta';

export default function InboxPage() {
  const { t, i18n } = useTranslation('applications');
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/notifications', { params: { query: { limit: 100 } }, signal }),
    [i18n.language],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  const markAll = async () => {
    await apiClient.POST('/notifications/read', { body: { all: true } });
    reload();
  };
  return (
    <>
      <PageHeading
        title={
          <>
            {t('titles.inbox')} <Badge count={data?.unread ?? 0} />
          </>
        }
        description={t('inbox.description')}
        extra={
          <Button onClick={() => void markAll()} disabled={!data?.unread}>
            {t('inbox.markAll')}
          </Button>
        }
      />
      <Card>
        <List<Notification>
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('inbox.empty') }}
          renderItem={(item) => (
            <List.Item data-testid="notification" data-kind={item.kind}>
              {/* Each item's title is an h2, under the page's h1. */}
              <ListItemMeta
                level={2}
                title={
                  <>
                    {!item.readAt && (
                      <Tag color="processing" data-testid="unread">
                        {t('inbox.unread')}
                      </Tag>
                    )}
                    {item.link ? <Link to={item.link}>{item.title}</Link> : item.title}
                  </>
                }
                description={
                  <>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
                      {item.body}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary">
                      {dayjs(item.createdAt).format('LLL')}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
