import { AuditOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';
import { audienceOf } from '../../app/audience';

export default defineRoutes([
  {
    path: '/review',
    page: () => import('./ReviewQueuePage'),
    audience: audienceOf('applications.review'),
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
    audience: audienceOf('applications.review'),
    titleKey: 'applications:titles.reviewDetail',
  },
]);
