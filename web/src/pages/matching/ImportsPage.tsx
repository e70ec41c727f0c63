import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Select,
  Space,
  Table,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError, describeError } from '../../api/client';
import { apiClient, uploadWithProgress } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { localised } from '../applications/parts';
import { dateTime } from './parts';
import type { ImportPreview, ImportRecord, ImportTarget, RowError } from './types';

const IGNORE = '';

/** Imports of company registration data (issue #15 items 1 and 6), for administrators. */
export default function ImportsPage() {
  const { t } = useTranslation('matching');
  const imports = useApi((signal) => apiClient.GET('/matching/imports', { signal }), []);
  const targets = useApi((signal) => apiClient.GET('/matching/import-targets', { signal }), []);
  if (imports.error && !imports.data)
    return <LoadFailed error={imports.error} onRetry={imports.reload} />;
  return (
    <>
      <PageHeading title={t('titles.imports')} description={t('imports.description')} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <ImportCard targets={targets.data ?? []} onImported={imports.reload} />
        <Card title={t('imports.history')}>
          <Table<ImportRecord>
            rowKey="id"
            size="small"
            data-testid="imports-table"
            loading={imports.loading && !imports.data}
            dataSource={imports.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: <Empty description={t('imports.empty')} /> }}
            columns={[
              { title: t('imports.version'), dataIndex: 'version', width: 80 },
              { title: t('imports.file'), dataIndex: 'fileName' },
              { title: t('imports.rows'), dataIndex: 'rowCount', align: 'right' },
              {
                title: t('imports.changes'),
                key: 'changes',
                responsive: ['md'],
                render: (_, row) =>
                  `${row.createdCount} / ${row.updatedCount} / ${row.unchangedCount}`,
              },
              {
                title: t('imports.who'),
                key: 'who',
                render: (_, row) => row.importedByName ?? t('imports.unknownPerson'),
              },
              {
                title: t('imports.when'),
                dataIndex: 'importedAt',
                render: (at: string) => dateTime(at),
              },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}

function ImportCard({ targets, onImported }: { targets: ImportTarget[]; onImported: () => void }) {
  const { t } = useTranslation('matching');
  const { message } = App.useApp();
  const [file, setFile] = useState<UploadFile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[] | null>(null);
  const [done, setDone] = useState<{ text: string; runId: string | null } | null>(null);

  const reset = () => {
    setFile(null);
    setPreview(null);
    setMapping({});
    setRowErrors(null);
    setFailure(null);
  };

  const choose = async (chosen: UploadFile | null) => {
    reset();
    setDone(null);
    setFile(chosen);
    if (!chosen?.originFileObj) return;
    setBusy(true);
    const body = new FormData();
    body.append('file', chosen.originFileObj);
    try {
      const read = await uploadWithProgress('/matching/imports/preview', body);
      setPreview(read);
      setMapping(
        Object.fromEntries(
          read.header.map((column) => [column, read.suggestedMapping[column] ?? IGNORE]),
        ),
      );
    } catch (caught) {
      setFailure(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!file?.originFileObj) return;
    setBusy(true);
    setFailure(null);
    setRowErrors(null);
    const body = new FormData();
    body.append('file', file.originFileObj);
    body.append(
      'mapping',
      JSON.stringify(Object.fromEntries(Object.entries(mapping).filter(([, target]) => target))),
    );
    try {
      const result = await uploadWithProgress('/matching/imports', body);
      const text = t('imports.imported', {
        version: result.import.version,
        created: result.import.createdCount,
        updated: result.import.updatedCount,
        unchanged: result.import.unchangedCount,
      });
      void message.success(text);
      setDone({ text, runId: result.run?.id ?? null });
      reset();
      onImported();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'matching.import_invalid') {
        const problem = caught.problem as { rowErrors?: RowError[] } | undefined;
        setRowErrors(problem?.rowErrors ?? []);
      } else setFailure(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  const options = [
    { value: IGNORE, label: t('imports.ignore') },
    ...(['profile', 'fact'] as const).map((kind) => ({
      label: kind === 'profile' ? t('imports.profileField') : t('imports.fact'),
      options: targets
        .filter((target) => target.kind === kind)
        .map((target) => ({
          value: target.id,
          label: target.required
            ? `${localised(target.label)}（${t('imports.required')}）`
            : localised(target.label),
        })),
    })),
  ];

  return (
    <Card title={t('imports.upload')}>
      {done && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="import-done"
          message={done.text}
          description={
            done.runId && (
              <Space>
                <span>{t('imports.runStarted')}</span>
                <Link to={`/matching/runs?run=${done.runId}`}>{t('imports.viewRun')}</Link>
              </Space>
            )
          }
        />
      )}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      {rowErrors && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="import-row-errors"
          message={t('imports.refused', { count: rowErrors.length })}
          description={
            <Table<RowError>
              size="small"
              rowKey={(row) => `${row.line}-${row.column}-${row.message}`}
              dataSource={rowErrors}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              columns={[
                { title: t('imports.line'), dataIndex: 'line', width: 80 },
                { title: t('imports.column'), dataIndex: 'column' },
                { title: t('imports.message'), dataIndex: 'message' },
              ]}
            />
          }
        />
      )}
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Upload
          maxCount={1}
          accept=".csv,.xlsx"
          fileList={file ? [file] : []}
          beforeUpload={() => false}
          onChange={({ fileList }) => void choose(fileList.at(-1) ?? null)}
          data-testid="import-file"
        >
          <Button icon={<UploadOutlined />}>{t('imports.choose')}</Button>
        </Upload>
        <Typography.Text type="secondary">{t('imports.format')}</Typography.Text>
      </Flex>
      {busy && !preview && <Typography.Text>{t('imports.reading')}</Typography.Text>}
      {preview && (
        <>
          <Typography.Title level={5}>{t('imports.mapping')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('imports.mappingHelp')} {t('imports.rowCount', { count: preview.rowCount })}
          </Typography.Paragraph>
          {preview.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('imports.warnings')}
              description={preview.warnings
                .map((warning) => `${warning.line} · ${warning.column}: ${warning.message}`)
                .join('；')}
            />
          )}
          <Table
            size="small"
            rowKey="column"
            pagination={false}
            data-testid="import-mapping"
            dataSource={preview.header.map((column, index) => ({
              column,
              sample: preview.sample
                .map((row) => row.cells[index])
                .filter(Boolean)
                .slice(0, 2)
                .join('，'),
            }))}
            columns={[
              { title: t('imports.column'), dataIndex: 'column' },
              {
                title: t('imports.target'),
                key: 'target',
                render: (_, row) => (
                  <Select
                    value={mapping[row.column] ?? IGNORE}
                    options={options}
                    showSearch
                    optionFilterProp="label"
                    style={{ minWidth: 260 }}
                    aria-label={row.column}
                    data-testid={`mapping-${row.column}`}
                    onChange={(target: string) =>
                      setMapping((current) => ({ ...current, [row.column]: target }))
                    }
                  />
                ),
              },
              { title: t('imports.sample'), dataIndex: 'sample', responsive: ['md'] },
            ]}
          />
          <Space style={{ marginTop: 12 }}>
            <Button
              type="primary"
              loading={busy}
              onClick={() => void submit()}
              data-testid="import-submit"
            >
              {t('imports.submit')}
            </Button>
            <Button onClick={reset} disabled={busy}>
              {t('imports.cancel')}
            </Button>
          </Space>
        </>
      )}
    </Card>
  );
}
