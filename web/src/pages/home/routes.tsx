import { HomeOutlined } from '@ant-design/icons';
import { HOME_PATH } from '../../app/paths';
import { defineRoutes } from '../../app/types';

export default defineRoutes([
  {
    path: HOME_PATH,
    page: () => import('./HomePage'),
    // Signed-out visitors get the public landing page, signed-in users their dashboard.
    audience: 'anyone',
    titleKey: 'home:titles.home',
    nav: { key: 'home', labelKey: 'common:nav.home', icon: <HomeOutlined />, order: 0 },
  },
]);
