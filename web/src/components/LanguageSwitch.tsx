import { GlobalOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/client';
import { currentLanguage } from '../i18n';
import { isLanguage, languages } from '../i18n/languages';
import { useSession } from '../session/session-context';

/**
 * The header's language menu. Each language is named in itself (简体中文, 繁體中文, English) so
 * a reader can find theirs whatever the page shows now.
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const { message } = App.useApp();
  const language = currentLanguage();
  const name = t(`languageNames.${language}`);

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: languages.map((code) => ({
          key: code,
          label: <span data-language={code}>{t(`languageNames.${code}`)}</span>,
        })),
        onClick: ({ key }) => {
          if (!isLanguage(key) || key === language) return;
          session.changeLanguage(key).catch((error: unknown) => {
            void message.warning(t('language.saveFailed', { reason: describeError(error) }));
          });
        },
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined />}
        // WCAG 2.5.3: the name starts with what the button shows ("简体中文" / "简"), so a
        // person using speech input can say what they see; then what the button does.
        aria-label={
          compact
            ? t('header.languageButtonShort', {
                short: t(`languageShort.${language}`),
                language: name,
              })
            : t('header.languageButton', { language: name })
        }
        data-testid="language-switch"
        style={{ color: 'inherit' }}
      >
        {compact ? t(`languageShort.${language}`) : name}
      </Button>
    </Dropdown>
  );
}
