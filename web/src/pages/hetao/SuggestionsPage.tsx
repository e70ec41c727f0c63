import { LikeOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { applyFieldErrors, describeError, isApiError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { ListItemMeta } from '../../components/ListItemMeta';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { useSession } from '../../session/session-context';
import { CategoryTag, Code, GroupStatusTag, SectionTabs } from './parts';
import { categories, type Category, type SuggestionGroup } from './types';

interface SuggestValues {
  code: string;
  category?: Category;
  goods: string;
  reason: string;
}

/** Suggestions for the next list (B.L3): grouped by heading, with counts and supporters. */
export default function SuggestionsPage() {
  const { t } = useTranslation(['hetao', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const customs = session.hasRole('customs_officer', 'admin');
  const [scope, setScope] = useState<'all' | 'mine'>('all');
  const { data, error, loading, reload } = useApi(
    (signal) =>
      apiClient.GET(scope === 'mine' ? '/hetao/suggestions/mine' : '/hetao/suggestions', {
        signal,
      }),
    [scope],
  );
  const [form] = Form.useForm<SuggestValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pulling, setPulling] = useState<SuggestionGroup | null>(null);
  const [declining, setDeclining] = useState<SuggestionGroup | null>(null);

  const suggest = async (values: SuggestValues) => {
    setBusy(true);
    setFailure(null);
    try {
      const group = await apiClient.POST('/hetao/suggestions', { body: values });
      void message.success(t('suggestions.submitted', { heading: group.heading }));
      form.resetFields();
      reload();
    } catch (caught) {
      const unmatched = applyFieldErrors(form, caught);
      if (!isApiError(caught, 'request.validation_failed') || unmatched.length > 0)
        setFailure(describeError(caught));
    } finally {
      setBusy(false);
    }
  };
  const support = async (group: SuggestionGroup) => {
    try {
      await apiClient.POST('/hetao/suggestion-groups/{id}/support', {
        params: { path: { id: group.id } },
      });
      reload();
    } catch (caught) {
      void message.error(describeError(caught));
    }
  };

  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading title={t('titles.suggestions')} description={t('suggestions.description')} />
      <SectionTabs kind={customs ? 'console' : 'portal'} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {session.me && session.me.memberships.length > 0 && (
          <Card title={t('suggestions.new')}>
            {failure && (
              <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />
            )}
            <Form<SuggestValues> form={form} layout="vertical" onFinish={suggest}>
              <Space wrap align="start">
                <Form.Item
                  name="code"
                  label={t('suggestions.code')}
                  extra={t('suggestions.codeHelp')}
                  rules={[{ required: true, message: t('common:validation.required') }]}
                >
                  <Input style={{ width: 200 }} data-testid="suggest-code" />
                </Form.Item>
                <Form.Item name="category" label={t('suggestions.category')}>
                  <Select
                    allowClear
                    style={{ width: 220 }}
                    options={categories.map((category) => ({
                      value: category,
                      label: t(`categories.${category}`),
                    }))}
                  />
                </Form.Item>
              </Space>
              <Form.Item
                name="goods"
                label={t('suggestions.goods')}
                rules={[
                  { required: true, whitespace: true, message: t('common:validation.required') },
                ]}
              >
                <Input maxLength={500} data-testid="suggest-goods" />
              </Form.Item>
              <Form.Item
                name="reason"
                label={t('suggestions.reason')}
                extra={t('suggestions.reasonHelp')}
                rules={[
                  { required: true, whitespace: true, message: t('common:validation.required') },
                ]}
              >
                <Input.TextArea rows={3} maxLength={2000} data-testid="suggest-reason" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="suggest-submit">
                {t('suggestions.submit')}
              </Button>
            </Form>
          </Card>
        )}
        <Card
          title={
            <Segmented
              value={scope}
              onChange={(value) => setScope(value as 'all' | 'mine')}
              options={[
                { value: 'all', label: t('suggestions.all') },
                { value: 'mine', label: t('suggestions.mine') },
              ]}
            />
          }
        >
          <List<SuggestionGroup>
            loading={loading}
            dataSource={data ?? []}
            locale={{ emptyText: <Empty description={t('suggestions.empty')} /> }}
            renderItem={(group) => (
              <List.Item
                key={group.id}
                data-testid="suggestion-group"
                data-heading={group.heading}
                actions={[
                  ...(group.allowedActions.includes('support')
                    ? [
                        <Button
                          key="support"
                          icon={<LikeOutlined />}
                          onClick={() => support(group)}
                        >
                          {t('suggestions.support')}
                        </Button>,
                      ]
                    : []),
                  ...(group.allowedActions.includes('pull')
                    ? [
                        <Button key="pull" type="primary" onClick={() => setPulling(group)}>
                          {t('suggestions.pull')}
                        </Button>,
                      ]
                    : []),
                  ...(group.allowedActions.includes('decline')
                    ? [
                        <Button key="decline" onClick={() => setDeclining(group)}>
                          {t('suggestions.decline')}
                        </Button>,
                      ]
                    : []),
                ]}
              >
                {/* Each group's title is an h2, under the page's h1. */}
                <ListItemMeta
                  level={2}
                  title={
                    <Space wrap>
                      <span>{t('suggestions.headingGroup', { heading: group.heading })}</span>
                      <GroupStatusTag status={group.status} />
                      {group.mine && <Tag>{t('suggestions.yours')}</Tag>}
                      {group.iSupport && <Tag color="blue">{t('suggestions.youSupport')}</Tag>}
                    </Space>
                  }
                  description={
                    <Space direction="vertical" size={4} style={{ width: '100%' }}>
                      <Typography.Text type="secondary">
                        {t('suggestions.counts', {
                          suggestions: group.suggestionCount,
                          supporters: group.supporterCount,
                          backers: group.backers,
                        })}
                      </Typography.Text>
                      {group.suggestions.map((suggestion) => (
                        <div key={suggestion.id}>
                          <Space wrap size={4}>
                            <Code code={suggestion.code} />
                            <CategoryTag category={suggestion.category} />
                            <Typography.Text strong>{suggestion.goods}</Typography.Text>
                          </Space>
                          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                            {suggestion.reason}
                            {suggestion.proposer &&
                              ` — ${t('suggestions.proposer')}: ${suggestion.proposer.name}（${suggestion.proposer.organisationName ?? suggestion.proposer.email}）`}
                          </Typography.Paragraph>
                        </div>
                      ))}
                      {group.supporters && group.supporters.length > 0 && (
                        <Typography.Text type="secondary">
                          {t('suggestions.supporters')}:{' '}
                          {group.supporters.map((supporter) => supporter.name).join('、')}
                        </Typography.Text>
                      )}
                      {group.pulledIntoVersionId && (
                        <Link to={`/hetao/lists/${group.pulledIntoVersionId}`}>
                          {t('suggestions.pulledInto', { item: group.pulledItemId })}
                        </Link>
                      )}
                      {group.status === 'declined' && group.decisionNote && (
                        <Typography.Text type="warning">
                          {t('suggestions.declinedBecause', { reason: group.decisionNote })}
                        </Typography.Text>
                      )}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      </Space>
      {pulling && (
        <PullModal
          group={pulling}
          onClose={() => setPulling(null)}
          onDone={() => {
            setPulling(null);
            reload();
          }}
        />
      )}
      {declining && (
        <DeclineModal
          group={declining}
          onClose={() => setDeclining(null)}
          onDone={() => {
            setDeclining(null);
            reload();
          }}
        />
      )}
    </>
  );
}

interface PullValues {
  category: Category;
  nameZhHans: string;
  nameZhHant?: string;
  nameEn?: string;
  includes?: string;
}

function PullModal({
  group,
  onClose,
  onDone,
}: {
  group: SuggestionGroup;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation(['hetao', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<PullValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (values: PullValues) => {
    setBusy(true);
    setFailure(null);
    try {
      const includes = values.includes?.split(/[;；,，\s]+/).filter(Boolean);
      await apiClient.POST('/hetao/suggestion-groups/{id}/pull', {
        params: { path: { id: group.id } },
        body: {
          category: values.category,
          nameZhHans: values.nameZhHans,
          ...(values.nameZhHant ? { nameZhHant: values.nameZhHant } : {}),
          ...(values.nameEn ? { nameEn: values.nameEn } : {}),
          ...(includes && includes.length > 0 ? { includes } : {}),
        },
      });
      void message.success(t('suggestions.pulled'));
      onDone();
    } catch (caught) {
      applyFieldErrors(form, caught);
      setFailure(describeError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('suggestions.pullTitle', { heading: group.heading })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t('suggestions.pull')}
      cancelText={t('common:actions.cancel')}
    >
      <Typography.Paragraph type="secondary">{t('suggestions.pullHelp')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<PullValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          category:
            group.suggestions.find((suggestion) => suggestion.category)?.category ?? 'consumables',
          nameZhHans: group.suggestions[0]?.goods.slice(0, 100),
        }}
      >
        <Form.Item name="category" label={t('common.category')} rules={[{ required: true }]}>
          <Select
            options={categories.map((category) => ({
              value: category,
              label: t(`categories.${category}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="nameZhHans"
          label={t('suggestions.nameZhHans')}
          rules={[{ required: true, whitespace: true, message: t('common:validation.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="nameZhHant" label={t('suggestions.nameZhHant')}>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('suggestions.nameEn')}>
          <Input />
        </Form.Item>
        <Form.Item name="includes" label={t('suggestions.includes')}>
          <Input
            placeholder={[...new Set(group.suggestions.map((suggestion) => suggestion.code))].join(
              ';',
            )}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DeclineModal({
  group,
  onClose,
  onDone,
}: {
  group: SuggestionGroup;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation(['hetao', 'common']);
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await apiClient.POST('/hetao/suggestion-groups/{id}/decline', {
        params: { path: { id: group.id } },
        body: { reason },
      });
      void message.success(t('suggestions.declined'));
      onDone();
    } catch (caught) {
      void message.error(describeError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('suggestions.decline')}
      onCancel={onClose}
      onOk={submit}
      okButtonProps={{ disabled: !reason.trim(), danger: true }}
      confirmLoading={busy}
      okText={t('suggestions.decline')}
      cancelText={t('common:actions.cancel')}
    >
      <Input.TextArea
        rows={3}
        placeholder={t('suggestions.declineReason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </Modal>
  );
}
