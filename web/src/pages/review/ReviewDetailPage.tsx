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
  Popconfirm,
  Radio,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api, applyFieldErrors, isApiError } from '../../api/client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { currentLanguage } from '../../i18n';
import { OfficerAllowancePanel } from '../allowances/OfficerAllowancePanel';
import { fenToYuan, formatFen, yuanToFen } from '../applications/money';
import { ApplicationTimeline, localised, StatusTag } from '../applications/parts';
import type {
  Application,
  EvidenceFile,
  LocalisedText,
  PolicyView,
  TimelineEvent,
} from '../applications/types';

interface Rubric {
  id: string;
  name: LocalisedText;
  maxScore: number;
  criteria: { id: string; label: LocalisedText; weight: number }[];
}

interface ReviewDetail {
  application: Application;
  applicant: { displayName: string; email: string };
  policy: PolicyView;
  documents: EvidenceFile[];
  timeline: TimelineEvent[];
  evaluation: { status?: string; criteria?: TraceLine[]; missingFacts?: string[] } | null;
  rubric: Rubric | null;
  scores: {
    reviewerAccountId: string;
    reviewerName: string;
    scores: Record<string, number>;
    weightedTotal: number;
    comment: string;
  }[];
  recommendation: {
    action: 'approve' | 'reject';
    amountFen: number | null;
    note: string;
    byAccountId: string;
  } | null;
  recusal: string | null;
  excluded: boolean;
  workingDaysLeft: number | null;
  availableActions: string[];
}

interface TraceLine {
  id: string;
  label?: unknown;
  clause?: string;
  result: string;
  facts?: Record<string, unknown>;
}

function traceLabel(line: TraceLine): string {
  if (typeof line.label === 'string') return line.label;
  if (line.label && typeof line.label === 'object')
    return (line.label as Record<string, string>)[currentLanguage()] ?? line.id;
  return line.id;
}

/** A fact answer in words: yes/no, option labels, lists joined, objects as JSON. */
function showValue(
  value: unknown,
  options: { value: string; label: string }[] = [],
  none = '',
): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  const label = (item: unknown) =>
    options.find((option) => option.value === item)?.label ??
    (typeof item === 'object' ? JSON.stringify(item) : String(item));
  if (Array.isArray(value)) return value.length === 0 ? none : value.map(label).join('、');
  return label(value);
}

