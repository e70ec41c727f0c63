import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Tag,
  Typography,
  message,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { yuanToFen } from '../applications/money';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { ACHIEVEMENT_KINDS, linesOf, type AchievementKind } from './parts';

interface AchievementForm {
  kind: AchievementKind;
  title: string;
  repositoryUrls?: string;
  role?: 'maintainer' | 'contributor' | 'author';
  mergedWork?: string;
  description?: string;
  users?: number;
  revenueYuan?: number;
  rank?: string;
  year?: number;
  evidenceLinks?: string;
}

interface SubmissionForm {
  statement?: string;
  achievements: AchievementForm[];
}

function toBody(values: SubmissionForm) {
  return {
    statement: values.statement?.trim() || null,
    achievements: values.achievements.map((achievement) => {
      const evidenceLinks = linesOf(achievement.evidenceLinks);
      switch (achievement.kind) {
        case 'open-source':
          return {
            kind: 'open-source' as const,
            title: achievement.title,
            repositoryUrls: linesOf(achievement.repositoryUrls),
            role: achievement.role ?? 'contributor',
            mergedWork: achievement.mergedWork?.trim() || null,
            evidenceLinks,
          };
        case 'application':
          return {
            kind: 'application' as const,
            title: achievement.title,
            description: achievement.description?.trim() || null,
            users: achievement.users ?? null,
            annualRevenueFen: yuanToFen(achievement.revenueYuan),
            evidenceLinks,
          };
        default:
          return {
            kind: 'competition' as const,
            title: achievement.title,
            rank: achievement.rank ?? '',
            year: achievement.year ?? new Date().getFullYear(),
            evidenceLinks,
          };
      }
    }),
  };
}

