import { defineTranslations } from '../../i18n/define';
import { en } from './translations/en';
import { zhHans } from './translations/zh-Hans';
import { zhHant } from './translations/zh-Hant';

/**
 * The the applicant's, the reviewer's and finance's texts. One file per language in translations/ (a translator works in one; zh-Hans is the
 * reference, and the type checker refuses a zh-Hant or en file that misses a key or adds one).
 */
export default defineTranslations({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
