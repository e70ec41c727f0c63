import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { apiClient, type LocalisedText } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeading } from '../../components/PageHeading';
import { PageLoading } from '../../components/PageLoading';
import { LoadFailed } from '../../components/StatusPages';
import { currentLanguage } from '../../i18n';
import { formatFen } from '../applications/money';
import { localised } from '../applications/parts';
import { indexFactsSchema, type FactInfo } from '../navigator/facts';
import { dateTime } from './parts';
import type { Profile } from './types';

type Result = Profile['results'][number];
type Fact = Profile['facts'][number];

const STATUS_COLOURS = { eligible: 'success', ineligible: 'default', unknown: 'warning' } as const;

/** One company profile: its results per policy and each fact with where it came from. */
export default function ProfilePage() {
  const { t } = useTranslation('matching');
  const { id } = useParams();
  const profile = useApi(
    (signal) =>
      apiClient.GET('/matching/profiles/{id}', { params: { path: { id: Number(id) } }, signal }),
    [id],
  );
  const schema = useApi((signal) => apiClient.GET('/facts/schema', { signal }), []);
  const targets = useApi((signal) => apiClient.GET('/matching/import-targets', { signal }), []);
  const districts = useApi((signal) => apiClient.GET('/spaces/districts', { signal }), []);
  const factIndex = useMemo(
    () => (schema.data ? indexFactsSchema(schema.data) : new Map<string, FactInfo>()),
    [schema.data],
  );
  const language = currentLanguage();
  /** A fact named as the import screen names it, else by its question in the navigator. */
  const factLabel = (fact: string) => {
    const label: LocalisedText | undefined = targets.data?.find(
      (target) => target.id === fact,
    )?.label;
    if (label) return localised(label);
    const info = factIndex.get(fact);
    return info ? info.question[language] : fact;
  };
  const factValue = (fact: Fact) => {
    const { value } = fact;
    const info = factIndex.get(fact.fact);
    const option = (item: unknown) =>
      info?.options.find((candidate) => candidate.value === item)?.label[language] ?? String(item);
    if (value === true) return t('profile.yes');
    if (value === false) return t('profile.no');
    if (Array.isArray(value)) return value.map(option).join('、') || t('profile.none');
    if (typeof value === 'number') return info?.type === 'money' ? formatFen(value) : String(value);
    if (typeof value === 'string') return option(value);
    return value === null || value === undefined ? t('profile.none') : JSON.stringify(value);
  };

  if (profile.error && !profile.data)
    return <LoadFailed error={profile.error} onRetry={profile.reload} />;
  if (!profile.data) return <PageLoading />;
  const data = profile.data;
  const district = districts.data?.find((candidate) => candidate.code === data.district);
  return (
    <>
      <PageHeading
        title={data.name}
        description={data.creditCode}
        extra={
          <ButtonLink to="/matching/profiles" icon={<ArrowLeftOutlined />}>
            {t('profile.back')}
          </ButtonLink>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label={t('profiles.creditCode')}>
              {data.creditCode}
            </Descriptions.Item>
            <Descriptions.Item label={t('profiles.district')}>
              {district ? localised(district.names) : (data.district ?? t('profile.none'))}
            </Descriptions.Item>
            <Descriptions.Item label={t('profiles.foundedOn')}>
              {data.foundedOn ?? t('profile.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('profiles.size')}>
              {data.size ?? t('profile.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('profiles.industry')}>
              {data.industry ?? t('profile.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('profiles.updatedAt')}>
              {dateTime(data.updatedAt)}
            </Descriptions.Item>
          </Descriptions>
          <Tag color={data.organisationId ? 'blue' : 'default'}>
            {data.organisationId ? t('profile.linked') : t('profile.notLinked')}
          </Tag>
        </Card>
        <Card title={t('profile.results')}>
          <Table<Result>
            rowKey="policyId"
            size="small"
            data-testid="profile-results"
            dataSource={data.results}
            pagination={false}
            locale={{ emptyText: <Empty description={t('profile.noResults')} /> }}
            columns={[
              { title: t('profile.policy'), dataIndex: 'name' },
              {
                title: t('profile.status'),
                dataIndex: 'status',
                render: (status: Result['status']) => (
                  <Tag color={STATUS_COLOURS[status]}>{t(`profile.statuses.${status}`)}</Tag>
                ),
              },
              {
                title: t('profile.amount'),
                dataIndex: 'maxAmountFen',
                align: 'right',
                render: (fen: number | null) => (fen === null ? t('profile.none') : formatFen(fen)),
              },
              {
                title: t('profile.missing'),
                dataIndex: 'missingFacts',
                render: (facts: string[]) =>
                  facts.length === 0 ? (
                    t('profile.none')
                  ) : (
                    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                      {facts.map((fact) => (
                        <li key={fact}>{factLabel(fact)}</li>
                      ))}
                    </ul>
                  ),
              },
              {
                title: t('profile.evaluatedOn'),
                dataIndex: 'evaluatedOn',
                responsive: ['lg'],
              },
            ]}
          />
        </Card>
        <Card title={t('profile.facts')}>
          <Table<Fact>
            rowKey="fact"
            size="small"
            data-testid="profile-facts"
            dataSource={data.facts}
            pagination={false}
            locale={{ emptyText: <Empty description={t('profile.noFacts')} /> }}
            columns={[
              { title: t('profile.fact'), key: 'fact', render: (_, fact) => factLabel(fact.fact) },
              { title: t('profile.value'), key: 'value', render: (_, fact) => factValue(fact) },
              {
                title: t('profile.source'),
                key: 'source',
                render: (_, fact) => {
                  const source = fact.provenance;
                  if (source.source === 'imported')
                    return (
                      <Tag color="geekblue">
                        {t('profile.imported', { version: source.version })}
                      </Tag>
                    );
                  return (
                    <Typography.Text>
                      <Tag color="green">
                        {source.subject === 'organisation'
                          ? t('profile.declaredOrganisation')
                          : t('profile.declaredPerson')}
                      </Tag>
                      {source.updatedAt &&
                        t('profile.declaredOn', {
                          date: dayjs(source.updatedAt).format('YYYY-MM-DD'),
                        })}
                    </Typography.Text>
                  );
                },
              },
            ]}
          />
        </Card>
        {data.pushCandidates.length > 0 && (
          <Card title={t('profile.pushes')}>
            <Table
              rowKey={(row) => `${row.policyId}-${row.reason}`}
              size="small"
              dataSource={data.pushCandidates}
              pagination={false}
              columns={[
                { title: t('profile.policy'), dataIndex: 'name' },
                {
                  title: t('profile.status'),
                  key: 'reason',
                  render: (_, row) => t(`profile.reasons.${row.reason}`),
                },
                {
                  title: t('profile.amount'),
                  key: 'amount',
                  align: 'right',
                  render: (_, row) =>
                    row.maxAmountFen === null ? t('profile.none') : formatFen(row.maxAmountFen),
                },
                {
                  title: t('profile.missing'),
                  key: 'missing',
                  render: (_, row) =>
                    row.missingFact ? factLabel(row.missingFact) : t('profile.none'),
                },
                {
                  title: t('profile.pushState'),
                  key: 'sent',
                  render: (_, row) => (row.sentAt ? t('profile.sent') : t('profile.unsent')),
                },
              ]}
            />
          </Card>
        )}
      </Space>
    </>
  );
}
