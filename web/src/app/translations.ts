/**
 * Translation registry: one line per area. Each line registers an i18next namespace named by
 * the export (use it as `useTranslation('organisations')` or `t('organisations:key')`).
 * Add yours with one line, keeping the alphabetical order:
 *
 *   export { default as vouchers } from '../pages/vouchers/i18n';
 *
 * NOTE: the app never imports this file's strings, only its types. The build writes each area's
 * strings, one language at a time, into their own chunk (web/vite.config.ts), loaded with the
 * area's pages; the menu labels, page titles and dashboard cards of every area — the `nav`,
 * `titles` and `home` keys, and only those — come at start with `common` (i18n/shell.ts).
 */
export { default as common } from '../i18n/common';
export { default as about } from '../pages/about/i18n';
export { default as account } from '../pages/account/i18n';
export { default as admin } from '../pages/admin/i18n';
export { default as allowances } from '../pages/allowances/i18n';
export { default as applications } from '../pages/applications/i18n';
export { default as auth } from '../pages/auth/i18n';
export { default as hetao } from '../pages/hetao/i18n';
export { default as hetaoLedger } from '../pages/hetao-ledger/i18n';
export { default as hetaoLookup } from '../pages/hetao-lookup/i18n';
export { default as hetaoWhitelist } from '../pages/hetao-whitelist/i18n';
export { default as home } from '../pages/home/i18n';
export { default as matching } from '../pages/matching/i18n';
export { default as matchingFounder } from '../pages/matching-founder/i18n';
export { default as navigator } from '../pages/navigator/i18n';
export { default as organisations } from '../pages/organisations/i18n';
export { default as parameters } from '../pages/parameters/i18n';
export { default as scenarios } from '../pages/scenarios/i18n';
export { default as spaces } from '../pages/spaces/i18n';
export { default as targets } from '../pages/targets/i18n';
export { default as talent } from '../pages/talent/i18n';
export { default as funds } from '../pages/funds/i18n';
export { default as vouchers } from '../pages/vouchers/i18n';
