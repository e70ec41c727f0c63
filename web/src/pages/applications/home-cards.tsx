import { AuditOutlined, BankOutlined, FileTextOutlined, FundOutlined } from '@ant-design/icons';
import { defineHomeCards } from '../../app/types';
import { audienceOf } from '../../app/audience';

export default defineHomeCards([
  {
    key: 'applications',
    titleKey: 'applications:home.mineTitle',
    descriptionKey: 'applications:home.mineText',
    to: '/applications',
    icon: <FileTextOutlined />,
    audience: audienceOf('applications.own'),
    order: 300,
  },
  {
    key: 'review-queue',
    titleKey: 'applications:home.reviewTitle',
    descriptionKey: 'applications:home.reviewText',
    to: '/review',
    icon: <AuditOutlined />,
    audience: audienceOf('applications.review'),
    order: 310,
  },
  {
    key: 'payment-batches',
    titleKey: 'applications:home.paymentsTitle',
    descriptionKey: 'applications:home.paymentsText',
    to: '/finance/payments',
    icon: <BankOutlined />,
    audience: audienceOf('payments.manage'),
    order: 320,
  },
  {
    key: 'budgets',
    titleKey: 'applications:home.budgetsTitle',
    descriptionKey: 'applications:home.budgetsText',
    to: '/finance/budgets',
    icon: <FundOutlined />,
    audience: audienceOf('budgets.read'),
    order: 330,
  },
]);
