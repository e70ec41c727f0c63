import { BankOutlined, CalendarOutlined, FundOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';
import { audienceOf } from '../../app/audience';

export default defineRoutes([
  {
    path: '/finance/payments',
    page: () => import('./PaymentsPage'),
    audience: audienceOf('payments.manage'),
    titleKey: 'applications:titles.payments',
    nav: {
      key: 'payments',
      labelKey: 'applications:nav.payments',
      icon: <BankOutlined />,
      order: 320,
    },
  },
  {
    path: '/finance/payments/:id',
    page: () => import('./BatchPage'),
    audience: audienceOf('payments.manage'),
    titleKey: 'applications:titles.batch',
  },
  {
    path: '/finance/budgets',
    page: () => import('./BudgetsPage'),
    audience: audienceOf('budgets.read'),
    titleKey: 'applications:titles.budgets',
    nav: {
      key: 'budgets',
      labelKey: 'applications:nav.budgets',
      icon: <FundOutlined />,
      order: 330,
    },
  },
  {
    path: '/settings/workflow',
    page: () => import('./WorkflowSettingsPage'),
    audience: audienceOf('workflow.settings'),
    titleKey: 'applications:titles.settings',
    nav: {
      key: 'workflow-settings',
      labelKey: 'applications:nav.settings',
      icon: <CalendarOutlined />,
      order: 340,
    },
  },
]);
