import accountsRoutes from '../modules/accounts/routes';
import auditRoutes from '../modules/audit/routes';
import hetaoRoutes from '../modules/hetao/routes';
import organisationsRoutes from '../modules/organisations/routes';
import type { RouteModule } from './types';

/** Every domain's routes, mounted under /api/v1. Add a module here when you add its folder. */
export const routeModules: RouteModule[] = [
  accountsRoutes,
  organisationsRoutes,
  auditRoutes,
  hetaoRoutes,
];