function flattenFacts(facts: Record<string, unknown>, prefix = ''): [string, unknown][] {
  return Object.entries(facts).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? flattenFacts(value as Record<string, unknown>, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

export default function ReviewDetailPage() {
  const { t, i18n } = useTranslation('applications');
  const { message } = AntApp.useApp();
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useApi(
    (signal) => api.get<ReviewDetail>(`/review/applications/${id}`, { signal }),
    [id, i18n.language],
  );
  const [replay, setReplay] = useState<{ matches: boolean } | null>(null);
  const [recommendForm] = Form.useForm<{
    action: 'approve' | 'reject';
    amountYuan?: number;
    note: string;
  }>();
  const [decisionForm] = Form.useForm<{
    amountYuan?: number;
    reasons?: string;
    requestDocuments?: string[];
  }>();
  const [scoreForm] = Form.useForm<{ scores: Record<string, number>; comment?: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const approveAmount = Form.useWatch('amountYuan', decisionForm) as number | undefined;

  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return <Card loading={loading} />;
  const { application, policy, rubric } = data;
  const can = (action: string) => data.availableActions.includes(action);

  const run = async (
    work: () => Promise<unknown>,
    form?: Parameters<typeof applyFieldErrors>[0],
  ) => {
    setProblem(null);
    try {
      await work();
      void message.success(t('reviewDetail.done'));
      reload();
    } catch (caught) {
      const rest = form ? applyFieldErrors(form, caught) : [];
      if (isApiError(caught))
        setProblem(
          [caught.title, caught.detail, ...rest.map((item) => item.detail)]
            .filter(Boolean)
            .join(' — '),
        );
    }
  };

  const decide = (decision: 'approve' | 'reject' | 'return') =>
    run(async () => {
      const values = decisionForm.getFieldsValue();
      await api.post(`/review/applications/${id}/decision`, {
        decision,
        ...(decision === 'approve' && values.amountYuan !== undefined && values.amountYuan !== null
          ? { amountFen: yuanToFen(values.amountYuan) }
          : {}),
        ...(values.reasons ? { reasons: values.reasons } : {}),
        ...(decision === 'return' && values.requestDocuments?.length
          ? { requestDocuments: values.requestDocuments }
          : {}),
      });
    }, decisionForm);

  return (
    <>
      <PageHeading
        title={
          <>
            {application.reference} <StatusTag status={application.status} />
          </>
        }
        description={`${localised(policy.name)} · ${data.applicant.displayName} <${data.applicant.email}>`}
      />
      {data.recusal && (
        <Alert
          type="error"
          showIcon
          message={t('reviewDetail.recusal', { reason: data.recusal })}
          style={{ marginBottom: 16 }}
        />
      )}
      {data.excluded && (
        <Alert
          type="warning"
          showIcon
          message={t('reviewDetail.excluded')}
          style={{ marginBottom: 16 }}
        />
      )}
      {problem && (
        <Alert
          type="error"
          showIcon
          closable
          message={problem}
          style={{ marginBottom: 16 }}
          data-testid="review-problem"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card
            title={t('reviewDetail.trace')}
            extra={
              <Button
                size="small"
                onClick={() =>
                  void api
                    .get<{ matches: boolean }>(`/review/applications/${id}/replay`)
                    .then(setReplay)
                }
              >
                {t('reviewDetail.replay')}
              </Button>
            }
          >
            {replay && (
              <Alert
                type={replay.matches ? 'success' : 'error'}
                message={
                  replay.matches ? t('reviewDetail.replayMatches') : t('reviewDetail.replayDiffers')
                }
                style={{ marginBottom: 8 }}
              />
            )}
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('reviewDetail.engineStatus')}>
                <Tag
                  data-testid="engine-status"
                  data-status={data.evaluation?.status}
                  color={
                    data.evaluation?.status === 'eligible'
                      ? 'green'
                      : data.evaluation?.status === 'ineligible'
                        ? 'red'
                        : 'gold'
                  }
                >
                  {data.evaluation?.status
                    ? t(
                        `detail.${data.evaluation.status === 'eligible' ? 'met' : data.evaluation.status === 'ineligible' ? 'unmet' : 'unknown'}`,
                      )
                    : '—'}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('common.cap')}>
                {application.capFen !== null
                  ? formatFen(application.capFen)
                  : t('common.unpublished')}
              </Descriptions.Item>
              {data.workingDaysLeft !== null && application.dueOn && (
                <Descriptions.Item label={t('common.due')}>
                  {t('reviewDetail.slaLeft', {
                    days: data.workingDaysLeft,
                    date: application.dueOn,
                  })}
                </Descriptions.Item>
              )}
            </Descriptions>
            <Table<TraceLine>
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={data.evaluation?.criteria ?? []}
              data-testid="engine-trace"
              columns={[
                {
                  title: t('reviewDetail.criterion'),
                  render: (_: unknown, line) => traceLabel(line),
                },
                { title: t('reviewDetail.clause'), dataIndex: 'clause' },
                {
                  title: t('reviewDetail.result'),
                  dataIndex: 'result',
                  render: (result: string) => (
                    <Tag color={result === 'met' ? 'green' : result === 'unmet' ? 'red' : 'gold'}>
                      {result}
                    </Tag>
                  ),
                },
                {
                  title: t('reviewDetail.facts'),
                  render: (_: unknown, line) =>
                    Object.entries(line.facts ?? {}).map(([key, value]) => (
                      <div key={key}>
                        <Typography.Text code>{key}</Typography.Text> {showValue(value)}
                      </div>
                    )),
                },
              ]}
            />
          </Card>
          <Card title={t('reviewDetail.answers')} style={{ marginTop: 16 }}>
            <Descriptions size="small" column={1} bordered>
              {flattenFacts(application.facts).map(([key, value]) => (
                <Descriptions.Item
                  key={key}
                  label={policy.facts.find((fact) => fact.path === key)?.question ?? key}
                >
                  {showValue(value)}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('reviewDetail.evidence')}>
            <List
              size="small"
              dataSource={data.documents}
              locale={{ emptyText: t('reviewDetail.noEvidence') }}
              renderItem={(file) => {
                const definition = policy.evidence.find((doc) => doc.id === file.documentId);
                return (
                  <List.Item>
                    <span>{definition ? localised(definition.label) : file.documentId}</span>
                    <a
                      href={`/api/v1/applications/${application.id}/evidence/${file.id}`}
                      target="_blank"
                      rel="noreferrer"
                      data-testid="evidence-link"
                    >
                      {file.fileName}
                    </a>
                  </List.Item>
                );
              }}
            />
          </Card>
          {rubric && (
            <Card
              title={`${t('reviewDetail.rubric')} · ${localised(rubric.name)}`}
              style={{ marginTop: 16 }}
            >
              <Typography.Paragraph type="secondary">
                {t('reviewDetail.rubricNote')}
              </Typography.Paragraph>
              {data.scores.map((score) => (
                <Typography.Paragraph key={score.reviewerAccountId}>
                  {score.reviewerName}: {t('reviewDetail.weighted', { score: score.weightedTotal })}
                </Typography.Paragraph>
              ))}
              {can('score') && (
                <Form
                  form={scoreForm}
                  layout="inline"
                  onFinish={(values) =>
                    void run(() => api.post(`/review/applications/${id}/score`, values), scoreForm)
                  }
                >
                  {rubric.criteria.map((criterion) => (
                    <Form.Item
                      key={criterion.id}
                      name={['scores', criterion.id]}
                      label={`${localised(criterion.label)} ×${criterion.weight}`}
                      rules={[{ required: true }]}
                    >
                      <InputNumber min={0} max={rubric.maxScore} precision={0} />
                    </Form.Item>
                  ))}
                  <Form.Item name="comment">
                    <Input placeholder={t('reviewDetail.note')} />
                  </Form.Item>
                  <Button htmlType="submit">{t('reviewDetail.scoreSave')}</Button>
                </Form>
              )}
            </Card>
          )}
          {data.recommendation && (
            <Alert
              style={{ marginTop: 16 }}
              type="info"
              showIcon
              data-testid="recommendation"
              message={`${t('reviewDetail.recommendation')}: ${t(`actions.${data.recommendation.action}`)} ${data.recommendation.amountFen !== null ? formatFen(data.recommendation.amountFen) : ''}`}
              description={data.recommendation.note}
            />
          )}
          {can('recommend') && (
            <Card title={t('reviewDetail.recommend')} style={{ marginTop: 16 }}>
              <Form
                form={recommendForm}
                layout="vertical"
                initialValues={{
                  action: 'approve',
                  amountYuan: fenToYuan(application.requestedAmountFen ?? application.capFen),
                }}
                onFinish={(values) =>
                  void run(
                    () =>
                      api.post(`/review/applications/${id}/recommendation`, {
                        action: values.action,
                        note: values.note,
                        ...(values.action === 'approve' && application.paidByPlatform
                          ? { amountFen: yuanToFen(values.amountYuan) }
                          : {}),
                      }),
                    recommendForm,
                  )
                }
              >
                <Form.Item name="action">
                  <Radio.Group>
                    <Radio value="approve">{t('reviewDetail.recommendApprove')}</Radio>
                    <Radio value="reject">{t('reviewDetail.recommendReject')}</Radio>
                  </Radio.Group>
                </Form.Item>
                {application.paidByPlatform && (
                  <Form.Item
                    name="amountYuan"
                    label={t('reviewDetail.approveAmount')}
                    help={`${t('common.cap')} ${application.capFen !== null ? formatFen(application.capFen) : t('common.unpublished')}`}
                  >
                    <InputNumber
                      min={0}
                      precision={2}
                      max={fenToYuan(application.capFen) ?? undefined}
                      style={{ width: '100%' }}
                      data-testid="recommend-amount"
                    />
                  </Form.Item>
                )}
                <Form.Item name="note" label={t('reviewDetail.note')} rules={[{ required: true }]}>
                  <Input.TextArea rows={2} data-testid="recommend-note" />
                </Form.Item>
                <Button htmlType="submit" data-testid="recommend-submit">
                  {t('reviewDetail.recommend')}
                </Button>
              </Form>
            </Card>
          )}
          {(can('approve') || can('reject') || can('return')) && (
            <Card title={t('reviewDetail.decide')} style={{ marginTop: 16 }}>
              <Typography.Paragraph type="secondary">
                {t('reviewDetail.fourEyes')}
              </Typography.Paragraph>
              <Form
                form={decisionForm}
                layout="vertical"
                initialValues={{
                  amountYuan: fenToYuan(data.recommendation?.amountFen ?? null) ?? undefined,
                }}
              >
                {can('approve') && application.paidByPlatform && (
                  <Form.Item
                    name="amountYuan"
                    label={t('reviewDetail.approveAmount')}
                    extra={t('reviewDetail.approveAmountHelp')}
                  >
                    <InputNumber
                      disabled
                      min={0}
                      precision={2}
                      max={fenToYuan(application.capFen) ?? undefined}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                )}
                <Form.Item name="reasons" label={t('common.reasons')}>
                  <Input.TextArea rows={2} data-testid="decision-reasons" />
                </Form.Item>
                {can('return') && (
                  <Form.Item name="requestDocuments" label={t('reviewDetail.returnRequest')}>
                    <Select
                      mode="multiple"
                      allowClear
                      options={policy.evidence.map((doc) => ({
                        value: doc.id,
                        label: localised(doc.label),
                      }))}
                    />
                  </Form.Item>
                )}
                <Flex gap={8} wrap>
                  {can('approve') && (
                    <Popconfirm
                      title={t('reviewDetail.approveConfirmTitle')}
                      description={t('reviewDetail.approveConfirm', {
                        amount: formatFen(yuanToFen(approveAmount) ?? 0),
                      })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => decide('approve')}
                    >
                      <Button type="primary" data-testid="decide-approve">
                        {t('actions.approve')}
                      </Button>
                    </Popconfirm>
                  )}
                  {can('return') && (
                    <Popconfirm
                      title={t('reviewDetail.returnConfirmTitle')}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => decide('return')}
                    >
                      <Button data-testid="decide-return">{t('actions.return')}</Button>
                    </Popconfirm>
                  )}
                  {can('reject') && (
                    <Popconfirm
                      title={t('reviewDetail.rejectConfirmTitle')}
                      description={t('reviewDetail.rejectConfirm')}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => decide('reject')}
                    >
                      <Button danger data-testid="decide-reject">
                        {t('actions.reject')}
                      </Button>
                    </Popconfirm>
                  )}
                </Flex>
              </Form>
            </Card>
          )}
          {(can('grant_appeal') || can('dismiss_appeal')) && (
            <Card title={t('reviewDetail.appealDecision')} style={{ marginTop: 16 }}>
              <Form
                layout="vertical"
                onFinish={(values: { reasons: string; outcome: 'grant' | 'dismiss' }) =>
                  void run(() => api.post(`/review/applications/${id}/appeal-decision`, values))
                }
              >
                <Form.Item name="outcome" initialValue="grant">
                  <Radio.Group>
                    <Radio value="grant">{t('reviewDetail.grant')}</Radio>
                    <Radio value="dismiss">{t('reviewDetail.dismiss')}</Radio>
                  </Radio.Group>
                </Form.Item>
                <Form.Item name="reasons" label={t('common.reasons')} rules={[{ required: true }]}>
                  <Input.TextArea rows={2} />
                </Form.Item>
                <Button htmlType="submit">{t('common.confirm')}</Button>
              </Form>
            </Card>
          )}
          <OfficerAllowancePanel
            applicationId={id}
            status={application.status}
            canStop={!data.recusal && !data.excluded}
            onChanged={reload}
          />
          {can('revoke') && (
            <Card title={t('reviewDetail.revoke')} style={{ marginTop: 16 }}>
              <Form
                layout="vertical"
                onFinish={(values: { reasons: string }) =>
                  void run(() => api.post(`/review/applications/${id}/revoke`, values))
                }
              >
                <Typography.Paragraph type="secondary">
                  {t('reviewDetail.revokeConfirm')}
                </Typography.Paragraph>
                <Form.Item name="reasons" label={t('common.reasons')} rules={[{ required: true }]}>
                  <Input.TextArea rows={2} />
                </Form.Item>
                <Button danger htmlType="submit">
                  {t('reviewDetail.revoke')}
                </Button>
              </Form>
            </Card>
          )}
          <Card title={t('reviewDetail.timeline')} style={{ marginTop: 16 }}>
            <ApplicationTimeline events={data.timeline} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
