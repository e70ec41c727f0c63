import accountsRoutes from '../modules/accounts/routes';
import allowancesRoutes from '../modules/allowances/routes';
import applicationsRoutes from '../modules/applications/routes';
import auditRoutes from '../modules/audit/routes';
import budgetsRoutes from '../modules/budgets/routes';
import hetaoRoutes from '../modules/hetao/routes';
import hetaoLookupRoutes from '../modules/hetao-lookup/routes';
import matchingRoutes from '../modules/matching/routes';
import notificationsRoutes from '../modules/notifications/routes';
import organisationsRoutes from '../modules/organisations/routes';
import paymentsRoutes from '../modules/payments/routes';
import rulesRoutes from '../modules/rules/routes';
import residentsRoutes from '../modules/spaces/residents-routes';
import challengesRoutes from '../modules/scenarios/challenges-routes';
import scenariosRoutes from '../modules/scenarios/routes';
import spacesRoutes from '../modules/spaces/routes';
import targetsRoutes from '../modules/spaces/targets-routes';
import vouchersRoutes from '../modules/vouchers/routes';
import talentRoutes from '../modules/talent/routes';
import fundsRoutes from '../modules/funds/routes';
import type { RouteModule } from './types';

/** Every domain's routes, mounted under /api/v1. Add a module here when you add its folder. */
export const routeModules: RouteModule[] = [
  accountsRoutes,
  organisationsRoutes,
  auditRoutes,
  hetaoRoutes,
  hetaoLookupRoutes,
  rulesRoutes,
  applicationsRoutes,
  budgetsRoutes,
  paymentsRoutes,
  allowancesRoutes,
  notificationsRoutes,
  vouchersRoutes,
  spacesRoutes,
  residentsRoutes,
  targetsRoutes,
  scenariosRoutes,
  challengesRoutes,
  talentRoutes,
  fundsRoutes,
  matchingRoutes,
];
