import { defineTranslations } from '../../i18n/define';
import { en } from './translations/en';
import { zhHans } from './translations/zh-Hans';
import { zhHant } from './translations/zh-Hant';

/**
 * The targets page's texts (issue #14 item 5; A.T1–A.T4 in shared/policy-source/CLAUSES.md).
 * zh-Hans is the reference; the type checker refuses a zh-Hant or en file that differs in keys.
 */
export default defineTranslations({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
