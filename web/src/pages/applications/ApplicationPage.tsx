import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Radio,
  Row,
  Select,
  Space,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api, applyFieldErrors, isApiError } from '../../api/client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { ApplicantAllowancePanel } from '../allowances/ApplicantAllowancePanel';
import { fenToYuan, formatFen, yuanToFen } from './money';
import { ApplicationTimeline, localised, StatusTag } from './parts';
import type { Application, CriterionLine, FactQuestion, MyApplicationDetail, Payee } from './types';

const API_DATE = 'YYYY-MM-DD';

/** `person.highestDegree` → ['facts', 'person', 'highestDegree'] */
function factName(path: string): string[] {
  return ['facts', ...path.split('.')];
}

/**
 * A list of benefits already received. "None of these" is an answer in its own right (an empty
 * list), distinct from not answering — the engine needs to know which.
 */
function PolicyListInput({
  value,
  onChange,
  options,
  disabled,
}: {
  value?: string[];
  onChange?: (value: string[] | undefined) => void;
  options: { value: string; label: string }[];
  disabled: boolean;
}) {
  const { t } = useTranslation('applications');
  const none = Array.isArray(value) && value.length === 0;
  return (
    <Flex vertical gap={4}>
      <Select
        mode="multiple"
        allowClear
        disabled={disabled || none}
        value={value}
        onChange={(next: string[]) => onChange?.(next.length > 0 ? next : undefined)}
        options={options}
      />
      <Checkbox
        checked={none}
        disabled={disabled}
        onChange={(event) => onChange?.(event.target.checked ? [] : undefined)}
        data-testid="none-of-these"
      >
        {t('form.noneOfThese')}
      </Checkbox>
    </Flex>
  );
}

function FactField({ fact, disabled }: { fact: FactQuestion; disabled: boolean }) {
  return (
    <div data-fact={fact.path}>
      <FactInput fact={fact} disabled={disabled} />
    </div>
  );
}

function FactInput({ fact, disabled }: { fact: FactQuestion; disabled: boolean }) {
  const { t } = useTranslation('applications');
  const common = { label: fact.question, name: factName(fact.path) };
  switch (fact.type) {
    case 'boolean':
      return (
        <Form.Item {...common}>
          <Radio.Group disabled={disabled}>
            <Radio value={true}>{t('common.yes')}</Radio>
            <Radio value={false}>{t('common.no')}</Radio>
          </Radio.Group>
        </Form.Item>
      );
    case 'enum':
      return (
        <Form.Item {...common}>
          <Select allowClear disabled={disabled} options={fact.options} />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item
          {...common}
          getValueProps={(value: string | undefined) => ({
            value: value ? dayjs(value) : undefined,
          })}
          normalize={(value: Dayjs | null) => (value ? value.format(API_DATE) : undefined)}
        >
          <DatePicker disabled={disabled} style={{ width: '100%' }} />
        </Form.Item>
      );
    case 'integer':
      return (
        <Form.Item {...common}>
          <InputNumber disabled={disabled} precision={0} min={0} style={{ width: '100%' }} />
        </Form.Item>
      );
    case 'money':
      return (
        <Form.Item
          {...common}
          getValueProps={(value: number | undefined) => ({ value: fenToYuan(value) })}
          normalize={(value: number | null) => yuanToFen(value) ?? undefined}
        >
          <InputNumber
            disabled={disabled}
            min={0}
            precision={2}
            addonAfter={t('common.yuan')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      );
    case 'policy-list':
      return (
        <Form.Item {...common}>
          <PolicyListInput disabled={disabled} options={fact.options} />
        </Form.Item>
      );
    case 'achievement-list':
      return (
        <Form.Item label={fact.question}>
          <Form.List name={factName(fact.path)}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="baseline">
                    <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]}>
                      <Select disabled={disabled} style={{ width: 160 }} options={fact.options} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'description']} rules={[{ required: true }]}>
                      <Input disabled={disabled} style={{ width: 260 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'evidenceUrl']}>
                      <Input disabled={disabled} placeholder="https://" style={{ width: 220 }} />
                    </Form.Item>
                    {!disabled && <DeleteOutlined onClick={() => remove(field.name)} />}
                  </Space>
                ))}
                {!disabled && (
                  <Button onClick={() => add({ kind: fact.options[0]?.value })}>
                    {t('form.listAdd')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </Form.Item>
      );
    default:
      return (
        <Form.Item {...common}>
          <Input disabled={disabled} />
        </Form.Item>
      );
  }
}

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
  const [form] = Form.useForm<FormValues>();
  const { data, error, loading, reload, setData } = useApi(
    (signal) => api.get<MyApplicationDetail>(`/applications/${id}`, { signal }),
    // The server words questions and labels in the request's language: fetch again on a switch.
    [id, i18n.language],
  );
  const version = useRef(0);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [appealOpen, setAppealOpen] = useState(false);
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
      const saved = await api.patch<Application>(`/applications/${id}`, {
        version: version.current,
        facts: values.facts ?? {},
        requestedAmountFen: yuanToFen(values.requestedAmountYuan ?? null),
        ...(isCompletePayee(values.payee) ? { payee: values.payee } : {}),
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
      await api.post(`/applications/${id}/submit`);
      void message.success(t('form.submitted'));
      reload();
    } catch (caught) {
      if (isApiError(caught)) {
        const lines = caught.errors.map((problem) => problem.detail);
        setProblems([caught.detail ?? caught.title, ...lines]);
      }
    }
  };

  const withdraw = async () => {
    await api.post(`/applications/${id}/withdraw`, {});
    void message.success(t('detail.withdrawn'));
    reload();
  };

  const appeal = async () => {
    const values = await appealForm.validateFields();
    try {
      await api.post(`/applications/${id}/appeal`, values);
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
      await api.upload(`/applications/${id}/evidence`, body);
      void message.success(t('form.uploaded', { name: file.name }));
      const fresh = await api.get<MyApplicationDetail>(`/applications/${id}`);
      setData(fresh);
    } catch (caught) {
      if (isApiError(caught)) void message.error(caught.title);
    }
  };

  const removeFile = async (fileId: string) => {
    await api.delete(`/applications/${id}/evidence/${fileId}`);
    setData(await api.get<MyApplicationDetail>(`/applications/${id}`));
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
        description={`${t('common.reference')} ${application.reference}`}
        extra={
          <>
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
                    help={t('form.amountHelp', {
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
              description={problems.slice(1).join('；')}
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
                onConfirm={() => submit()}
              >
                <Button type="primary" data-testid="submit-application">
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
                    <Tag
                      color={
                        criterion.result === 'met'
                          ? 'green'
                          : criterion.result === 'unmet'
                            ? 'red'
                            : 'gold'
                      }
                    >
                      {t(
                        `detail.${criterion.result === 'met' ? 'met' : criterion.result === 'unmet' ? 'unmet' : 'unknown'}`,
                      )}
                    </Tag>
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
