import { BellOutlined, FileTextOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';
import { audienceOf } from '../../app/audience';

export default defineRoutes([
  {
    path: '/applications',
    page: () => import('./MyApplicationsPage'),
    audience: audienceOf('applications.own'),
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
    audience: audienceOf('applications.own'),
    titleKey: 'applications:titles.new',
  },
  {
    path: '/applications/:id',
    page: () => import('./ApplicationPage'),
    audience: audienceOf('applications.own'),
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
