import { defineTranslations } from '../../i18n/define';
import { en } from './translations/en';
import { zhHans } from './translations/zh-Hans';
import { zhHant } from './translations/zh-Hant';

/**
 * Government scenarios and challenges (issue #17 items 1–2; A.P6, A.P7, A.P10): the public list,
 * founders' proposals and consortia, the department's desk and the panel. One file per language
 * in translations/; zh-Hans is the reference.
 */
export default defineTranslations({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
