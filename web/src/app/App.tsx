import { App as AntApp, ConfigProvider } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { AppErrorBoundary } from '../components/AppErrorBoundary';
import { isLanguage, type Language } from '../i18n/languages';
import { antdLocaleFor } from '../i18n/locales';
import { SessionProvider } from '../session/SessionProvider';
import { createAppRouter } from './routes';

/**
 * Han characters look different in Simplified and Traditional typography: pick the matching CJK
 * face (PingFang / YaHei / JhengHei on desktops, Noto Sans CJK on Linux and Android).
 */
const latin = `-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial`;
const fontFamilies: Record<Language, string> = {
  'zh-Hans': `${latin}, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif`,
  'zh-Hant': `${latin}, 'PingFang HK', 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK HK', 'Noto Sans CJK TC', sans-serif`,
  en: `${latin}, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif`,
};

const router = createAppRouter();

/**
 * Colours that meet WCAG 2.1 AA (issue #18): text ≥ 4.5:1 on white and on the page background
 * (#f5f5f5), interface parts ≥ 3:1. Ant Design's defaults fall short for secondary text
 * (#8c8c8c, 3.36:1), placeholders (#bfbfbf, 1.83:1), links (#1677ff, 4.1:1) and the status
 * tags; the ratios beside each value are measured on white / on the tag's background. The preset
 * tag colours (green, orange…) are corrected in global.css: their palettes derive from seeds.
 */
const accessibleColours = {
  colorPrimary: '#1456b8', // 6.88:1
  colorLink: '#1456b8',
  colorInfo: '#1456b8', // "processing" tags and info icons: 6.1:1 on their background
  colorSuccess: '#237804', // 5.59:1; 5.44:1 on a success tag
  colorWarning: '#8f5a00', // 5.78:1; 5.56:1 on a warning tag
  colorError: '#cf1322', // 5.57:1; 5.07:1 on an error tag
  // NOTE: Ant Design derives the status backgrounds from these seeds; from darker seeds they
  // come out grey-brown, so the usual light ones are kept (the ratios above are on them).
  colorInfoBg: '#e6f4ff',
  colorInfoBorder: '#91caff',
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#b7eb8f',
  colorWarningBg: '#fffbe6',
  colorWarningBorder: '#ffe58f',
  colorErrorBg: '#fff2f0',
  colorErrorBorder: '#ffccc7',
  colorTextTertiary: '#666666', // secondary texts and descriptions: 5.74:1 (5.27:1 on #f5f5f5)
  colorTextPlaceholder: '#707070', // 4.95:1
};

export function App() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'zh-Hans';
  const themeConfig = useMemo(
    () => ({
      token: { ...accessibleColours, borderRadius: 6, fontFamily: fontFamilies[language] },
      // An empty table's text ("no data", and the hints beside it) is written in the disabled
      // grey (#bfbfbf, 1.83:1): read, not disabled, so the secondary grey instead. (An empty
      // List's: global.css, the List ignores a component-level colour.)
      components: { Table: { colorTextDisabled: accessibleColours.colorTextTertiary } },
    }),
    [language],
  );
  return (
    <ConfigProvider
      // Ant Design's own texts (date pickers, pagination, empty states) follow the UI language:
      // its locale is loaded with the language's strings, before i18next switches to it.
      locale={antdLocaleFor(language)}
      theme={themeConfig}
      // Button labels read as written (no space put between two Chinese characters).
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <AppErrorBoundary>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </AppErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
