import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { useSession } from '../../session/session-context';
import { entryColour, type WhiteListEntry } from './types';

type Change = 'suspend' | 'remove' | 'reinstate';

/** One white-list entry: the officer suspends, removes or reinstates it with reasons; customs read. */
export default function EntryPage() {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const { id = '' } = useParams();
  const session = useSession();
  const { data, error, reload, setData } = useApi(
    (signal) =>
      apiClient.GET('/hetao/white-list/entries/{id}', { params: { path: { id } }, signal }),
    [id],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return null;
  const officer = session.hasRole('whitelist_officer');
  const changes: Change[] =
    data.status === 'suspended'
      ? ['reinstate', 'remove']
      : data.status === 'removed' || data.status === 'superseded'
        ? []
        : ['suspend', 'remove'];
  return (
    <>
      <PageHeading
        title={data.organisationName}
        description={t('titles.entry')}
        extra={
          <Tag
            color={entryColour(data.status)}
            data-testid="wl-entry-status"
            data-status={data.status}
          >
            {t(`entryStatus.${data.status}`)}
          </Tag>
        }
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('common.entityType')}>
              {t(`entityType.${data.entityType}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.validFrom')}>{data.validFrom}</Descriptions.Item>
            <Descriptions.Item label={t('common.validUntil')}>
              {data.validUntil ?? t('common.noEnd')}
            </Descriptions.Item>
            <Descriptions.Item label={t('common.filingReference')}>
              {data.filingReference ?? t('common.none')}
            </Descriptions.Item>
            {data.suspendedFrom && (
              <Descriptions.Item label={t('entry.suspendedFrom')}>
                {data.suspendedFrom}
              </Descriptions.Item>
            )}
            {data.removedFrom && (
              <Descriptions.Item label={t('entry.removedFrom')}>
                {data.removedFrom}
              </Descriptions.Item>
            )}
            {data.statusReason && (
              <Descriptions.Item label={t('common.reasons')}>{data.statusReason}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('mine.applications')}>
              <Link to={`/hetao/white-list/applications/${data.applicationId}`}>
                {t('entry.application')}
              </Link>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {officer && changes.length > 0 && (
          <ChangeCard entry={data} changes={changes} onDone={setData} />
        )}
        {officer && changes.length > 0 && <EditCard entry={data} onDone={setData} />}
      </Space>
    </>
  );
}

function ChangeCard({
  entry,
  changes,
  onDone,
}: {
  entry: WhiteListEntry;
  changes: Change[];
  onDone: (entry: WhiteListEntry) => void;
}) {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reasons: string }>();
  const [busy, setBusy] = useState<Change | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (change: Change) => {
    let values: { reasons: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(change);
    setFailure(null);
    try {
      const init = { params: { path: { id: entry.id } }, body: { reasons: values.reasons } };
      const result =
        change === 'suspend'
          ? await apiClient.POST('/hetao/white-list/entries/{id}/suspend', init)
          : change === 'remove'
            ? await apiClient.POST('/hetao/white-list/entries/{id}/remove', init)
            : await apiClient.POST('/hetao/white-list/entries/{id}/reinstate', init);
      void message.success(t('entry.changed'));
      form.resetFields();
      onDone(result);
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card title={t('common.reasons')}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="reasons"
          label={t('common.reasons')}
          extra={t('entry.reasonsHelp')}
          rules={[{ required: true, whitespace: true, message: t('common:validation.required') }]}
        >
          <Input.TextArea rows={3} maxLength={4000} data-testid="wl-reasons" />
        </Form.Item>
        <Space wrap>
          {changes.map((change) => (
            <Button
              key={change}
              danger={change !== 'reinstate'}
              loading={busy === change}
              onClick={() => void run(change)}
              data-testid={`wl-${change}`}
            >
              {t(`entry.${change}`)}
            </Button>
          ))}
        </Space>
      </Form>
    </Card>
  );
}

function EditCard({
  entry,
  onDone,
}: {
  entry: WhiteListEntry;
  onDone: (entry: WhiteListEntry) => void;
}) {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ filingReference?: string; validUntil?: Dayjs | null }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (values: { filingReference?: string; validUntil?: Dayjs | null }) => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await apiClient.PATCH('/hetao/white-list/entries/{id}', {
        params: { path: { id: entry.id } },
        body: {
          filingReference: values.filingReference ?? '',
          validUntil: values.validUntil ? values.validUntil.format('YYYY-MM-DD') : null,
        },
      });
      void message.success(t('entry.changed'));
      onDone(result);
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('entry.edit')}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          filingReference: entry.filingReference ?? '',
          validUntil: entry.validUntil ? dayjs(entry.validUntil) : null,
        }}
      >
        <Space wrap align="start">
          <Form.Item name="filingReference" label={t('common.filingReference')}>
            <Input maxLength={200} style={{ minWidth: 240 }} />
          </Form.Item>
          <Form.Item name="validUntil" label={t('common.validUntil')}>
            <DatePicker />
          </Form.Item>
        </Space>
        <div>
          <Button htmlType="submit" loading={busy}>
            {t('entry.save')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
