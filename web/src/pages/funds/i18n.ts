import { defineTranslations } from '../../i18n/define';
import { en } from './translations/en';
import { zhHans } from './translations/zh-Hans';
import { zhHant } from './translations/zh-Hant';

/** Fund introductions' texts (issue #17 item 4; A.P11). zh-Hans is the reference. */
export default defineTranslations({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
