import { App, Card, Empty, Flex, List, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../api/openapi-client';
import type { paths } from '../../api/schema';
import { useApi } from '../../api/use-api';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { formatFen } from '../applications/money';

type Found =
  paths['/matching/found-for-me']['get']['responses'][200]['content']['application/json']['items'][number];

/**
 * `/found-for-you`: what matching found for the companies the signed-in person belongs to —
 * eligible benefits and those one fact away, each with its maximum in yuan and a one-click
 * prefilled application — and the switch that turns benefit pushes off (issue #15 items 3, 6).
 */
export default function FoundForYouPage() {
  const { t, i18n } = useTranslation('matchingFounder');
  const { message } = App.useApp();
  const { data, error, loading, reload, setData } = useApi(
    (signal) => apiClient.GET('/matching/found-for-me', { signal }),
    [i18n.language],
  );
  const [saving, setSaving] = useState(false);
  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;

  const setPushes = (benefitPushes: boolean) => {
    setSaving(true);
    apiClient.PUT('/matching/preferences', { body: { benefitPushes } }).then(
      (saved) => {
        if (data) setData({ ...data, benefitPushes: saved.benefitPushes });
        void message.success(t('pushes.saved'));
        setSaving(false);
      },
      () => {
        setSaving(false);
        reload();
      },
    );
  };

  const groups = new Map<string, Found[]>();
  for (const item of data?.items ?? [])
    groups.set(item.organisationId, [...(groups.get(item.organisationId) ?? []), item]);

  return (
    <>
      <PageHeading title={t('titles.found')} description={t('intro')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} align="center" wrap>
          <Typography.Text id="benefit-pushes-label">{t('pushes.label')}</Typography.Text>
          <Switch
            aria-labelledby="benefit-pushes-label"
            checked={data?.benefitPushes ?? true}
            checkedChildren={t('pushes.on')}
            unCheckedChildren={t('pushes.off')}
            loading={saving || (loading && !data)}
            onChange={setPushes}
          />
        </Flex>
      </Card>
      {data && data.items.length === 0 ? <Empty description={t('empty')} /> : null}
      {[...groups.values()].map((items) => (
        <Card
          key={items[0]!.organisationId}
          title={items[0]!.organisationName}
          style={{ marginBottom: 16 }}
          loading={loading && !data}
        >
          <List
            dataSource={items}
            rowKey={(item) => item.policyId}
            renderItem={(item) => (
              <List.Item
                actions={[
                  <ButtonLink key="apply" type="primary" to={item.applyPath}>
                    {t('apply')}
                  </ButtonLink>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Flex gap={8} wrap align="center">
                      <span>{item.name}</span>
                      {item.reason === 'eligible' ? (
                        <Tag color="green">{t('reason.eligible')}</Tag>
                      ) : (
                        <Tag color="gold">{t('reason.oneFactAway')}</Tag>
                      )}
                    </Flex>
                  }
                  description={
                    <Flex vertical gap={2}>
                      <Typography.Text strong>
                        {item.maxAmountFen !== null && item.maxAmountFen > 0
                          ? t('upTo', { amount: formatFen(item.maxAmountFen) })
                          : t('amountUnset')}
                      </Typography.Text>
                      {item.missingFactQuestion ? (
                        <Typography.Text>
                          {t('missing', { question: item.missingFactQuestion })}
                        </Typography.Text>
                      ) : null}
                      <Typography.Text type="secondary">
                        {t('evaluatedOn', { date: item.evaluatedOn })}
                      </Typography.Text>
                    </Flex>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      ))}
    </>
  );
}
