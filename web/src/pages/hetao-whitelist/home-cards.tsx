import { SolutionOutlined } from '@ant-design/icons';
import { defineHomeCards } from '../../app/types';

export default defineHomeCards([
  {
    key: 'hetao-white-list-desk',
    titleKey: 'hetaoWhitelist:home.deskTitle',
    descriptionKey: 'hetaoWhitelist:home.deskText',
    to: '/hetao/white-list/desk',
    icon: <SolutionOutlined />,
    audience: ['whitelist_officer'],
    order: 535,
  },
]);
