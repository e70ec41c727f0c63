import { SlidersOutlined } from '@ant-design/icons';
import { defineHomeCards } from '../../app/types';
import { audienceOf } from '../../app/audience';

export default defineHomeCards([
  {
    key: 'parameters',
    titleKey: 'parameters:home.title',
    descriptionKey: 'parameters:home.text',
    to: '/admin/parameters',
    icon: <SlidersOutlined />,
    audience: audienceOf('rules.parameters.manage'),
    order: 880,
  },
]);
