import { SearchOutlined } from '@ant-design/icons';
import { defineHomeCards } from '../../app/types';

export default defineHomeCards([
  {
    key: 'hetao-lookup',
    titleKey: 'hetaoLookup:home.title',
    descriptionKey: 'hetaoLookup:home.text',
    to: '/hetao/lookup',
    icon: <SearchOutlined />,
    audience: 'anyone',
    order: 510,
  },
]);
