import { SafetyCertificateOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import type { AuditEntry, AuditVerification } from '../../api/types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';

const PAGE_SIZE = 50;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface FilterValues {
  action?: string;
  subjectType?: string;
  subjectId?: string;
  actorAccountId?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

type AuditQuery = Partial<ReturnType<typeof toQuery>>;

function toQuery(filters: FilterValues) {
  const [from, to] = filters.period ?? [];
  return {
    action: filters.action?.trim(),
    subjectType: filters.subjectType?.trim(),
    subjectId: filters.subjectId?.trim(),
    actorAccountId: filters.actorAccountId?.trim(),
    from: from ? from.startOf('day').toISOString() : undefined,
    to: to ? to.endOf('day').toISOString() : undefined,
  };
}

function JsonBlock({ value }: { value: unknown }) {
  if (value === null || value === undefined)
    return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <pre
      style={{
        margin: 0,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
        fontSize: 12,
        maxHeight: 320,
        overflow: 'auto',
      }}
    >
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** Admins: the audit trail, newest first, filtered, paged backwards with "load older". */
export default function AuditPage() {
  const { t } = useTranslation(['admin', 'common']);
  const [form] = Form.useForm<FilterValues>();
  const [query, setQuery] = useState<AuditQuery>({});
  const queryKey = JSON.stringify(query);
  const firstPage = useApi(
    (signal) =>
      apiClient.GET('/audit', { params: { query: { ...query, limit: PAGE_SIZE } }, signal }),
    [query],
  );
  // Older pages fetched with "load older", kept only for the filters they were fetched for.
  const [older, setOlder] = useState<{ key: string; items: AuditEntry[]; next: string | null }>();
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [verifyError, setVerifyError] = useState<unknown>(null);

  const olderForQuery = older?.key === queryKey ? older : undefined;
  const entries = firstPage.loading
    ? (firstPage.data?.items ?? [])
    : [...(firstPage.data?.items ?? []), ...(olderForQuery?.items ?? [])];
  // The keyset cursor of the next (older) page (issue #19); null on the last page.
  const nextCursor = olderForQuery ? olderForQuery.next : (firstPage.data?.nextCursor ?? null);
  const error = firstPage.error ?? olderError;

  const loadOlder = async () => {
    if (nextCursor === null) return;
    setLoadingOlder(true);
    setOlderError(null);
    try {
      const page = await apiClient.GET('/audit', {
        params: { query: { ...query, cursor: nextCursor, limit: PAGE_SIZE } },
      });
      setOlder({
        key: queryKey,
        items: [...(olderForQuery?.items ?? []), ...page.items],
        next: page.nextCursor,
      });
    } catch (loadError) {
      setOlderError(loadError);
    } finally {
      setLoadingOlder(false);
    }
  };

  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      setVerification(await apiClient.GET('/audit/verification'));
    } catch (checkError) {
      setVerification(null);
      setVerifyError(checkError);
    } finally {
      setVerifying(false);
    }
  };

  return (
    <>
      <PageHeading
        title={t('titles.audit')}
        description={t('audit.description')}
        extra={
          <Button
            icon={<SafetyCertificateOutlined />}
            onClick={() => void verify()}
            loading={verifying}
            data-testid="verify-chain"
          >
            {t('audit.verify')}
          </Button>
        }
      />
      {verification && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          closable={{ onClose: () => setVerification(null) }}
          data-testid="verify-result"
          type={verification.ok ? 'success' : 'error'}
          title={
            verification.ok
              ? t('audit.verifyOk', { rows: verification.rows })
              : t('audit.verifyBroken', {
                  seq: verification.brokenAtSeq,
                  reason: verification.reason ?? '',
                })
          }
        />
      )}
      {verifyError !== null && (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type="error"
          title={t('audit.verifyFailed')}
          description={describeError(verifyError)}
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Form<FilterValues>
          form={form}
          layout="vertical"
          onFinish={(values) => setQuery(toQuery(values))}
        >
          <Flex gap={12} wrap align="flex-end">
            <Form.Item name="action" label={t('audit.action')} style={{ marginBottom: 0 }}>
              <Input placeholder={t('audit.actionPlaceholder')} allowClear style={{ width: 180 }} />
            </Form.Item>
            <Form.Item
              name="subjectType"
              label={t('audit.subjectType')}
              style={{ marginBottom: 0 }}
            >
              <Input
                placeholder={t('audit.subjectTypePlaceholder')}
                allowClear
                style={{ width: 150 }}
              />
            </Form.Item>
            <Form.Item name="subjectId" label={t('audit.subjectId')} style={{ marginBottom: 0 }}>
              <Input allowClear style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              name="actorAccountId"
              label={t('audit.actor')}
              style={{ marginBottom: 0 }}
              rules={[{ pattern: UUID_PATTERN, message: t('audit.invalidActor') }]}
            >
              <Input allowClear style={{ width: 300 }} />
            </Form.Item>
            <Form.Item name="period" label={t('audit.period')} style={{ marginBottom: 0 }}>
              <DatePicker.RangePicker
                allowEmpty={[true, true]}
                disabledDate={(day) => day.isAfter(dayjs().endOf('day'))}
                data-testid="audit-period"
              />
            </Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit">
                {t('audit.apply')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setQuery({});
                }}
              >
                {t('common:actions.reset')}
              </Button>
            </Flex>
          </Flex>
        </Form>
      </Card>
      <Card>
        {firstPage.error !== null && !firstPage.data ? (
          <LoadFailed error={firstPage.error} onRetry={firstPage.reload} />
        ) : (
          <>
            <Table<AuditEntry>
              rowKey="seq"
              loading={firstPage.loading}
              dataSource={entries}
              pagination={false}
              size="small"
              // NOTE: no sideways scroll: long subject ids wrap; on a phone the sequence number
              // and the actor give way (the expanded row and the filters still show them).
              locale={{ emptyText: t('audit.empty') }}
              data-testid="audit-table"
              expandable={{
                expandedRowRender: (entry) => (
                  <Descriptions column={1} size="small" bordered>
                    <Descriptions.Item label={t('audit.before')}>
                      <JsonBlock value={entry.before} />
                    </Descriptions.Item>
                    <Descriptions.Item label={t('audit.after')}>
                      <JsonBlock value={entry.after} />
                    </Descriptions.Item>
                    <Descriptions.Item label={t('audit.columns.requestId')}>
                      <Typography.Text code copyable>
                        {entry.requestId ?? '—'}
                      </Typography.Text>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('audit.prevHash')}>
                      <Typography.Text code style={{ wordBreak: 'break-all' }}>
                        {entry.prevHash}
                      </Typography.Text>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('audit.hash')}>
                      <Typography.Text code style={{ wordBreak: 'break-all' }}>
                        {entry.hash}
                      </Typography.Text>
                    </Descriptions.Item>
                  </Descriptions>
                ),
              }}
              columns={[
                { title: t('audit.columns.seq'), dataIndex: 'seq', width: 70, responsive: ['md'] },
                {
                  title: t('audit.columns.time'),
                  dataIndex: 'occurredAt',
                  render: (value: string) => dayjs(value).format('LLL'),
                },
                { title: t('audit.columns.actor'), dataIndex: 'actorLabel', responsive: ['sm'] },
                {
                  title: t('audit.columns.action'),
                  dataIndex: 'action',
                  render: (action: string) => <Tag>{action}</Tag>,
                },
                {
                  title: t('audit.columns.subject'),
                  key: 'subject',
                  render: (_, entry) => (
                    <Typography.Text>
                      {entry.subjectType}{' '}
                      <Typography.Text
                        type="secondary"
                        style={{ fontSize: 12, wordBreak: 'break-all' }}
                      >
                        {entry.subjectId}
                      </Typography.Text>
                    </Typography.Text>
                  ),
                },
              ]}
            />
            {error !== null && entries.length > 0 && (
              <Alert style={{ marginTop: 12 }} type="error" showIcon title={describeError(error)} />
            )}
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16 }}>
              <Typography.Text type="secondary">
                {t('audit.shown', { count: entries.length })}
              </Typography.Text>
              {nextCursor !== null ? (
                <Button
                  onClick={() => void loadOlder()}
                  loading={loadingOlder}
                  data-testid="load-older"
                >
                  {t('audit.loadOlder')}
                </Button>
              ) : (
                entries.length > 0 && (
                  <Typography.Text type="secondary">{t('audit.end')}</Typography.Text>
                )
              )}
            </Flex>
          </>
        )}
      </Card>
    </>
  );
}
