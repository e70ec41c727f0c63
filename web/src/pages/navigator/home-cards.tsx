import { CompassOutlined } from '@ant-design/icons';
import { defineHomeCards } from '../../app/types';

export default defineHomeCards([
  {
    key: 'navigator',
    titleKey: 'navigator:home.title',
    descriptionKey: 'navigator:home.text',
    to: '/navigator',
    icon: <CompassOutlined />,
    audience: 'anyone',
    order: 100,
  },
]);
