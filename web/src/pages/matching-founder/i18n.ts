import { defineTranslations } from '../../i18n/define';
import { en } from './translations/en';
import { zhHans } from './translations/zh-Hans';
import { zhHant } from './translations/zh-Hant';

/**
 * "Found for you" (issue #15 item 6): the founder's page of what matching found for their
 * companies, with one-click applications and the benefit-push switch. zh-Hans is the reference.
 */
export default defineTranslations({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
