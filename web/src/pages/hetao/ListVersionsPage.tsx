import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Progress,
  Space,
  Table,
  Upload,
  type UploadFile,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, applyFieldErrors, describeError, submitFailure } from '../../api/client';
import { apiClient, uploadWithProgress } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { SectionTabs, useLocalised, VersionStatusTag, WorkingListTag } from './parts';
import type { ImportResult, ListVersion } from './types';
import { chinaToday } from '../../app/china-today';

interface RowError {
  line: number;
  column: string;
  message: string;
}

/** Customs console: list versions, import of the official list (CSV/Excel), the answer-time settings. */
export default function ListVersionsPage() {
  const { t } = useTranslation(['hetao', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/hetao/list-versions', { signal }),
    [],
  );
  const hasDraft = (data ?? []).some((version) => version.status === 'draft');

  const newDraft = async () => {
    try {
      const draft = await apiClient.POST('/hetao/list-versions', {
        body: {
          title: `清单修订草稿 ${chinaToday()}`,
          source: 'customs edit',
          copyCurrent: true,
        },
      });
      navigate(`/hetao/lists/${draft.id}`);
    } catch (caught) {
      void message.error(describeError(caught));
    }
  };

  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading
        title={t('titles.lists')}
        description={t('lists.description')}
        extra={
          <Button
            icon={<PlusOutlined />}
            onClick={newDraft}
            disabled={hasDraft}
            title={hasDraft ? t('lists.draftExists') : t('lists.newDraftHelp')}
          >
            {t('lists.newDraft')}
          </Button>
        }
      />
      <SectionTabs kind="console" />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('lists.versions')}>
          <Table<ListVersion>
            rowKey="id"
            loading={loading}
            dataSource={data ?? []}
            pagination={false}
            // NOTE: no sideways scroll: titles wrap; on a phone the issuing document, item
            // count and publication date give way (the version's page shows them).
            columns={[
              {
                title: t('lists.title'),
                dataIndex: 'title',
                render: (title: string, version) => (
                  <Link to={`/hetao/lists/${version.id}`} data-testid="version-link">
                    {title}
                  </Link>
                ),
              },
              {
                title: t('common.status'),
                dataIndex: 'status',
                render: (status: ListVersion['status']) => <VersionStatusTag status={status} />,
              },
              {
                title: '',
                dataIndex: 'isWorkingList',
                render: (value: boolean) => <WorkingListTag isWorkingList={value} />,
              },
              {
                title: t('lists.issuingDocument'),
                dataIndex: 'issuingDocument',
                responsive: ['md'],
                render: (value: string | null) => value ?? '—',
              },
              { title: t('lists.items'), dataIndex: 'itemCount', responsive: ['md'] },
              {
                title: t('lists.published'),
                dataIndex: 'publishedAt',
                responsive: ['md'],
                render: (value: string | null) => (value ? dayjs(value).format('LL') : '—'),
              },
            ]}
          />
        </Card>
        <ImportCard
          disabled={hasDraft}
          onImported={(result) => {
            void message.success(
              t('lists.imported', { count: result.itemCount, title: result.version.title }),
            );
            navigate(`/hetao/lists/${result.version.id}`);
          }}
        />
        <SettingsCard />
      </Space>
    </>
  );
}

interface ImportValues {
  title: string;
  issuingDocument?: string;
  effectiveDate?: Dayjs;
  source?: string;
  notes?: string;
  isWorkingList?: boolean;
}

