import { ApartmentOutlined, DatabaseOutlined } from '@ant-design/icons';
import { defineRoutes } from '../../app/types';
import { audienceOf } from '../../app/audience';

export default defineRoutes([
  {
    path: '/organisations',
    page: () => import('./MyOrganisationsPage'),
    audience: 'authenticated',
    titleKey: 'organisations:titles.mine',
    nav: {
      key: 'organisations',
      labelKey: 'organisations:nav.mine',
      icon: <ApartmentOutlined />,
      order: 10,
    },
  },
  {
    path: '/organisations/new',
    page: () => import('./RegisterOrganisationPage'),
    audience: 'authenticated',
    titleKey: 'organisations:titles.new',
  },
  {
    path: '/organisations/directory',
    page: () => import('./OrganisationDirectoryPage'),
    audience: audienceOf('organisations.read-all'),
    titleKey: 'organisations:titles.directory',
    nav: {
      key: 'organisation-directory',
      labelKey: 'organisations:nav.directory',
      icon: <DatabaseOutlined />,
      order: 20,
    },
  },
  {
    path: '/organisations/:id',
    page: () => import('./OrganisationPage'),
    audience: 'authenticated',
    titleKey: 'organisations:titles.detail',
  },
]);
