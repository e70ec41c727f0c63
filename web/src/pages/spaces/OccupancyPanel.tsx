import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { chinaToday } from '../../app/china-today';
import { communityName, downloadCsv, formatFen } from './parts';
import type { Community, Lease, Unit } from './types';

interface OccupancyRow {
  unit: Unit;
  lease: Lease | undefined;
}

/** One line per unit: in use or free today, by whom, until when, at what rent and subsidy. */
export function OccupancyPanel({
  community,
  units,
  leases,
  companyNames,
}: {
  community: Community;
  units: Unit[] | undefined;
  leases: Lease[] | undefined;
  companyNames: Map<string, string>;
}) {
  const { t } = useTranslation('spaces');
  const today = chinaToday();
  const order = ['desk', 'office', 'floor'];
  const sorted = [...(units ?? [])].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.label.localeCompare(b.label),
  );
  const rows: OccupancyRow[] = sorted.map((unit) => ({
    unit,
    lease: (leases ?? []).find(
      (lease) =>
        lease.unitId === unit.id &&
        lease.status === 'active' &&
        lease.startsOn <= today &&
        today <= lease.endsOn,
    ),
  }));
  const occupied = rows.filter((row) => row.unit.occupied).length;
  const rate = rows.length === 0 ? '—' : `${Math.round((occupied / rows.length) * 100)}%`;
  const stateOf = (unit: Unit) =>
    !unit.available
      ? t('operate.units.unavailable')
      : unit.occupied
        ? t('operate.units.occupied')
        : t('operate.units.free');
  const occupant = (row: OccupancyRow) =>
    row.lease ? (companyNames.get(row.lease.organisationId) ?? '—') : '';
  const exportCsv = () =>
    downloadCsv(`${t('operate.occupancy.fileName')}-${communityName(community)}-${today}.csv`, [
      [
        t('common.unit'),
        t('common.kind'),
        t('common.area'),
        t('common.seats'),
        t('common.status'),
        t('operate.occupancy.occupant'),
        t('operate.occupancy.leaseUntil'),
        t('common.monthlyRent'),
        t('common.monthlySubsidy'),
        t('common.lowCostRent'),
        t('common.marketRent'),
      ],
      ...rows.map((row) => [
        row.unit.label,
        t(`kinds.${row.unit.kind}`),
        row.unit.areaM2,
        row.unit.seats,
        stateOf(row.unit),
        occupant(row),
        row.lease?.endsOn ?? '',
        row.lease ? (row.lease.monthlyRentFen / 100).toFixed(2) : '',
        row.lease ? (row.lease.monthlySubsidyFen / 100).toFixed(2) : '',
        row.unit.lowCostRent ? (row.unit.lowCostRent.monthlyRentFen / 100).toFixed(2) : '',
        row.unit.marketReferenceRent
          ? (row.unit.marketReferenceRent.monthlyRentFen / 100).toFixed(2)
          : '',
      ]),
    ]);
  return (
    <Card
      title={t('operate.occupancy.title')}
      data-testid="occupancy"
      extra={
        <Button
          icon={<DownloadOutlined />}
          onClick={exportCsv}
          disabled={rows.length === 0}
          data-testid="export-occupancy"
        >
          {t('operate.occupancy.export')}
        </Button>
      }
    >
      <Typography.Paragraph data-testid="occupancy-totals">
        {t('operate.occupancy.totals', {
          units: rows.length,
          occupied,
          rate,
          subsidy: formatFen(
            rows.reduce((sum, row) => sum + (row.lease?.monthlySubsidyFen ?? 0), 0),
          ),
        })}
      </Typography.Paragraph>
      <Table<OccupancyRow>
        rowKey={(row) => row.unit.id}
        size="small"
        loading={!units || !leases}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty description={t('operate.units.empty')} /> }}
        columns={[
          { title: t('common.unit'), key: 'unit', render: (_, row) => row.unit.label },
          {
            title: t('common.kind'),
            key: 'kind',
            responsive: ['sm'],
            render: (_, row) => t(`kinds.${row.unit.kind}`),
          },
          {
            title: t('common.area'),
            key: 'area',
            align: 'right',
            responsive: ['md'],
            render: (_, row) =>
              t('common.areaValue', { area: row.unit.areaM2.toLocaleString('en-US') }),
          },
          {
            title: t('common.status'),
            key: 'state',
            render: (_, row) => (
              <Tag color={row.unit.occupied ? 'red' : row.unit.available ? 'green' : 'default'}>
                {stateOf(row.unit)}
              </Tag>
            ),
          },
          {
            title: t('operate.occupancy.occupant'),
            key: 'occupant',
            render: (_, row) => occupant(row),
          },
          {
            title: t('operate.occupancy.leaseUntil'),
            key: 'until',
            responsive: ['md'],
            render: (_, row) => (row.lease ? dayjs(row.lease.endsOn).format('LL') : ''),
          },
          {
            title: t('common.monthlyRent'),
            key: 'rent',
            align: 'right',
            responsive: ['lg'],
            render: (_, row) => (row.lease ? formatFen(row.lease.monthlyRentFen) : ''),
          },
          {
            title: t('common.monthlySubsidy'),
            key: 'subsidy',
            align: 'right',
            responsive: ['lg'],
            render: (_, row) => (row.lease ? formatFen(row.lease.monthlySubsidyFen) : ''),
          },
        ]}
      />
    </Card>
  );
}
