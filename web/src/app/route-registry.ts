/**
 * Route registry: one line per area. Each area's `routes.tsx` default-exports `AppRoute[]`
 * (see app/types.ts); their order here does not matter — paths decide. Add yours with one line:
 *
 *   export { default as vouchers } from '../pages/vouchers/routes';
 */
export { default as about } from '../pages/about/routes';
export { default as account } from '../pages/account/routes';
export { default as admin } from '../pages/admin/routes';
export { default as applications } from '../pages/applications/routes';
export { default as auth } from '../pages/auth/routes';
export { default as finance } from '../pages/finance/routes';
export { default as hetao } from '../pages/hetao/routes';
export { default as hetaoLedger } from '../pages/hetao-ledger/routes';
export { default as hetaoLookup } from '../pages/hetao-lookup/routes';
export { default as hetaoWhitelist } from '../pages/hetao-whitelist/routes';
export { default as home } from '../pages/home/routes';
export { default as matching } from '../pages/matching/routes';
export { default as matchingFounder } from '../pages/matching-founder/routes';
export { default as navigator } from '../pages/navigator/routes';
export { default as organisations } from '../pages/organisations/routes';
export { default as parameters } from '../pages/parameters/routes';
export { default as review } from '../pages/review/routes';
export { default as scenarios } from '../pages/scenarios/routes';
export { default as spaces } from '../pages/spaces/routes';
export { default as targets } from '../pages/targets/routes';
export { default as talent } from '../pages/talent/routes';
export { default as funds } from '../pages/funds/routes';
export { default as vouchers } from '../pages/vouchers/routes';
