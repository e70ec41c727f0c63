import { BankOutlined, ApartmentOutlined, ShopOutlined } from '@ant-design/icons';
import { audienceOf } from '../../app/audience';
import { defineRoutes } from '../../app/types';

/** OPC communities (issue #14): the operator's workspace, the register, a company's application. */
export default defineRoutes([
  {
    path: '/spaces/operate',
    page: () => import('./OperatorPage'),
    audience: audienceOf('spaces.operate'),
    titleKey: 'spaces:titles.operate',
    nav: {
      key: 'spaces-operate',
      labelKey: 'spaces:nav.operate',
      icon: <ApartmentOutlined />,
      order: 460,
    },
  },
  {
    path: '/spaces/register',
    page: () => import('./RegisterPage'),
    audience: audienceOf('spaces.register'),
    titleKey: 'spaces:titles.register',
    nav: {
      key: 'spaces-register',
      labelKey: 'spaces:nav.register',
      icon: <BankOutlined />,
      order: 470,
    },
  },
  {
    path: '/spaces',
    page: () => import('./CompanySpacePage'),
    audience: audienceOf('spaces.company'),
    titleKey: 'spaces:titles.company',
    nav: {
      key: 'spaces-company',
      labelKey: 'spaces:nav.company',
      icon: <ShopOutlined />,
      order: 405,
    },
  },
]);
