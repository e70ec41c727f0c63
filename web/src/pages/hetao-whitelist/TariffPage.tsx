import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Space,
  Table,
  Tag,
  Upload,
  type UploadFile,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, describeError, submitFailure } from '../../api/client';
import { apiClient, uploadWithProgress, type ApiSchema } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { chinaTodayAsDayjs } from '../../app/china-today';
import type { TariffVersion } from './types';

interface ImportValues {
  title: string;
  sourceDocument: string;
  effectiveDate: Dayjs;
  notes?: string;
}
interface RowError {
  line: number;
  column: string;
  message: string;
}

const STATUS_COLOURS = { draft: 'blue', published: 'green', discarded: 'default' } as const;

/** Customs' tariff table (issue #16 item 3): import versions, publish or discard, look up rates. */
export default function TariffPage() {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/hetao/tariff/versions', { signal }),
    [],
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const decide = async (version: TariffVersion, action: 'publish' | 'discard') => {
    setBusy(`${version.id}-${action}`);
    setFailure(null);
    try {
      const init = { params: { path: { id: version.id } } };
      if (action === 'publish') await apiClient.POST('/hetao/tariff/versions/{id}/publish', init);
      else await apiClient.POST('/hetao/tariff/versions/{id}/discard', init);
      void message.success(t(action === 'publish' ? 'tariff.published' : 'tariff.discarded'));
      reload();
    } catch (caught) {
      setFailure(describeError(caught));
    } finally {
      setBusy(null);
    }
  };

  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading title={t('titles.tariff')} description={t('tariff.description')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <ImportCard onImported={reload} />
        <Card title={t('tariff.versions')}>
          {failure && (
            <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />
          )}
          <Table<TariffVersion>
            data-testid="tariff-versions"
            rowKey="id"
            loading={loading}
            dataSource={data ?? []}
            pagination={false}
            locale={{ emptyText: t('tariff.empty') }}
            scroll={{ x: true }}
            columns={[
              { title: t('tariff.title'), dataIndex: 'title' },
              { title: t('tariff.sourceDocument'), dataIndex: 'sourceDocument' },
              { title: t('tariff.effectiveDate'), dataIndex: 'effectiveDate' },
              { title: t('tariff.rows'), dataIndex: 'rowCount' },
              {
                title: t('common.status'),
                dataIndex: 'status',
                render: (status: TariffVersion['status']) => (
                  <Tag color={STATUS_COLOURS[status]}>{t(`tariff.status.${status}`)}</Tag>
                ),
              },
              {
                key: 'actions',
                render: (_, version) =>
                  version.status === 'draft' && (
                    <Space>
                      <Button
                        type="primary"
                        size="small"
                        loading={busy === `${version.id}-publish`}
                        onClick={() => void decide(version, 'publish')}
                      >
                        {t('tariff.publish')}
                      </Button>
                      <Button
                        size="small"
                        loading={busy === `${version.id}-discard`}
                        onClick={() => void decide(version, 'discard')}
                      >
                        {t('tariff.discard')}
                      </Button>
                    </Space>
                  ),
              },
            ]}
          />
        </Card>
        <RatesLookup />
      </Space>
    </>
  );
}

