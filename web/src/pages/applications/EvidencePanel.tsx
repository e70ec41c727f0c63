import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Flex, List, Popconfirm, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { apiClient, uploadWithProgress } from '../../api/openapi-client';
import { localised } from './parts';
import type { EvidenceFile, MyApplicationDetail, PolicyView } from './types';

/**
 * The documents: one row per document the policy asks for (required or optional) and one for
 * anything else, each with the files uploaded for it; uploading and removing while editable.
 */
export function EvidencePanel({
  id,
  policy,
  documents,
  editable,
  onChanged,
}: {
  id: string;
  policy: PolicyView;
  documents: EvidenceFile[];
  editable: boolean;
  /** Called with the application as it is after an upload or removal. */
  onChanged: (detail: MyApplicationDetail) => void;
}) {
  const { t } = useTranslation('applications');
  const { message } = AntApp.useApp();

  const uploadFile = async (documentId: string, file: File) => {
    const body = new FormData();
    body.append('documentId', documentId);
    body.append('file', file);
    try {
      await uploadWithProgress('/applications/{id}/evidence', body, { params: { path: { id } } });
      void message.success(t('form.uploaded', { name: file.name }));
      const fresh = await apiClient.GET('/applications/{id}', { params: { path: { id } } });
      onChanged(fresh);
    } catch (caught) {
      if (isApiError(caught)) void message.error(caught.title);
    }
  };

  const removeFile = async (fileId: string) => {
    await apiClient.DELETE('/applications/{id}/evidence/{fileId}', {
      params: { path: { id, fileId } },
    });
    onChanged(await apiClient.GET('/applications/{id}', { params: { path: { id } } }));
  };

  const evidenceIds = [...policy.evidence.map((doc) => doc.id), 'other'];

  return (
    <Card title={t('form.evidence')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('form.evidenceHelp')}</Typography.Paragraph>
      <List
        dataSource={evidenceIds}
        renderItem={(documentId) => {
          const definition = policy.evidence.find((doc) => doc.id === documentId);
          const files = documents.filter((file) => file.documentId === documentId);
          return (
            <List.Item data-testid="evidence-item" data-document={documentId}>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" wrap gap={8}>
                  <span>
                    {definition ? localised(definition.label) : t('form.other')}{' '}
                    {definition && (
                      <Tag color={definition.required ? 'red' : 'default'}>
                        {definition.required ? t('form.required') : t('form.optional')}
                      </Tag>
                    )}
                  </span>
                  {editable && (
                    <Upload
                      accept="application/pdf,image/png,image/jpeg,image/webp"
                      showUploadList={false}
                      beforeUpload={(file) => {
                        void uploadFile(documentId, file);
                        return false;
                      }}
                    >
                      <Button
                        size="small"
                        icon={<UploadOutlined />}
                        data-testid={`upload-${documentId}`}
                      >
                        {t('form.upload')}
                      </Button>
                    </Upload>
                  )}
                </Flex>
                {files.map((file) => (
                  <Flex key={file.id} gap={8} align="center">
                    <a
                      href={`/api/v1/applications/${id}/evidence/${file.id}`}
                      target="_blank"
                      rel="noreferrer"
                    >
                      {file.fileName}
                    </a>
                    <Typography.Text type="secondary">
                      {Math.ceil(file.sizeBytes / 1024)} KB
                    </Typography.Text>
                    {editable && (
                      <Popconfirm
                        title={t('form.removeConfirm')}
                        onConfirm={() => removeFile(file.id)}
                      >
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('form.remove')}
                        />
                      </Popconfirm>
                    )}
                  </Flex>
                ))}
              </Flex>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
