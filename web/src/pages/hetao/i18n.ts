import { defineTranslations } from '../../i18n/define';
import { en } from './translations/en';
import { zhHans } from './translations/zh-Hans';
import { zhHant } from './translations/zh-Hant';

/**
 * The the Hetao desk's texts: importer portal, customs console, list versions, changelog and precedents. Clause ids (B.C1, B.L3, B.N8, …) refer to shared/policy-source/CLAUSES.md. One file per language in translations/ (a translator works in one; zh-Hans is the
 * reference, and the type checker refuses a zh-Hant or en file that misses a key or adds one).
 */
export default defineTranslations({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
