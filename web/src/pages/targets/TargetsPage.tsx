import {
  Alert,
  Button,
  Card,
  Col,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUrl } from '../../api/client';
import { apiClient, type ApiSchema } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { Heading } from '../../components/Heading';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { isLanguage, type Language } from '../../i18n/languages';

// ECharts is large: it loads only with this page's charts, in its own chunk.
const TargetsChart = lazy(() => import('./TargetsChart'));

type Targets = ApiSchema<'Targets'>;
type Target = Targets['targets'][number];
type TargetId = Target['id'];
type District = Targets['districts'][number];

const TARGET_IDS: TargetId[] = ['A.T1', 'A.T2', 'A.T3', 'A.T4'];

/** Areas in m² and counts with thousands separators; never fen. */
function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function useLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'zh-Hans';
}

/** The city's 2027 targets (A.T1–A.T4), live from the records: public, no sign-in. */
export default function TargetsPage() {
  const { t } = useTranslation('targets');
  const language = useLanguage();
  const [chosen, setChosen] = useState<TargetId>('A.T4');
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/targets', { params: { query: {} }, signal }),
    [],
  );
  const figure = (value: number | null, reason: string | null, unit: Target['unit']) =>
    value === null
      ? t(`reasons.${(reason ?? 'too_few_snapshots') as 'too_few_snapshots'}`)
      : `${formatNumber(value)} ${value === 1 ? t(`unitsOne.${unit}`) : t(`units.${unit}`)}`;

  const progressBars = useMemo(
    () =>
      (data?.targets ?? []).map((target) => ({
        name: `${target.id} ${t(`ids.${target.id}`)}`,
        percent: target.actual === null ? null : (target.actual / target.target) * 100,
      })),
    [data, t],
  );
  const chosenTarget = data?.targets.find((target) => target.id === chosen);
  const historyProps = useMemo(() => {
    if (!chosenTarget || !data) return null;
    const points = chosenTarget.history.flatMap((point) =>
      point.actual === null ? [] : [{ day: point.takenOn, value: point.actual }],
    );
    const last = points.at(-1);
    return {
      points,
      projection:
        chosenTarget.projection2027 !== null && last
          ? { from: last, to: { day: data.deadline, value: chosenTarget.projection2027 } }
          : null,
      target: chosenTarget.target,
    };
  }, [chosenTarget, data]);

  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  const districtName = (district: District) =>
    district.names ? district.names[language] : t('table.unrecorded');

  return (
    <>
      <PageHeading
        title={t('titles.targets')}
        description={t('description')}
        extra={
          <Space wrap>
            <Button href={buildUrl('/targets/export', { format: 'csv' })}>
              {t('downloadCsv')}
            </Button>
            <Button href={buildUrl('/targets/export', { format: 'xlsx' })}>
              {t('downloadXlsx')}
            </Button>
          </Space>
        }
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {data && (
          <Typography.Text type="secondary">{t('date', { date: data.date })}</Typography.Text>
        )}
        <Row gutter={[16, 16]}>
          {(data?.targets ?? TARGET_IDS.map(() => undefined)).map((target, index) => (
            <Col xs={24} sm={12} xl={6} key={target?.id ?? index}>
              <Card
                loading={loading && !data}
                data-testid={target ? `target-${target.id}` : undefined}
              >
                {target && (
                  <Space direction="vertical" size={4} style={{ width: '100%' }}>
                    <Typography.Text strong>
                      {target.id} {t(`ids.${target.id}`)}
                    </Typography.Text>
                    <Statistic
                      title={t('actual')}
                      value={figure(target.actual, target.actualReason, target.unit)}
                      valueStyle={{ fontSize: 22 }}
                    />
                    <Typography.Text data-testid={`target-goal-${target.id}`}>
                      {t('target', { value: figure(target.target, null, target.unit) })}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t('projection', {
                        value: figure(target.projection2027, target.projectionReason, target.unit),
                      })}
                    </Typography.Text>
                    <blockquote
                      style={{ margin: 0, paddingLeft: 8, borderLeft: '3px solid #d9d9d9' }}
                    >
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {t('quoted', { id: target.clause, text: target.quote[language] })}
                      </Typography.Text>
                    </blockquote>
                  </Space>
                )}
              </Card>
            </Col>
          ))}
        </Row>
        {data && (
          <Space direction="vertical" style={{ width: '100%' }}>
            {data.highGrowthDefinition ? (
              <Alert
                type="info"
                showIcon
                message={t('definition', {
                  date: data.highGrowthDefinition.effectiveFrom,
                  text: data.highGrowthDefinition.definition[language],
                })}
                description={t('definitionSource', { text: data.highGrowthDefinition.sourceText })}
              />
            ) : (
              <Alert
                type="warning"
                showIcon
                message={t('reasons.definition_unpublished')}
                description={t('unpublishedHelp')}
              />
            )}
            <ul data-testid="targets-coverage" style={{ margin: 0, paddingLeft: 20 }}>
              <li>{t('coverage.residents', { count: data.coverage.residentCompanies })}</li>
              {data.coverage.openCommunitiesWithoutArea > 0 && (
                <li>
                  {t('coverage.withoutArea', { count: data.coverage.openCommunitiesWithoutArea })}
                </li>
              )}
              {data.coverage.openCommunitiesBelowArea > 0 && (
                <li>
                  {t('coverage.belowArea', { count: data.coverage.openCommunitiesBelowArea })}
                </li>
              )}
              {data.coverage.residentsWithoutRecord > 0 && (
                <li>
                  {t('coverage.withoutRecord', { count: data.coverage.residentsWithoutRecord })}
                </li>
              )}
              {data.coverage.demoCommunitiesExcluded > 0 && (
                <li>{t('coverage.demo', { count: data.coverage.demoCommunitiesExcluded })}</li>
              )}
            </ul>
          </Space>
        )}
        <Card title={t('chart.progress')} loading={loading && !data}>
          <Suspense fallback={<div style={{ height: 240 }} />}>
            <TargetsChart
              kind="progress"
              locale={language === 'en' ? 'EN' : 'ZH'}
              label={t('chart.progress')}
              bars={progressBars}
              percentName={t('chart.percent')}
            />
          </Suspense>
        </Card>
        <Card
          title={t('chart.history', { name: `${chosen} ${t(`ids.${chosen}`)}` })}
          loading={loading && !data}
          extra={
            <Segmented<TargetId>
              aria-label={t('pick')}
              value={chosen}
              onChange={setChosen}
              options={TARGET_IDS.map((id) => ({ value: id, label: id }))}
            />
          }
        >
          {historyProps && (
            <Suspense fallback={<div style={{ height: 300 }} />}>
              <TargetsChart
                kind="history"
                locale={language === 'en' ? 'EN' : 'ZH'}
                label={t('chart.history', { name: `${chosen} ${t(`ids.${chosen}`)}` })}
                names={{
                  snapshots: t('chart.snapshots'),
                  projection: t('chart.projectionLine'),
                  target: t('chart.targetLine'),
                }}
                {...historyProps}
              />
            </Suspense>
          )}
          <Heading level={2} looksLike={5} style={{ marginTop: 16 }}>
            {t('history.title')}
          </Heading>
          <Table
            rowKey="takenOn"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: t('history.empty') }}
            dataSource={chosenTarget?.history ?? []}
            columns={[
              { title: t('history.month'), dataIndex: 'month' },
              {
                title: `${chosen} ${t(`ids.${chosen}`)}`,
                dataIndex: 'actual',
                align: 'right' as const,
                render: (value: number | null) =>
                  chosenTarget ? figure(value, 'definition_unpublished', chosenTarget.unit) : '',
              },
            ]}
          />
        </Card>
        <Card title={t('table.title')} loading={loading && !data}>
          <Table<District>
            rowKey={(district) => district.districtCode ?? 'unrecorded'}
            size="small"
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: t('table.empty') }}
            dataSource={data?.districts ?? []}
            data-testid="targets-districts"
            columns={[
              {
                title: t('table.district'),
                key: 'district',
                render: (_, district) => districtName(district),
              },
              ...TARGET_IDS.map((id) => ({
                title: `${id} ${t(`ids.${id}`)}`,
                key: id,
                align: 'right' as const,
                render: (_: unknown, district: District) => {
                  const value = district.figures[id];
                  return value === null ? t('reasons.definition_unpublished') : formatNumber(value);
                },
              })),
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
