import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  List,
  Popconfirm,
  Radio,
  Select,
  Space,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { applyFieldErrors, describeError, isApiError } from '../../api/client';
import { apiClient, uploadWithProgress } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { PageLoading } from '../../components/PageLoading';
import { LoadFailed } from '../../components/StatusPages';
import { Code, CoveredTag, itemName, ListItemLabel, QuestionStatusTag } from './parts';
import type { Question } from './types';
import { ButtonLink } from '../../components/ButtonLink';

/** One question: the asker sees its status and answer; customs answer and publish it here. */
export default function QuestionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('hetao');
  const { message } = App.useApp();
  const {
    data: question,
    error,
    reload,
    setData,
  } = useApi(
    (signal) => apiClient.GET('/hetao/questions/{id}', { params: { path: { id } }, signal }),
    [id],
  );

  if (error && !question)
    return isApiError(error, 'hetao.question_not_found') ? (
      <Alert type="warning" showIcon message={t('question.notFound')} />
    ) : (
      <LoadFailed error={error} onRetry={reload} />
    );
  if (!question) return <PageLoading />;
  const can = (action: string) => question.allowedActions.includes(action);

  const withdraw = async () => {
    try {
      setData(
        await apiClient.POST('/hetao/questions/{id}/withdraw', {
          params: { path: { id } },
        }),
      );
      void message.success(t('question.withdrawn'));
    } catch (caught) {
      void message.error(describeError(caught));
    }
  };
  const addDatasheet = async (file: File) => {
    const body = new FormData();
    body.append('file', file);
    try {
      setData(
        await uploadWithProgress('/hetao/questions/{id}/attachments', body, {
          params: { path: { id } },
        }),
      );
    } catch (caught) {
      void message.error(t('ask.uploadFailed', { name: file.name, reason: describeError(caught) }));
    }
  };

  return (
    <>
      <PageHeading
        title={
          <Space wrap>
            {question.reference}
            <QuestionStatusTag status={question.status} />
          </Space>
        }
        extra={
          <>
            <ButtonLink to="/hetao/questions">{t('question.back')}</ButtonLink>
            {can('withdraw') && (
              <Popconfirm title={t('question.withdrawConfirm')} onConfirm={withdraw}>
                <Button danger data-testid="withdraw-question">
                  {t('question.withdraw')}
                </Button>
              </Popconfirm>
            )}
          </>
        }
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('question.goods')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="question-text">
            {question.description}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'org', label: t('common.organisation'), children: question.organisation.name },
              {
                key: 'asker',
                label: t('common.asker'),
                children: `${question.asker.name} (${question.asker.email})`,
              },
              {
                key: 'asked',
                label: t('common.askedOn'),
                children: dayjs(question.createdAt).format('LL'),
              },
              {
                key: 'due',
                label: t('common.dueOn'),
                children: (
                  <Space>
                    {dayjs(question.dueOn).format('LL')}
                    {question.overdue && (
                      <Typography.Text type="danger">{t('common.overdue')}</Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                key: 'code',
                label: t('question.proposedCode'),
                children: question.proposedCode ? <Code code={question.proposedCode} /> : '—',
              },
            ]}
          />
        </Card>

        <Card
          title={t('question.datasheets')}
          extra={
            can('attach') && (
              <Upload
                showUploadList={false}
                accept=".pdf,.png,.jpg,.jpeg,.webp,.gif"
                beforeUpload={(file) => {
                  void addDatasheet(file);
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} size="small">
                  {t('question.addDatasheet')}
                </Button>
              </Upload>
            )
          }
        >
          <List
            dataSource={question.attachments}
            locale={{ emptyText: t('question.noDatasheets') }}
            renderItem={(attachment) => (
              <List.Item key={attachment.id}>
                <a href={attachment.url} download={attachment.fileName}>
                  <DownloadOutlined /> {attachment.fileName}
                </a>
                <Typography.Text type="secondary">
                  {attachment.sizeBytes < 1024
                    ? `${attachment.sizeBytes} B`
                    : `${Math.round(attachment.sizeBytes / 1024)} KB`}
                </Typography.Text>
              </List.Item>
            )}
          />
        </Card>

        {question.answer ? (
          <Card title={t('question.answer')} data-testid="question-answer">
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'code',
                  label: t('answer.hsCode'),
                  children: (
                    <Space>
                      <Code code={question.answer.hsCode} />
                      <CoveredTag covered={question.answer.covered} />
                    </Space>
                  ),
                },
                {
                  key: 'item',
                  label: t('common.listItem'),
                  children: <ListItemLabel item={question.answer.listItem} />,
                },
                {
                  key: 'reasoning',
                  label: t('question.reasoning'),
                  children: (
                    <span style={{ whiteSpace: 'pre-wrap' }}>{question.answer.reasoning}</span>
                  ),
                },
                {
                  key: 'date',
                  label: t('question.answeredOn'),
                  children: dayjs(question.answer.answeredAt).format('LL'),
                },
              ]}
            />
            {question.precedent && (
              <Alert
                type="success"
                showIcon
                message={t('question.precedent', { reference: question.precedent.reference })}
                action={
                  <Link to={`/hetao/precedents/${question.precedent.id}`}>
                    {t('question.viewPrecedent')}
                  </Link>
                }
              />
            )}
          </Card>
        ) : (
          question.status === 'open' && (
            <Alert
              type="info"
              showIcon
              message={t('question.waiting', { date: dayjs(question.dueOn).format('LL') })}
            />
          )
        )}

        {can('answer') && <AnswerForm question={question} onDone={setData} />}
        {can('publish') && <PublishPanel question={question} onDone={setData} />}
        {can('retract') && <RetractPanel question={question} onDone={setData} />}
      </Space>
    </>
  );
}

