import { CheckCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Empty, Flex, List, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, describeError } from '../../api/client';
import { useApi } from '../../api/use-api';
import { loginPathFor } from '../../app/paths';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { currentLanguage } from '../../i18n';
import { useSession } from '../../session/session-context';
import { BenefitCard } from './BenefitCard';
import {
  factPaths,
  formatYuan,
  getFact,
  indexFactsSchema,
  localeOf,
  questionOf,
  setFact,
  type FactInfo,
} from './facts';
import { QuestionCard } from './QuestionCard';
import type {
  Evaluation,
  FactProfile,
  Facts,
  NextQuestion,
  PolicyDescription,
  Question,
  Summary,
} from './types';

type Scope = 'opc' | 'hetao' | 'all';
const HETAO = 'hetao.research-import-exemption';

/** The policies a scope covers (undefined: the whole catalogue). */
function scopePolicies(scope: Scope, ids: readonly string[]): string[] | undefined {
  if (scope === 'all') return undefined;
  return scope === 'hetao' ? [HETAO] : ids.filter((id) => id !== HETAO);
}

/**
 * The benefits navigator (public): one question at a time — always the one whose answer settles
 * the most undecided money (POST /evaluations/next-question) — with a running "up to ¥X across N
 * benefits", a way back and to change any answer, and at the end a card per benefit with its
 * status, amount, the reasons criterion by criterion, the quoted clauses, the documents and
 * Apply. A signed-in person's answers start from their fact profile and are saved to it.
 */
