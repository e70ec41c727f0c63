import {
  App as AntApp,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { type Challenge, type Consortium, ConsortiumStatusTag, localised } from './parts';

/**
 * A panel member's page: the challenges they sit on, each submitted consortium with its members
 * and the published rubric to score; a declared conflict of interest (or belonging to one of the
 * consortium's organisations) is refused by the server.
 */
export default function PanelPage() {
  const { t } = useTranslation('scenarios');
  const challenges = useApi((signal) => apiClient.GET('/challenges/panel/mine', { signal }), []);
  if (challenges.error && !challenges.data)
    return <LoadFailed error={challenges.error} onRetry={challenges.reload} />;
  return (
    <>
      <PageHeading title={t('titles.panel')} description={t('panel.description')} />
      {(challenges.data ?? []).length === 0 && !challenges.loading ? (
        <Card>
          <Empty description={t('panel.noChallenges')} />
        </Card>
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {(challenges.data ?? []).map((challenge) => (
            <Card
              key={challenge.id}
              title={localised(challenge.title)}
              data-testid="panel-challenge"
            >
              <PanelConsortia challenge={challenge} />
            </Card>
          ))}
        </Space>
      )}
    </>
  );
}

function PanelConsortia({ challenge }: { challenge: Challenge }) {
  const { t } = useTranslation('scenarios');
  const consortia = useApi(
    (signal) =>
      apiClient.GET('/challenges/{challengeId}/consortia', {
        params: { path: { challengeId: challenge.id } },
        signal,
      }),
    [challenge.id],
  );
  return (
    <List<Consortium>
      dataSource={consortia.data ?? []}
      locale={{ emptyText: <Empty description={t('common.none')} /> }}
      renderItem={(consortium) => (
        <List.Item data-testid="panel-consortium">
          <ScoreCard challenge={challenge} consortium={consortium} onChanged={consortia.reload} />
        </List.Item>
      )}
    />
  );
}

function ScoreCard({
  challenge,
  consortium,
  onChanged,
}: {
  challenge: Challenge;
  consortium: Consortium;
  onChanged: () => void;
}) {
  const { t } = useTranslation('scenarios');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  const [conflictReason, setConflictReason] = useState('');
  const submit = async (values: { scores: Record<string, number>; comment: string }) => {
    try {
      await apiClient.POST('/challenges/consortia/{consortiumId}/scores', {
        params: { path: { consortiumId: consortium.id } },
        body: values,
      });
      void message.success(t('panel.scored'));
      onChanged();
    } catch (error) {
      const text = submitFailure(form, error);
      if (text) void message.error(text);
    }
  };
  const declare = async () => {
    const reason = conflictReason.trim();
    if (!reason) return;
    try {
      await apiClient.POST('/challenges/{challengeId}/conflicts', {
        params: { path: { challengeId: challenge.id } },
        body: { consortiumId: consortium.id, reason },
      });
      onChanged();
    } catch (error) {
      void message.error(describeError(error));
    }
  };
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      title={
        <Space wrap>
          {consortium.members.map((member) => member.organisationName).join(' + ')}
          <ConsortiumStatusTag status={consortium.status} />
        </Space>
      }
    >
      <Typography.Paragraph>{consortium.proposal}</Typography.Paragraph>
      <Form form={form} layout="inline" onFinish={submit}>
        {challenge.criteria.map((criterion) => (
          <Form.Item
            key={criterion.id}
            name={['scores', criterion.id]}
            label={`${localised(criterion.label)} (≤ ${criterion.maxScore})`}
            rules={[{ required: true }]}
          >
            <InputNumber
              min={0}
              max={criterion.maxScore}
              precision={0}
              data-testid={`score-${criterion.id}`}
            />
          </Form.Item>
        ))}
        <Form.Item name="comment" label={t('panel.comment')} rules={[{ required: true }]}>
          <Input data-testid="score-comment" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="score-submit">
          {t('panel.score')}
        </Button>
      </Form>
      <Space wrap style={{ marginTop: 8 }}>
        <Input
          placeholder={t('panel.conflictReason')}
          value={conflictReason}
          onChange={(event) => setConflictReason(event.target.value)}
          style={{ width: 260 }}
        />
        <Button danger onClick={() => void declare()}>
          {t('panel.declareConflict')}
        </Button>
      </Space>
    </Card>
  );
}