function ImportCard({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<ImportValues>();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<{ errors: RowError[]; count: number } | null>(null);

  const submit = async (values: ImportValues) => {
    if (!file?.originFileObj) {
      setFailure(t('tariff.file'));
      return;
    }
    setBusy(true);
    setFailure(null);
    setRowErrors(null);
    const body = new FormData();
    body.append('title', values.title);
    body.append('sourceDocument', values.sourceDocument);
    body.append('effectiveDate', values.effectiveDate.format('YYYY-MM-DD'));
    if (values.notes) body.append('notes', values.notes);
    body.append('file', file.originFileObj);
    try {
      const result = await uploadWithProgress('/hetao/tariff/versions/import', body);
      void message.success(t('tariff.imported', { count: result.version.rowCount }));
      form.resetFields();
      setFile(null);
      onImported();
    } catch (caught) {
      if (
        caught instanceof ApiError &&
        (caught.code === 'hetao.tariff_import_invalid' || caught.code === 'hetao.import_unreadable')
      ) {
        const problem = caught.problem as
          { rowErrors?: RowError[]; errorCount?: number } | undefined;
        setRowErrors({ errors: problem?.rowErrors ?? [], count: problem?.errorCount ?? 0 });
      } else {
        const problem = submitFailure(form, caught);
        if (problem) setFailure(problem);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('tariff.import')}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      {rowErrors && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="tariff-row-errors"
          message={t('tariff.rowErrors', { count: rowErrors.count })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {rowErrors.errors.map((error, index) => (
                <li key={index}>
                  {t('tariff.line', { line: error.line })} · {error.column}: {error.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Form<ImportValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item label={t('tariff.file')} extra={t('tariff.format')} required>
          <Upload
            maxCount={1}
            accept=".csv,.xlsx"
            fileList={file ? [file] : []}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFile(fileList.at(-1) ?? null)}
          >
            <Button icon={<UploadOutlined />}>{t('tariff.choose')}</Button>
          </Upload>
        </Form.Item>
        <Space wrap align="start">
          <Form.Item
            name="title"
            label={t('tariff.title')}
            rules={[{ required: true, whitespace: true, message: t('common:validation.required') }]}
          >
            <Input maxLength={200} style={{ minWidth: 260 }} />
          </Form.Item>
          <Form.Item
            name="sourceDocument"
            label={t('tariff.sourceDocument')}
            rules={[{ required: true, whitespace: true, message: t('common:validation.required') }]}
          >
            <Input maxLength={500} style={{ minWidth: 260 }} />
          </Form.Item>
          <Form.Item
            name="effectiveDate"
            label={t('tariff.effectiveDate')}
            rules={[{ required: true, message: t('common:validation.required') }]}
          >
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="notes" label={t('tariff.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('tariff.submit')}
        </Button>
      </Form>
    </Card>
  );
}

type RatesInForce = ApiSchema<'HetaoTariffRatesInForce'>;

function RatesLookup() {
  const { t } = useTranslation(['hetaoWhitelist', 'common']);
  const [form] = Form.useForm<{ hs: string; on: Dayjs }>();
  const [result, setResult] = useState<RatesInForce | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const find = async (values: { hs: string; on: Dayjs }) => {
    setFailure(null);
    setResult(null);
    try {
      setResult(
        await apiClient.GET('/hetao/tariff/rates', {
          params: { query: { hs: values.hs, on: values.on.format('YYYY-MM-DD') } },
        }),
      );
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    }
  };
  return (
    <Card title={t('tariff.lookup')}>
      <Form form={form} layout="inline" onFinish={find} initialValues={{ on: chinaTodayAsDayjs() }}>
        <Form.Item
          name="hs"
          label={t('tariff.hsCode')}
          rules={[{ required: true, whitespace: true, message: t('common:validation.required') }]}
        >
          <Input maxLength={14} />
        </Form.Item>
        <Form.Item
          name="on"
          label={t('tariff.onDate')}
          rules={[{ required: true, message: t('common:validation.required') }]}
        >
          <DatePicker />
        </Form.Item>
        <Button htmlType="submit">{t('tariff.find')}</Button>
      </Form>
      {failure && <Alert type="warning" showIcon message={failure} style={{ marginTop: 12 }} />}
      {result && (
        <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('tariff.hsCode')}>{result.matchedCode}</Descriptions.Item>
          <Descriptions.Item label={t('tariff.duty')}>{result.dutyRate}</Descriptions.Item>
          <Descriptions.Item label={t('tariff.vat')}>{result.vatRate}</Descriptions.Item>
          <Descriptions.Item label={t('tariff.consumption')}>
            {result.consumptionRate ?? t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('tariff.fromVersion')}>
            {`${result.version.title} · ${result.version.sourceDocument} · ${dayjs(result.version.effectiveDate).format('LL')}`}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
