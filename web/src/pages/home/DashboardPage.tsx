import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, List, Row, Space, Tag, Typography, theme } from 'antd';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { homeCards } from '../../app/catalogue';
import { Heading } from '../../components/Heading';
import { useTranslateKey } from '../../i18n';
import type { Role } from '../../api/types';
import { useSession } from '../../session/session-context';

/** Roles whose own modules are not built yet: the home page says what they can do today. */
// NOTE: empty since issue #17 gave the fund role its screens; a role whose module is still to
// come is listed here again, with its `dashboard.roleStatus.<role>` texts in ./i18n.ts.
const rolesInProgress: readonly never[] = [];

/** For each of the account's roles still in progress: what works today, and what is coming. */
function RoleStatus({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation(['home', 'common']);
  const waiting = rolesInProgress.filter((role) => roles.includes(role));
  if (waiting.length === 0) return null;
  return (
    <Card title={t('dashboard.roleStatus.title')} size="small" data-testid="role-status">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {waiting.map((role) => (
          <div key={role} data-role-status={role}>
            <Typography.Text strong>{t(`common:roles.${role}` as const)}</Typography.Text>
            <Typography.Paragraph style={{ margin: '4px 0 0' }}>
              <Tag color="green">{t('dashboard.roleStatus.today')}</Tag>
              {t(`dashboard.roleStatus.${role}.today` as const)}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ margin: '4px 0 0' }}>
              <Tag color="default">{t('dashboard.roleStatus.coming')}</Tag>
              {t(`dashboard.roleStatus.${role}.coming` as const)}
            </Typography.Paragraph>
          </div>
        ))}
      </Space>
    </Card>
  );
}

/** The signed-in home page: a greeting and one entry card per thing the roles allow. */
export function DashboardPage() {
  const { t } = useTranslation(['home', 'common', 'organisations']);
  const translateKey = useTranslateKey();
  const session = useSession();
  const me = session.me!;
  const { token } = theme.useToken();
  const cards = homeCards.filter((card) => session.canSee(card.audience));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        {/* The page's one h1, at the size of an h2. */}
        <Heading level={1} looksLike={2} style={{ marginTop: 0 }} data-testid="greeting">
          {/* The name is the person's own, in whatever script they wrote it. */}
          <Trans
            t={t}
            i18nKey="dashboard.greeting"
            values={{ name: me.account.displayName }}
            components={{ name: <span data-user-content /> }}
          />
        </Heading>
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">{t('dashboard.roles')}</Typography.Text>
          {me.account.roles.map((role) => (
            <Tag key={role} color="geekblue" data-role={role}>
              {t(`common:roles.${role}`)}
            </Tag>
          ))}
        </Flex>
      </div>
      <RoleStatus roles={me.account.roles} />
      <div>
        <Heading level={2} looksLike={4}>
          {t('dashboard.cardsTitle')}
        </Heading>
        {cards.length === 0 ? (
          <Empty description={t('dashboard.noCards')} />
        ) : (
          <Row gutter={[16, 16]} data-testid="home-cards">
            {cards.map((card) => (
              <Col key={card.key} xs={24} sm={12} lg={8}>
                <Link to={card.to} data-card-key={card.key}>
                  <Card hoverable style={{ height: '100%' }}>
                    <Card.Meta
                      avatar={<span style={{ fontSize: 24 }}>{card.icon}</span>}
                      // A long title (in English) wraps rather than ending in "…".
                      title={
                        <span style={{ whiteSpace: 'normal' }}>{translateKey(card.titleKey)}</span>
                      }
                      description={translateKey(card.descriptionKey)}
                    />
                    <Flex justify="flex-end" style={{ marginTop: 12 }}>
                      {/* Looks like a link; not one: the whole card is the link already. */}
                      <span style={{ color: token.colorLink }}>
                        {t('dashboard.open')} <RightOutlined />
                      </span>
                    </Flex>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </div>
      <Card title={t('dashboard.organisations')} size="small">
        {me.memberships.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('dashboard.noOrganisations')}
          />
        ) : (
          <List
            dataSource={me.memberships}
            renderItem={(membership) => (
              <List.Item extra={<Tag>{t(`organisations:memberRoles.${membership.role}`)}</Tag>}>
                <Link to={`/organisations/${membership.organisationId}`}>
                  {membership.organisationName}
                </Link>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Space>
  );
}
