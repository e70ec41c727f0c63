import * as homeCardRegistry from './home-card-registry';
import * as routeRegistry from './route-registry';
import type { AppRoute, HomeCard } from './types';

/** Every page of every area. */
export const appRoutes: AppRoute[] = Object.values(routeRegistry).flat();

/** Every side-menu entry, in menu order. */
export const navRoutes = appRoutes
  .filter((route): route is AppRoute & { nav: NonNullable<AppRoute['nav']> } => !!route.nav)
  .sort((a, b) => a.nav.order - b.nav.order);

/** Every dashboard card, in order. */
export const homeCards: HomeCard[] = Object.values(homeCardRegistry)
  .flat()
  .sort((a, b) => a.order - b.order);
