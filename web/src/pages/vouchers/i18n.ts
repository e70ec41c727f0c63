import { defineTranslations } from '../../i18n/define';
import { en } from './translations/en';
import { zhHans } from './translations/zh-Hans';
import { zhHant } from './translations/zh-Hant';

/**
 * The vouchers' texts (issue #13): the company's balances, the providers' contracts, and the
 * register, pools, statements and overview of administration and finance. Clause ids (A.P9,
 * A.V1) refer to shared/policy-source/CLAUSES.md. One file per language in translations/;
 * zh-Hans is the reference (the type checker refuses a zh-Hant or en file that misses a key or
 * adds one).
 */
export default defineTranslations({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
