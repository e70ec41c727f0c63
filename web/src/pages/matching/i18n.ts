import { defineTranslations } from '../../i18n/define';
import { en } from './translations/en';
import { zhHans } from './translations/zh-Hans';
import { zhHant } from './translations/zh-Hant';

/**
 * The matching screens' texts (issue #15 item 6): administrators' imports of company data, match
 * runs and company profiles with their results. zh-Hans is the reference.
 */
export default defineTranslations({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
