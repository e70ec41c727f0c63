import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  List,
  Radio,
  Space,
  Tag,
  Typography,
  message,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { submitFailure } from '../../api/client';
import { apiClient, type ApiSchema } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { currentLanguage } from '../../i18n';

type Judgement = 'meets' | 'does-not-meet' | 'cannot-tell';
interface ReviewForm {
  judgements: Record<string, { judgement: Judgement; reason: string }>;
  recommendation: 'recognise' | 'refuse';
  reason: string;
}
interface DecisionForm {
  outcome: 'recognise' | 'refuse';
  grounds: string;
  groundAchievementIds: string[];
}

function detailText(achievement: ApiSchema<'TalentAchievement'>): string {
  return Object.entries(achievement.details)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join(' · ');
}

/** A panel member reviews one submission against the published rubric, then decides. */
export default function ReviewPage() {
  const { t } = useTranslation('talent');
  const language = currentLanguage();
  const { id = '' } = useParams();
  const [reviewForm] = Form.useForm<ReviewForm>();
  const [decisionForm] = Form.useForm<DecisionForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rubric = useApi((signal) => apiClient.GET('/talent/rubric', { signal }), []);
  const submission = useApi(
    (signal) =>
      apiClient.GET('/talent/submissions/{submissionId}', {
        params: { path: { submissionId: id } },
        signal,
      }),
    [id],
  );

  const sendReview = async (values: ReviewForm) => {
    setBusy(true);
    setFailure(null);
    try {
      const updated = await apiClient.POST('/talent/submissions/{submissionId}/reviews', {
        params: { path: { submissionId: id } },
        body: {
          judgements: Object.entries(values.judgements).map(([criterion, value]) => ({
            criterion,
            ...value,
          })),
          recommendation: values.recommendation,
          reason: values.reason,
        },
      });
      submission.setData(updated);
      message.success(t('review.reviewed'));
    } catch (caught) {
      const problem = submitFailure(reviewForm, caught);
      if (problem) setFailure(problem);
    } finally {
      setBusy(false);
    }
  };
  const decide = async (values: DecisionForm) => {
    setBusy(true);
    setFailure(null);
    try {
      const updated = await apiClient.POST('/talent/submissions/{submissionId}/decision', {
        params: { path: { submissionId: id } },
        body: { ...values, groundAchievementIds: values.groundAchievementIds ?? [] },
      });
      submission.setData(updated);
      message.success(t('review.decided'));
    } catch (caught) {
      const problem = submitFailure(decisionForm, caught);
      if (problem) setFailure(problem);
    } finally {
      setBusy(false);
    }
  };

  if (submission.error && !submission.data)
    return <LoadFailed error={submission.error} onRetry={submission.reload} />;
  const data = submission.data;
  const open = data?.status === 'submitted';
  const required = { required: true, whitespace: true, message: t('submit.required') };
  return (
    <>
      <PageHeading title={t('titles.review')} description={data?.fullName} />
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      {data && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {data.conflictOfInterest && (
            <Alert
              type="warning"
              showIcon
              message={t('review.conflictNotice')}
              data-testid="talent-conflict"
            />
          )}
          {!open && (
            <Alert
              type="info"
              showIcon
              data-testid="talent-decided"
              message={t('review.decidedNotice', { status: t(`statuses.${data.status}`) })}
              description={data.decisionReason}
            />
          )}
          {data.statement && (
            <Card title={t('review.statement')}>
              <Typography.Paragraph>{data.statement}</Typography.Paragraph>
            </Card>
          )}
          <Card title={t('review.evidence')}>
            <List
              dataSource={data.achievements}
              renderItem={(achievement) => (
                <List.Item>
                  <Space direction="vertical" size={2}>
                    <Space>
                      <Tag>{t(`kinds.${achievement.kind}`)}</Tag>
                      <Typography.Text strong>{achievement.title}</Typography.Text>
                    </Space>
                    <Typography.Text type="secondary">{detailText(achievement)}</Typography.Text>
                    {achievement.evidenceLinks.map((link) => (
                      <a key={link} href={link} target="_blank" rel="noreferrer noopener">
                        {link}
                      </a>
                    ))}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
          {data.reviews.length > 0 && (
            <Card title={t('review.panelReviews')}>
              {data.reviews.map((review) => (
                <Descriptions
                  key={review.id}
                  title={`${review.reviewerName} · ${t(`review.recommend.${review.recommendation}`)}`}
                  column={1}
                  size="small"
                >
                  {review.judgements.map((judgement) => (
                    <Descriptions.Item key={judgement.criterion} label={judgement.criterion}>
                      {t(`judgements.${judgement.judgement}`)} — {judgement.reason}
                    </Descriptions.Item>
                  ))}
                  <Descriptions.Item label={t('review.overallReason')}>
                    {review.reason}
                  </Descriptions.Item>
                </Descriptions>
              ))}
            </Card>
          )}
          {open && !data.conflictOfInterest && rubric.data && (
            <Card title={t('review.rubric')}>
              <Alert
                type="info"
                showIcon
                message={rubric.data.note[language]}
                style={{ marginBottom: 16 }}
              />
              <Form
                form={reviewForm}
                layout="vertical"
                onFinish={sendReview}
                data-testid="talent-review-form"
              >
                {rubric.data.criteria.map((criterion) => (
                  <Card
                    key={criterion.id}
                    size="small"
                    title={criterion.label[language]}
                    style={{ marginBottom: 12 }}
                  >
                    <Typography.Paragraph type="secondary">
                      {criterion.guidance[language]}
                    </Typography.Paragraph>
                    <Form.Item
                      name={['judgements', criterion.id, 'judgement']}
                      rules={[{ required: true, message: t('submit.required') }]}
                    >
                      <Radio.Group
                        data-testid={`talent-judgement-${criterion.id}`}
                        options={rubric.data!.judgements.map((value) => ({
                          value,
                          label: t(`judgements.${value}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={['judgements', criterion.id, 'reason']}
                      label={t('review.reason')}
                      rules={[required]}
                    >
                      <Input.TextArea
                        rows={2}
                        maxLength={2000}
                        data-testid={`talent-reason-${criterion.id}`}
                      />
                    </Form.Item>
                  </Card>
                ))}
                <Form.Item
                  name="recommendation"
                  label={t('review.recommendation')}
                  rules={[{ required: true, message: t('submit.required') }]}
                >
                  <Radio.Group
                    data-testid="talent-recommendation"
                    options={(['recognise', 'refuse'] as const).map((value) => ({
                      value,
                      label: t(`review.recommend.${value}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name="reason" label={t('review.overallReason')} rules={[required]}>
                  <Input.TextArea rows={2} maxLength={4000} data-testid="talent-overall-reason" />
                </Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={busy}
                  data-testid="talent-send-review"
                >
                  {t('review.sendReview')}
                </Button>
              </Form>
            </Card>
          )}
          {open && !data.conflictOfInterest && data.reviews.length > 0 && (
            <Card title={t('review.decision')}>
              <Form
                form={decisionForm}
                layout="vertical"
                onFinish={decide}
                initialValues={{ outcome: 'recognise', groundAchievementIds: [] }}
              >
                <Form.Item name="outcome" label={t('review.outcome')}>
                  <Radio.Group
                    data-testid="talent-outcome"
                    options={(['recognise', 'refuse'] as const).map((value) => ({
                      value,
                      label: t(`review.outcomes.${value}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name="groundAchievementIds" label={t('review.groundAchievements')}>
                  <Checkbox.Group
                    data-testid="talent-grounds-achievements"
                    options={data.achievements.map((achievement) => ({
                      value: achievement.id,
                      label: `${t(`kinds.${achievement.kind}`)} · ${achievement.title}`,
                    }))}
                  />
                </Form.Item>
                <Form.Item name="grounds" label={t('review.grounds')} rules={[required]}>
                  <Input.TextArea rows={3} maxLength={4000} data-testid="talent-grounds" />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={busy} data-testid="talent-decide">
                  {t('review.decide')}
                </Button>
              </Form>
            </Card>
          )}
        </Space>
      )}
    </>
  );
}
