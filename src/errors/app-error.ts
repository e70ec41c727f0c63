/**
 * The one error type of OPC Hub. A service throws `new AppError('account.email_taken')`; the
 * HTTP layer turns it into RFC 9457 problem+json using {@link errorCatalogue}. Only codes in the
 * catalogue exist (the type system enforces it); anything else thrown becomes a 500 with a
 * correlation id.
 *
 * NOTE: longer than the 800 lines a source file is held to, on purpose: about 1,900 of its ~1,970
 * lines are one table of data (each code with its status and its title in three languages, ~8 lines a
 * code), read top to bottom or searched by code, and the code after it is a few dozen lines. Split
 * by module, a reader would lose the one place where every code a client can receive is listed
 * (vouchers added 30 codes, spaces and targets 30 more). Split the table only if it becomes
 * generated data.
 */

import type { LocalisedText } from '../shared/localised-text';

export type { LocalisedText };

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
  'request.too_deeply_nested': {
    status: 400,
    title: {
      'zh-Hans': '请求内容的嵌套层级过深',
      'zh-Hant': '請求內容的巢狀層級過深',
      en: 'The request body is nested too deeply',
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
  'auth.session_required': {
    status: 403,
    title: {
      'zh-Hans': '此操作需要在浏览器中登录后进行，API 令牌不能执行',
      'zh-Hant': '此操作需要在瀏覽器中登入後進行，API 令牌不能執行',
      en: 'This needs a signed-in browser session; an API token cannot do it',
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
  'organisation.already_member': {
    status: 409,
    title: {
      'zh-Hans': '对方已是本机构成员；如需更改角色，请在成员列表中修改',
      'zh-Hant': '對方已是本機構成員；如需更改角色，請在成員列表中修改',
      en: 'They are already a member; change their role in the member list',
    },
  },
  'invitation.not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该邀请', 'zh-Hant': '找不到該邀請', en: 'Invitation not found' },
  },
  'invitation.not_pending': {
    status: 409,
    title: {
      'zh-Hans': '该邀请已被接受、拒绝或撤回',
      'zh-Hant': '該邀請已被接受、拒絕或撤回',
      en: 'This invitation has already been accepted, declined or withdrawn',
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
  // Hetao declarations and the electronic ledger (issue #16 items 2–6; B.N3–B.N12, B.R1).
  'hetao.importer_not_listed': {
    status: 403,
    title: {
      'zh-Hans': '进口单位在申报日不在免税进口白名单上（B.N3）',
      'zh-Hant': '進口單位在申報日不在免稅進口白名單上（B.N3）',
      en: 'The importer is not on the white list on the declaration date (B.N3)',
    },
  },
  'hetao.declaration_refused': {
    status: 422,
    title: {
      'zh-Hans': '申报中有不能免税的货物行',
      'zh-Hant': '申報中有不能免稅的貨物行',
      en: 'Some lines of the declaration cannot be recorded as exempt',
    },
  },
  'hetao.declaration_exists': {
    status: 409,
    title: {
      'zh-Hans': '该报关单号已登记',
      'zh-Hant': '該報關單號已登記',
      en: 'This declaration number is already recorded',
    },
  },
  'hetao.declaration_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该申报',
      'zh-Hant': '找不到該申報',
      en: 'Declaration not found',
    },
  },
  'hetao.declaration_import_invalid': {
    status: 422,
    title: {
      'zh-Hans': '导入文件有误，未导入任何申报',
      'zh-Hant': '匯入檔案有誤，未匯入任何申報',
      en: 'The file has problems; nothing was imported',
    },
  },
  'hetao.ledger_item_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该台账货物',
      'zh-Hant': '找不到該台賬貨物',
      en: 'Ledger item not found',
    },
  },
  'hetao.write_off_not_allowed': {
    status: 409,
    title: {
      'zh-Hans': '监管期内的设备、器具、文献、标本不能核销（B.N5）',
      'zh-Hant': '監管期內的設備、器具、文獻、標本不能核銷（B.N5）',
      en: 'Supervised goods are not written off (B.N5)',
    },
  },
  'hetao.quantity_exceeds_held': {
    status: 422,
    title: {
      'zh-Hans': '数量超过台账结存',
      'zh-Hant': '數量超過台賬結存',
      en: 'The quantity is more than the ledger holds',
    },
  },
  'hetao.item_already_moved': {
    status: 409,
    title: {
      'zh-Hans': '该货物已出区或转让，不能再次出区（B.N7）',
      'zh-Hant': '該貨物已出區或轉讓，不能再次出區（B.N7）',
      en: 'This item has already been moved out or transferred (B.N7)',
    },
  },
  'hetao.movement_invalid': {
    status: 422,
    title: {
      'zh-Hans': '核销或出区记录有误',
      'zh-Hant': '核銷或出區記錄有誤',
      en: 'The write-off or move is invalid',
    },
  },
  'hetao.election_invalid': {
    status: 422,
    title: {
      'zh-Hans': '选择缴税的记录有误（B.N6）',
      'zh-Hant': '選擇繳稅的記錄有誤（B.N6）',
      en: 'The election to pay is invalid (B.N6)',
    },
  },
  // Hetao white list and tariff table (issue #16 items 1 and 3; B.N3, B.E1).
  'hetao.white_list_application_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该白名单申请',
      'zh-Hant': '找不到該白名單申請',
      en: 'White-list application not found',
    },
  },
  'hetao.white_list_entry_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该白名单条目',
      'zh-Hant': '找不到該白名單條目',
      en: 'White-list entry not found',
    },
  },
  'hetao.white_list_document_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该申请材料',
      'zh-Hant': '找不到該申請材料',
      en: 'Document not found',
    },
  },
  'hetao.white_list_document_limit': {
    status: 409,
    title: {
      'zh-Hans': '申请材料数量已达上限',
      'zh-Hant': '申請材料數量已達上限',
      en: 'This application already has the maximum number of documents',
    },
  },
  'hetao.white_list_application_live': {
    status: 409,
    title: {
      'zh-Hans': '该机构已有一份进行中的白名单申请',
      'zh-Hant': '該機構已有一份進行中的白名單申請',
      en: 'This organisation already has a white-list application in progress',
    },
  },
  'hetao.white_list_already_listed': {
    status: 409,
    title: {
      'zh-Hans': '该机构已在白名单上（或被暂停），无需再次申请',
      'zh-Hant': '該機構已在白名單上（或被暫停），無需再次申請',
      en: 'This organisation is already on the white list (or suspended from it)',
    },
  },
  'hetao.white_list_not_founder': {
    status: 403,
    title: {
      'zh-Hans': '只有机构的创始人（负责人）可以代表机构申请白名单',
      'zh-Hant': '只有機構的創始人（負責人）可以代表機構申請白名單',
      en: 'Only a founder of the organisation may apply for the white list on its behalf',
    },
  },
  'hetao.white_list_validity_invalid': {
    status: 400,
    title: {
      'zh-Hans': '有效期的结束日期不能早于开始日期',
      'zh-Hant': '有效期的結束日期不能早於開始日期',
      en: 'The validity cannot end before it begins',
    },
  },
  'hetao.tariff_version_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该税率表版本',
      'zh-Hant': '找不到該稅率表版本',
      en: 'Tariff version not found',
    },
  },
  'hetao.tariff_rates_not_found': {
    status: 404,
    title: {
      'zh-Hans': '该商品编码在该日期没有已发布的税率',
      'zh-Hant': '該商品編碼在該日期沒有已發佈的稅率',
      en: 'No published rates for this HS code on this date',
    },
  },
  'hetao.tariff_import_invalid': {
    status: 400,
    title: {
      'zh-Hans': '税率文件有错误，未导入任何内容',
      'zh-Hant': '稅率檔案有錯誤，未匯入任何內容',
      en: 'The tariff file has errors; nothing was imported',
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
  'application.not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该申请', 'zh-Hant': '找不到該申請', en: 'Application not found' },
  },
  'application.policy_unknown': {
    status: 404,
    title: { 'zh-Hans': '找不到该政策', 'zh-Hant': '找不到該政策', en: 'Unknown policy' },
  },
  'application.invalid_transition': {
    status: 409,
    title: {
      'zh-Hans': '申请当前状态不允许此操作',
      'zh-Hant': '申請目前狀態不允許此操作',
      en: "This is not possible in the application's current state",
    },
  },
  'application.not_editable': {
    status: 409,
    title: {
      'zh-Hans': '申请已提交，不能再修改',
      'zh-Hant': '申請已提交，不能再修改',
      en: 'The application can no longer be changed',
    },
  },
  'application.version_conflict': {
    status: 409,
    title: {
      'zh-Hans': '申请已在别处修改，请刷新后再试',
      'zh-Hant': '申請已在別處修改，請重新整理後再試',
      en: 'The application was changed elsewhere; reload and try again',
    },
  },
  'application.organisation_required': {
    status: 400,
    title: {
      'zh-Hans': '请选择申请的企业',
      'zh-Hant': '請選擇申請的企業',
      en: 'Choose the company that applies',
    },
  },
  'application.already_claimed': {
    status: 409,
    title: {
      'zh-Hans': '该福利只能享受一次或只能二选一',
      'zh-Hant': '該福利只能享受一次或只能二選一',
      en: 'This benefit can be had only once, or only instead of another',
    },
  },
  'application.incomplete': {
    status: 400,
    title: {
      'zh-Hans': '申请尚未填写完整',
      'zh-Hant': '申請尚未填寫完整',
      en: 'The application is not complete',
    },
  },
  'application.amount_required': {
    status: 400,
    title: {
      'zh-Hans': '请填写批准金额',
      'zh-Hant': '請填寫批准金額',
      en: 'Enter the amount to approve',
    },
  },
  'application.amount_exceeds_cap': {
    status: 422,
    title: {
      'zh-Hans': '金额超过政策上限',
      'zh-Hant': '金額超過政策上限',
      en: "The amount is more than the benefit's cap",
    },
  },
  'application.cap_unpublished': {
    status: 422,
    title: {
      'zh-Hans': '金额标准尚未公布',
      'zh-Hant': '金額標準尚未公佈',
      en: 'The amount for this benefit is not published yet',
    },
  },
  'application.not_in_review': {
    status: 409,
    title: {
      'zh-Hans': '申请不在审核阶段',
      'zh-Hant': '申請不在審核階段',
      en: 'The application is not in review',
    },
  },
  'application.appeal_period_over': {
    status: 409,
    title: {
      'zh-Hans': '申诉期限已过',
      'zh-Hant': '申訴期限已過',
      en: 'The appeal period is over',
    },
  },
  'application.appeal_limit': {
    status: 409,
    title: {
      'zh-Hans': '每项决定只能申诉一次',
      'zh-Hant': '每項決定只能申訴一次',
      en: 'A decision can be appealed only once',
    },
  },
  'application.not_screened': {
    status: 409,
    title: {
      'zh-Hans': '申请尚未经过初审',
      'zh-Hant': '申請尚未經過初審',
      en: 'The application has not been screened',
    },
  },
  'evidence.type_not_allowed': {
    status: 415,
    title: {
      'zh-Hans': '只接受 PDF、PNG、JPEG 或 WebP 文件',
      'zh-Hant': '只接受 PDF、PNG、JPEG 或 WebP 檔案',
      en: 'Only PDF, PNG, JPEG or WebP files are accepted',
    },
  },
  'evidence.too_large': {
    status: 413,
    title: {
      'zh-Hans': '文件超过 10 MB',
      'zh-Hant': '檔案超過 10 MB',
      en: 'The file is larger than 10 MB',
    },
  },
  'evidence.not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该文件', 'zh-Hant': '找不到該檔案', en: 'Evidence file not found' },
  },
  'evidence.unknown_document': {
    status: 400,
    title: {
      'zh-Hans': '该政策不需要这份材料',
      'zh-Hant': '該政策不需要這份材料',
      en: 'This policy does not ask for that document',
    },
  },
  'review.recused': {
    status: 403,
    title: {
      'zh-Hans': '您与申请人存在关联，须回避',
      'zh-Hant': '您與申請人存在關聯，須迴避',
      en: 'You are linked to the applicant and must recuse yourself',
    },
  },
  'review.excluded_officer': {
    status: 403,
    title: {
      'zh-Hans': '原决定人不能处理此申诉',
      'zh-Hant': '原決定人不能處理此申訴',
      en: 'The officer whose decision is appealed cannot decide the appeal',
    },
  },
  'review.four_eyes': {
    status: 409,
    title: {
      'zh-Hans': '双人复核：建议人不能自行批准',
      'zh-Hant': '雙人覆核：建議人不能自行批准',
      en: 'Four eyes: the officer who recommended cannot also approve',
    },
  },
  'review.amount_not_recommended': {
    status: 409,
    title: {
      'zh-Hans':
        '双人复核：批准金额须与建议金额一致；如需改动，请重新提出建议，由另一位审核人员批准',
      'zh-Hant':
        '雙人覆核：批准金額須與建議金額一致；如需改動，請重新提出建議，由另一位審核人員批准',
      en: 'Four eyes: the approved amount must be the recommended one; to change it, make a new recommendation for another officer to approve',
    },
  },
  'review.recommendation_required': {
    status: 409,
    title: {
      'zh-Hans': '批准前需要审核人的批准建议',
      'zh-Hant': '批准前需要審核人的批准建議',
      en: "An approval needs a reviewer's recommendation to approve first",
    },
  },
  'review.rubric_required': {
    status: 409,
    title: {
      'zh-Hans': '请先完成评分表',
      'zh-Hant': '請先完成評分表',
      en: 'Score the rubric first',
    },
  },
  'review.no_rubric': {
    status: 404,
    title: {
      'zh-Hans': '该政策没有评分表',
      'zh-Hant': '該政策沒有評分表',
      en: 'This programme has no rubric',
    },
  },
  'review.not_a_reviewer': {
    status: 400,
    title: {
      'zh-Hans': '该账户不是审核人员',
      'zh-Hant': '該帳戶不是審核人員',
      en: 'That account is not a reviewer',
    },
  },
  'budget.no_line': {
    status: 409,
    title: { 'zh-Hans': '尚未设立预算', 'zh-Hant': '尚未設立預算', en: 'There is no budget line' },
  },
  'budget.exceeded': {
    status: 409,
    title: {
      'zh-Hans': '超出剩余预算',
      'zh-Hant': '超出剩餘預算',
      en: 'The remaining budget is not enough',
    },
  },
  'budget.line_exists': {
    status: 409,
    title: {
      'zh-Hans': '该政策该年度已有预算',
      'zh-Hant': '該政策該年度已有預算',
      en: 'A budget line for this policy and year exists',
    },
  },
  'budget.not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该预算', 'zh-Hant': '找不到該預算', en: 'Budget line not found' },
  },
  'budget.below_committed': {
    status: 409,
    title: {
      'zh-Hans': '预算不能低于已使用金额',
      'zh-Hant': '預算不能低於已使用金額',
      en: 'The budget cannot go below what is committed',
    },
  },
  'payment.batch_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该付款批次',
      'zh-Hant': '找不到該付款批次',
      en: 'Payment batch not found',
    },
  },
  'payment.nothing_to_pay': {
    status: 409,
    title: {
      'zh-Hans': '没有待付款的申请',
      'zh-Hant': '沒有待付款的申請',
      en: 'Nothing is waiting for payment',
    },
  },
  'payment.not_payable': {
    status: 409,
    title: {
      'zh-Hans': '部分申请不能付款',
      'zh-Hant': '部分申請不能付款',
      en: 'Some applications are not waiting for payment',
    },
  },
  'payment.payee_missing': {
    status: 409,
    title: {
      'zh-Hans': '部分申请缺少收款账户',
      'zh-Hant': '部分申請缺少收款帳戶',
      en: 'Some applications have no bank account',
    },
  },
  'payment.result_invalid': {
    status: 400,
    title: {
      'zh-Hans': '付款结果文件有误',
      'zh-Hant': '付款結果檔案有誤',
      en: 'The payment result file is invalid',
    },
  },
  'payment.result_conflict': {
    status: 409,
    title: {
      'zh-Hans': '付款结果与已有记录矛盾',
      'zh-Hant': '付款結果與已有記錄矛盾',
      en: 'The result file contradicts what is recorded',
    },
  },
  'payment.already_paid': {
    status: 409,
    title: {
      'zh-Hans': '该申请已付款',
      'zh-Hant': '該申請已付款',
      en: 'This application has already been paid',
    },
  },
  'allowance.not_found': {
    status: 404,
    title: {
      'zh-Hans': '该申请没有按月发放计划',
      'zh-Hant': '該申請沒有按月發放計劃',
      en: 'This application has no monthly schedule',
    },
  },
  'allowance.not_active': {
    status: 409,
    title: {
      'zh-Hans': '该发放计划已停止或已发放完毕',
      'zh-Hant': '該發放計劃已停止或已發放完畢',
      en: 'The schedule has already stopped or finished',
    },
  },
  'allowance.amount_not_whole_months': {
    status: 422,
    title: {
      'zh-Hans': '批准金额须为整数个月的补贴',
      'zh-Hant': '批准金額須為整數個月的補貼',
      en: 'The approved amount must be a whole number of monthly instalments',
    },
  },
  'allowance.payments_started': {
    status: 409,
    title: {
      'zh-Hans': '补贴已开始发放，不能撤销批准；请停止发放计划',
      'zh-Hant': '補貼已開始發放，不能撤銷批准；請停止發放計劃',
      en: 'Instalments are paid or being paid: stop the schedule instead of revoking the approval',
    },
  },
  'notification.not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该通知', 'zh-Hant': '找不到該通知', en: 'Notification not found' },
  },
  'rules.policy_not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该政策', 'zh-Hant': '找不到該政策', en: 'Policy not found' },
  },
  'rules.parameter_not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该参数', 'zh-Hant': '找不到該參數', en: 'Parameter not found' },
  },
  'rules.parameter_exceeds_limit': {
    status: 422,
    title: {
      'zh-Hans': '参数值超过了政策规定的上限',
      'zh-Hant': '參數值超過了政策規定的上限',
      en: 'The value is above the ceiling the policy sets',
    },
  },
  'rules.no_organisation': {
    status: 409,
    title: {
      'zh-Hans': '请先登记您创办的企业或机构，再保存其信息',
      'zh-Hant': '請先登記您創辦的企業或機構，再儲存其資訊',
      en: 'Register the organisation you founded before saving its facts',
    },
  },
  'rules.snapshot_invalid': {
    status: 422,
    title: {
      'zh-Hans': '评估快照无效，无法重放',
      'zh-Hant': '評估快照無效，無法重放',
      en: 'The evaluation snapshot is not valid and cannot be replayed',
    },
  },
  'server.unavailable': {
    status: 503,
    title: { 'zh-Hans': '服务暂不可用', 'zh-Hant': '服務暫不可用', en: 'Service unavailable' },
  },
  'voucher.provider_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该服务商',
      'zh-Hant': '找不到該服務商',
      en: 'Voucher provider not found',
    },
  },
  'voucher.provider_exists': {
    status: 409,
    title: {
      'zh-Hans': '该机构已登记为服务商',
      'zh-Hant': '該機構已登記為服務商',
      en: 'This organisation is already a registered provider',
    },
  },
  'voucher.provider_inactive': {
    status: 409,
    title: {
      'zh-Hans': '服务商未处于登记有效状态，不能兑付券（A.V1）',
      'zh-Hant': '服務商未處於登記有效狀態，不能兌付券（A.V1）',
      en: 'The provider is not an active registered provider (A.V1)',
    },
  },
  'voucher.kind_not_offered': {
    status: 422,
    title: {
      'zh-Hans': '该服务商未登记提供此类券的服务（A.V1）',
      'zh-Hant': '該服務商未登記提供此類券的服務（A.V1）',
      en: 'The provider is not registered for this kind of voucher (A.V1)',
    },
  },
  'voucher.not_provider_staff': {
    status: 403,
    title: {
      'zh-Hans': '您不是该服务商的工作人员',
      'zh-Hant': '您不是該服務商的工作人員',
      en: 'You are not on the staff of this provider',
    },
  },
  'voucher.company_unknown': {
    status: 422,
    title: {
      'zh-Hans': '平台上没有该统一社会信用代码的企业',
      'zh-Hant': '平台上沒有該統一社會信用代碼的企業',
      en: 'No company with this unified social credit code is registered on the platform',
    },
  },
  'voucher.company_is_provider': {
    status: 422,
    title: {
      'zh-Hans': '服务商不能与自己签订补贴合同',
      'zh-Hant': '服務商不能與自己簽訂補貼合同',
      en: 'A provider cannot register a subsidised contract with itself',
    },
  },
  'voucher.related_party': {
    status: 422,
    title: {
      'zh-Hans': '关联方采购不予补贴（A.V1）',
      'zh-Hant': '關聯方採購不予補貼（A.V1）',
      en: 'Related-party purchases are not subsidised (A.V1)',
    },
  },
  'voucher.contract_duplicate': {
    status: 409,
    title: {
      'zh-Hans': '同一合同只能补贴一次（A.V1）',
      'zh-Hant': '同一合同只能補貼一次（A.V1）',
      en: 'One contract is subsidised once (A.V1)',
    },
  },
  'voucher.contract_not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该合同', 'zh-Hant': '找不到該合同', en: 'Contract not found' },
  },
  'voucher.contract_date_future': {
    status: 422,
    title: {
      'zh-Hans': '合同日期不能晚于今天',
      'zh-Hant': '合同日期不能晚於今天',
      en: 'The contract date cannot be later than today',
    },
  },
  'voucher.not_company_member': {
    status: 403,
    title: {
      'zh-Hans': '您不是该企业的成员',
      'zh-Hant': '您不是該企業的成員',
      en: 'You are not a member of this company',
    },
  },
  'voucher.invalid_transition': {
    status: 409,
    title: {
      'zh-Hans': '合同当前状态不允许此操作',
      'zh-Hant': '合同目前狀態不允許此操作',
      en: 'The contract is not in a state that allows this',
    },
  },
  'voucher.not_confirmed': {
    status: 409,
    title: {
      'zh-Hans': '企业尚未确认该合同，不能冻结券额',
      'zh-Hant': '企業尚未確認該合同，不能凍結券額',
      en: 'The company has not confirmed this contract, so nothing can be held',
    },
  },
  'voucher.no_balance': {
    status: 409,
    title: {
      'zh-Hans': '企业没有可用的该类券余额（A.P9、A.V1）',
      'zh-Hant': '企業沒有可用的該類券餘額（A.P9、A.V1）',
      en: 'The company has no voucher balance of this kind left (A.P9, A.V1)',
    },
  },
  'voucher.grant_expired': {
    status: 409,
    title: {
      'zh-Hans': '企业的该类券已过有效期',
      'zh-Hant': '企業的該類券已過有效期',
      en: "The company's vouchers of this kind have expired",
    },
  },
  'voucher.capture_exceeds_hold': {
    status: 422,
    title: {
      'zh-Hans': '核销金额不能超过冻结金额',
      'zh-Hant': '核銷金額不能超過凍結金額',
      en: 'The capture cannot exceed the amount held',
    },
  },
  'voucher.refund_exceeds_capture': {
    status: 422,
    title: {
      'zh-Hans': '退回金额不能超过已核销且未退回的金额',
      'zh-Hant': '退回金額不能超過已核銷且未退回的金額',
      en: 'The refund cannot exceed what was captured and not yet refunded',
    },
  },
  'voucher.already_settled': {
    status: 409,
    title: {
      'zh-Hans': '该合同的核销已结算，不能再退回',
      'zh-Hant': '該合同的核銷已結算，不能再退回',
      en: "This contract's capture is already settled; it can no longer be refunded",
    },
  },
  'voucher.cap_exceeded': {
    status: 409,
    title: {
      'zh-Hans': '该企业此类券累计将超过每家企业上限（A.V1）',
      'zh-Hant': '該企業此類券累計將超過每家企業上限（A.V1）',
      en: "The company's vouchers of this kind would exceed the per-company cap (A.V1)",
    },
  },
  'voucher.cap_unpublished': {
    status: 409,
    title: {
      'zh-Hans': '此类券的上限或补贴比例参数尚未发布',
      'zh-Hant': '此類券的上限或補貼比例參數尚未發佈',
      en: "This voucher's cap or share of the contract is not published yet",
    },
  },
  'voucher.pool_insufficient': {
    status: 409,
    title: {
      'zh-Hans': '该类券本年度资金池余额不足',
      'zh-Hant': '該類券本年度資金池餘額不足',
      en: "This year's budget pool for this voucher kind does not have enough left",
    },
  },
  'voucher.amount_missing': {
    status: 409,
    title: {
      'zh-Hans': '无法确定发券金额：请先推荐金额',
      'zh-Hant': '無法確定發券金額：請先推薦金額',
      en: 'The voucher amount is unknown: recommend an amount first',
    },
  },
  'voucher.grant_in_use': {
    status: 409,
    title: {
      'zh-Hans': '该申请发放的券已被冻结或使用，不能撤销批准',
      'zh-Hant': '該申請發放的券已被凍結或使用，不能撤銷批准',
      en: 'The voucher this approval issued is already held or spent, so the approval cannot be revoked',
    },
  },
  'voucher.statement_not_found': {
    status: 404,
    title: { 'zh-Hans': '找不到该结算单', 'zh-Hant': '找不到該結算單', en: 'Statement not found' },
  },
  'voucher.nothing_to_settle': {
    status: 409,
    title: {
      'zh-Hans': '该期间没有待结算的核销',
      'zh-Hant': '該期間沒有待結算的核銷',
      en: 'Nothing to settle for this period',
    },
  },
  'voucher.period_not_over': {
    status: 422,
    title: {
      'zh-Hans': '结算期间尚未结束',
      'zh-Hant': '結算期間尚未結束',
      en: 'The settlement period is not over yet',
    },
  },
  'idempotency.key_required': {
    status: 400,
    title: {
      'zh-Hans': '请在请求头 Idempotency-Key 中提供幂等键',
      'zh-Hant': '請在請求標頭 Idempotency-Key 中提供冪等鍵',
      en: 'An Idempotency-Key header is required',
    },
  },
  'idempotency.key_reused': {
    status: 422,
    title: {
      'zh-Hans': '该幂等键已用于另一个不同的请求',
      'zh-Hant': '該冪等鍵已用於另一個不同的請求',
      en: 'This Idempotency-Key was used for a different request',
    },
  },
  'idempotency.in_progress': {
    status: 409,
    title: {
      'zh-Hans': '使用该幂等键的请求仍在处理中，请稍后重试',
      'zh-Hant': '使用該冪等鍵的請求仍在處理中，請稍後重試',
      en: 'A request with this Idempotency-Key is still being processed; retry shortly',
    },
  },
  // --- Spaces (issue #14; A.S0–A.S3): OPC communities, units, the ladder, admission, leases ---
  'space.community_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该 OPC 社区',
      'zh-Hant': '找不到該 OPC 社區',
      en: 'OPC community not found',
    },
  },
  'space.unit_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该空间单元',
      'zh-Hant': '找不到該空間單元',
      en: 'Space unit not found',
    },
  },
  'space.application_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该入驻申请',
      'zh-Hant': '找不到該入駐申請',
      en: 'Space application not found',
    },
  },
  'space.lease_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该租约',
      'zh-Hant': '找不到該租約',
      en: 'Lease not found',
    },
  },
  'space.not_community_operator': {
    status: 403,
    title: {
      'zh-Hans': '您不是该社区运营机构的工作人员',
      'zh-Hant': '您不是該社區營運機構的工作人員',
      en: "You do not work for this community's operator",
    },
  },
  'space.not_company_member': {
    status: 403,
    title: {
      'zh-Hans': '您不是该企业的成员',
      'zh-Hant': '您不是該企業的成員',
      en: 'You are not a member of this company',
    },
  },
  'space.operator_unknown': {
    status: 422,
    title: {
      'zh-Hans': '运营机构尚未在平台登记',
      'zh-Hant': '營運機構尚未在平台登記',
      en: 'The operator organisation is not registered on the platform',
    },
  },
  'space.below_area_needs_reason': {
    status: 422,
    title: {
      'zh-Hans': '面积不足 1 万平方米的社区须说明理由（A.S1）',
      'zh-Hant': '面積不足 1 萬平方米的社區須說明理由（A.S1）',
      en: 'A community under 10,000 m² needs a recorded reason (A.S1)',
    },
  },
  'space.community_not_accepting': {
    status: 409,
    title: {
      'zh-Hans': '该社区目前不接受入驻申请',
      'zh-Hant': '該社區目前不接受入駐申請',
      en: 'This community is not taking applications now',
    },
  },
  'space.ladder_not_ordered': {
    status: 422,
    title: {
      'zh-Hans': '工位的团队人数上限须小于办公室的上限',
      'zh-Hant': '工位的團隊人數上限須小於辦公室的上限',
      en: "The desk's team-size limit must be below the office's",
    },
  },
  'space.ladder_unpublished': {
    status: 422,
    title: {
      'zh-Hans': '运营机构尚未公布该团队规模对应的空间档位（A.S2）',
      'zh-Hant': '營運機構尚未公布該團隊規模對應的空間檔位（A.S2）',
      en: 'The operator has not published the ladder rung for this team size (A.S2)',
    },
  },
  'space.unit_wrong_rung': {
    status: 422,
    title: {
      'zh-Hans': '该空间单元不属于该团队规模对应的档位（A.S2）',
      'zh-Hant': '該空間單元不屬於該團隊規模對應的檔位（A.S2）',
      en: 'This unit is not on the rung the team size gives (A.S2)',
    },
  },
  'space.over_other_industrial_cap': {
    status: 422,
    title: {
      'zh-Hans': '其他产业空间的低成本创业空间最大 50 平方米（A.S3）',
      'zh-Hant': '其他產業空間的低成本創業空間最大 50 平方米（A.S3）',
      en: 'Low-cost space in other industrial space is at most 50 m² (A.S3)',
    },
  },
  'space.unit_other_community': {
    status: 422,
    title: {
      'zh-Hans': '该空间单元不属于申请的社区',
      'zh-Hant': '該空間單元不屬於申請的社區',
      en: 'This unit belongs to another community',
    },
  },
  'space.unit_unavailable': {
    status: 409,
    title: {
      'zh-Hans': '该空间单元暂停使用',
      'zh-Hant': '該空間單元暫停使用',
      en: 'This unit is out of use',
    },
  },
  'space.lease_overlaps': {
    status: 409,
    title: {
      'zh-Hans': '该空间单元在这段时间已有租约',
      'zh-Hant': '該空間單元在這段時間已有租約',
      en: 'The unit already has a lease in this period',
    },
  },
  'space.lease_past_closing': {
    status: 422,
    title: {
      'zh-Hans': '租约不能超过社区的关闭日期',
      'zh-Hant': '租約不能超過社區的關閉日期',
      en: "A lease may not run past the community's closing date",
    },
  },
  'space.lease_dates_invalid': {
    status: 422,
    title: {
      'zh-Hans': '租约的结束日期早于开始日期',
      'zh-Hant': '租約的結束日期早於開始日期',
      en: 'The lease ends before it starts',
    },
  },
  'space.subsidy_exceeds_rent': {
    status: 422,
    title: {
      'zh-Hans': '每月补贴不能超过每月租金',
      'zh-Hant': '每月補貼不能超過每月租金',
      en: 'The monthly subsidy may not exceed the monthly rent',
    },
  },
  'space.application_already_decided': {
    status: 409,
    title: {
      'zh-Hans': '该申请已经处理',
      'zh-Hant': '該申請已經處理',
      en: 'This application has already been decided',
    },
  },
  'space.application_not_admitted': {
    status: 409,
    title: {
      'zh-Hans': '该申请尚未获准入驻或已分配空间',
      'zh-Hant': '該申請尚未獲准入駐或已分配空間',
      en: 'This application is not admitted, or already has space',
    },
  },
  'space.lease_already_ended': {
    status: 409,
    title: {
      'zh-Hans': '该租约已经结束',
      'zh-Hant': '該租約已經結束',
      en: 'This lease has already ended',
    },
  },
  'space.move_out_date_invalid': {
    status: 422,
    title: {
      'zh-Hans': '搬离日期须在租期之内',
      'zh-Hant': '搬離日期須在租期之內',
      en: 'The move-out date must fall within the lease',
    },
  },
  'space.unit_label_taken': {
    status: 409,
    title: {
      'zh-Hans': '该社区已有同名空间单元',
      'zh-Hant': '該社區已有同名空間單元',
      en: 'This community already has a unit with this label',
    },
  },
  'space.rent_date_taken': {
    status: 409,
    title: {
      'zh-Hans': '该日期已录入同类租金',
      'zh-Hant': '該日期已錄入同類租金',
      en: 'A rent of this kind is already recorded from this date',
    },
  },
  'space.not_resident': {
    status: 422,
    title: {
      'zh-Hans': '该企业目前未在任何社区租用空间',
      'zh-Hant': '該企業目前未在任何社區租用空間',
      en: 'This company holds no lease in a community today',
    },
  },
  'space.resident_record_not_allowed': {
    status: 403,
    title: {
      'zh-Hans': '您只能维护本企业或您所运营社区入驻企业的记录',
      'zh-Hant': '您只能維護本企業或您所營運社區入駐企業的記錄',
      en: 'You may keep the records only of your own company or of a resident of a community you run',
    },
  },
  'space.talents_exceed_team': {
    status: 422,
    title: {
      'zh-Hans': '人工智能人才人数超过团队规模',
      'zh-Hant': '人工智能人才人數超過團隊規模',
      en: 'More AI talents than the team has people',
    },
  },
  'space.high_growth_definition_unpublished': {
    status: 422,
    title: {
      'zh-Hans': '“高成长性”定义尚未公布，暂不能标记',
      'zh-Hant': '「高成長性」定義尚未公布，暫不能標記',
      en: 'No definition of high growth is published yet, so none can be marked',
    },
  },
  'space.high_growth_definition_date_taken': {
    status: 409,
    title: {
      'zh-Hans': '该生效日期已有“高成长性”定义',
      'zh-Hant': '該生效日期已有「高成長性」定義',
      en: 'A definition of high growth already takes effect on this date',
    },
  },
  // spaces, issue #14 second increment: one live application, move-up, renewal at new terms
  'space.application_already_live': {
    status: 409,
    title: {
      'zh-Hans': '贵企业在该社区已有一份待处理的申请（平台规则，非政策条款）',
      'zh-Hant': '貴企業在該社區已有一份待處理的申請（平台規則，非政策條款）',
      en: 'Your company already has an application in progress with this community (a platform rule, not a policy clause)',
    },
  },
  'space.team_not_declared': {
    status: 422,
    title: {
      'zh-Hans': '尚无该入驻企业的团队规模申报',
      'zh-Hant': '尚無該入駐企業的團隊規模申報',
      en: 'No team size has been declared for this resident yet',
    },
  },
  'space.move_up_not_fitting': {
    status: 422,
    title: {
      'zh-Hans': '申报的团队规模不适用更高档位的空间（A.S2）',
      'zh-Hant': '申報的團隊規模不適用更高檔位的空間（A.S2）',
      en: 'The declared team size does not fit a higher rung of the ladder (A.S2)',
    },
  },
  'space.move_up_request_open': {
    status: 409,
    title: {
      'zh-Hans': '该租约已有一项待处理的升档申请',
      'zh-Hant': '該租約已有一項待處理的升檔申請',
      en: 'This lease already has a move-up request in progress',
    },
  },
  'space.move_up_request_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该升档申请',
      'zh-Hant': '找不到該升檔申請',
      en: 'Move-up request not found',
    },
  },
  'space.move_up_request_closed': {
    status: 409,
    title: {
      'zh-Hans': '该升档申请已处理',
      'zh-Hant': '該升檔申請已處理',
      en: 'This move-up request has already been dealt with',
    },
  },
  'space.rents_not_recorded': {
    status: 422,
    title: {
      'zh-Hans': '该空间单元在此日期没有已登记的租金，不能按新条件续租',
      'zh-Hant': '該空間單元在此日期沒有已登記的租金，不能按新條件續租',
      en: 'The unit has no recorded rent in force on this date, so no new terms can be set',
    },
  },
  // --- end of spaces ---
  // --- Scenarios and challenges (issue #17 items 1–2; A.P6, A.P7, A.P10) ---
  'scenario.not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该场景',
      'zh-Hant': '找不到該場景',
      en: 'Scenario not found',
    },
  },
  'scenario.proposal_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该方案',
      'zh-Hant': '找不到該方案',
      en: 'Proposal not found',
    },
  },
  'scenario.attachment_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该附件',
      'zh-Hant': '找不到該附件',
      en: 'Attachment not found',
    },
  },
  'scenario.not_company_member': {
    status: 403,
    title: {
      'zh-Hans': '您只能以自己所在的企业提交方案',
      'zh-Hant': '您只能以自己所在的企業提交方案',
      en: 'You may act only for a company you belong to',
    },
  },
  'scenario.proposals_closed': {
    status: 409,
    title: {
      'zh-Hans': '该场景已截止征集方案（A.P6）',
      'zh-Hant': '該場景已截止徵集方案（A.P6）',
      en: 'This scenario no longer takes proposals: its closing day has passed (A.P6)',
    },
  },
  'scenario.already_proposed': {
    status: 409,
    title: {
      'zh-Hans': '该企业已对该场景提交过方案',
      'zh-Hant': '該企業已對該場景提交過方案',
      en: 'This company has already proposed to this scenario',
    },
  },
  'scenario.proposal_wrong_status': {
    status: 409,
    title: {
      'zh-Hans': '该方案当前状态不允许此操作',
      'zh-Hant': '該方案當前狀態不允許此操作',
      en: 'The proposal is not in a state that allows this',
    },
  },
  'scenario.in_use_needs_evidence': {
    status: 422,
    title: {
      'zh-Hans': '记录投入使用须附使用证明（A.P6）',
      'zh-Hant': '記錄投入使用須附使用證明（A.P6）',
      en: 'Recording use needs evidence of use attached first (A.P6)',
    },
  },
  'scenario.not_in_use': {
    status: 409,
    title: {
      'zh-Hans': '该方案尚未记录为投入使用（A.P6）',
      'zh-Hant': '該方案尚未記錄為投入使用（A.P6）',
      en: 'This proposal has no in-use record (A.P6)',
    },
  },
  'scenario.demonstration_not_recognised': {
    status: 409,
    title: {
      'zh-Hans': '该项目未被认定为示范应用项目（A.P7）',
      'zh-Hant': '該項目未被認定為示範應用項目（A.P7）',
      en: 'This project is not recognised as a demonstration project (A.P7)',
    },
  },
  'scenario.demonstration_already_decided': {
    status: 409,
    title: {
      'zh-Hans': '该项目的示范认定已作出',
      'zh-Hant': '該項目的示範認定已作出',
      en: 'The demonstration decision on this project has already been made',
    },
  },
  'scenario.rubric_incomplete': {
    status: 422,
    title: {
      'zh-Hans': '须对评价标准逐项作出判断并说明理由（A.P7）',
      'zh-Hant': '須對評價標準逐項作出判斷並說明理由（A.P7）',
      en: 'Judge every published criterion, each with a reason (A.P7)',
    },
  },
  'scenario.file_type_not_allowed': {
    status: 415,
    title: {
      'zh-Hans': '仅接受 PDF、PNG、JPEG 或 WebP 文件',
      'zh-Hant': '僅接受 PDF、PNG、JPEG 或 WebP 檔案',
      en: 'Only PDF, PNG, JPEG or WebP files are accepted',
    },
  },
  'scenario.file_too_large': {
    status: 413,
    title: {
      'zh-Hans': '文件过大',
      'zh-Hant': '檔案過大',
      en: 'The file is too large',
    },
  },
  'challenge.not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该榜单',
      'zh-Hant': '找不到該榜單',
      en: 'Challenge not found',
    },
  },
  'challenge.consortium_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该创新联合体',
      'zh-Hant': '找不到該創新聯合體',
      en: 'Consortium not found',
    },
  },
  'challenge.milestone_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该里程碑',
      'zh-Hant': '找不到該里程碑',
      en: 'Milestone not found',
    },
  },
  'challenge.budget_over_ceiling': {
    status: 422,
    title: {
      'zh-Hans': '揭榜项目资助最高3,000万元（A.P10）',
      'zh-Hant': '揭榜項目資助最高3,000萬元（A.P10）',
      en: 'A challenge is funded with at most ¥30,000,000 (A.P10)',
    },
  },
  'challenge.deadline_passed': {
    status: 409,
    title: {
      'zh-Hans': '已过揭榜截止日期（A.P10）',
      'zh-Hant': '已過揭榜截止日期（A.P10）',
      en: 'The submission deadline of this challenge has passed (A.P10)',
    },
  },
  'challenge.not_consortium_lead': {
    status: 403,
    title: {
      'zh-Hans': '只有牵头单位的成员可以执行此操作',
      'zh-Hant': '只有牽頭單位的成員可以執行此操作',
      en: 'Only a member of the lead organisation may do this',
    },
  },
  'challenge.not_organisation_member': {
    status: 403,
    title: {
      'zh-Hans': '您只能代表自己所在的单位',
      'zh-Hant': '您只能代表自己所在的單位',
      en: 'You may act only for an organisation you belong to',
    },
  },
  'challenge.already_member': {
    status: 409,
    title: {
      'zh-Hans': '该单位已在联合体中或已受邀',
      'zh-Hant': '該單位已在聯合體中或已受邀',
      en: 'This organisation is already in the consortium or invited',
    },
  },
  'challenge.invitation_not_pending': {
    status: 409,
    title: {
      'zh-Hans': '该邀请不在待回复状态',
      'zh-Hant': '該邀請不在待回覆狀態',
      en: 'This invitation is not awaiting an answer',
    },
  },
  'challenge.consortium_ineligible': {
    status: 422,
    title: {
      'zh-Hans': '创新联合体须至少包括一所高校或科研院所和一家创业企业（A.P10）',
      'zh-Hant': '創新聯合體須至少包括一所高校或科研院所和一家創業企業（A.P10）',
      en: 'A consortium needs at least one university or research institute and at least one start-up (A.P10)',
    },
  },
  'challenge.consortium_wrong_status': {
    status: 409,
    title: {
      'zh-Hans': '该联合体当前状态不允许此操作',
      'zh-Hant': '該聯合體當前狀態不允許此操作',
      en: 'The consortium is not in a state that allows this',
    },
  },
  'challenge.startup_unverified': {
    status: 409,
    title: {
      'zh-Hans': '联合体中的创业企业尚未经核实（A.P10）',
      'zh-Hant': '聯合體中的創業企業尚未經核實（A.P10）',
      en: "The consortium's start-up has not been verified yet (A.P10)",
    },
  },
  'challenge.not_panel_member': {
    status: 403,
    title: {
      'zh-Hans': '您不是该榜单的评审专家',
      'zh-Hant': '您不是該榜單的評審專家',
      en: 'You are not on the panel of this challenge',
    },
  },
  'challenge.conflict_of_interest': {
    status: 403,
    title: {
      'zh-Hans': '您与该联合体存在利益冲突，不能评分',
      'zh-Hant': '您與該聯合體存在利益衝突，不能評分',
      en: 'You have a conflict of interest with this consortium and may not score it',
    },
  },
  'challenge.panel_member_not_reviewer': {
    status: 422,
    title: {
      'zh-Hans': '评审专家须为评审人员账户',
      'zh-Hant': '評審專家須為評審人員賬戶',
      en: 'Panel members must be reviewer accounts',
    },
  },
  'challenge.scores_invalid': {
    status: 422,
    title: {
      'zh-Hans': '评分须覆盖全部评审标准且不超过各项最高分',
      'zh-Hant': '評分須覆蓋全部評審標準且不超過各項最高分',
      en: 'Score every criterion, each within its maximum',
    },
  },
  'challenge.already_awarded': {
    status: 409,
    title: {
      'zh-Hans': '该榜单已确定揭榜单位',
      'zh-Hant': '該榜單已確定揭榜單位',
      en: 'A winner has already been chosen for this challenge',
    },
  },
  'challenge.not_won': {
    status: 409,
    title: {
      'zh-Hans': '该联合体未成功揭榜（A.P10）',
      'zh-Hant': '該聯合體未成功揭榜（A.P10）',
      en: 'This consortium has not won the challenge (A.P10)',
    },
  },
  'challenge.milestone_already_decided': {
    status: 409,
    title: {
      'zh-Hans': '该里程碑已验收',
      'zh-Hant': '該里程碑已驗收',
      en: 'This milestone has already been decided',
    },
  },
  // --- end of scenarios and challenges ---
  // --- talent recognition (issue #17 item 3; A.P1) ---
  'talent.submission_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该人才认定申请',
      'zh-Hant': '找不到該人才認定申請',
      en: 'Talent recognition submission not found',
    },
  },
  'talent.submission_open': {
    status: 409,
    title: {
      'zh-Hans': '您已有一份待评审的人才认定申请',
      'zh-Hant': '您已有一份待評審的人才認定申請',
      en: 'You already have a submission awaiting review',
    },
  },
  'talent.already_recognised': {
    status: 409,
    title: {
      'zh-Hans': '您已获得有效的人才认定（A.P1）',
      'zh-Hant': '您已獲得有效的人才認定（A.P1）',
      en: 'You already hold a valid recognition (A.P1)',
    },
  },
  'talent.conflict_of_interest': {
    status: 403,
    title: {
      'zh-Hans': '评审人员不得评审本人或同单位人员的申请',
      'zh-Hant': '評審人員不得評審本人或同單位人員的申請',
      en: "A panel member may not review their own submission or a colleague's",
    },
  },
  'talent.no_evidence': {
    status: 422,
    title: {
      'zh-Hans': '没有成果证明材料不能认定（A.P1）',
      'zh-Hant': '沒有成果證明材料不能認定（A.P1）',
      en: 'No recognition without evidence of the work (A.P1)',
    },
  },
  'talent.review_required': {
    status: 422,
    title: {
      'zh-Hans': '须先有评审意见才能作出认定决定',
      'zh-Hant': '須先有評審意見才能作出認定決定',
      en: 'A panel review must be recorded before the decision',
    },
  },
  'talent.already_reviewed': {
    status: 409,
    title: {
      'zh-Hans': '您已评审过该申请',
      'zh-Hant': '您已評審過該申請',
      en: 'You have already reviewed this submission',
    },
  },
  'talent.invalid_transition': {
    status: 409,
    title: {
      'zh-Hans': '该申请已作出决定',
      'zh-Hant': '該申請已作出決定',
      en: 'This submission has already been decided',
    },
  },
  'talent.certificate_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该证书编号',
      'zh-Hant': '找不到該證書編號',
      en: 'No certificate has this code',
    },
  },
  'talent.validity_date_taken': {
    status: 409,
    title: {
      'zh-Hans': '该生效日期已设认定有效期',
      'zh-Hant': '該生效日期已設認定有效期',
      en: 'A validity period already takes effect on this date',
    },
  },
  // --- fund introductions (issue #17 item 4; A.P11) ---
  'fund.introduction_not_found': {
    status: 404,
    title: {
      'zh-Hans': '找不到该基金对接记录',
      'zh-Hant': '找不到該基金對接記錄',
      en: 'Fund introduction not found',
    },
  },
  'fund.company_not_eligible': {
    status: 422,
    title: {
      'zh-Hans': '仅OPC社区内的高成长性企业可申请产业基金对接（A.P11）',
      'zh-Hant': '僅OPC社區內的高成長性企業可申請產業基金對接（A.P11）',
      en: 'Only a high-growth company in an OPC community can ask for a fund introduction (A.P11)',
    },
  },
  'fund.introduction_open': {
    status: 409,
    title: {
      'zh-Hans': '该企业与此基金已有进行中的对接',
      'zh-Hant': '該企業與此基金已有進行中的對接',
      en: 'This company already has an open introduction to this fund',
    },
  },
  'fund.staff_unassigned': {
    status: 403,
    title: {
      'zh-Hans': '您的账户尚未归属任何基金',
      'zh-Hant': '您的帳戶尚未歸屬任何基金',
      en: 'Your account is not assigned to a fund',
    },
  },
  'fund.not_fund_staff': {
    status: 422,
    title: {
      'zh-Hans': '该账户没有基金人员角色',
      'zh-Hant': '該帳戶沒有基金人員角色',
      en: 'This account does not hold the fund role',
    },
  },
  'fund.invalid_transition': {
    status: 409,
    title: {
      'zh-Hans': '对接阶段不能这样变更',
      'zh-Hant': '對接階段不能這樣變更',
      en: 'The introduction cannot move to that stage',
    },
  },
  'fund.not_company_member': {
    status: 403,
    title: {
      'zh-Hans': '您只能为自己所在的企业申请对接',
      'zh-Hant': '您只能為自己所在的企業申請對接',
      en: 'You may ask only for a company you belong to',
    },
  },
  // --- matching (issue #15 items 1–3): imported profiles, match runs ---
  'matching.import_invalid': {
    status: 400,
    title: {
      'zh-Hans': '导入文件有错误，未导入任何内容',
      'zh-Hant': '匯入檔案有錯誤，未匯入任何內容',
      en: 'The import file has errors; nothing was imported',
    },
  },
  'matching.import_unreadable': {
    status: 415,
    title: {
      'zh-Hans': '无法读取导入文件（请上传 CSV 或 Excel .xlsx）',
      'zh-Hant': '無法讀取匯入檔案（請上傳 CSV 或 Excel .xlsx）',
      en: 'The import file cannot be read (upload CSV or Excel .xlsx)',
    },
  },
  'matching.file_missing': {
    status: 400,
    title: {
      'zh-Hans': '请选择要导入的文件',
      'zh-Hant': '請選擇要匯入的檔案',
      en: 'Choose a file to import',
    },
  },
  'matching.file_too_large': {
    status: 413,
    title: {
      'zh-Hans': '导入文件过大',
      'zh-Hant': '匯入檔案過大',
      en: 'The import file is too large',
    },
  },
  'matching.import_not_found': {
    status: 404,
    title: {
      'zh-Hans': '没有这次导入',
      'zh-Hant': '沒有這次匯入',
      en: 'No such import',
    },
  },
  'matching.profile_not_found': {
    status: 404,
    title: {
      'zh-Hans': '没有这个匹配档案',
      'zh-Hant': '沒有這個匹配檔案',
      en: 'No such matching profile',
    },
  },
  'matching.run_not_found': {
    status: 404,
    title: {
      'zh-Hans': '没有这次匹配',
      'zh-Hant': '沒有這次匹配',
      en: 'No such match run',
    },
  },
  // --- end of matching ---
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

/** A field error whose detail may be given in three languages; the problem shows the reader's. */
export type LocalisableFieldError = Omit<FieldError, 'detail'> & { detail: string | LocalisedText };

export class AppError extends Error {
  readonly code: ErrorCode;
  /** What the user is told, in addition to the localised title. Never internal details. */
  readonly detail: string | LocalisedText | undefined;
  readonly fieldErrors: LocalisableFieldError[] | undefined;
  /** Extra members for the problem document (e.g. `retryAfterSeconds`). */
  readonly extensions: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    options: {
      detail?: string | LocalisedText;
      fieldErrors?: LocalisableFieldError[];
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
