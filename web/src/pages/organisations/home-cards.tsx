import { ApartmentOutlined, DatabaseOutlined } from '@ant-design/icons';
import { defineHomeCards } from '../../app/types';
import { audienceOf } from '../../app/audience';

export default defineHomeCards([
  {
    key: 'organisations',
    titleKey: 'organisations:home.mineTitle',
    descriptionKey: 'organisations:home.mineText',
    to: '/organisations',
    icon: <ApartmentOutlined />,
    audience: 'authenticated',
    order: 10,
  },
  {
    key: 'organisation-directory',
    titleKey: 'organisations:home.directoryTitle',
    descriptionKey: 'organisations:home.directoryText',
    to: '/organisations/directory',
    icon: <DatabaseOutlined />,
    audience: audienceOf('organisations.read-all'),
    order: 20,
  },
]);
