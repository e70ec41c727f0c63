import { SlidersOutlined } from '@ant-design/icons';
import { defineHomeCards } from '../../app/types';

export default defineHomeCards([
  {
    key: 'parameters',
    titleKey: 'parameters:home.title',
    descriptionKey: 'parameters:home.text',
    to: '/admin/parameters',
    icon: <SlidersOutlined />,
    audience: ['admin'],
    order: 880,
  },
]);
