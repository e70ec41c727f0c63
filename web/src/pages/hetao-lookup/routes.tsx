import { SearchOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';

/** The public goods lookup (no sign-in; mirrors 'hetao.lookup': 'anyone' in src/shared/permissions.ts). */
export default defineRoutes([
  {
    path: '/hetao/lookup',
    page: () => import('./LookupPage'),
    audience: 'anyone',
    titleKey: 'hetaoLookup:titles.lookup',
    nav: {
      key: 'hetao-lookup',
      labelKey: 'hetaoLookup:nav.lookup',
      icon: <SearchOutlined />,
      order: 510,
    },
  },
]);
