import { BellOutlined, FileTextOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';

export default defineRoutes([
  {
    path: '/applications',
    page: () => import('./MyApplicationsPage'),
    audience: ['founder'],
    titleKey: 'applications:titles.mine',
    nav: {
      key: 'applications',
      labelKey: 'applications:nav.mine',
      icon: <FileTextOutlined />,
      order: 300,
    },
  },
  {
    path: '/applications/new',
    page: () => import('./NewApplicationPage'),
    audience: ['founder'],
    titleKey: 'applications:titles.new',
  },
  {
    path: '/applications/:id',
    page: () => import('./ApplicationPage'),
    audience: ['founder'],
    titleKey: 'applications:titles.detail',
  },
  {
    path: '/inbox',
    page: () => import('./InboxPage'),
    audience: 'authenticated',
    titleKey: 'applications:titles.inbox',
    nav: { key: 'inbox', labelKey: 'applications:nav.inbox', icon: <BellOutlined />, order: 890 },
  },
]);
