import { AuditOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';

export default defineRoutes([
  {
    path: '/review',
    page: () => import('./ReviewQueuePage'),
    audience: ['reviewer'],
    titleKey: 'applications:titles.review',
    nav: {
      key: 'review',
      labelKey: 'applications:nav.review',
      icon: <AuditOutlined />,
      order: 310,
    },
  },
  {
    path: '/review/:id',
    page: () => import('./ReviewDetailPage'),
    audience: ['reviewer'],
    titleKey: 'applications:titles.reviewDetail',
  },
]);