function ImportCard({
  disabled,
  onImported,
}: {
  disabled: boolean;
  onImported: (result: ImportResult) => void;
}) {
  const { t } = useTranslation(['hetao', 'common']);
  const [form] = Form.useForm<ImportValues>();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [rowErrors, setRowErrors] = useState<{ errors: RowError[]; count: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: ImportValues) => {
    if (!file?.originFileObj) return;
    setFailure(null);
    setRowErrors(null);
    const body = new FormData();
    body.append('title', values.title);
    if (values.issuingDocument) body.append('issuingDocument', values.issuingDocument);
    if (values.effectiveDate)
      body.append('effectiveDate', values.effectiveDate.format('YYYY-MM-DD'));
    if (values.source) body.append('source', values.source);
    if (values.notes) body.append('notes', values.notes);
    body.append('isWorkingList', values.isWorkingList ? 'true' : 'false');
    body.append('file', file.originFileObj);
    setProgress(0);
    try {
      const result = await uploadWithProgress('/hetao/list-versions/import', body, {
        onProgress: setProgress,
      });
      onImported(result);
    } catch (caught) {
      if (
        caught instanceof ApiError &&
        (caught.code === 'hetao.import_invalid' || caught.code === 'hetao.import_unreadable')
      ) {
        const problem = caught.problem as
          { rowErrors?: RowError[]; errorCount?: number } | undefined;
        setRowErrors({ errors: problem?.rowErrors ?? [], count: problem?.errorCount ?? 0 });
      } else {
        const failure = submitFailure(form, caught);
        if (failure) setFailure(failure);
      }
    } finally {
      setProgress(null);
    }
  };

  return (
    <Card title={t('lists.import')} data-testid="import-card">
      <Alert type="info" showIcon message={t('lists.importHelp')} style={{ marginBottom: 16 }} />
      {disabled && (
        <Alert
          type="warning"
          showIcon
          message={t('lists.draftExists')}
          style={{ marginBottom: 16 }}
        />
      )}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<ImportValues> form={form} layout="vertical" onFinish={submit} disabled={disabled}>
        <Form.Item label={t('lists.file')} required>
          <Upload
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            fileList={file ? [file] : []}
            beforeUpload={() => false}
            onChange={({ fileList }) => setFile(fileList.at(-1) ?? null)}
          >
            <Button icon={<UploadOutlined />}>{t('ask.choose')}</Button>
          </Upload>
        </Form.Item>
        <Form.Item
          name="title"
          label={t('lists.title')}
          rules={[{ required: true, whitespace: true, message: t('common:validation.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item
            name="issuingDocument"
            label={t('lists.issuingDocument')}
            extra={t('lists.issuingDocumentHelp')}
          >
            <Input style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="effectiveDate" label={t('lists.effectiveDate')}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="source" label={t('lists.source')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="notes" label={t('lists.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="isWorkingList" valuePropName="checked">
          <Checkbox>{t('lists.isWorkingList')}</Checkbox>
        </Form.Item>
        {progress !== null && (
          <Progress
            aria-label={t('lists.uploading')}
            percent={Math.round(progress * 100)}
            status="active"
          />
        )}
        <Button
          type="primary"
          htmlType="submit"
          disabled={!file || disabled}
          loading={progress !== null}
          data-testid="import-submit"
        >
          {t('lists.submit')}
        </Button>
      </Form>
      {rowErrors && (
        <div style={{ marginTop: 16 }} data-testid="import-row-errors">
          <Alert
            type="error"
            showIcon
            message={t('lists.rowErrors', { count: rowErrors.count })}
            style={{ marginBottom: 8 }}
          />
          <Table<RowError>
            size="small"
            rowKey={(row) => `${row.line}-${row.column}-${row.message}`}
            dataSource={rowErrors.errors}
            pagination={rowErrors.errors.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('lists.line'), dataIndex: 'line', width: 70 },
              { title: t('lists.column'), dataIndex: 'column', width: 140 },
              { title: t('lists.message'), dataIndex: 'message' },
            ]}
          />
        </div>
      )}
    </Card>
  );
}

interface SettingsValues {
  answerSlaWorkingDays: number;
  holidays: string;
  extraWorkingDays: string;
}

const splitDates = (text: string) =>
  text
    .split(/[\s,，;；]+/)
    .map((value) => value.trim())
    .filter(Boolean);

function SettingsCard() {
  const { t } = useTranslation(['hetao', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const localised = useLocalised();
  const { data, error, reload, setData } = useApi(
    (signal) => apiClient.GET('/hetao/settings', { signal }),
    [],
  );
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return null;
  const save = async (values: SettingsValues) => {
    try {
      const saved = await apiClient.PUT('/hetao/settings', {
        body: {
          answerSlaWorkingDays: values.answerSlaWorkingDays,
          holidays: splitDates(values.holidays),
          extraWorkingDays: splitDates(values.extraWorkingDays),
        },
      });
      setData(saved);
      void message.success(t('lists.settingsSaved'));
    } catch (caught) {
      applyFieldErrors(form, caught);
      void message.error(describeError(caught));
    }
  };
  return (
    <Card title={t('lists.settings')}>
      <Alert type="info" showIcon message={localised(data.note)} style={{ marginBottom: 16 }} />
      <Form<SettingsValues>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          answerSlaWorkingDays: data.answerSlaWorkingDays,
          holidays: data.holidays.join('\n'),
          extraWorkingDays: data.extraWorkingDays.join('\n'),
        }}
      >
        <Form.Item name="answerSlaWorkingDays" label={t('lists.sla')} rules={[{ required: true }]}>
          <InputNumber min={1} max={60} />
        </Form.Item>
        <Form.Item name="holidays" label={t('lists.holidays')} extra={t('lists.datesHelp')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="extraWorkingDays"
          label={t('lists.extraWorkingDays')}
          extra={t('lists.datesHelp')}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button htmlType="submit">{t('lists.saveSettings')}</Button>
      </Form>
    </Card>
  );
}
