import { defineTranslations } from '../../i18n/define';

/**
 * The accessibility statement (issue #18). It says only what is true of the platform today:
 * what was checked and how, what is known not to work yet, and where to tell us.
 */
export default defineTranslations({
  'zh-Hans': {
    titles: { statement: '无障碍声明' },
    statement: {
      intro:
        'OPC Hub 希望每个人都能使用本平台，包括只用键盘、使用读屏软件、放大屏幕或需要更高对比度的用户。本声明说明本平台目前的无障碍情况。',
      standardTitle: '遵循的标准',
      standard:
        '我们以《Web内容无障碍指南》（WCAG）2.1 AA 级为目标。本平台目前部分符合该标准：下文列出的已知问题尚未解决。',
      doneTitle: '我们已经做到的',
      doneKeyboard:
        '所有公开页面（首页、政策导航、登录、注册、河套货物查询和本页）都可以只用键盘操作：Tab 键移动，Enter 键或空格键选择。',
      doneSkip: '每个页面的第一个 Tab 键停留位置是“跳到主要内容”链接，可以跳过页头和菜单。',
      doneFocus:
        '键盘焦点所在的位置有清晰的轮廓线；在政策导航中回答问题后，焦点会移到下一题，读屏软件会读出新的问题。',
      doneContrast: '文字与背景的对比度不低于 4.5:1，按钮、输入框等界面元素的对比度不低于 3:1。',
      doneStructure: '页面内容用标题组织，读屏软件可以按标题浏览；按钮和链接的名称包含其可见文字。',
      doneLanguages: '界面提供简体中文、繁体中文和英文，页面会标明当前语言，便于读屏软件正确朗读。',
      doneTesting:
        '每次发布前，自动化浏览器测试会在三种语言下用 axe-core 检查上述公开页面，以及创业者（我的申请、申请表、消息、机构、个人资料、海关咨询）、审核人员（待审列表、申请审核页）、财务人员（预算、付款、付款批次）、海关人员（咨询处理、裁定、货物清单、建议）和系统管理员（机构、用户、API 令牌、参数、审计日志）使用的页面，以及其他浏览器测试经过的每个页面；并只用键盘完成一次政策导航，以及一次登录、开始申请和保存草稿。',
      limitsTitle: '已知问题',
      limitsStaffPages:
        '审核、财务、海关和管理员的工作页面已通过上述自动检查，但尚未完成键盘和读屏软件的完整人工检查，其中部分表格、筛选和日期范围选择可能不便使用。',
      limitsComponents:
        '部分界面组件（日期选择器、下拉筛选、拖放上传区域）由第三方组件库提供，在部分读屏软件中的朗读效果有限；上传文件时也可以点击选择文件，不必拖放。',
      limitsDocuments: '申请人上传的材料（PDF、图片等）由上传者提供，本平台无法保证其无障碍。',
      limitsQuotes: '政策条款的原文摘录按来源保留原文语言（例如繁体中文报道），不随界面语言翻译。',
      reportTitle: '遇到障碍时如何告诉我们',
      report:
        '如果您无法使用本平台的某项功能，或发现本声明未列出的问题，请发送电子邮件告诉我们；也可以告诉您所在 OPC 社区的运营人员或本平台的系统管理员，他们会将问题转给我们处理。',
      reportContact: '无障碍问题反馈邮箱：',
      reportWhat:
        '请尽量说明：页面地址、您想完成的事情、遇到的问题，以及您使用的设备、浏览器和辅助技术（例如读屏软件）。',
      reportAlternative:
        '在问题解决之前，社区运营人员可以协助您查询政策信息；河套科研货物的问题，登录后也可以在“向海关咨询”中提出。',
      preparedTitle: '本声明的依据',
      prepared:
        '本声明编写于 2026 年 12 月，依据为开发团队的自我评估：使用 axe-core 自动检查（WCAG 2.1 A 和 AA 规则），以及只用键盘的人工检查。',
    },
  },
  'zh-Hant': {
    titles: { statement: '無障礙聲明' },
    statement: {
      intro:
        'OPC Hub 希望每個人都能使用本平台，包括只用鍵盤、使用讀屏軟件、放大螢幕或需要更高對比度的用戶。本聲明說明本平台目前的無障礙情況。',
      standardTitle: '遵循的標準',
      standard:
        '我們以《Web 內容無障礙指引》（WCAG）2.1 AA 級為目標。本平台目前部分符合該標準：下文列出的已知問題尚未解決。',
      doneTitle: '我們已經做到的',
      doneKeyboard:
        '所有公開頁面（首頁、政策導航、登入、註冊、河套貨物查詢和本頁）都可以只用鍵盤操作：Tab 鍵移動，Enter 鍵或空格鍵選擇。',
      doneSkip: '每個頁面的第一個 Tab 鍵停留位置是「跳到主要內容」連結，可以跳過頁首和選單。',
      doneFocus:
        '鍵盤焦點所在的位置有清晰的輪廓線；在政策導航中回答問題後，焦點會移到下一題，讀屏軟件會讀出新的問題。',
      doneContrast: '文字與背景的對比度不低於 4.5:1，按鈕、輸入框等介面元素的對比度不低於 3:1。',
      doneStructure: '頁面內容用標題組織，讀屏軟件可以按標題瀏覽；按鈕和連結的名稱包含其可見文字。',
      doneLanguages: '介面提供簡體中文、繁體中文和英文，頁面會標明目前語言，便於讀屏軟件正確朗讀。',
      doneTesting:
        '每次發佈前，自動化瀏覽器測試會在三種語言下用 axe-core 檢查上述公開頁面，以及創業者（我的申請、申請表、訊息、機構、個人資料、海關諮詢）、審核人員（待審列表、申請審核頁）、財務人員（預算、付款、付款批次）、海關人員（諮詢處理、裁定、貨物清單、建議）和系統管理員（機構、用戶、API 令牌、參數、審計日誌）使用的頁面，以及其他瀏覽器測試經過的每個頁面；並只用鍵盤完成一次政策導航，以及一次登入、開始申請和儲存草稿。',
      limitsTitle: '已知問題',
      limitsStaffPages:
        '審核、財務、海關和管理員的工作頁面已通過上述自動檢查，但尚未完成鍵盤和讀屏軟件的完整人工檢查，其中部分表格、篩選和日期範圍選擇可能不便使用。',
      limitsComponents:
        '部分介面元件（日期選擇器、下拉篩選、拖放上載區域）由第三方元件庫提供，在部分讀屏軟件中的朗讀效果有限；上載檔案時也可以點擊選擇檔案，不必拖放。',
      limitsDocuments: '申請人上載的材料（PDF、圖片等）由上載者提供，本平台無法保證其無障礙。',
      limitsQuotes: '政策條款的原文摘錄按來源保留原文語言（例如繁體中文報道），不隨介面語言翻譯。',
      reportTitle: '遇到障礙時如何告訴我們',
      report:
        '如果您無法使用本平台的某項功能，或發現本聲明未列出的問題，請發送電子郵件告訴我們；也可以告訴您所在 OPC 社區的營運人員或本平台的系統管理員，他們會將問題轉給我們處理。',
      reportContact: '無障礙問題回報電郵：',
      reportWhat:
        '請盡量說明：頁面地址、您想完成的事情、遇到的問題，以及您使用的裝置、瀏覽器和輔助技術（例如讀屏軟件）。',
      reportAlternative:
        '在問題解決之前，社區營運人員可以協助您查詢政策資訊；河套科研貨物的問題，登入後也可以在「向海關諮詢」中提出。',
      preparedTitle: '本聲明的依據',
      prepared:
        '本聲明編寫於 2026 年 12 月，依據為開發團隊的自我評估：使用 axe-core 自動檢查（WCAG 2.1 A 和 AA 規則），以及只用鍵盤的人工檢查。',
    },
  },
  en: {
    titles: { statement: 'Accessibility statement' },
    statement: {
      intro:
        'OPC Hub is meant for everyone, including people who use only a keyboard, a screen reader, screen magnification or need stronger contrast. This statement says how accessible the platform is today.',
      standardTitle: 'The standard we follow',
      standard:
        'We aim for the Web Content Accessibility Guidelines (WCAG) 2.1, level AA. The platform partially conforms: the known problems listed below are not solved yet.',
      doneTitle: 'What works',
      doneKeyboard:
        'Every public page (home, benefits navigator, sign-in, registration, the Hetao goods lookup and this page) works with a keyboard alone: Tab to move, Enter or Space to choose.',
      doneSkip:
        'The first Tab stop on every page is a “Skip to main content” link past the header and the menu.',
      doneFocus:
        'Where the keyboard focus is shows as a clear outline; in the navigator, after each answer the focus moves to the next question and screen readers read it out.',
      doneContrast:
        'Text has a contrast of at least 4.5:1 with its background; buttons, fields and other controls at least 3:1.',
      doneStructure:
        'Pages are organised by headings that screen readers can move between; the names of buttons and links contain their visible text.',
      doneLanguages:
        'The interface is in Simplified Chinese, Traditional Chinese and English, and each page states its language so screen readers pronounce it correctly.',
      doneTesting:
        'Before every release, automated browser tests check with axe-core, in all three languages, the public pages above and the pages founders (my applications, the application form, inbox, organisations, profile, questions to customs), reviewers (the queue, an application under review), finance officers (budgets, payments, payment batches), customs officers (the question desk, rulings, the list of goods, suggestions) and administrators (organisations, users, API tokens, parameters, the audit log) use, and every other page the browser tests pass through; and, with the keyboard alone, they complete the navigator once and sign in, start an application and save its draft once.',
      limitsTitle: 'Known problems',
      limitsStaffPages:
        'The work pages of reviewers, finance officers, customs and administrators pass the automated checks above but have not yet been fully checked by hand with a keyboard and screen readers; some of their tables, filters and date-range pickers may be hard to use.',
      limitsComponents:
        'Some controls (date pickers, drop-down filters, drag-and-drop upload areas) come from a third-party component library and are read out only partly by some screen readers; files can always be chosen with a click instead of dragged.',
      limitsDocuments:
        'Documents applicants upload (PDFs, images) are provided by them; the platform cannot make them accessible.',
      limitsQuotes:
        'Quoted excerpts of policy texts stay in the language of their source (for example Traditional Chinese press reports) and are not translated with the interface.',
      reportTitle: 'How to tell us about a barrier',
      report:
        'If you cannot use part of the platform, or find a problem this statement does not list, e-mail us; or tell the operators of your OPC community or the platform’s system administrator, who pass it on to us.',
      reportContact: 'E-mail for accessibility problems: ',
      reportWhat:
        'Please say, if you can: the page’s address, what you wanted to do, what went wrong, and the device, browser and any assistive technology (such as a screen reader) you use.',
      reportAlternative:
        'Until a problem is fixed, community operators can help you look up policy information; questions about Hetao research goods can also be put to customs under “Ask customs” after signing in.',
      preparedTitle: 'How this statement was prepared',
      prepared:
        'This statement was written in December 2026 from the development team’s own assessment: automated checks with axe-core (WCAG 2.1 A and AA rules) and a manual keyboard-only review.',
    },
  },
});
