import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Progress,
  Select,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { describeError, submitFailure } from '../../api/client';
import { apiClient, uploadWithProgress } from '../../api/openapi-client';
import { PageHeading } from '../../components/PageHeading';
import { useUnsavedChangesPrompt } from '../../components/use-unsaved-changes';
import { useSession } from '../../session/session-context';
import type { Question } from './types';
import { ButtonLink } from '../../components/ButtonLink';

const MAX_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 5;
const ACCEPT =
  '.pdf,.png,.jpg,.jpeg,.webp,.gif,application/pdf,image/png,image/jpeg,image/webp,image/gif';

interface AskForm {
  organisationId?: string;
  description: string;
  proposedCode?: string;
}

/**
 * Ask customs (B.C1). `/hetao/questions/new?q=<text>&code=<heading>` comes pre-filled: the
 * public lookup links here when its answer is uncertain.
 */
export default function AskQuestionPage() {
  const { t } = useTranslation(['hetao', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const [params] = useSearchParams();
  const [form] = Form.useForm<AskForm>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const { allowNavigation } = useUnsavedChangesPrompt(dirty);

  const prefilledText = params.get('q') ?? '';
  const prefilledCode = params.get('code') ?? '';
  const memberships = session.me?.memberships ?? [];

  const submit = async (values: AskForm) => {
    setBusy(true);
    setFailure(null);
    let question: Question;
    try {
      question = await apiClient.POST('/hetao/questions', {
        body: {
          description: values.description,
          ...(values.proposedCode ? { proposedCode: values.proposedCode } : {}),
          ...(values.organisationId ? { organisationId: values.organisationId } : {}),
        },
      });
    } catch (error) {
      setBusy(false);
      const failure = submitFailure(form, error);
      if (failure) setFailure(failure);
      return;
    }
    for (const file of files) {
      if (!file.originFileObj) continue;
      const body = new FormData();
      body.append('file', file.originFileObj);
      setProgress({ name: file.name, fraction: 0 });
      try {
        await uploadWithProgress('/hetao/questions/{id}/attachments', body, {
          params: { path: { id: question.id } },
          onProgress: (fraction) => setProgress({ name: file.name, fraction }),
        });
      } catch (error) {
        void message.error(
          t('ask.uploadFailed', { name: file.name, reason: describeError(error) }),
        );
      }
    }
    setProgress(null);
    void message.success(
      t('ask.created', { reference: question.reference, date: dayjs(question.dueOn).format('LL') }),
    );
    allowNavigation();
    navigate(`/hetao/questions/${question.id}`);
  };

  return (
    <>
      <PageHeading title={t('titles.ask')} description={t('ask.description')} />
      <Card style={{ maxWidth: 760 }}>
        {memberships.length === 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('ask.noOrganisation')}
            action={
              <ButtonLink to="/organisations/new" size="small">
                {t('ask.registerOrganisation')}
              </ButtonLink>
            }
          />
        )}
        {prefilledText && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('ask.prefilled')} />
        )}
        {failure && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={failure} />}
        <Form<AskForm>
          form={form}
          layout="vertical"
          onFinish={submit}
          onValuesChange={() => setDirty(true)}
          initialValues={{
            description: prefilledText,
            proposedCode: prefilledCode,
            organisationId: memberships.length === 1 ? memberships[0]!.organisationId : undefined,
          }}
        >
          {memberships.length > 1 && (
            <Form.Item
              name="organisationId"
              label={t('ask.organisation')}
              help={t('ask.organisationHelp')}
              rules={[{ required: true, message: t('common:validation.required') }]}
            >
              <Select
                data-testid="ask-organisation"
                options={memberships.map((membership) => ({
                  value: membership.organisationId,
                  label: membership.organisationName,
                }))}
              />
            </Form.Item>
          )}
          <Form.Item
            name="description"
            label={t('ask.goods')}
            extra={t('ask.goodsHelp')}
            rules={[
              { required: true, whitespace: true, message: t('common:validation.required') },
              { max: 4000, message: t('common:validation.tooLong', { max: 4000 }) },
            ]}
          >
            <Input.TextArea rows={6} maxLength={4000} showCount data-testid="ask-description" />
          </Form.Item>
          <Form.Item
            name="proposedCode"
            label={t('ask.code')}
            extra={t('ask.codeHelp')}
            rules={[{ pattern: /^\s*[\d.\s]{2,14}\s*$/, message: t('ask.codeHelp') }]}
          >
            <Input inputMode="decimal" style={{ maxWidth: 240 }} data-testid="ask-code" />
          </Form.Item>
          <Form.Item label={t('ask.datasheets')}>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('ask.datasheetsHelp')}
            </Typography.Paragraph>
            <Upload
              multiple
              accept={ACCEPT}
              fileList={files}
              beforeUpload={(file) => {
                if (file.size > MAX_BYTES) {
                  void message.error(t('ask.uploadFailed', { name: file.name, reason: '> 10 MB' }));
                  return Upload.LIST_IGNORE;
                }
                return false;
              }}
              onChange={({ fileList }) => {
                setFiles(fileList.slice(0, MAX_FILES));
                setDirty(true);
              }}
            >
              <Button icon={<UploadOutlined />} disabled={files.length >= MAX_FILES}>
                {t('ask.choose')}
              </Button>
            </Upload>
          </Form.Item>
          {progress && (
            <div style={{ marginBottom: 16 }}>
              <Typography.Text>{t('ask.uploading', { name: progress.name })}</Typography.Text>
              <Progress
                aria-label={t('ask.uploading', { name: progress.name })}
                percent={Math.round(progress.fraction * 100)}
              />
            </div>
          )}
          <Button
            type="primary"
            htmlType="submit"
            loading={busy}
            disabled={memberships.length === 0}
            data-testid="ask-submit"
          >
            {t('ask.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
