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

export function App() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'zh-Hans';
  const themeConfig = useMemo(
    () => ({
      token: { colorPrimary: '#1456b8', borderRadius: 6, fontFamily: fontFamilies[language] },
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
