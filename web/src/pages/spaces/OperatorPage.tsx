import { Alert, Card, Empty, Flex, Select, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { ApplicationsPanel } from './ApplicationsPanel';
import { LadderCard } from './LadderCard';
import { LeasesPanel } from './LeasesPanel';
import { OccupancyPanel } from './OccupancyPanel';
import { ReportsPanel } from './ReportsPanel';
import { ResidentsPanel } from './ResidentsPanel';
import { CommunityStatusTag, communityName, localised } from './parts';
import { UnitsGrid } from './UnitsGrid';
import type { Community } from './types';

/**
 * The community operator's workspace (issue #14 item 6): their community's ladder, floor plan,
 * applications, leases and occupancy. An administrator sees every community.
 */
export default function OperatorPage() {
  const { t } = useTranslation('spaces');
  const communities = useApi(
    (signal) => apiClient.GET('/spaces/communities/operated', { signal }),
    [],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const list = communities.data ?? [];
  const community = list.find((row) => row.id === chosen) ?? list[0];
  if (communities.error && !communities.data)
    return <LoadFailed error={communities.error} onRetry={communities.reload} />;
  return (
    <>
      <PageHeading
        title={t('titles.operate')}
        description={t('operate.description')}
        extra={
          list.length > 1 && (
            <Flex align="center" gap={8} wrap>
              <label htmlFor="space-community">{t('operate.chooseCommunity')}</label>
              <Select
                id="space-community"
                value={community?.id}
                onChange={setChosen}
                showSearch
                optionFilterProp="label"
                options={list.map((row) => ({ value: row.id, label: communityName(row) }))}
                style={{ minWidth: 240, maxWidth: '100%' }}
                data-testid="community-select"
              />
            </Flex>
          )
        }
      />
      {communities.loading && !communities.data && <Card loading />}
      {communities.data && !community && (
        <Card>
          <Empty description={t('operate.noCommunity')} />
        </Card>
      )}
      {community && (
        <CommunityWorkspace
          key={community.id}
          community={community}
          onCommunityChanged={communities.reload}
        />
      )}
    </>
  );
}

function CommunityWorkspace({
  community,
  onCommunityChanged,
}: {
  community: Community;
  onCommunityChanged: () => void;
}) {
  const { t } = useTranslation('spaces');
  const communityId = community.id;
  const units = useApi(
    (signal) =>
      apiClient.GET('/spaces/communities/{communityId}/units', {
        params: { path: { communityId } },
        signal,
      }),
    [communityId],
  );
  const applications = useApi(
    (signal) =>
      // NOTE: one page of up to 500 (the API pages by keyset; the Link header has the next page).
      apiClient.GET('/spaces/communities/{communityId}/applications', {
        params: { path: { communityId }, query: { limit: 500 } },
        signal,
      }),
    [communityId],
  );
  const leases = useApi(
    (signal) =>
      apiClient.GET('/spaces/communities/{communityId}/leases', {
        params: { path: { communityId }, query: { limit: 500 } },
        signal,
      }),
    [communityId],
  );
  const moveUpRequests = useApi(
    (signal) =>
      apiClient.GET('/spaces/communities/{communityId}/move-up-requests', {
        params: { path: { communityId } },
        signal,
      }),
    [communityId],
  );
  const reloadAll = () => {
    units.reload();
    applications.reload();
    leases.reload();
    moveUpRequests.reload();
  };
  const openMoveUps = (moveUpRequests.data ?? []).filter(
    (request) => request.status === 'requested',
  ).length;
  const companyNames = new Map(
    (applications.data ?? []).map((row) => [row.organisationId, row.organisationName]),
  );
  const pending = (applications.data ?? []).filter(
    (row) => row.status === 'submitted' || row.status === 'admitted',
  ).length;
  const failure = units.error ?? applications.error ?? leases.error;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" data-testid="community-summary">
        <Flex gap={8} wrap align="center">
          <Typography.Text strong data-testid="community-name">
            {communityName(community)}
          </Typography.Text>
          <CommunityStatusTag status={community.status} />
          {community.district && <Tag>{localised(community.district.names)}</Tag>}
          {community.demo && <Tag color="purple">{t('common.demo')}</Tag>}
          {community.address && (
            <Typography.Text type="secondary">{community.address}</Typography.Text>
          )}
        </Flex>
      </Card>
      {Boolean(failure) && !(units.data && applications.data && leases.data) && (
        <LoadFailed error={failure} onRetry={reloadAll} />
      )}
      <Tabs
        defaultActiveKey="units"
        items={[
          {
            key: 'units',
            label: <span data-testid="tab-units">{t('operate.tabs.units')}</span>,
            children: (
              <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                <LadderCard
                  community={community}
                  onSaved={() => {
                    onCommunityChanged();
                    applications.reload();
                  }}
                />
                <UnitsGrid
                  communityId={communityId}
                  units={units.data}
                  loading={units.loading}
                  onChanged={units.reload}
                />
              </Space>
            ),
          },
          {
            key: 'applications',
            label: (
              <span data-testid="tab-applications">
                {t('operate.tabs.applications')}
                {pending > 0 && ` (${pending})`}
              </span>
            ),
            children: (
              <ApplicationsPanel
                applications={applications.data}
                loading={applications.loading}
                onChanged={reloadAll}
              />
            ),
          },
          {
            key: 'leases',
            label: (
              <span data-testid="tab-leases">
                {t('operate.tabs.leases')}
                {openMoveUps > 0 && ` (${openMoveUps})`}
              </span>
            ),
            children: (
              <LeasesPanel
                leases={leases.data}
                loading={leases.loading}
                companyNames={companyNames}
                units={units.data}
                moveUpRequests={moveUpRequests.data}
                onChanged={reloadAll}
              />
            ),
          },
          {
            key: 'residents',
            label: <span data-testid="tab-residents">{t('operate.tabs.residents')}</span>,
            children: <ResidentsPanel communityId={communityId} />,
          },
          {
            key: 'occupancy',
            label: <span data-testid="tab-occupancy">{t('operate.tabs.occupancy')}</span>,
            children: (
              <OccupancyPanel
                community={community}
                units={units.data}
                leases={leases.data}
                companyNames={companyNames}
              />
            ),
          },
          {
            key: 'reports',
            label: <span data-testid="tab-reports">{t('operate.tabs.reports')}</span>,
            children: <ReportsPanel community={community} />,
          },
        ]}
      />
      {community.status === 'closed' && (
        <Alert type="warning" showIcon message={t('communityStatus.closed')} />
      )}
    </Space>
  );
}
