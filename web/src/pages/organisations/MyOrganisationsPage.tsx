import { PlusOutlined } from '@ant-design/icons';
import { Card, Empty, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import type { Organisation } from '../../api/types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { InvitationsCard } from './InvitationsCard';
import { ButtonLink } from '../../components/ButtonLink';

export default function MyOrganisationsPage() {
  const { t } = useTranslation('organisations');
  const navigate = useNavigate();
  const { data, error, loading, reload } = useApi(
    (signal) => apiClient.GET('/organisations', { signal }),
    [],
  );
  const registerButton = (
    <ButtonLink
      to="/organisations/new"
      type="primary"
      icon={<PlusOutlined />}
      data-testid="register-organisation"
    >
      {t('list.register')}
    </ButtonLink>
  );

  if (error && !data) return <LoadFailed error={error} onRetry={reload} />;
  return (
    <>
      <PageHeading
        title={t('titles.mine')}
        description={t('list.description')}
        extra={registerButton}
      />
      <InvitationsCard onAccepted={reload} />
      <Card>
        <Table<Organisation>
          rowKey="id"
          loading={loading}
          dataSource={data ?? []}
          pagination={false}
          onRow={(organisation) => ({
            onClick: () => navigate(`/organisations/${organisation.id}`),
            style: { cursor: 'pointer' },
          })}
          locale={{
            emptyText: (
              <Empty description={t('list.empty')}>
                <p>{t('list.emptyHint')}</p>
                {registerButton}
              </Empty>
            ),
          }}
          columns={[
            {
              title: t('columns.name'),
              dataIndex: 'name',
              render: (name: string, organisation) => (
                <Link to={`/organisations/${organisation.id}`}>{name}</Link>
              ),
            },
            { title: t('columns.creditCode'), dataIndex: 'creditCode', responsive: ['md'] },
            {
              title: t('columns.kind'),
              dataIndex: 'kind',
              responsive: ['sm'],
              render: (kind: Organisation['kind']) => t(`kinds.${kind}`),
            },
            {
              title: t('columns.myRole'),
              dataIndex: 'myRole',
              render: (role: Organisation['myRole']) =>
                role && (
                  <Tag color={role === 'founder' ? 'gold' : 'default'}>
                    {t(`memberRoles.${role}`)}
                  </Tag>
                ),
            },
            {
              title: t('columns.createdAt'),
              dataIndex: 'createdAt',
              render: (value: string) => dayjs(value).format('LL'),
            },
          ]}
        />
      </Card>
    </>
  );
}
