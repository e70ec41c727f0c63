/**
 * Home-card registry: one line per area. Each area's `home-cards.tsx` default-exports
 * `HomeCard[]` (see app/types.ts); the dashboard shows those the user's roles may use, sorted by
 * `order`. Add yours with one line:
 *
 *   export { default as vouchers } from '../pages/vouchers/home-cards';
 */
export { default as account } from '../pages/account/home-cards';
export { default as admin } from '../pages/admin/home-cards';
export { default as applications } from '../pages/applications/home-cards';
export { default as hetao } from '../pages/hetao/home-cards';
export { default as hetaoLookup } from '../pages/hetao-lookup/home-cards';
export { default as hetaoWhitelist } from '../pages/hetao-whitelist/home-cards';
export { default as matchingFounder } from '../pages/matching-founder/home-cards';
export { default as navigator } from '../pages/navigator/home-cards';
export { default as organisations } from '../pages/organisations/home-cards';
export { default as parameters } from '../pages/parameters/home-cards';
