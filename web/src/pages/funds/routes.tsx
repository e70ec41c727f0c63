import { BankOutlined, FunnelPlotOutlined, RiseOutlined } from '@ant-design/icons';
import { audienceOf } from '../../app/audience';
import { defineRoutes } from '../../app/types';

/**
 * Introductions to the two industry funds (issue #17 item 4; A.P11): companies ask and follow
 * their introductions, fund staff work their own fund's pipeline, administrators see aggregates.
 */
export default defineRoutes([
  {
    path: '/funds',
    page: () => import('./CompanyPage'),
    audience: audienceOf('funds.request'),
    titleKey: 'funds:titles.company',
    nav: {
      key: 'funds-company',
      labelKey: 'funds:nav.company',
      icon: <RiseOutlined />,
      order: 730,
    },
  },
  {
    path: '/funds/pipeline',
    page: () => import('./PipelinePage'),
    audience: audienceOf('funds.pipeline'),
    titleKey: 'funds:titles.pipeline',
    nav: {
      key: 'funds-pipeline',
      labelKey: 'funds:nav.pipeline',
      icon: <FunnelPlotOutlined />,
      order: 740,
    },
  },
  {
    path: '/funds/pipeline/:id',
    page: () => import('./PipelinePage'),
    audience: audienceOf('funds.pipeline'),
    titleKey: 'funds:titles.pipeline',
  },
  {
    path: '/funds/overview',
    page: () => import('./OverviewPage'),
    audience: audienceOf('funds.manage'),
    titleKey: 'funds:titles.overview',
    nav: {
      key: 'funds-overview',
      labelKey: 'funds:nav.overview',
      icon: <BankOutlined />,
      order: 750,
    },
  },
]);
