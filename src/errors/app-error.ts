/**
 * The one error type of OPC Hub. A service throws `new AppError('account.email_taken')`; the
 * HTTP layer turns it into RFC 9457 problem+json using {@link errorCatalogue}. Only codes in the
 * catalogue exist (the type system enforces it); anything else thrown becomes a 500 with a
 * correlation id.
 */

export type LocalisedText = { 'zh-Hans': string; 'zh-Hant': string; en: string };

export interface ErrorDefinition {
  status: number;
  title: LocalisedText;
}

/**
 * Stable string codes → HTTP status and the localised title users see. Add a code here before
 * throwing it. Codes are part of the public API: never rename one.
 */
export const errorCatalogue = {
  'request.validation_failed': {
    status: 400,
    title: {
      'zh-Hans': '提交的内容有误',
      'zh-Hant': '提交的內容有誤',
      en: 'The request is invalid',
    },
  },
  'request.malformed_json': {
    status: 400,
    title: {
      'zh-Hans': '请求内容不是有效的 JSON',
      'zh-Hant': '請求內容不是有效的 JSON',
      en: 'The request body is not valid JSON',
    },
  },
  'request.body_too_large': {
    status: 413,
    title: {
      'zh-Hans': '提交的内容过大',
      'zh-Hant': '提交的內容過大',
      en: 'The request body is too large',
    },
  },
  'request.unsupported_media_type': {
    status: 415,
    title: {
      'zh-Hans': '不支持的内容类型',
      'zh-Hant': '不支援的內容類型',
      en: 'Unsupported content type',
    },
  },
  'request.not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该资源', 'zh-Hant': '找不到該資源', en: 'Not found' },
  },
  'request.rate_limited': {
    status: 429,
    title: {
      'zh-Hans': '尝试次数过多，请稍后再试',
      'zh-Hant': '嘗試次數過多，請稍後再試',
      en: 'Too many attempts; please try again later',
    },
  },
  'auth.unauthenticated': {
    status: 401,
    title: { 'zh-Hans': '请先登录', 'zh-Hant': '請先登入', en: 'Please sign in' },
  },
  'auth.invalid_credentials': {
    status: 401,
    title: {
      'zh-Hans': '邮箱或密码不正确',
      'zh-Hant': '電郵或密碼不正確',
      en: 'The e-mail address or password is incorrect',
    },
  },
  'auth.csrf_failed': {
    status: 403,
    title: {
      'zh-Hans': '页面已过期，请刷新后重试',
      'zh-Hant': '頁面已過期，請重新整理後再試',
      en: 'The page has expired; reload and try again',
    },
  },
  'auth.forbidden': {
    status: 403,
    title: {
      'zh-Hans': '您没有权限执行此操作',
      'zh-Hant': '您沒有權限執行此操作',
      en: 'You are not allowed to do this',
    },
  },
  'account.email_taken': {
    status: 409,
    title: {
      'zh-Hans': '该邮箱已注册',
      'zh-Hant': '該電郵已註冊',
      en: 'An account with this e-mail address already exists',
    },
  },
  'account.not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该账户', 'zh-Hant': '找不到該帳戶', en: 'Account not found' },
  },
  'account.last_admin': {
    status: 409,
    title: {
      'zh-Hans': '不能移除最后一位管理员',
      'zh-Hant': '不能移除最後一位管理員',
      en: 'The last administrator cannot be removed',
    },
  },
  'account.wrong_password': {
    status: 400,
    title: {
      'zh-Hans': '当前密码不正确',
      'zh-Hant': '目前密碼不正確',
      en: 'The current password is incorrect',
    },
  },
  'token.not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该令牌', 'zh-Hant': '找不到該令牌', en: 'API token not found' },
  },
  'organisation.credit_code_taken': {
    status: 409,
    title: {
      'zh-Hans': '该统一社会信用代码已登记',
      'zh-Hant': '該統一社會信用代碼已登記',
      en: 'An organisation with this unified social credit code is already registered',
    },
  },
  'organisation.not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该机构', 'zh-Hant': '找不到該機構', en: 'Organisation not found' },
  },
  'organisation.last_founder': {
    status: 409,
    title: {
      'zh-Hans': '机构至少需要一位创始人',
      'zh-Hant': '機構至少需要一位創辦人',
      en: 'An organisation needs at least one founder',
    },
  },
  'person.not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该人员', 'zh-Hant': '找不到該人員', en: 'Person not found' },
  },
  'hetao.illegal_transition': {
    status: 409,
    title: {
      'zh-Hans': '当前状态下不能执行此操作',
      'zh-Hant': '目前狀態下不能執行此操作',
      en: 'This action is not possible in the current state',
    },
  },
  'hetao.list_version_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该清单版本',
      'zh-Hant': '找不到該清單版本',
      en: 'List version not found',
    },
  },
  'hetao.list_item_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该清单条目',
      'zh-Hant': '找不到該清單條目',
      en: 'List item not found',
    },
  },
  'hetao.list_item_exists': {
    status: 409,
    title: {
      'zh-Hans': '该清单条目编号已存在',
      'zh-Hant': '該清單條目編號已存在',
      en: 'A list item with this id already exists',
    },
  },
  'hetao.no_published_list': {
    status: 503,
    title: {
      'zh-Hans': '尚无已发布的免税科研货物清单',
      'zh-Hant': '尚無已發佈的免稅科研貨物清單',
      en: 'No tax-free research-goods list has been published yet',
    },
  },
  'hetao.draft_exists': {
    status: 409,
    title: {
      'zh-Hans': '已有一个草稿版本，请先发布或放弃',
      'zh-Hant': '已有一個草稿版本，請先發佈或放棄',
      en: 'A draft version already exists; publish or discard it first',
    },
  },
  'hetao.draft_empty': {
    status: 409,
    title: {
      'zh-Hans': '草稿版本没有条目，不能发布',
      'zh-Hant': '草稿版本沒有條目，不能發佈',
      en: 'A draft without items cannot be published',
    },
  },
  'hetao.import_invalid': {
    status: 400,
    title: {
      'zh-Hans': '清单文件有错误，未导入任何内容',
      'zh-Hant': '清單檔案有錯誤，未匯入任何內容',
      en: 'The list file has errors; nothing was imported',
    },
  },
  'hetao.import_unreadable': {
    status: 415,
    title: {
      'zh-Hans': '无法读取清单文件（请上传 CSV 或 Excel .xlsx）',
      'zh-Hant': '無法讀取清單檔案（請上傳 CSV 或 Excel .xlsx）',
      en: 'The list file cannot be read (upload CSV or Excel .xlsx)',
    },
  },
  'hetao.file_missing': {
    status: 400,
    title: {
      'zh-Hans': '请选择要上传的文件',
      'zh-Hant': '請選擇要上傳的檔案',
      en: 'Choose a file to upload',
    },
  },
  'hetao.file_too_large': {
    status: 413,
    title: {
      'zh-Hans': '文件过大',
      'zh-Hant': '檔案過大',
      en: 'The file is too large',
    },
  },
  'hetao.attachment_type_refused': {
    status: 415,
    title: {
      'zh-Hans': '只接受 PDF 或图片（PNG、JPEG、WebP、GIF）',
      'zh-Hant': '只接受 PDF 或圖片（PNG、JPEG、WebP、GIF）',
      en: 'Only PDF files and images (PNG, JPEG, WebP, GIF) are accepted',
    },
  },
  'hetao.attachment_limit': {
    status: 409,
    title: {
      'zh-Hans': '附件数量已达上限',
      'zh-Hant': '附件數量已達上限',
      en: 'This question already has the maximum number of attachments',
    },
  },
  'hetao.attachment_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该附件',
      'zh-Hant': '找不到該附件',
      en: 'Attachment not found',
    },
  },
  'hetao.question_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该咨询',
      'zh-Hant': '找不到該諮詢',
      en: 'Question not found',
    },
  },
  'hetao.organisation_required': {
    status: 409,
    title: {
      'zh-Hans': '请先登记或加入一个进口单位（机构）',
      'zh-Hant': '請先登記或加入一個進口單位（機構）',
      en: 'Register or join an importing organisation first',
    },
  },
  'hetao.precedent_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该先例',
      'zh-Hant': '找不到該先例',
      en: 'Precedent not found',
    },
  },
  'hetao.suggestion_group_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该建议组',
      'zh-Hant': '找不到該建議組',
      en: 'Suggestion group not found',
    },
  },
  'hetao.already_supported': {
    status: 409,
    title: {
      'zh-Hans': '您已支持过该建议',
      'zh-Hant': '您已支持過該建議',
      en: 'You already support this suggestion',
    },
  },
  'hetao.ruling_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该预裁定申请',
      'zh-Hant': '找不到該預裁定申請',
      en: 'Advance-ruling request not found',
    },
  },
  'hetao.ruling_too_late': {
    status: 422,
    title: {
      'zh-Hans': '预裁定应在货物拟进口3个月前提出',
      'zh-Hant': '預裁定應在貨物擬進口3個月前提出',
      en: 'An advance ruling must be requested at least 3 months before the planned import',
    },
  },
  'hetao.ruling_trade_secret': {
    status: 409,
    title: {
      'zh-Hans': '涉及商业秘密的预裁定决定不予公开',
      'zh-Hant': '涉及商業秘密的預裁定決定不予公開',
      en: 'A ruling that holds trade secrets is not published',
    },
  },
  'audit.chain_broken': {
    status: 500,
    title: {
      'zh-Hans': '审计链校验失败',
      'zh-Hant': '審計鏈校驗失敗',
      en: 'The audit chain failed verification',
    },
  },
  'server.unavailable': {
    status: 503,
    title: { 'zh-Hans': '服务暂不可用', 'zh-Hant': '服務暫不可用', en: 'Service unavailable' },
  },
  'server.internal': {
    status: 500,
    title: {
      'zh-Hans': '服务器内部错误',
      'zh-Hant': '伺服器內部錯誤',
      en: 'Internal server error',
    },
  },
} satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof errorCatalogue;

/** A problem with one field of the input, as returned in problem+json `errors`. */
export interface FieldError {
  /** JSON Pointer into the request, e.g. `/body/email`. */
  pointer: string;
  /** Stable machine code, e.g. `too_small` or `uscc.check_character`. */
  code: string;
  /** Human-readable message in the request's language. */
  detail: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  /** What the user is told, in addition to the localised title. Never internal details. */
  readonly detail: string | LocalisedText | undefined;
  readonly fieldErrors: FieldError[] | undefined;
  /** Extra members for the problem document (e.g. `retryAfterSeconds`). */
  readonly extensions: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    options: {
      detail?: string | LocalisedText;
      fieldErrors?: FieldError[];
      extensions?: Record<string, unknown>;
      /** For logs only; never sent to the client. */
      internalMessage?: string;
      cause?: unknown;
    } = {},
  ) {
    const detailForLog = typeof options.detail === 'object' ? options.detail.en : options.detail;
    super(options.internalMessage ?? detailForLog ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.detail = options.detail;
    this.fieldErrors = options.fieldErrors;
    this.extensions = options.extensions;
  }

  get status(): number {
    return errorCatalogue[this.code].status;
  }
}
