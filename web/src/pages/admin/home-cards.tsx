import { AuditOutlined, TeamOutlined } from '@ant-design/icons';
import { defineHomeCards } from '../../app/types';
import { audienceOf } from '../../app/audience';

export default defineHomeCards([
  {
    key: 'admin-users',
    titleKey: 'admin:home.usersTitle',
    descriptionKey: 'admin:home.usersText',
    to: '/admin/users',
    icon: <TeamOutlined />,
    audience: audienceOf('accounts.manage'),
    order: 950,
  },
  {
    key: 'admin-audit',
    titleKey: 'admin:home.auditTitle',
    descriptionKey: 'admin:home.auditText',
    to: '/admin/audit',
    icon: <AuditOutlined />,
    audience: audienceOf('audit.read'),
    order: 960,
  },
]);
