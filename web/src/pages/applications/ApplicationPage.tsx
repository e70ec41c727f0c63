import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Row,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { applyFieldErrors, isApiError } from '../../api/client';
import { apiClient, uploadWithProgress } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { ApplicantAllowancePanel } from '../allowances/ApplicantAllowancePanel';
import { fenToYuan, formatFen, yuanToFen } from './money';
import { FactField } from './fact-inputs';
import { ApplicationTimeline, CriterionResultTag, localised, StatusTag } from './parts';
import type { CriterionLine, Payee } from './types';

interface FormValues {
  facts: Record<string, unknown>;
  requestedAmountYuan?: number | null;
  payee?: Partial<Payee>;
}

function isCompletePayee(payee: Partial<Payee> | undefined): payee is Payee {
  return !!payee?.accountName && !!payee.bankName && !!payee.accountNumber;
}

export default function ApplicationPage() {
  const { t, i18n } = useTranslation('applications');
  const { message } = AntApp.useApp();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const { data, error, loading, reload, setData } = useApi(
    (signal) => apiClient.GET('/applications/{id}', { params: { path: { id } }, signal }),
    // The server words questions and labels in the request's language: fetch again on a switch.
    [id, i18n.language],
  );
  const version = useRef(0);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [appealOpen, setAppealOpen] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [appealForm] = Form.useForm<{ reasons: string }>();

  useEffect(() => {
    if (!data) return;
    version.current = data.application.version;
    form.setFieldsValue({
      facts: data.application.facts,
      requestedAmountYuan: fenToYuan(data.application.requestedAmountFen),
      payee: data.application.payee ?? {},
    });
  }, [data, form]);

  const editable = data?.availableActions.includes('edit') ?? false;

  const save = useCallback(async () => {
    const values = form.getFieldsValue(true) as FormValues;
    setSaving(true);
    try {
      const saved = await apiClient.PATCH('/applications/{id}', {
        params: { path: { id } },
        body: {
          version: version.current,
          facts: values.facts ?? {},
          requestedAmountFen: yuanToFen(values.requestedAmountYuan ?? null),
          ...(isCompletePayee(values.payee) ? { payee: values.payee } : {}),
        },
      });
      version.current = saved.version;
      return true;
    } catch (caught) {
      if (isApiError(caught, 'application.version_conflict')) reload();
      const rest = applyFieldErrors(form, caught);
      if (rest.length > 0) setProblems(rest.map((problem) => problem.detail));
      else if (isApiError(caught)) setProblems([caught.message]);
      return false;
    } finally {
      setSaving(false);
    }
  }, [form, id, reload]);

  // Drafts are saved as you type (a second and a half after the last change).
  const onValuesChange = () => {
    if (!editable) return;
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => void save(), 1500);
  };
  useEffect(() => () => clearTimeout(saveTimer.current), []);

  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return <Card loading={loading} />;
  const { application, policy, documents } = data;

  const submit = async () => {
    clearTimeout(saveTimer.current);
    setProblems([]);
    if (!(await save())) return;
    try {
      await apiClient.POST('/applications/{id}/submit', { params: { path: { id } }, body: {} });
      void message.success(t('form.submitted'));
      reload();
    } catch (caught) {
      if (isApiError(caught)) {
        const lines = caught.errors.map((problem) => problem.detail);
        setProblems([caught.detail ?? caught.title, ...lines]);
      }
    }
  };

  /**
   * What is still missing, checked before the "submit?" question is asked: unanswered
   * questions (a list with nothing to add may stay empty), required documents, the bank account.
   */
  const findGaps = (): string[] => {
    const values = form.getFieldsValue(true) as FormValues;
    const gaps: string[] = [];
    for (const fact of policy.facts) {
      if (fact.type === 'achievement-list' || fact.type === 'waiver-list') continue;
      const answer = fact.path
        .split('.')
        .reduce<unknown>(
          (node, key) =>
            node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
          values.facts,
        );
      if (answer === undefined || answer === null || answer === '')
        gaps.push(t('form.unanswered', { question: fact.question }));
    }
    for (const doc of policy.evidence)
      if (doc.required && !documents.some((file) => file.documentId === doc.id))
        gaps.push(t('form.missingDocument', { document: localised(doc.label) }));
    if (policy.paidByPlatform && !isCompletePayee(values.payee)) gaps.push(t('form.payeeMissing'));
    return gaps;
  };

  const askToSubmit = async () => {
    setProblems([]);
    const fieldsValid = await form.validateFields().then(
      () => true,
      () => false,
    );
    const gaps = findGaps();
    if (!fieldsValid || gaps.length > 0) {
      setProblems([t('form.checkFirst'), ...gaps]);
      return;
    }
    setConfirmOpen(true);
  };

  const deleteDraft = async () => {
    clearTimeout(saveTimer.current);
    await apiClient.DELETE('/applications/{id}', { params: { path: { id } }, body: {} });
    void message.success(t('form.deleted'));
    navigate('/applications', { replace: true });
  };

  const withdraw = async () => {
    await apiClient.POST('/applications/{id}/withdraw', { params: { path: { id } }, body: {} });
    void message.success(t('detail.withdrawn'));
    reload();
  };

  const appeal = async () => {
    const values = await appealForm.validateFields();
    try {
      await apiClient.POST('/applications/{id}/appeal', { params: { path: { id } }, body: values });
      setAppealOpen(false);
      void message.success(t('detail.appealed'));
      reload();
    } catch (caught) {
      applyFieldErrors(appealForm, caught);
    }
  };

  const uploadFile = async (documentId: string, file: File) => {
    const body = new FormData();
    body.append('documentId', documentId);
    body.append('file', file);
    try {
      await uploadWithProgress('/applications/{id}/evidence', body, { params: { path: { id } } });
      void message.success(t('form.uploaded', { name: file.name }));
      const fresh = await apiClient.GET('/applications/{id}', { params: { path: { id } } });
      setData(fresh);
    } catch (caught) {
      if (isApiError(caught)) void message.error(caught.title);
    }
  };

  const removeFile = async (fileId: string) => {
    await apiClient.DELETE('/applications/{id}/evidence/{fileId}', {
      params: { path: { id, fileId } },
      body: {},
    });
    setData(await apiClient.GET('/applications/{id}', { params: { path: { id } } }));
  };

  const criteria = Array.isArray(data.evaluation?.criteria)
    ? (data.evaluation.criteria as CriterionLine[])
    : [];
  const evidenceIds = [...policy.evidence.map((doc) => doc.id), 'other'];

  return (
    <>
      <PageHeading
        title={
          <>
            {localised(policy.name)} <StatusTag status={application.status} />
          </>
        }
        description={
          <span data-testid="application-amounts">
            {t('common.reference')} {application.reference}
            {policy.paidByPlatform && (
              <>
                {' · '}
                {t('detail.requestedAmount')}{' '}
                {application.requestedAmountFen !== null
                  ? formatFen(application.requestedAmountFen)
                  : t('mine.upToCap', {
                      cap:
                        application.capFen !== null
                          ? formatFen(application.capFen)
                          : t('common.unpublished'),
                    })}
              </>
            )}
            {application.approvedAmountFen !== null && (
              <>
                {' · '}
                {t('detail.approvedAmount')} {formatFen(application.approvedAmountFen)}
              </>
            )}
          </span>
        }
        extra={
          <>
            {data.availableActions.includes('delete') && (
              <Popconfirm
                title={t('form.deleteConfirmTitle')}
                description={t('form.deleteConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => deleteDraft()}
              >
                <Button danger data-testid="delete-draft">
                  {t('form.deleteDraft')}
                </Button>
              </Popconfirm>
            )}
            {data.availableActions.includes('withdraw') && (
              <Popconfirm
                title={t('detail.withdrawConfirmTitle')}
                description={t('detail.withdrawConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => withdraw()}
              >
                <Button danger data-testid="withdraw">
                  {t('detail.withdraw')}
                </Button>
              </Popconfirm>
            )}
            {data.availableActions.includes('appeal') && (
              <Button onClick={() => setAppealOpen(true)} data-testid="appeal">
                {t('detail.appeal')}
              </Button>
            )}
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          {application.pendingRequest && editable && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message={
                application.pendingRequest.kind === 'screening'
                  ? t('detail.screeningReasons')
                  : t('detail.request')
              }
              description={
                <>
                  <span style={{ whiteSpace: 'pre-wrap' }}>
                    {application.pendingRequest.message}
                  </span>
                  {application.pendingRequest.documents.length > 0 && (
                    <div data-testid="requested-documents">
                      {t('form.evidence')}:{' '}
                      {application.pendingRequest.documents
                        .map((documentId) => {
                          const definition = policy.evidence.find((doc) => doc.id === documentId);
                          return definition ? localised(definition.label) : documentId;
                        })
                        .join('、')}
                    </div>
                  )}
                  {application.pendingRequest.facts.length > 0 && (
                    <div>
                      {t('form.answers')}:{' '}
                      {application.pendingRequest.facts
                        .map(
                          (path) =>
                            policy.facts.find((fact) => fact.path === path)?.question ?? path,
                        )
                        .join('；')}
                    </div>
                  )}
                </>
              }
              data-testid="pending-request"
            />
          )}
          {(application.decidedAt || application.approvedAmountFen !== null) && (
            <Card title={t('detail.decision')} style={{ marginBottom: 16 }}>
              <Descriptions column={1} size="small">
                {application.approvedAmountFen !== null && (
                  <Descriptions.Item label={t('detail.approvedAmount')}>
                    <span data-testid="approved-amount">
                      {formatFen(application.approvedAmountFen)}
                    </span>
                  </Descriptions.Item>
                )}
                {application.decisionReasons && (
                  <Descriptions.Item label={t('common.reasons')}>
                    {application.decisionReasons}
                  </Descriptions.Item>
                )}
                {data.availableActions.includes('appeal') && application.appealDeadline && (
                  <Descriptions.Item label={t('detail.appeal')}>
                    {t('detail.appealUntil', {
                      date: dayjs(application.appealDeadline).format('LL'),
                    })}
                  </Descriptions.Item>
                )}
                {application.paidAt && (
                  <Descriptions.Item label={t('status.paid')}>
                    {dayjs(application.paidAt).format('LLL')}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
          )}
          <ApplicantAllowancePanel applicationId={application.id} status={application.status} />
          <Card title={t('form.answers')}>
            <Form<FormValues>
              form={form}
              layout="vertical"
              disabled={!editable}
              onValuesChange={onValuesChange}
              data-testid="application-form"
            >
              {editable && (
                <Typography.Paragraph type="secondary">
                  {t('form.answersHelp')}
                </Typography.Paragraph>
              )}
              {policy.facts.map((fact) => (
                <FactField key={fact.path} fact={fact} disabled={!editable} />
              ))}
              {policy.paidByPlatform && (
                <>
                  <Form.Item
                    label={t('form.amount')}
                    name="requestedAmountYuan"
                    extra={t('form.amountHelp', {
                      cap:
                        policy.capFen !== null ? formatFen(policy.capFen) : t('common.unpublished'),
                    })}
                  >
                    <InputNumber
                      min={0}
                      precision={2}
                      max={fenToYuan(policy.capFen) ?? undefined}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                  <Typography.Title level={5}>{t('form.payee')}</Typography.Title>
                  <Typography.Paragraph type="secondary">
                    {t('form.payeeHelp')}
                  </Typography.Paragraph>
                  <Form.Item label={t('form.accountName')} name={['payee', 'accountName']}>
                    <Input data-testid="payee-name" />
                  </Form.Item>
                  <Form.Item label={t('form.bankName')} name={['payee', 'bankName']}>
                    <Input data-testid="payee-bank" />
                  </Form.Item>
                  <Form.Item label={t('form.accountNumber')} name={['payee', 'accountNumber']}>
                    <Input inputMode="numeric" data-testid="payee-account" />
                  </Form.Item>
                </>
              )}
            </Form>
          </Card>
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
          {problems.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 16 }}
              message={problems[0]}
              description={
                problems.length > 1 && (
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {problems.slice(1).map((problem, index) => (
                      <li key={index}>{problem}</li>
                    ))}
                  </ul>
                )
              }
              data-testid="submit-problems"
            />
          )}
          {editable && (
            <Flex gap={8} style={{ marginTop: 16 }} wrap>
              <Button onClick={() => void save()} loading={saving}>
                {t('form.saveDraft')}
              </Button>
              <Popconfirm
                title={t('form.submitConfirmTitle')}
                description={t('form.submitConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                open={confirmOpen}
                onOpenChange={(open) => !open && setConfirmOpen(false)}
                onConfirm={() => {
                  setConfirmOpen(false);
                  return submit();
                }}
              >
                <Button
                  type="primary"
                  data-testid="submit-application"
                  onClick={() => void askToSubmit()}
                >
                  {t('form.submit')}
                </Button>
              </Popconfirm>
            </Flex>
          )}
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('detail.timeline')}>
            <ApplicationTimeline events={data.timeline} />
          </Card>
          {criteria.length > 0 && (
            <Card title={t('detail.criteria')} style={{ marginTop: 16 }}>
              <List
                size="small"
                dataSource={criteria}
                renderItem={(criterion) => (
                  <List.Item>
                    <span>
                      {typeof criterion.label === 'string' ? criterion.label : criterion.id}
                      {criterion.clause ? ` (${criterion.clause})` : ''}
                    </span>
                    <CriterionResultTag result={criterion.result} />
                  </List.Item>
                )}
              />
            </Card>
          )}
        </Col>
      </Row>
      <Modal
        open={appealOpen}
        title={t('detail.appeal')}
        onCancel={() => setAppealOpen(false)}
        onOk={() => void appeal()}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
      >
        <Typography.Paragraph type="secondary">{t('detail.appealHelp')}</Typography.Paragraph>
        <Form form={appealForm} layout="vertical">
          <Form.Item name="reasons" label={t('detail.appealReasons')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
