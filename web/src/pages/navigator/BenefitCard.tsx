import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Button, Card, Collapse, Flex, List, Space, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { AmountWorking, amountSource, isDemoSource, isProvisional } from './AmountWorking';
import { formatYuan, localeOf } from './facts';
import type { Criterion, PolicyDescription, PolicyResult } from './types';
import { ButtonLink } from '../../components/ButtonLink';

const statusColour = { eligible: 'success', unknown: 'warning', ineligible: 'default' } as const;

const resultIcon = {
  met: <CheckCircleFilled style={{ color: '#52c41a' }} />,
  unmet: <CloseCircleFilled style={{ color: '#ff4d4f' }} />,
  unknown: <QuestionCircleFilled style={{ color: '#faad14' }} />,
};

/** What the benefit is worth, in words (amounts in fen from the API). */
export function describeBenefit(result: PolicyResult, t: TFunction<'navigator'>, locale: string) {
  const benefit = result.benefit;
  const money = (fen: number) => formatYuan(fen, locale);
  switch (benefit.kind) {
    case 'loan':
      return typeof benefit.maxPrincipalFen === 'number'
        ? t('results.loan', { amount: money(benefit.maxPrincipalFen) })
        : t('results.notMoney');
    case 'space':
      return (
        [
          typeof benefit.maxAreaM2 === 'number'
            ? t('results.area', { area: benefit.maxAreaM2 })
            : null,
          typeof benefit.rung === 'string'
            ? t('results.rung', {
                rung: t(`results.rungs.${benefit.rung as 'desk' | 'office' | 'floor'}`),
              })
            : null,
        ]
          .filter(Boolean)
          .join(' · ') || t('results.notMoney')
      );
    case 'housing-in-kind':
      return t('results.housing', {
        months: benefit.maxMonths ?? '—',
        share:
          typeof benefit.rentShareOfMarketBp === 'number' ? benefit.rentShareOfMarketBp / 100 : '—',
      });
    case 'allowance':
      return typeof benefit.monthlyFen === 'number' &&
        typeof benefit.monthlyAfterTaxFen === 'number'
        ? t('results.monthly', {
            amount: money(benefit.monthlyFen),
            afterTax: money(benefit.monthlyAfterTaxFen),
            months: benefit.maxMonths ?? '—',
          })
        : t('results.notMoney');
    case 'tax-exemption':
      return t('results.taxFree');
    case 'recognition':
    case 'introduction':
      return t('results.notMoney');
    default:
      if (benefit.maxAmountFen === null) return t('results.notMoney');
      if (benefit.amountBasis === 'unpublished')
        return t('results.unpublished', { amount: money(benefit.maxAmountFen) });
      return benefit.amountBasis === 'cap'
        ? t('results.upTo', { amount: money(benefit.maxAmountFen) })
        : t('results.exactly', { amount: money(benefit.maxAmountFen) });
  }
}

/**
 * A benefit: status, amount, why (every criterion in plain words with its clause), the quoted
 * clauses, the documents to prepare, and Apply (for what is eligible or still possible).
 */