/** A founder submits achievements for recognition (A.P1) and follows their submissions. */
export default function SubmitPage() {
  const { t } = useTranslation('talent');
  const [form] = Form.useForm<SubmissionForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const mine = useApi((signal) => apiClient.GET('/talent/submissions/mine', { signal }), []);

  const send = async (values: SubmissionForm) => {
    setSaving(true);
    setFailure(null);
    try {
      await apiClient.POST('/talent/submissions', { body: toBody(values) as never });
      message.success(t('submit.sent'));
      form.resetFields();
      mine.reload();
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    } finally {
      setSaving(false);
    }
  };

  if (mine.error && !mine.data) return <LoadFailed error={mine.error} onRetry={mine.reload} />;
  const required = { required: true, whitespace: true, message: t('submit.required') };
  return (
    <>
      <PageHeading title={t('titles.submit')} description={t('submit.description')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('submit.mine')}>
          <List
            data-testid="talent-mine"
            loading={mine.loading && !mine.data}
            locale={{ emptyText: t('submit.none') }}
            dataSource={mine.data ?? []}
            renderItem={(item) => (
              <List.Item data-testid={`talent-submission-${item.id}`}>
                <SubmissionLine
                  id={item.id}
                  status={item.status}
                  kinds={item.kinds}
                  submittedAt={item.submittedAt}
                />
              </List.Item>
            )}
          />
        </Card>
        <Card title={t('submit.new')}>
          {failure && (
            <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />
          )}
          <Form
            form={form}
            layout="vertical"
            onFinish={send}
            initialValues={{ achievements: [{ kind: 'open-source', role: 'maintainer' }] }}
          >
            <Form.Item name="statement" label={t('submit.statement')}>
              <Input.TextArea rows={2} maxLength={4000} data-testid="talent-statement" />
            </Form.Item>
            <Form.List name="achievements">
              {(fields, { add, remove }) => (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {fields.map((field, index) => (
                    <Card
                      key={field.key}
                      size="small"
                      title={`${t('submit.achievements')} ${index + 1}`}
                      extra={
                        fields.length > 1 && (
                          <Button type="link" onClick={() => remove(field.name)}>
                            {t('submit.remove')}
                          </Button>
                        )
                      }
                      data-testid={`talent-achievement-${index}`}
                    >
                      <Form.Item
                        name={[field.name, 'kind']}
                        label={t('submit.kind')}
                        rules={[{ required: true, message: t('submit.required') }]}
                      >
                        <Select
                          data-testid={`talent-kind-${index}`}
                          options={ACHIEVEMENT_KINDS.map((kind) => ({
                            value: kind,
                            label: t(`kinds.${kind}`),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'title']}
                        label={t('submit.title')}
                        extra={t('submit.titleHelp')}
                        rules={[required]}
                      >
                        <Input maxLength={200} data-testid={`talent-title-${index}`} />
                      </Form.Item>
                      <Form.Item noStyle shouldUpdate>
                        {() => {
                          const kind = form.getFieldValue([
                            'achievements',
                            field.name,
                            'kind',
                          ]) as AchievementKind;
                          if (kind === 'open-source')
                            return (
                              <>
                                <Form.Item
                                  name={[field.name, 'repositoryUrls']}
                                  label={t('submit.repositoryUrls')}
                                  rules={[required]}
                                >
                                  <Input.TextArea
                                    rows={2}
                                    data-testid={`talent-repositories-${index}`}
                                  />
                                </Form.Item>
                                <Form.Item
                                  name={[field.name, 'role']}
                                  label={t('submit.role')}
                                  rules={[{ required: true, message: t('submit.required') }]}
                                >
                                  <Select
                                    options={(['maintainer', 'contributor', 'author'] as const).map(
                                      (role) => ({ value: role, label: t(`roles.${role}`) }),
                                    )}
                                  />
                                </Form.Item>
                                <Form.Item
                                  name={[field.name, 'mergedWork']}
                                  label={t('submit.mergedWork')}
                                >
                                  <Input maxLength={2000} />
                                </Form.Item>
                              </>
                            );
                          if (kind === 'application')
                            return (
                              <>
                                <Form.Item
                                  name={[field.name, 'description']}
                                  label={t('submit.productDescription')}
                                >
                                  <Input.TextArea rows={2} maxLength={2000} />
                                </Form.Item>
                                <Space wrap>
                                  <Form.Item name={[field.name, 'users']} label={t('submit.users')}>
                                    <InputNumber min={0} precision={0} />
                                  </Form.Item>
                                  <Form.Item
                                    name={[field.name, 'revenueYuan']}
                                    label={t('submit.revenue')}
                                  >
                                    <InputNumber min={0} precision={2} style={{ width: 200 }} />
                                  </Form.Item>
                                </Space>
                              </>
                            );
                          return (
                            <Space wrap>
                              <Form.Item
                                name={[field.name, 'rank']}
                                label={t('submit.rank')}
                                rules={[required]}
                              >
                                <Input maxLength={100} data-testid={`talent-rank-${index}`} />
                              </Form.Item>
                              <Form.Item
                                name={[field.name, 'year']}
                                label={t('submit.year')}
                                rules={[{ required: true, message: t('submit.required') }]}
                              >
                                <InputNumber
                                  min={1950}
                                  max={2100}
                                  precision={0}
                                  data-testid={`talent-year-${index}`}
                                />
                              </Form.Item>
                            </Space>
                          );
                        }}
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'evidenceLinks']}
                        label={t('submit.evidenceLinks')}
                        rules={[required]}
                      >
                        <Input.TextArea rows={2} data-testid={`talent-evidence-${index}`} />
                      </Form.Item>
                    </Card>
                  ))}
                  <Button onClick={() => add({ kind: 'competition' })} data-testid="talent-add">
                    {t('submit.add')}
                  </Button>
                </Space>
              )}
            </Form.List>
            <Button
              type="primary"
              htmlType="submit"
              loading={saving}
              style={{ marginTop: 16 }}
              data-testid="talent-send"
            >
              {t('submit.send')}
            </Button>
          </Form>
        </Card>
      </Space>
    </>
  );
}

function SubmissionLine(props: {
  id: string;
  status: string;
  kinds: AchievementKind[];
  submittedAt: string;
}) {
  const { t } = useTranslation('talent');
  const detail = useApi(
    (signal) =>
      props.status === 'recognised'
        ? apiClient.GET('/talent/submissions/{submissionId}', {
            params: { path: { submissionId: props.id } },
            signal,
          })
        : Promise.resolve(undefined),
    [props.id, props.status],
  );
  const recognition = detail.data?.recognition;
  return (
    <Space direction="vertical" size={2}>
      <Space wrap>
        <Tag
          color={
            props.status === 'recognised' ? 'green' : props.status === 'refused' ? 'red' : 'blue'
          }
          data-testid="talent-status"
        >
          {t(`statuses.${props.status as 'submitted'}`)}
        </Tag>
        {props.kinds.map((kind) => (
          <Tag key={kind}>{t(`kinds.${kind}`)}</Tag>
        ))}
        <Typography.Text type="secondary">{props.submittedAt.slice(0, 10)}</Typography.Text>
      </Space>
      {recognition && (
        <Space wrap>
          <Typography.Text>{t('submit.grounds', { text: recognition.grounds })}</Typography.Text>
          <Link to={`/verify/${recognition.certificateCode}`} data-testid="talent-certificate-link">
            {t('submit.certificate')} {recognition.certificateCode}
          </Link>
        </Space>
      )}
    </Space>
  );
}