interface AnswerValues {
  hsCode: string;
  covered: boolean;
  reasoning: string;
  listItemId?: string;
}

function AnswerForm({ question, onDone }: { question: Question; onDone: (q: Question) => void }) {
  const { t } = useTranslation(['hetao', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const list = useApi((signal) => apiClient.GET('/hetao/list', { signal }), []);

  const submit = async (values: AnswerValues) => {
    setBusy(true);
    setFailure(null);
    try {
      const answered = await apiClient.POST('/hetao/questions/{id}/answer', {
        params: { path: { id: question.id } },
        body: { ...values, listItemId: values.listItemId ?? null },
      });
      void message.success(t('answer.answered'));
      onDone(answered);
    } catch (error) {
      const unmatched = applyFieldErrors(form, error);
      if (!isApiError(error, 'request.validation_failed') || unmatched.length > 0)
        setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('answer.title')} data-testid="answer-form">
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<AnswerValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ hsCode: question.proposedCode ?? '', covered: true }}
      >
        <Form.Item
          name="hsCode"
          label={t('answer.hsCode')}
          extra={t('answer.hsCodeHelp')}
          rules={[
            { required: true, message: t('common:validation.required') },
            { pattern: /^\s*[\d.\s]{2,14}\s*$/, message: t('answer.hsCodeHelp') },
          ]}
        >
          <Input style={{ maxWidth: 240 }} data-testid="answer-code" />
        </Form.Item>
        <Form.Item name="covered" label={t('answer.covered')} rules={[{ required: true }]}>
          <Radio.Group data-testid="answer-covered">
            <Radio value={true}>{t('covered.yes')}</Radio>
            <Radio value={false}>{t('covered.no')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="listItemId" label={t('answer.listItem')}>
          <Select
            allowClear
            showSearch
            loading={list.loading}
            placeholder={t('answer.listItemPlaceholder')}
            data-testid="answer-list-item"
            optionFilterProp="label"
            options={(list.data?.items ?? []).map((item) => ({
              value: item.itemId,
              label: `${item.itemId} ${itemName(item)} ${item.includes.join(' ')}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reasoning"
          label={t('answer.reasoning')}
          extra={t('answer.reasoningHelp')}
          rules={[{ required: true, whitespace: true, message: t('common:validation.required') }]}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount data-testid="answer-reasoning" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="answer-submit">
          {t('answer.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function PublishPanel({ question, onDone }: { question: Question; onDone: (q: Question) => void }) {
  const { t } = useTranslation(['hetao', 'common']);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [edited, setEdited] = useState<{ question?: string; reasoning?: string }>({});
  const preview = useApi(
    (signal) =>
      apiClient.GET('/hetao/questions/{id}/precedent-preview', {
        params: { path: { id: question.id } },
        signal,
      }),
    [question.id, question.status],
  );
  if (preview.error && !preview.data)
    return <LoadFailed error={preview.error} onRetry={preview.reload} />;
  if (!preview.data) return <PageLoading />;
  const removed = [...preview.data.redactions.question, ...preview.data.redactions.reasoning];
  const totals = new Map<string, number>();
  for (const redaction of removed)
    totals.set(redaction.kind, (totals.get(redaction.kind) ?? 0) + redaction.count);

  const publish = async () => {
    setBusy(true);
    try {
      const published = await apiClient.POST('/hetao/questions/{id}/publish', {
        params: { path: { id: question.id } },
        body: edited,
      });
      void message.success(t('publish.published', { reference: published.precedent?.reference }));
      onDone(published);
    } catch (error) {
      void message.error(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('publish.title')} data-testid="publish-panel">
      <Typography.Paragraph type="secondary">{t('publish.description')}</Typography.Paragraph>
      <Alert
        type={removed.length > 0 ? 'success' : 'warning'}
        showIcon
        style={{ marginBottom: 16 }}
        message={
          removed.length > 0
            ? t('publish.removed', {
                items: [...totals]
                  .map(([kind, count]) => t(`publish.kinds.${kind as 'person'}`, { count }))
                  .join('、'),
              })
            : t('publish.nothingRemoved')
        }
      />
      <Form layout="vertical">
        <Form.Item label={t('publish.question')}>
          <Input.TextArea
            rows={4}
            data-testid="precedent-question"
            defaultValue={preview.data.question}
            onChange={(event) =>
              setEdited((current) => ({ ...current, question: event.target.value }))
            }
          />
        </Form.Item>
        <Form.Item label={t('publish.reasoning')}>
          <Input.TextArea
            rows={4}
            defaultValue={preview.data.reasoning}
            onChange={(event) =>
              setEdited((current) => ({ ...current, reasoning: event.target.value }))
            }
          />
        </Form.Item>
      </Form>
      <Space wrap>
        <Code code={preview.data.hsCode} />
        <CoveredTag covered={preview.data.covered} />
        <ListItemLabel item={preview.data.listItem} />
      </Space>
      <div style={{ marginTop: 16 }}>
        <Button type="primary" loading={busy} onClick={publish} data-testid="publish-precedent">
          {t('publish.submit')}
        </Button>
      </div>
    </Card>
  );
}

function RetractPanel({ question, onDone }: { question: Question; onDone: (q: Question) => void }) {
  const { t } = useTranslation(['hetao', 'common']);
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const retract = async () => {
    try {
      onDone(
        await apiClient.POST('/hetao/questions/{id}/retract', {
          params: { path: { id: question.id } },
          body: { reason },
        }),
      );
      void message.success(t('publish.retracted'));
    } catch (error) {
      void message.error(describeError(error));
    }
  };
  return (
    <Card title={t('publish.retract')}>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          placeholder={t('publish.retractReason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <Popconfirm title={t('publish.retract')} onConfirm={retract} disabled={!reason.trim()}>
          <Button danger disabled={!reason.trim()}>
            {t('publish.retract')}
          </Button>
        </Popconfirm>
      </Space.Compact>
    </Card>
  );
}