export function BenefitCard({
  result,
  description,
  questionText,
  optionLabel,
  onAnswer,
}: {
  result: PolicyResult;
  description: PolicyDescription | undefined;
  /** A fact's question in the screen's language (for "decided by"). */
  questionText: (factId: string) => string;
  /** An option of a fact in the screen's language (a tier's name). */
  optionLabel: (factId: string, value: string) => string;
  /** Asks one of the facts the result waits for, now. */
  onAnswer: (factId: string) => void;
}) {
  const { t } = useTranslation('navigator');
  const language = currentLanguage();
  const locale = localeOf(language);
  // The navigator asks for the whole answer (no `include`), so the optional parts are there.
  const allCriteria = result.criteria ?? [];
  const criteria = allCriteria.filter((line) => line.kind === 'criterion');
  const source = amountSource(result);
  const byParent = (parent: string | null) => allCriteria.filter((line) => line.parent === parent);
  return (
    <Card
      data-testid="benefit-card"
      data-policy={result.policyId}
      data-status={result.status}
      title={
        <Flex gap={8} wrap align="center">
          <Typography.Text strong style={{ whiteSpace: 'normal' }}>
            {result.name}
          </Typography.Text>
          <Tag color={statusColour[result.status]} data-testid="benefit-status">
            {t(`results.${result.status}`)}
          </Tag>
          {result.discretionary && <Tag>{t('results.discretionary')}</Tag>}
          {result.status !== 'ineligible' && isProvisional(result) && (
            <Tag color="orange" data-testid="benefit-provisional">
              {t('results.provisional')}
            </Tag>
          )}
        </Flex>
      }
    >
      <Space direction="vertical" size="small" style={{ width: '100%' }}>
        <Typography.Text strong data-testid="benefit-amount">
          {describeBenefit(result, t, locale)}
        </Typography.Text>
        <AmountWorking
          result={result}
          locale={locale}
          tierLabel={(tier) => optionLabel('person.highestDegree', tier)}
        />
        {source && (
          <Typography.Text
            type={isDemoSource(source) ? 'warning' : 'secondary'}
            data-testid="benefit-amount-source"
            data-demo={isDemoSource(source)}
          >
            {t('results.amountSource', {
              source: isDemoSource(source) ? t('results.demoValue') : source,
            })}
          </Typography.Text>
        )}
        {result.reasons.map((reason) => (
          <Typography.Text key={reason.code} type="secondary">
            {reason.message}
          </Typography.Text>
        ))}
        {result.status === 'unknown' && result.missingFacts.length > 0 && (
          <Flex vertical gap={4} data-testid="benefit-decided-by">
            {result.missingFacts.slice(0, 3).map((factId) => (
              <Flex key={factId} gap={8} align="baseline" wrap>
                <Typography.Text type="warning">
                  {t('results.decidedBy', { question: questionText(factId) })}
                </Typography.Text>
                <Button
                  size="small"
                  type="link"
                  onClick={() => onAnswer(factId)}
                  data-testid="benefit-answer-now"
                  data-fact={factId}
                >
                  {t('results.answerNow')}
                </Button>
              </Flex>
            ))}
          </Flex>
        )}
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'why',
              label: `${t('results.why')} (${criteria.filter((line) => line.result === 'met').length}/${criteria.length})`,
              children: <CriteriaList lines={byParent(null)} all={allCriteria} />,
            },
            {
              key: 'clause',
              label: t('results.clause'),
              children: description ? (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {description.clauses.map((clause) => (
                    <blockquote
                      key={clause.id}
                      lang={language}
                      style={{ margin: 0, paddingLeft: 12, borderLeft: '3px solid #d9d9d9' }}
                      data-testid="benefit-clause"
                    >
                      <Typography.Text>「{clause.text[language]}」</Typography.Text>
                      <br />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {clause.id} ·{' '}
                        {clause.secondary ? t('results.secondarySource') : clause.source[language]}
                      </Typography.Text>
                    </blockquote>
                  ))}
                </Space>
              ) : (
                <Typography.Text>{(result.citations ?? []).join(' · ')}</Typography.Text>
              ),
            },
            ...(description
              ? [
                  {
                    key: 'documents',
                    label: t('results.documents'),
                    children: (
                      <List
                        size="small"
                        dataSource={description.documents}
                        renderItem={(document) => (
                          <List.Item>
                            {document.label[language]}
                            {!document.required && (
                              <Typography.Text type="secondary">
                                {' '}
                                {t('results.optional')}
                              </Typography.Text>
                            )}
                          </List.Item>
                        )}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
        {result.status !== 'ineligible' && (
          <ButtonLink
            to={`/applications/new?policy=${encodeURIComponent(result.policyId)}`}
            type={result.status === 'eligible' ? 'primary' : 'default'}
            block
            data-testid="benefit-apply"
          >
            {result.status === 'eligible' ? t('results.apply') : t('results.applyAnyway')}
          </ButtonLink>
        )}
      </Space>
    </Card>
  );
}

function CriteriaList({ lines, all }: { lines: Criterion[]; all: Criterion[] }) {
  const { t } = useTranslation('navigator');
  return (
    <Flex vertical gap={6}>
      {lines.map((line) => (
        <div key={line.id} data-testid="benefit-criterion" data-result={line.result}>
          <Flex gap={8} align="flex-start">
            <span aria-label={t(`results.criterion.${line.result}`)}>
              {resultIcon[line.result]}
            </span>
            <Typography.Text>
              {line.label}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                [{line.clause}]
              </Typography.Text>
            </Typography.Text>
          </Flex>
          {line.kind === 'group' && (
            <div style={{ marginLeft: 24, marginTop: 4 }}>
              <CriteriaList lines={all.filter((child) => child.parent === line.id)} all={all} />
            </div>
          )}
        </div>
      ))}
    </Flex>
  );
}
