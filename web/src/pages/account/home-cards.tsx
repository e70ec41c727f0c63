import { KeyOutlined, UserOutlined } from '@ant-design/icons';
import { defineHomeCards } from '../../app/types';
import { audienceOf } from '../../app/audience';

export default defineHomeCards([
  {
    key: 'profile',
    titleKey: 'account:home.profileTitle',
    descriptionKey: 'account:home.profileText',
    to: '/account',
    icon: <UserOutlined />,
    audience: 'authenticated',
    order: 900,
  },
  {
    key: 'api-tokens',
    titleKey: 'account:home.tokensTitle',
    descriptionKey: 'account:home.tokensText',
    to: '/account/tokens',
    icon: <KeyOutlined />,
    audience: audienceOf('tokens.manage'),
    order: 910,
  },
]);
