import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeError, isApiError } from '../../api/client';
import { apiClient, uploadWithProgress } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { formatFen, useOrganisationChoice } from './parts';
import type { DeclarationSummary } from './types';

interface FileProblem {
  row: number;
  column: string;
  code: string;
  clause: string | null;
  message: string;
}

/** The importer's first-line declarations, with the tax each spared; record or import more. */
export default function DeclarationsPage() {
  const { t } = useTranslation('hetaoLedger');
  const { organisationId, picker } = useOrganisationChoice();
  const { data, error, loading, reload } = useApi(
    (signal) =>
      apiClient.GET('/hetao/declarations/mine', {
        params: { query: organisationId ? { organisationId } : {} },
        signal,
      }),
    [organisationId],
  );
  const [importing, setImporting] = useState(false);
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading
        title={t('titles.declarations')}
        description={t('declarations.description')}
        extra={
          <>
            <ButtonLink
              to="/hetao/declarations/new"
              type="primary"
              icon={<PlusOutlined />}
              data-testid="record-declaration"
            >
              {t('declarations.record')}
            </ButtonLink>
            <Button
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="import-declarations"
            >
              {t('declarations.import')}
            </Button>
          </>
        }
      />
      {picker && <div style={{ marginBottom: 12 }}>{picker}</div>}
      <DeclarationsTable declarations={data ?? []} loading={loading} />
      <ImportDialog
        open={importing}
        organisationId={organisationId}
        onClose={() => setImporting(false)}
        onImported={() => {
          setImporting(false);
          reload();
        }}
      />
    </>
  );
}

/** Declarations as a table (the importer's page and customs' console). */
export function DeclarationsTable({
  declarations,
  loading,
  showOrganisation = false,
}: {
  declarations: DeclarationSummary[];
  loading?: boolean;
  showOrganisation?: boolean;
}) {
  const { t } = useTranslation('hetaoLedger');
  return (
    <Table<DeclarationSummary>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={declarations}
      scroll={{ x: true }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('declarations.empty') }}
      onRow={(row) =>
        ({ 'data-testid': 'declaration-row', 'data-number': row.declarationNumber }) as never
      }
      columns={[
        ...(showOrganisation
          ? [{ title: t('common.organisation'), dataIndex: 'organisationName' as const }]
          : []),
        {
          title: t('common.number'),
          dataIndex: 'declarationNumber',
          render: (number: string, row) => (
            <Link to={`/hetao/declarations/${row.id}`}>{number}</Link>
          ),
        },
        { title: t('common.declaredOn'), dataIndex: 'declaredOn' },
        { title: t('common.lines'), dataIndex: 'lineCount', align: 'right' },
        {
          title: t('common.taxSpared'),
          dataIndex: 'totalFen',
          align: 'right',
          render: (fen: number) => (
            <Typography.Text strong data-testid="declaration-total">
              {formatFen(fen)}
            </Typography.Text>
          ),
        },
        {
          title: t('common.source'),
          dataIndex: 'source',
          render: (source: DeclarationSummary['source']) => t(`source.${source}`),
        },
      ]}
    />
  );
}

function ImportDialog({
  open,
  organisationId,
  onClose,
  onImported,
}: {
  open: boolean;
  organisationId: string | undefined;
  onClose: () => void;
  onImported: () => void;
}) {
  const { t } = useTranslation('hetaoLedger');
  const { message } = App.useApp();
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (file: File) => {
    setBusy(true);
    setProblems([]);
    setFailure(null);
    const body = new FormData();
    if (organisationId) body.append('organisationId', organisationId);
    body.append('file', file);
    try {
      const result = await uploadWithProgress('/hetao/declarations/import', body);
      void message.success(t('declarations.imported', { count: result.declarations.length }));
      onImported();
    } catch (caught) {
      const rows =
        isApiError(caught) && Array.isArray(caught.problem?.problems)
          ? (caught.problem.problems as FileProblem[])
          : [];
      if (rows.length > 0) setProblems(rows);
      else setFailure(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('declarations.importTitle')}
      onCancel={onClose}
      footer={null}
      width={760}
    >
      <Typography.Paragraph type="secondary">{t('declarations.importHelp')}</Typography.Paragraph>
      <Upload
        accept=".csv,.xlsx"
        showUploadList={false}
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
      >
        <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="import-file">
          {t('declarations.chooseFile')}
        </Button>
      </Upload>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginTop: 12 }} />}
      {problems.length > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            message={t('declarations.rowErrors', { count: problems.length })}
          />
          <Table<FileProblem>
            size="small"
            style={{ marginTop: 8 }}
            rowKey={(problem) => `${problem.row}-${problem.column}-${problem.code}`}
            pagination={false}
            dataSource={problems}
            data-testid="import-problems"
            columns={[
              {
                title: t('declarations.row'),
                key: 'where',
                render: (_: unknown, problem) => `${problem.row} · ${problem.column}`,
              },
              {
                title: t('declarations.problem'),
                key: 'message',
                render: (_: unknown, problem) =>
                  problem.clause ? `${problem.message} (${problem.clause})` : problem.message,
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
