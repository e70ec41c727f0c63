import { Button, Card, Empty, Flex, Input, List, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { ListItemMeta } from '../../components/ListItemMeta';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { useCursorStack } from '../../components/use-cursor-stack';
import { Code, CoveredTag, ListItemLabel } from './parts';
import type { Precedent, PublishedRuling } from './types';

/** Precedents a page shows (the server allows up to 200). */
const PAGE_SIZE = 50;

/** Public: customs' published answers (anonymised), and published advance rulings (B.C1, B.N8). */
export default function PrecedentsPage() {
  const { t } = useTranslation('hetao');
  const [q, setQ] = useState('');
  // Paged by keyset cursor (issue #19): "previous" goes back through the cursors passed.
  const pages = useCursorStack(q);
  const { data, error, loading, reload } = useApi(
    (signal) =>
      apiClient.GET('/hetao/precedents', {
        params: { query: { q, limit: PAGE_SIZE, cursor: pages.cursor } },
        signal,
      }),
    [q, pages.cursor],
  );
  const rulings = useApi((signal) => apiClient.GET('/hetao/rulings/published', { signal }), []);
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading title={t('titles.precedents')} description={t('precedents.description')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card
          title={
            <Input.Search
              allowClear
              placeholder={t('precedents.search')}
              onSearch={(value) => setQ(value.trim())}
              style={{ maxWidth: 360 }}
              data-testid="precedent-search"
            />
          }
          extra={
            data && (
              <Typography.Text type="secondary">
                {t('precedents.total', { total: data.total })}
              </Typography.Text>
            )
          }
        >
          <List<Precedent>
            loading={loading}
            dataSource={data?.items ?? []}
            locale={{ emptyText: <Empty description={t('precedents.empty')} /> }}
            renderItem={(precedent) => <PrecedentItem precedent={precedent} />}
          />
          {(pages.hasPrevious || data?.nextCursor) && (
            <Flex justify="flex-end" align="center" gap={8} wrap style={{ marginTop: 12 }}>
              <Typography.Text type="secondary">
                {data
                  ? t('precedents.pageOfTotal', { page: pages.pageNumber, total: data.total })
                  : ''}
              </Typography.Text>
              <Button
                disabled={!pages.hasPrevious || loading}
                onClick={pages.previous}
                data-testid="precedents-previous"
              >
                {t('precedents.previousPage')}
              </Button>
              <Button
                disabled={!data?.nextCursor || loading}
                onClick={() => data?.nextCursor && pages.next(data.nextCursor)}
                data-testid="precedents-next"
              >
                {t('precedents.nextPage')}
              </Button>
            </Flex>
          )}
        </Card>
        <Card title={t('rulings.published')}>
          <List<PublishedRuling>
            loading={rulings.loading}
            dataSource={rulings.data ?? []}
            locale={{ emptyText: <Empty description={t('rulings.publishedEmpty')} /> }}
            renderItem={(ruling) => (
              <List.Item key={ruling.id}>
                {/* Each ruling's title is an h2, under the page's h1 (the card's title is none). */}
                <ListItemMeta
                  level={2}
                  title={
                    <Space wrap>
                      {ruling.reference}
                      <Code code={ruling.rulingCode} />
                      <Tag color={ruling.inForce ? 'green' : 'default'}>
                        {ruling.inForce ? t('rulings.inForce') : t('rulings.expired')}
                      </Tag>
                    </Space>
                  }
                  description={
                    <Space direction="vertical" size={2}>
                      <Typography.Text>{ruling.goods}</Typography.Text>
                      <Typography.Text>{ruling.rulingText}</Typography.Text>
                      <Typography.Text type="secondary">
                        {t('rulings.decidedOn')} {dayjs(ruling.decidedOn).format('LL')} ·{' '}
                        {t('rulings.validUntil')} {dayjs(ruling.validUntil).format('LL')}
                      </Typography.Text>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      </Space>
    </>
  );
}

export function PrecedentItem({ precedent }: { precedent: Precedent }) {
  const { t } = useTranslation('hetao');
  return (
    <List.Item key={precedent.id} data-testid="precedent" data-precedent-id={precedent.id}>
      {/* Each precedent's title is an h2, under the page's h1. */}
      <ListItemMeta
        level={2}
        title={
          <Space wrap>
            <Link to={`/hetao/precedents/${precedent.id}`}>{precedent.reference}</Link>
            <Code code={precedent.hsCode} />
            <CoveredTag covered={precedent.covered} />
          </Space>
        }
        description={
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              <Typography.Text strong>{t('precedents.question')}：</Typography.Text>
              {precedent.question}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              <Typography.Text strong>{t('precedents.answer')}：</Typography.Text>
              {precedent.reasoning}
            </Typography.Paragraph>
            <Space wrap>
              <ListItemLabel item={precedent.listItem} />
              <Typography.Text type="secondary">
                {t('precedents.publishedOn', { date: dayjs(precedent.publishedAt).format('LL') })}
              </Typography.Text>
            </Space>
          </Space>
        }
      />
    </List.Item>
  );
}
