import { Card, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading';
import { PageHeading } from '../../components/PageHeading';
import { ACCESSIBILITY_CONTACT } from './contact';

const sections = [
  { title: 'standardTitle', items: ['standard'] },
  {
    title: 'doneTitle',
    items: [
      'doneKeyboard',
      'doneSkip',
      'doneFocus',
      'doneContrast',
      'doneStructure',
      'doneLanguages',
      'doneTesting',
    ],
    list: true,
  },
  {
    title: 'limitsTitle',
    items: ['limitsStaffPages', 'limitsComponents', 'limitsDocuments', 'limitsQuotes'],
    list: true,
  },
  { title: 'reportTitle', items: ['report', 'reportWhat', 'reportAlternative'] },
  { title: 'preparedTitle', items: ['prepared'] },
] as const;

/** The accessibility statement (issue #18): what conforms, what does not yet, how to report. */
export default function AccessibilityStatementPage() {
  const { t } = useTranslation('about');
  return (
    <div style={{ maxWidth: 800 }}>
      <PageHeading title={t('titles.statement')} description={t('statement.intro')} />
      <Card>
        {sections.map((section) => (
          <section key={section.title} data-testid={`statement-${section.title}`}>
            <Heading level={2} looksLike={4}>
              {t(`statement.${section.title}`)}
            </Heading>
            {'list' in section ? (
              <ul style={{ paddingInlineStart: 20 }}>
                {section.items.map((item) => (
                  <li key={item}>
                    <Typography.Paragraph style={{ marginBottom: 8 }}>
                      {t(`statement.${item}`)}
                    </Typography.Paragraph>
                  </li>
                ))}
              </ul>
            ) : (
              section.items.map((item) => (
                <Fragment key={item}>
                  <Typography.Paragraph>{t(`statement.${item}`)}</Typography.Paragraph>
                  {item === 'report' && (
                    // Right after "how to tell us": where to write (the link opens a mail program).
                    <Typography.Paragraph data-testid="statement-contact">
                      {t('statement.reportContact')}
                      <Typography.Link href={`mailto:${ACCESSIBILITY_CONTACT}`}>
                        {ACCESSIBILITY_CONTACT}
                      </Typography.Link>
                    </Typography.Paragraph>
                  )}
                </Fragment>
              ))
            )}
          </section>
        ))}
      </Card>
    </div>
  );
}
