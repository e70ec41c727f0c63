import { SlidersOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';

/** Parameter administration: administrators only ('rules.parameters.manage' in src/http/permissions.ts). */
export default defineRoutes([
  {
    path: '/admin/parameters',
    page: () => import('./ParametersPage'),
    audience: ['admin'],
    titleKey: 'parameters:titles.parameters',
    nav: {
      key: 'parameters',
      labelKey: 'parameters:nav.parameters',
      icon: <SlidersOutlined />,
      order: 880,
    },
  },
]);
