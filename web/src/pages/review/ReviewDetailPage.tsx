import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  List,
  Radio,
  Row,
  Skeleton,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { applyFieldErrors, isApiError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { OfficerAllowancePanel } from '../allowances/OfficerAllowancePanel';
import { useFactVocabulary } from '../applications/fact-display';
import { ApplicationTimeline, localised, StatusTag } from '../applications/parts';
import { DeclaredFactsPanel } from './DeclaredFactsPanel';
import {
  DecidePanel,
  RecommendationNotice,
  RecommendPanel,
  type RunAction,
} from './DecisionPanels';
import { EngineTracePanel } from './EngineTracePanel';
import { toReviewDetail } from './types';

export default function ReviewDetailPage() {
  const { t, i18n } = useTranslation('applications');
  const { message } = AntApp.useApp();
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useApi(
    (signal) =>
      apiClient
        .GET('/review/applications/{id}', { params: { path: { id } }, signal })
        .then(toReviewDetail),
    [id, i18n.language],
  );
  const vocabulary = useFactVocabulary();
  const [scoreForm] = Form.useForm<{ scores: Record<string, number>; comment?: string }>();
  const [problem, setProblem] = useState<string | null>(null);

  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  if (!data) return <Card loading={loading} />;
  const { application, policy, rubric } = data;
  const can = (action: string) => data.availableActions.includes(action);

  const run: RunAction = async (work, form) => {
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
          message={t('reviewDetail.recusal', {
            reason: t(`reviewDetail.recusalReasons.${data.recusal}`, {
              defaultValue: data.recusal,
            }),
          })}
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
          {/* The trace and the answers read their labels from the vocabulary: never raw keys. */}
          {vocabulary.size === 0 ? (
            <Card>
              <Skeleton active paragraph={{ rows: 6 }} />
            </Card>
          ) : (
            <>
              <EngineTracePanel detail={data} vocabulary={vocabulary} />
              <DeclaredFactsPanel
                facts={application.facts}
                policy={policy}
                vocabulary={vocabulary}
              />
            </>
          )}
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
                    void run(
                      () =>
                        apiClient.POST('/review/applications/{id}/score', {
                          params: { path: { id } },
                          body: values,
                        }),
                      scoreForm,
                    )
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
          <RecommendationNotice detail={data} />
          {can('recommend') && <RecommendPanel detail={data} run={run} />}
          {(can('approve') || can('reject') || can('return')) && (
            <DecidePanel detail={data} run={run} />
          )}
          {(can('grant_appeal') || can('dismiss_appeal')) && (
            <Card title={t('reviewDetail.appealDecision')} style={{ marginTop: 16 }}>
              <Form
                layout="vertical"
                onFinish={(values: { reasons: string; outcome: 'grant' | 'dismiss' }) =>
                  void run(() =>
                    apiClient.POST('/review/applications/{id}/appeal-decision', {
                      params: { path: { id } },
                      body: values,
                    }),
                  )
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
                  void run(() =>
                    apiClient.POST('/review/applications/{id}/revoke', {
                      params: { path: { id } },
                      body: values,
                    }),
                  )
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
          {!data.recusal && (
            <Card title={t('reviewDetail.declareConflict')} style={{ marginTop: 16 }}>
              <Form
                layout="vertical"
                onFinish={(values: { reason: string }) =>
                  void run(() =>
                    apiClient.POST('/review/applications/{id}/recusal', {
                      params: { path: { id } },
                      body: values,
                    }),
                  )
                }
              >
                <Typography.Paragraph type="secondary">
                  {t('reviewDetail.declareConflictHelp')}
                </Typography.Paragraph>
                <Form.Item
                  name="reason"
                  label={t('reviewDetail.declareConflictReason')}
                  rules={[{ required: true, whitespace: true }]}
                >
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
                <Button danger htmlType="submit" data-testid="declare-conflict">
                  {t('reviewDetail.declareConflictSubmit')}
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
