import { Alert, Card, Col, Collapse, Flex, List, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOGIN_PATH, REGISTER_PATH } from '../../app/paths';
import { ButtonLink } from '../../components/ButtonLink';
import { policyAClauses, policyBClauses, pointClauses, type QuotedClause } from './policy-clauses';

function ClauseTags({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation('home');
  return (
    <Space size={4} wrap>
      {ids.map((id) => (
        <Tag key={id} color="blue" aria-label={t('landing.clauseLabel', { id })}>
          {id}
        </Tag>
      ))}
    </Space>
  );
}

function QuotedSources({ clauses, extra }: { clauses: QuotedClause[]; extra?: React.ReactNode }) {
  const { t } = useTranslation('home');
  return (
    <Collapse
      ghost
      size="small"
      items={[
        {
          key: 'sources',
          label: t('landing.sourceToggle'),
          children: (
            <>
              <Typography.Paragraph type="secondary">
                {t('landing.sourceNote')}
              </Typography.Paragraph>
              {clauses.map((clause) => (
                <Typography.Paragraph key={clause.id}>
                  <Tag>{clause.id}</Tag>
                  <span lang="zh-Hant">「{clause.quote}」</span>
                </Typography.Paragraph>
              ))}
              {extra}
            </>
          ),
        },
      ]}
    />
  );
}

/** The public front page: what the two policies offer, briefly, and the way in. */
export function LandingPage() {
  const { t } = useTranslation('home');
  const policyA = ['space', 'compute', 'talent', 'housing'] as const;
  const policyB = ['who', 'list', 'when'] as const;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ marginTop: 0, fontSize: 'clamp(22px, 4vw, 32px)' }}>
          {t('landing.heroTitle')}
        </Typography.Title>
        <Typography.Paragraph style={{ fontSize: 16 }}>
          {t('landing.heroText')}
        </Typography.Paragraph>
        <Flex gap={12} wrap>
          <ButtonLink to={LOGIN_PATH} type="primary" size="large" data-testid="landing-sign-in">
            {t('landing.signIn')}
          </ButtonLink>
          <ButtonLink to={REGISTER_PATH} size="large" data-testid="landing-register">
            {t('landing.register')}
          </ButtonLink>
        </Flex>
      </Card>
      <Alert type="info" showIcon title={t('landing.ceilingNote')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={<span style={{ whiteSpace: 'normal' }}>{t('landing.policyA.title')}</span>}>
            <Typography.Paragraph strong>
              {t('landing.policyA.summary')} <ClauseTags ids={pointClauses.policyA.summary} />
            </Typography.Paragraph>
            <List
              dataSource={[...policyA]}
              renderItem={(point) => (
                <List.Item>
                  <div>
                    {t(`landing.policyA.${point}`)} <ClauseTags ids={pointClauses.policyA[point]} />
                  </div>
                </List.Item>
              )}
            />
            <QuotedSources clauses={policyAClauses} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<span style={{ whiteSpace: 'normal' }}>{t('landing.policyB.title')}</span>}>
            <Typography.Paragraph strong>
              {t('landing.policyB.summary')} <ClauseTags ids={pointClauses.policyB.summary} />
            </Typography.Paragraph>
            <List
              dataSource={[...policyB]}
              renderItem={(point) => (
                <List.Item>
                  <div>
                    {t(`landing.policyB.${point}`)} <ClauseTags ids={pointClauses.policyB[point]} />
                  </div>
                </List.Item>
              )}
            />
            <QuotedSources
              clauses={policyBClauses}
              extra={
                <Typography.Paragraph>
                  <Tag>B.N1</Tag>
                  <Typography.Text type="secondary">
                    ({t('landing.secondarySource')})
                  </Typography.Text>{' '}
                  {t('landing.noticeN1')}
                </Typography.Paragraph>
              }
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
