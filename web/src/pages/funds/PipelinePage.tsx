import {
  Alert,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  List,
  Row,
  Select,
  Space,
  Tag,
  message,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { currentLanguage } from '../../i18n';
import { yuanToFen } from '../applications/money';
import { ProfileCard, StageHistory, type Stage } from './parts';

type Move = 'meeting' | 'due-diligence' | 'invested' | 'declined';
const NEXT: Record<Stage, Move[]> = {
  introduced: ['meeting', 'declined'],
  meeting: ['due-diligence', 'declined'],
  'due-diligence': ['invested', 'declined'],
  invested: [],
  declined: [],
};

interface MoveForm {
  stage: Move;
  reason: string;
  amountYuan?: number;
}

/** Fund staff: their own fund's pipeline; one introduction's profile and stage moves. */
export default function PipelinePage() {
  const { t } = useTranslation('funds');
  const language = currentLanguage();
  const { id } = useParams();
  const [form] = Form.useForm<MoveForm>();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const pipeline = useApi((signal) => apiClient.GET('/funds/pipeline', { signal }), []);

  if (pipeline.error && isApiError(pipeline.error, 'fund.staff_unassigned'))
    return (
      <>
        <PageHeading title={t('titles.pipeline')} />
        <Alert type="warning" showIcon message={t('pipeline.unassigned')} />
      </>
    );
  if (pipeline.error && !pipeline.data)
    return <LoadFailed error={pipeline.error} onRetry={pipeline.reload} />;
  const rows = pipeline.data ?? [];
  const chosen = rows.find((row) => row.id === id) ?? rows[0];

  const move = async (values: MoveForm) => {
    if (!chosen) return;
    setSaving(true);
    setFailure(null);
    try {
      await apiClient.POST('/funds/introductions/{introductionId}/stage', {
        params: { path: { introductionId: chosen.id } },
        body: {
          stage: values.stage,
          reason: values.reason,
          investedAmountFen: values.stage === 'invested' ? yuanToFen(values.amountYuan) : null,
        },
      });
      message.success(t('pipeline.moved'));
      form.resetFields();
      pipeline.reload();
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) setFailure(problem);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeading title={t('titles.pipeline')} description={t('pipeline.description')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card>
            <List
              data-testid="fund-pipeline"
              loading={pipeline.loading && !pipeline.data}
              locale={{ emptyText: t('pipeline.none') }}
              dataSource={rows}
              renderItem={(row) => (
                <List.Item>
                  <Link to={`/funds/pipeline/${row.id}`} data-testid={`fund-row-${row.id}`}>
                    <Space wrap>
                      <span>{row.profile.name}</span>
                      <Tag color={row.id === chosen?.id ? 'blue' : undefined}>
                        {t(`stages.${row.stage}`)}
                      </Tag>
                    </Space>
                  </Link>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {chosen && (
            <Space direction="vertical" size="middle" style={{ width: '100%' }}>
              <Card
                title={`${chosen.profile.name} · ${chosen.fundNames[language]}`}
                extra={<Tag data-testid="fund-current-stage">{t(`stages.${chosen.stage}`)}</Tag>}
              >
                <ProfileCard introduction={chosen} />
              </Card>
              <Card title={t('company.history')}>
                <StageHistory introduction={chosen} />
              </Card>
              {NEXT[chosen.stage].length > 0 && (
                <Card title={t('pipeline.move')}>
                  {failure && (
                    <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />
                  )}
                  <Form form={form} layout="vertical" onFinish={move} style={{ maxWidth: 560 }}>
                    <Form.Item
                      name="stage"
                      label={t('pipeline.to')}
                      rules={[{ required: true, message: t('company.required') }]}
                    >
                      <Select
                        data-testid="fund-move-stage"
                        options={NEXT[chosen.stage].map((stage) => ({
                          value: stage,
                          label: t(`stages.${stage}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() =>
                        form.getFieldValue('stage') === 'invested' && (
                          <Form.Item
                            name="amountYuan"
                            label={t('pipeline.amount')}
                            rules={[{ required: true, message: t('company.required') }]}
                          >
                            <InputNumber min={0.01} precision={2} style={{ width: 220 }} />
                          </Form.Item>
                        )
                      }
                    </Form.Item>
                    <Form.Item
                      name="reason"
                      label={t('pipeline.reason')}
                      rules={[{ required: true, whitespace: true, message: t('company.required') }]}
                    >
                      <Input.TextArea rows={3} maxLength={4000} data-testid="fund-move-reason" />
                    </Form.Item>
                    <Button
                      type="primary"
                      htmlType="submit"
                      loading={saving}
                      data-testid="fund-move"
                    >
                      {t('pipeline.move')}
                    </Button>
                  </Form>
                </Card>
              )}
            </Space>
          )}
        </Col>
      </Row>
    </>
  );
}
