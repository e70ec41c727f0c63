import {
  AuditOutlined,
  BarChartOutlined,
  FileDoneOutlined,
  GiftOutlined,
  ShopOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { audienceOf } from '../../app/audience';
import { defineRoutes } from '../../app/types';

/** Vouchers (issue #13): the company, the provider, and administration and finance. */
export default defineRoutes([
  {
    path: '/vouchers',
    page: () => import('./CompanyVouchersPage'),
    audience: audienceOf('vouchers.company'),
    titleKey: 'vouchers:titles.company',
    nav: { key: 'vouchers', labelKey: 'vouchers:nav.company', icon: <GiftOutlined />, order: 400 },
  },
  {
    path: '/vouchers/provider',
    page: () => import('./ProviderContractsPage'),
    audience: audienceOf('vouchers.provider'),
    titleKey: 'vouchers:titles.provider',
    nav: {
      key: 'voucher-contracts',
      labelKey: 'vouchers:nav.provider',
      icon: <FileDoneOutlined />,
      order: 410,
    },
  },
  {
    path: '/vouchers/provider/:providerId/contracts/:contractId',
    page: () => import('./ProviderContractPage'),
    audience: audienceOf('vouchers.provider'),
    titleKey: 'vouchers:titles.contract',
  },
  {
    path: '/vouchers/overview',
    page: () => import('./OverviewPage'),
    audience: audienceOf('vouchers.finance'),
    titleKey: 'vouchers:titles.overview',
    nav: {
      key: 'voucher-overview',
      labelKey: 'vouchers:nav.overview',
      icon: <BarChartOutlined />,
      order: 420,
    },
  },
  {
    path: '/vouchers/statements',
    page: () => import('./StatementsPage'),
    audience: audienceOf('vouchers.finance'),
    titleKey: 'vouchers:titles.statements',
    nav: {
      key: 'voucher-statements',
      labelKey: 'vouchers:nav.statements',
      icon: <AuditOutlined />,
      order: 430,
    },
  },
  {
    path: '/vouchers/statements/:id',
    page: () => import('./StatementPage'),
    audience: audienceOf('vouchers.finance'),
    titleKey: 'vouchers:titles.statement',
  },
  {
    path: '/vouchers/pools',
    page: () => import('./PoolsPage'),
    audience: audienceOf('vouchers.finance'),
    titleKey: 'vouchers:titles.pools',
    nav: {
      key: 'voucher-pools',
      labelKey: 'vouchers:nav.pools',
      icon: <WalletOutlined />,
      order: 440,
    },
  },
  {
    path: '/vouchers/register',
    page: () => import('./RegisterPage'),
    audience: audienceOf('vouchers.finance'),
    titleKey: 'vouchers:titles.register',
    nav: {
      key: 'voucher-register',
      labelKey: 'vouchers:nav.register',
      icon: <ShopOutlined />,
      order: 450,
    },
  },
]);
