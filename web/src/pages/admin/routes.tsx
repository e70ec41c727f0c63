import { AuditOutlined, TeamOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';
import { audienceOf } from '../../app/audience';

export default defineRoutes([
  {
    path: '/admin/users',
    page: () => import('./UsersPage'),
    audience: audienceOf('accounts.manage'),
    titleKey: 'admin:titles.users',
    nav: { key: 'admin-users', labelKey: 'admin:nav.users', icon: <TeamOutlined />, order: 950 },
  },
  {
    path: '/admin/audit',
    page: () => import('./AuditPage'),
    audience: audienceOf('audit.read'),
    titleKey: 'admin:titles.audit',
    nav: { key: 'admin-audit', labelKey: 'admin:nav.audit', icon: <AuditOutlined />, order: 960 },
  },
]);