export default function NavigatorPage() {
  const { t } = useTranslation('navigator');
  const language = currentLanguage();
  const locale = localeOf(language);
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const [params, setParams] = useSearchParams();
  const scopeParam = params.get('scope');
  const scope: Scope | null =
    scopeParam === 'opc' || scopeParam === 'hetao' || scopeParam === 'all' ? scopeParam : null;

  const [facts, setFacts] = useState<Facts>({});
  /** Fact ids in the order they were answered here (for "back" and the answer list). */
  const [answered, setAnswered] = useState<string[]>([]);
  const [skip, setSkip] = useState<string[]>([]);
  /** A fact the person chose to answer again (from "back" or "change"). */
  const [editing, setEditing] = useState<string | null>(null);
  const [showResults, setShowResults] = useState(false);
  const [profile, setProfile] = useState<FactProfile | null>(null);
  const [profileNote, setProfileNote] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const schema = useApi(
    (signal) => api.get<Record<string, unknown>>('/facts/schema', { signal }),
    [],
  );
  const factIndex = useMemo(
    () => (schema.data ? indexFactsSchema(schema.data) : new Map<string, FactInfo>()),
    [schema.data],
  );
  const catalogue = useApi(
    (signal) => api.get<{ policies: { id: string }[] }>('/policies', { signal }),
    [],
  );
  const policyIds = useMemo(
    () => (catalogue.data ? catalogue.data.policies.map((policy) => policy.id) : []),
    [catalogue.data],
  );
  const policies = scope ? scopePolicies(scope, policyIds) : undefined;

  // A signed-in person starts from what their profile already holds.
  useEffect(() => {
    if (!signedIn) return;
    let cancelled = false;
    api
      .get<FactProfile>('/facts/profile')
      .then((loaded) => {
        if (cancelled) return;
        setProfile(loaded);
        const { goods: _goods, ...stored } = loaded.facts;
        setFacts((current) => {
          let merged: Facts = stored;
          for (const path of factPaths(current))
            merged = setFact(merged, path, getFact(current, path));
          return merged;
        });
        const count = factPaths(stored).length;
        if (count > 0) setProfileNote(t('answers.prefilled', { count }));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [signedIn, t]);

  const next = useApi<NextQuestion | null>(
    (signal) =>
      scope && catalogue.data
        ? api.post<NextQuestion>(
            '/evaluations/next-question',
            { facts, policies, skip },
            { signal },
          )
        : Promise.resolve(null),
    [scope, facts, skip, policies, language, Boolean(catalogue.data)],
  );

  const finished =
    showResults || (next.data !== undefined && next.data !== null && next.data.question === null);
  const evaluation = useApi<Evaluation | null>(
    (signal) =>
      scope && finished && !editing
        ? api.post<Evaluation>('/evaluations', { facts, policies, trace: true }, { signal })
        : Promise.resolve(null),
    [scope, finished, editing, facts, policies, language],
  );
  const descriptions = useApi<Record<string, PolicyDescription>>(
    async (signal) => {
      if (!evaluation.data) return {};
      const entries = await Promise.all(
        evaluation.data.results.map(
          async (result) =>
            [
              result.policyId,
              await api.get<PolicyDescription>(`/policies/${result.policyId}`, { signal }),
            ] as const,
        ),
      );
      return Object.fromEntries(entries);
    },
    [evaluation.data?.results.map((result) => result.policyId) ?? [], language],
  );

  /** Saves one answer to the profile (signed in; goods and, without a company, company facts are not kept). */
  const saveAnswer = async (question: Question, value: unknown) => {
    if (!signedIn || !question.storedInProfile) return;
    const companyFact = question.subject === 'company' || question.subject === 'importer';
    if (companyFact && !profile?.organisation) {
      setProfileNote(t('answers.savedNoCompany'));
      return;
    }
    try {
      const saved = await api.patch<FactProfile>('/facts/profile', {
        facts: setFact({}, question.factId, value),
      });
      setProfile(saved);
      setProfileNote(t('answers.saved'));
      setSaveError(null);
    } catch (error) {
      setSaveError(t('errors.saveFailed', { message: describeError(error) }));
    }
  };

  const answer = (question: Question, value: unknown) => {
    setFacts((current) => {
      const next = setFact(current, question.factId, value);
      // The facts contract: a `company` object means the person has a company, so "no company"
      // withdraws the company answers given earlier (the API refuses the two together).
      return question.factId === 'person.hasCompany' && value === false
        ? setFact(next, 'company', undefined)
        : next;
    });
    setAnswered((current) => [...current.filter((id) => id !== question.factId), question.factId]);
    setSkip((current) => current.filter((id) => id !== question.factId));
    setEditing(null);
    setShowResults(false);
    void saveAnswer(question, value);
  };

  const back = () => {
    const last = answered[answered.length - 1];
    if (!last) return;
    setAnswered(answered.slice(0, -1));
    setEditing(last);
    setShowResults(false);
  };

  const restart = () => {
    setFacts({});
    setAnswered([]);
    setSkip([]);
    setEditing(null);
    setShowResults(false);
    setProfileNote(null);
    setParams(new URLSearchParams());
  };

  const chooseScope = (chosen: Scope) => setParams(new URLSearchParams({ scope: chosen }));

  const heading = <PageHeading title={t('titles.navigator')} description={t('intro')} />;
  if (schema.error || catalogue.error)
    return (
      <>
        {heading}
        <LoadFailed
          error={schema.error ?? catalogue.error}
          onRetry={() => {
            schema.reload();
            catalogue.reload();
          }}
        />
      </>
    );

  if (!scope)
    return (
      <>
        {heading}
        <Typography.Title level={4}>{t('scope.title')}</Typography.Title>
        <Flex vertical gap={12} style={{ maxWidth: 720 }}>
          {(['opc', 'hetao', 'all'] as const).map((option) => (
            <Card
              key={option}
              hoverable
              onClick={() => chooseScope(option)}
              data-testid={`scope-${option}`}
            >
              <Card.Meta title={t(`scope.${option}`)} description={t(`scope.${option}Text`)} />
            </Card>
          ))}
        </Flex>
      </>
    );

  const editingQuestion =
    editing && factIndex.get(editing) ? questionOf(factIndex.get(editing)!, language) : null;
  const question = editingQuestion ?? (showResults ? null : (next.data?.question ?? null));
  const summary = next.data?.summary ?? evaluation.data?.summary;
  const answeredIds = factPaths(facts);

  return (
    <div style={{ maxWidth: 760 }}>
      {heading}
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {summary && <RunningTotal summary={summary} locale={locale} />}
        {profileNote && (
          <Alert type="info" showIcon message={profileNote} data-testid="profile-note" />
        )}
        {saveError && <Alert type="warning" showIcon message={saveError} />}
        {!signedIn && session.status !== 'loading' && (
          <Alert
            type="info"
            message={
              <Space wrap>
                {t('answers.signInToSave')}
                <Link to={loginPathFor(`/navigator?scope=${scope}`)}>{t('answers.signIn')}</Link>
              </Space>
            }
          />
        )}

        {next.error && !next.loading ? (
          <LoadFailed error={next.error} onRetry={next.reload} />
        ) : question ? (
          <QuestionCard
            key={question.factId}
            question={question}
            step={answered.length + 1}
            initial={getFact(facts, question.factId)}
            onAnswer={(value) => answer(question, value)}
            onSkip={() => {
              setSkip((current) => [...new Set([...current, question.factId])]);
              setEditing(null);
            }}
            onBack={answered.length > 0 ? back : null}
          />
        ) : finished ? (
          <Results
            evaluation={evaluation.data ?? null}
            error={evaluation.error}
            onRetry={evaluation.reload}
            descriptions={descriptions.data ?? {}}
            onContinue={next.data?.question ? () => setShowResults(false) : null}
            onRestart={restart}
          />
        ) : (
          <Card loading />
        )}

        {question && (
          <Button type="link" onClick={() => setShowResults(true)} data-testid="show-results">
            {t('results.title')} →
          </Button>
        )}

        {answeredIds.length > 0 && (
          <Collapse
            items={[
              {
                key: 'answers',
                label: t('answers.title', { count: answeredIds.length }),
                children: (
                  <List
                    size="small"
                    dataSource={answeredIds}
                    renderItem={(id) => {
                      const info = factIndex.get(id);
                      return (
                        <List.Item
                          data-testid="answer-item"
                          data-fact={id}
                          actions={[
                            <Button
                              key="change"
                              size="small"
                              onClick={() => {
                                setEditing(id);
                                setShowResults(false);
                              }}
                              data-testid="answer-change"
                            >
                              {t('answers.change')}
                            </Button>,
                          ]}
                        >
                          <List.Item.Meta
                            title={info?.question[language] ?? id}
                            description={formatAnswer(
                              getFact(facts, id),
                              info,
                              language,
                              locale,
                              t,
                            )}
                          />
                        </List.Item>
                      );
                    }}
                  />
                ),
              },
            ]}
          />
        )}
      </Space>
    </div>
  );
}

function formatAnswer(
  value: unknown,
  info: FactInfo | undefined,
  language: ReturnType<typeof currentLanguage>,
  locale: string,
  t: ReturnType<typeof useTranslation<'navigator'>>['t'],
): string {
  if (value === true) return t('answers.yes');
  if (value === false) return t('answers.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('answers.empty');
    return value
      .map((item) => {
        if (typeof item === 'string')
          return info?.options.find((option) => option.value === item)?.label[language] ?? item;
        const record = item as Record<string, string>;
        const kind = record.kind ?? record.class ?? '';
        const label =
          info?.options.find((option) => option.value === kind)?.label[language] ?? kind;
        return [label, record.description ?? record.on].filter(Boolean).join(': ');
      })
      .join('；');
  }
  if (typeof value === 'number')
    return info?.type === 'money' ? formatYuan(value, locale) : String(value);
  if (typeof value === 'string')
    return info?.options.find((option) => option.value === value)?.label[language] ?? value;
  return String(value);
}

function RunningTotal({ summary, locale }: { summary: Summary; locale: string }) {
  const { t } = useTranslation('navigator');
  const possible = summary.eligible + summary.unknown;
  return (
    <Card
      size="small"
      data-testid="running-total"
      data-max-fen={summary.maxAmountFen}
      data-count={summary.benefitCount}
      data-open={summary.unknown}
    >
      {possible === 0 ? (
        <Typography.Text>{t('running.none')}</Typography.Text>
      ) : (
        <Flex gap={16} wrap align="baseline">
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="running-amount">
            {t('running.upTo', { amount: formatYuan(summary.maxAmountFen, locale) })}
          </Typography.Title>
          <Space direction="vertical" size={0}>
            <Typography.Text>
              {t('running.across', { count: summary.benefitCount })}
            </Typography.Text>
            {summary.maxLoanPrincipalFen > 0 && (
              <Typography.Text type="secondary">
                {t('running.loans', { amount: formatYuan(summary.maxLoanPrincipalFen, locale) })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary">
              {t('running.decided', {
                decided: summary.eligible + summary.ineligible,
                open: summary.unknown,
              })}
            </Typography.Text>
          </Space>
        </Flex>
      )}
    </Card>
  );
}

function Results({
  evaluation,
  error,
  onRetry,
  descriptions,
  onContinue,
  onRestart,
}: {
  evaluation: Evaluation | null;
  error: unknown;
  onRetry: () => void;
  descriptions: Record<string, PolicyDescription>;
  onContinue: (() => void) | null;
  onRestart: () => void;
}) {
  const { t } = useTranslation('navigator');
  if (error) return <LoadFailed error={error} onRetry={onRetry} />;
  if (!evaluation) return <Card loading />;
  const order = { eligible: 0, unknown: 1, ineligible: 2 };
  const results = [...evaluation.results].sort((a, b) => order[a.status] - order[b.status]);
  const possible = results.filter((result) => result.status !== 'ineligible');
  const ineligible = results.filter((result) => result.status === 'ineligible');
  return (
    <Space
      direction="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="navigator-results"
    >
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          <CheckCircleOutlined /> {t('results.title')}
        </Typography.Title>
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
      {possible.map((result) => (
        <BenefitCard
          key={result.policyId}
          result={result}
          description={descriptions[result.policyId]}
        />
      ))}
      {ineligible.length > 0 && (
        <Collapse
          items={[
            {
              key: 'ineligible',
              label: t('results.showIneligible', { count: ineligible.length }),
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  {ineligible.map((result) => (
                    <BenefitCard
                      key={result.policyId}
                      result={result}
                      description={descriptions[result.policyId]}
                    />
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
