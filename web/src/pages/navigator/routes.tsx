import { CompassOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';

/** The benefits navigator: public (rules.evaluate and rules.read are 'anyone' in src/shared/permissions.ts). */
export default defineRoutes([
  {
    path: '/navigator',
    page: () => import('./NavigatorPage'),
    audience: 'anyone',
    titleKey: 'navigator:titles.navigator',
    nav: {
      key: 'navigator',
      labelKey: 'navigator:nav.navigator',
      icon: <CompassOutlined />,
      order: 100,
    },
  },
]);
