import { AimOutlined, FundProjectionScreenOutlined } from '@ant-design/icons';
import { audienceOf } from '../../app/audience';
import { defineRoutes } from '../../app/types';

/**
 * The city's 2027 OPC targets, live (issue #14 item 5): public, like the navigator; and the
 * administrators' page for the definition of high growth (A.T2) and snapshots.
 */
export default defineRoutes([
  {
    path: '/targets',
    page: () => import('./TargetsPage'),
    audience: 'anyone',
    titleKey: 'targets:titles.targets',
    nav: { key: 'targets', labelKey: 'targets:nav.targets', icon: <AimOutlined />, order: 110 },
  },
  {
    path: '/targets/manage',
    page: () => import('./ManageTargetsPage'),
    audience: audienceOf('targets.manage'),
    titleKey: 'targets:titles.manage',
    nav: {
      key: 'targets-manage',
      labelKey: 'targets:nav.manage',
      icon: <FundProjectionScreenOutlined />,
      order: 885,
    },
  },
]);
