import { CheckCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Empty, Flex, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading';
import { LoadFailed } from '../../components/StatusPages';
import { BenefitCard } from './BenefitCard';
import { formatYuan } from './facts';
import type { Evaluation, PolicyDescription, PolicyResult, Summary } from './types';

/**
 * The running "up to ¥X across N benefits". N is the summary's benefitCount — every benefit still
 * possible, one per card — so it always matches the cards; demo or unpublished amounts are shown
 * beside the total, never in it.
 */
export function RunningTotal({ summary, locale }: { summary: Summary; locale: string }) {
  const { t } = useTranslation('navigator');
  return (
    <Card
      size="small"
      data-testid="running-total"
      data-max-fen={summary.maxAmountFen}
      data-count={summary.benefitCount}
      data-open={summary.unknown}
      data-provisional-fen={summary.provisionalAmountFen}
    >
      {summary.benefitCount === 0 ? (
        <Typography.Text>{t('running.none')}</Typography.Text>
      ) : (
        <Flex gap={16} wrap align="baseline">
          <Heading level={2} looksLike={4} style={{ margin: 0 }} data-testid="running-amount">
            {t('running.upTo', { amount: formatYuan(summary.maxAmountFen, locale) })}
          </Heading>
          <Space direction="vertical" size={0}>
            <Typography.Text data-testid="running-count">
              {t('running.across', { count: summary.benefitCount })}
            </Typography.Text>
            {summary.provisionalCount > 0 && (
              <Typography.Text type="warning" data-testid="running-provisional">
                {t('running.provisional', {
                  amount: formatYuan(summary.provisionalAmountFen, locale),
                  count: summary.provisionalCount,
                })}
              </Typography.Text>
            )}
            {summary.alternativeCount > 0 && (
              <Typography.Text type="secondary">
                {t('running.alternatives', { count: summary.alternativeCount })}
              </Typography.Text>
            )}
            {summary.maxLoanPrincipalFen > 0 && (
              <Typography.Text type="secondary">
                {t('running.loans', { amount: formatYuan(summary.maxLoanPrincipalFen, locale) })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary">
              {t('running.decided', { decided: summary.eligible, open: summary.unknown })}
            </Typography.Text>
          </Space>
        </Flex>
      )}
    </Card>
  );
}

/** The kind of value a result has: money (grants, vouchers, subsidies), a loan, or in kind. */
function valueGroup(result: PolicyResult): 'money' | 'loans' | 'other' {
  if (result.benefit.kind === 'loan') return 'loans';
  return result.benefit.maxAmountFen !== null && result.benefit.maxAmountFen > 0
    ? 'money'
    : 'other';
}

function valueOf(result: PolicyResult): number {
  if (result.benefit.kind === 'loan')
    return typeof result.benefit.maxPrincipalFen === 'number' ? result.benefit.maxPrincipalFen : 0;
  return result.benefit.maxAmountFen ?? 0;
}

/**
 * The results by value: money first, the largest first, then loans, then the benefits in kind;
 * among equals, what is already eligible first. Undecided cards say which answer decides them.
 */
export function sortByValue(results: readonly PolicyResult[]): PolicyResult[] {
  const groupOrder = { money: 0, loans: 1, other: 2 };
  const statusOrder = { eligible: 0, unknown: 1, ineligible: 2 };
  return [...results].sort(
    (a, b) =>
      groupOrder[valueGroup(a)] - groupOrder[valueGroup(b)] ||
      valueOf(b) - valueOf(a) ||
      statusOrder[a.status] - statusOrder[b.status],
  );
}

export function Results({
  evaluation,
  error,
  onRetry,
  descriptions,
  onContinue,
  onRestart,
  questionText,
  optionLabel,
  onAnswer,
  takeFocus = false,
}: {
  evaluation: Evaluation | null;
  error: unknown;
  onRetry: () => void;
  descriptions: Record<string, PolicyDescription>;
  onContinue: (() => void) | null;
  onRestart: () => void;
  questionText: (factId: string) => string;
  optionLabel: (factId: string, value: string) => string;
  onAnswer: (factId: string) => void;
  /** Move the keyboard focus to the results' heading when they appear (after the person acted). */
  takeFocus?: boolean;
}) {
  const { t } = useTranslation('navigator');
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = Boolean(evaluation) && !error;
  useEffect(() => {
    if (takeFocus && shown) heading.current?.focus();
    // NOTE: when the results appear, not again when the person has moved on within them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);
  if (error) return <LoadFailed error={error} onRetry={onRetry} />;
  if (!evaluation) return <Card loading />;
  const results = sortByValue(evaluation.results);
  const possible = results.filter((result) => result.status !== 'ineligible');
  const ineligible = results.filter((result) => result.status === 'ineligible');
  const card = (result: PolicyResult) => (
    <BenefitCard
      key={result.policyId}
      result={result}
      description={descriptions[result.policyId]}
      questionText={questionText}
      optionLabel={optionLabel}
      onAnswer={onAnswer}
    />
  );
  return (
    <Space
      direction="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="navigator-results"
    >
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Heading
          level={2}
          looksLike={3}
          style={{ margin: 0 }}
          tabIndex={-1}
          ref={heading}
          data-testid="results-heading"
        >
          <CheckCircleOutlined /> {t('results.title')}
        </Heading>
        <Flex gap={8} wrap>
          {onContinue && (
            <Button onClick={onContinue} data-testid="results-continue">
              {t('results.continue')}
            </Button>
          )}
          <Button icon={<ReloadOutlined />} onClick={onRestart} data-testid="results-restart">
            {t('results.startOver')}
          </Button>
        </Flex>
      </Flex>
      {possible.length === 0 && <Empty description={t('running.none')} />}
      {(['money', 'loans', 'other'] as const).map((group) => {
        const members = possible.filter((result) => valueGroup(result) === group);
        if (members.length === 0) return null;
        return (
          <Space
            key={group}
            direction="vertical"
            size="middle"
            style={{ width: '100%' }}
            data-testid="results-group"
            data-group={group}
          >
            <Heading level={3} looksLike={5} style={{ margin: 0 }}>
              {t(`results.groups.${group}`)}
            </Heading>
            {members.map(card)}
          </Space>
        );
      })}
      {ineligible.length > 0 && (
        <Collapse
          items={[
            {
              key: 'ineligible',
              label: t('results.showIneligible', { count: ineligible.length }),
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {ineligible.map(card)}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
