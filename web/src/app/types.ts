import type { ComponentType, ReactNode } from 'react';
import type { TranslationKey } from '../i18n';
import type { Audience } from './audience';

export type { Audience, TranslationKey };

/** A side-menu entry for a route. The menu shows it only to the route's audience. */
export interface NavEntry {
  /** Stable id, also rendered as `data-nav-key` (browser journeys find entries by it). */
  key: string;
  /** `namespace:key` of the label, e.g. 'organisations:nav.mine'. */
  labelKey: TranslationKey;
  icon?: ReactNode;
  /** Position in the menu, ascending. Foundation uses 0–99 and 900–999; areas 100–899. */
  order: number;
}

/**
 * One page of the app. Areas export a list of these from `pages/<area>/routes.tsx`;
 * `app/route-registry.ts` collects them.
 */
export interface AppRoute {
  /** Absolute path, react-router syntax: '/organisations/:id'. */
  path: string;
  /** The page component, loaded on first visit: `() => import('./OrganisationPage')`. */
  page: () => Promise<{ default: ComponentType }>;
  /** Who may open it; others are sent to sign in (signed out) or shown "not available". */
  audience: Audience;
  /** `namespace:key` of the browser-tab title. */
  titleKey?: TranslationKey;
  /** Present when the page has its own side-menu entry. */
  nav?: NavEntry;
}

/** An entry card on the signed-in home page (dashboard). */
export interface HomeCard {
  key: string;
  titleKey: TranslationKey;
  descriptionKey: TranslationKey;
  /** Where the card leads (an app path). */
  to: string;
  icon?: ReactNode;
  audience: Audience;
  /** Position on the dashboard, ascending (same ranges as NavEntry.order). */
  order: number;
}

/** Identity helpers that give an area's lists their type (and editor completion). */
export const defineRoutes = (routes: AppRoute[]): AppRoute[] => routes;
export const defineHomeCards = (cards: HomeCard[]): HomeCard[] => cards;
