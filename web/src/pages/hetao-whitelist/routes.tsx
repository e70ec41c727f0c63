import {
  CalculatorOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { audienceOf } from '../../app/audience';
import { defineRoutes } from '../../app/types';

/**
 * The Hetao importers' white list (issue #16 item 1, B.N3) and the customs tariff table (item 3).
 * Audiences mirror src/shared/permissions.ts: hetao.whitelist-apply (a founder applies),
 * hetao.whitelist-read (the white-list officer; customs read), hetao.tariff-manage (customs),
 * hetao.public-read (the public list).
 */
export default defineRoutes([
  {
    path: '/hetao/white-list/mine',
    page: () => import('./MyWhiteListPage'),
    // NOTE: any signed-in member may open it (the server decides); the menu shows it to founders.
    audience: ['founder'],
    titleKey: 'hetaoWhitelist:titles.mine',
    nav: {
      key: 'hetao-white-list-mine',
      labelKey: 'hetaoWhitelist:nav.mine',
      icon: <SafetyCertificateOutlined />,
      order: 525,
    },
  },
  {
    path: '/hetao/white-list/desk',
    page: () => import('./DeskPage'),
    audience: audienceOf('hetao.whitelist-read'),
    titleKey: 'hetaoWhitelist:titles.desk',
    nav: {
      key: 'hetao-white-list-desk',
      labelKey: 'hetaoWhitelist:nav.desk',
      icon: <SolutionOutlined />,
      order: 535,
    },
  },
  {
    path: '/hetao/white-list/applications/:id',
    page: () => import('./ApplicationPage'),
    audience: audienceOf('hetao.whitelist-read'),
    titleKey: 'hetaoWhitelist:titles.application',
  },
  {
    path: '/hetao/white-list/entries/:id',
    page: () => import('./EntryPage'),
    audience: audienceOf('hetao.whitelist-read'),
    titleKey: 'hetaoWhitelist:titles.entry',
  },
  {
    path: '/hetao/tariff',
    page: () => import('./TariffPage'),
    audience: audienceOf('hetao.tariff-manage'),
    titleKey: 'hetaoWhitelist:titles.tariff',
    nav: {
      key: 'hetao-tariff',
      labelKey: 'hetaoWhitelist:nav.tariff',
      icon: <CalculatorOutlined />,
      order: 545,
    },
  },
  {
    path: '/hetao/white-list',
    page: () => import('./PublicWhiteListPage'),
    audience: 'anyone',
    titleKey: 'hetaoWhitelist:titles.public',
    nav: {
      key: 'hetao-white-list',
      labelKey: 'hetaoWhitelist:nav.public',
      icon: <TeamOutlined />,
      order: 555,
    },
  },
]);
