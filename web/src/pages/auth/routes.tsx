import { defineRoutes } from '../../app/types';
import { LOGIN_PATH, REGISTER_PATH } from '../../app/paths';

export default defineRoutes([
  {
    path: LOGIN_PATH,
    page: () => import('./LoginPage'),
    audience: 'anyone',
    titleKey: 'auth:titles.login',
  },
  {
    path: REGISTER_PATH,
    page: () => import('./RegisterPage'),
    audience: 'anyone',
    titleKey: 'auth:titles.register',
  },
]);
