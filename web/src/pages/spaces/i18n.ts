import { defineTranslations } from '../../i18n/define';
import { en } from './translations/en';
import { zhHans } from './translations/zh-Hans';
import { zhHant } from './translations/zh-Hant';

/**
 * The OPC communities' texts (issue #14): the operator's workspace, the register kept by
 * administrators, and a company's application. Clause ids (A.S0–A.S3) refer to
 * policies/clauses.yaml. One file per language in translations/; zh-Hans is the reference (the
 * type checker refuses a zh-Hant or en file that misses a key or adds one).
 */
export default defineTranslations({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
