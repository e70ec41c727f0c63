import type { LocalisedText } from './app-error';

/**
 * Messages for field-level validation rules of our own. A Zod refinement uses the key as its
 * message (`.refine(isValid, 'uscc.check_character')`); the error handler shows the text in the
 * requester's language and the key as the field error's `code`.
 */
export const fieldMessages = {
  'text.nul_character': {
    'zh-Hans': '文字中含有不可见的空字符（U+0000），请删除后重试',
    'zh-Hant': '文字中含有不可見的空字元（U+0000），請刪除後重試',
    en: 'The text contains an invisible NUL character (U+0000); remove it and try again',
  },
  'text.invisible_character': {
    'zh-Hans':
      '文字中含有不可见的控制字符（如改变文字方向的 U+202E），显示的内容会与实际不同，请删除后重试',
    'zh-Hant':
      '文字中含有不可見的控制字元（如改變文字方向的 U+202E），顯示的內容會與實際不同，請刪除後重試',
    en: 'The text contains an invisible control character (such as U+202E, which reverses text), so it would show differently from what it is; remove it and try again',
  },
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
  'payee.account_number': {
    'zh-Hans': '银行账号应为 8–34 位数字',
    'zh-Hant': '銀行帳號應為 8–34 位數字',
    en: 'A bank account number is 8 to 34 digits',
  },
  'date.invalid': {
    'zh-Hans': '请输入有效日期（YYYY-MM-DD）',
    'zh-Hant': '請輸入有效日期（YYYY-MM-DD）',
    en: 'Enter a valid date (YYYY-MM-DD)',
  },
  'month.invalid': {
    'zh-Hans': '请输入有效月份（YYYY-MM）',
    'zh-Hant': '請輸入有效月份（YYYY-MM）',
    en: 'Enter a valid month (YYYY-MM)',
  },
  'facts.contradiction': {
    'zh-Hans': '与另一项回答矛盾：填写了企业信息，却回答“未创办企业”',
    'zh-Hant': '與另一項回答矛盾：填寫了企業資料，卻回答「未創辦企業」',
    en: 'Contradicts another answer: company details are given, but the answer says there is no company',
  },
  'facts.waiver_before_notice': {
    'zh-Hans': '放弃免税的日期不能早于政策施行日（2026-02-10）',
    'zh-Hant': '放棄免稅的日期不能早於政策施行日（2026-02-10）',
    en: 'A waiver cannot be dated before the notice took effect (2026-02-10)',
  },
  'hetao.code_format': {
    'zh-Hans': '税则号列应为 2–10 位数字（可带小数点，如 3002.12）',
    'zh-Hant': '稅則號列應為 2–10 位數字（可帶小數點，如 3002.12）',
    en: 'A tariff code has 2–10 digits (dots allowed, e.g. 3002.12)',
  },
  'hetao.heading_format': {
    'zh-Hans': '请至少填写 4 位税目（如 3504）',
    'zh-Hant': '請至少填寫 4 位稅目（如 3504）',
    en: 'Give at least the 4-digit heading (e.g. 3504)',
  },
  'hetao.code_pattern': {
    'zh-Hans': '编码应为 2–10 位数字前缀或区间 a..b（不带小数点）',
    'zh-Hant': '編碼應為 2–10 位數字前綴或區間 a..b（不帶小數點）',
    en: 'A code is a prefix of 2–10 digits or a range a..b (no dots)',
  },
  'hetao.list_item_rule': {
    'zh-Hans': '清单条目不符合导入格式规则',
    'zh-Hant': '清單條目不符合匯入格式規則',
    en: 'The list item breaks a rule of the import format',
  },
  // Hetao white list and tariff table (issue #16 items 1 and 3).
  'hetao.white_list_registration_required': {
    'zh-Hans': '白名单只接受登记注册在海关监管区域内的单位（B.E1），请确认后勾选',
    'zh-Hant': '白名單只接受登記註冊在海關監管區域內的單位（B.E1），請確認後勾選',
    en: 'Only institutions registered in the customs-supervised area qualify (B.E1): confirm it',
  },
  'hetao.contact_required': {
    'zh-Hans': '请至少填写一位联系人',
    'zh-Hant': '請至少填寫一位聯絡人',
    en: 'Give at least one contact',
  },
  'hetao.hs_code_format': {
    'zh-Hans': '商品编码应为 8 位或 10 位数字（可带小数点）',
    'zh-Hant': '商品編碼應為 8 位或 10 位數字（可帶小數點）',
    en: 'An HS code has 8 or 10 digits (dots allowed)',
  },
  'hetao_lookup.code_format': {
    'zh-Hans': '税号应为 4–10 位数字（可带小数点，如 3821.00 或 38210000）',
    'zh-Hant': '稅號應為 4–10 位數字（可帶小數點，如 3821.00 或 38210000）',
    en: 'A tariff code has 4–10 digits (dots allowed, e.g. 3821.00 or 38210000)',
  },
  'rules.value_required': {
    'zh-Hans': '发布的参数值必须填写数值',
    'zh-Hant': '發布的參數值必須填寫數值',
    en: 'A published value needs a value',
  },
  'rules.value_not_allowed': {
    'zh-Hans': '“未公布”或“终止”状态不填写数值',
    'zh-Hant': '「未公布」或「終止」狀態不填寫數值',
    en: 'An unpublished or ended entry carries no value',
  },
  'rules.parameter_value': {
    'zh-Hans': '该数值超出参数允许的范围',
    'zh-Hant': '該數值超出參數允許的範圍',
    en: 'The value is outside the range this parameter allows',
  },
  'rules.unknown_clause': {
    'zh-Hans': '引用的条款编号不存在',
    'zh-Hant': '引用的條款編號不存在',
    en: 'No clause has this id',
  },
  'rules.goods_not_stored': {
    'zh-Hans': '货物信息按每批进口填写，不保存到资料中',
    'zh-Hant': '貨物資訊按每批進口填寫，不儲存到資料中',
    en: 'Goods facts describe one shipment and are not kept in a profile',
  },
} satisfies Record<string, LocalisedText>;

export type FieldMessageKey = keyof typeof fieldMessages;
