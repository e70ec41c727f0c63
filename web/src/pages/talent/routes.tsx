import { PieChartOutlined, SafetyCertificateOutlined, TrophyOutlined } from '@ant-design/icons';
import { audienceOf } from '../../app/audience';
import { defineRoutes } from '../../app/types';

/**
 * Open talent recognition (issue #17 item 3; A.P1): founders submit, the panel reviews, officers
 * see the distribution, and anyone checks a certificate at /verify/<code> (the certificate itself,
 * printable to PDF).
 */
export default defineRoutes([
  {
    path: '/talent',
    page: () => import('./SubmitPage'),
    audience: ['founder'],
    titleKey: 'talent:titles.submit',
    nav: { key: 'talent', labelKey: 'talent:nav.submit', icon: <TrophyOutlined />, order: 700 },
  },
  {
    path: '/talent/panel',
    page: () => import('./PanelPage'),
    audience: audienceOf('talent.review'),
    titleKey: 'talent:titles.panel',
    nav: {
      key: 'talent-panel',
      labelKey: 'talent:nav.panel',
      icon: <SafetyCertificateOutlined />,
      order: 710,
    },
  },
  {
    path: '/talent/panel/:id',
    page: () => import('./ReviewPage'),
    audience: audienceOf('talent.review'),
    titleKey: 'talent:titles.review',
  },
  {
    path: '/talent/distribution',
    page: () => import('./DistributionPage'),
    audience: audienceOf('talent.distribution'),
    titleKey: 'talent:titles.distribution',
    nav: {
      key: 'talent-distribution',
      labelKey: 'talent:nav.distribution',
      icon: <PieChartOutlined />,
      order: 720,
    },
  },
  {
    path: '/verify',
    page: () => import('./CertificatePage'),
    audience: 'anyone',
    titleKey: 'talent:titles.verify',
  },
  {
    path: '/verify/:code',
    page: () => import('./CertificatePage'),
    audience: 'anyone',
    titleKey: 'talent:titles.verify',
  },
]);
