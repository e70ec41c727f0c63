import type { LocalisedText } from './app-error';

/**
 * Messages for field-level validation rules of our own. A Zod refinement uses the key as its
 * message (`.refine(isValid, 'uscc.check_character')`); the error handler shows the text in the
 * requester's language and the key as the field error's `code`.
 */
export const fieldMessages = {
  'uscc.format': {
    'zh-Hans': '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）',
    'zh-Hant': '統一社會信用代碼應為 18 位數字或大寫字母（不含 I、O、S、V、Z）',
    en: 'A unified social credit code is 18 digits or capital letters (no I, O, S, V or Z)',
  },
  'uscc.check_character': {
    'zh-Hans': '统一社会信用代码校验位不正确，请核对后重新输入',
    'zh-Hant': '統一社會信用代碼校驗位不正確，請核對後重新輸入',
    en: 'The check character of this unified social credit code is wrong; please check it',
  },
  'uscc.authority': {
    'zh-Hans': '统一社会信用代码第 1 位（登记管理部门代码）无效',
    'zh-Hant': '統一社會信用代碼第 1 位（登記管理部門代碼）無效',
    en: 'The first character (registration authority) of this credit code is not valid',
  },
  'password.too_short': {
    'zh-Hans': '密码至少需要 10 个字符',
    'zh-Hant': '密碼至少需要 10 個字元',
    en: 'The password must be at least 10 characters long',
  },
  'password.too_long': {
    'zh-Hans': '密码不能超过 128 个字符',
    'zh-Hant': '密碼不能超過 128 個字元',
    en: 'The password must be at most 128 characters long',
  },
  'email.invalid': {
    'zh-Hans': '请输入有效的邮箱地址',
    'zh-Hant': '請輸入有效的電郵地址',
    en: 'Enter a valid e-mail address',
  },
  'text.required': {
    'zh-Hans': '此项为必填项',
    'zh-Hant': '此項為必填項',
    en: 'This field is required',
  },
  'phone.invalid': {
    'zh-Hans': '请输入有效的电话号码',
    'zh-Hant': '請輸入有效的電話號碼',
    en: 'Enter a valid phone number',
  },
  'date.invalid': {
    'zh-Hans': '请输入有效日期（YYYY-MM-DD）',
    'zh-Hant': '請輸入有效日期（YYYY-MM-DD）',
    en: 'Enter a valid date (YYYY-MM-DD)',
  },
} satisfies Record<string, LocalisedText>;

export type FieldMessageKey = keyof typeof fieldMessages;
