import { SlidersOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';
import { audienceOf } from '../../app/audience';

/** Parameter administration: administrators only ('rules.parameters.manage' in src/shared/permissions.ts). */
export default defineRoutes([
  {
    path: '/admin/parameters',
    page: () => import('./ParametersPage'),
    audience: audienceOf('rules.parameters.manage'),
    titleKey: 'parameters:titles.parameters',
    nav: {
      key: 'parameters',
      labelKey: 'parameters:nav.parameters',
      icon: <SlidersOutlined />,
      order: 880,
    },
  },
]);
