import { AimOutlined, AuditOutlined, FlagOutlined } from '@ant-design/icons';
import { audienceOf } from '../../app/audience';
import { defineRoutes } from '../../app/types';

/** Government scenarios and challenges (issue #17 items 1–2; A.P6, A.P7, A.P10). */
export default defineRoutes([
  {
    path: '/scenarios',
    page: () => import('./BrowsePage'),
    audience: audienceOf('scenarios.public-read'),
    titleKey: 'scenarios:titles.browse',
    nav: { key: 'scenarios', labelKey: 'scenarios:nav.browse', icon: <AimOutlined />, order: 600 },
  },
  {
    path: '/scenarios/agency',
    page: () => import('./AgencyPage'),
    audience: audienceOf('scenarios.agency'),
    titleKey: 'scenarios:titles.agency',
    nav: {
      key: 'scenarios-agency',
      labelKey: 'scenarios:nav.agency',
      icon: <FlagOutlined />,
      order: 610,
    },
  },
  {
    path: '/scenarios/panel',
    page: () => import('./PanelPage'),
    audience: audienceOf('challenges.panel'),
    titleKey: 'scenarios:titles.panel',
    nav: {
      key: 'scenarios-panel',
      labelKey: 'scenarios:nav.panel',
      icon: <AuditOutlined />,
      order: 620,
    },
  },
]);
