import { Alert, Button, Card, Collapse, Flex, List, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { describeError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { loginPathFor } from '../../app/paths';
import { Heading } from '../../components/Heading';
import { ListItemMeta } from '../../components/ListItemMeta';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { currentLanguage } from '../../i18n';
import { useSession } from '../../session/session-context';
import {
  factPaths,
  getFact,
  indexFactsSchema,
  localeOf,
  questionOf,
  setFact,
  withoutCompanyIfNone,
  withPurchaseByKind,
  type FactInfo,
} from './facts';
import { readKeptAnswers, sameAnswer, writeKeptAnswers, type AnswerConflict } from './kept-answers';
import { Results, RunningTotal } from './NavigatorResults';
import { ProfileConflicts } from './ProfileConflicts';
import { formatAnswer } from './format-answer';
import { QuestionCard } from './QuestionCard';
import {
  toFactIds,
  toPolicyIds,
  toFactsInput,
  toProfileFacts,
  type Evaluation,
  type FactProfile,
  type Facts,
  type NextQuestion,
  type PolicyDescription,
  type Question,
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

  // Answers given before a trip through the login page come back with the person.
  const [kept] = useState(() => readKeptAnswers(scope));
  const [facts, setFacts] = useState<Facts>(kept?.facts ?? {});
  /** Fact ids in the order they were answered here (for "back" and the answer list). */
  const [answered, setAnswered] = useState<string[]>(kept?.answered ?? []);
  const [skip, setSkip] = useState<string[]>(kept?.skip ?? []);
  const [conflicts, setConflicts] = useState<AnswerConflict[]>([]);
  /** A fact the person chose to answer again (from "back" or "change"). */
  const [editing, setEditing] = useState<string | null>(null);
  const [showResults, setShowResults] = useState(false);
  const [profile, setProfile] = useState<FactProfile | null>(null);
  const [profileNote, setProfileNote] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  /**
   * Whether the person has acted on this page. From then on each new step (question, results,
   * starting points) takes the keyboard focus and is announced; on arrival nothing moves.
   */
  const [moveFocus, setMoveFocus] = useState(false);
  const scopeHeading = useRef<HTMLHeadingElement>(null);

  const schema = useApi((signal) => apiClient.GET('/facts/schema', { signal }), []);
  const factIndex = useMemo(
    () => (schema.data ? indexFactsSchema(schema.data) : new Map<string, FactInfo>()),
    [schema.data],
  );
  const catalogue = useApi((signal) => apiClient.GET('/policies', { signal }), []);
  const policyIds = useMemo(
    () => (catalogue.data ? catalogue.data.policies.map((policy) => policy.id) : []),
    [catalogue.data],
  );
  const scoped = scope ? scopePolicies(scope, policyIds) : undefined;
  const policies = scoped && toPolicyIds(scoped);

  useEffect(() => {
    writeKeptAnswers(scope && answered.length > 0 ? { scope, facts, answered, skip } : null);
  }, [scope, facts, answered, skip]);

  // A signed-in person starts from what their profile already holds. Answers given here before
  // signing in are kept: those the profile lacks are saved to it; where the two differ, the
  // person chooses, field by field (the new answer holds until they do).
  useEffect(() => {
    if (!signedIn || factIndex.size === 0) return;
    let cancelled = false;
    apiClient
      .GET('/facts/profile')
      .then(async (loaded) => {
        if (cancelled) return;
        setProfile(loaded);
        const { goods: _goods, ...asSaved } = loaded.facts;
        const stored = withPurchaseByKind(asSaved);
        // A fact a record gives (the white list, a lease…) is not the person's to answer.
        const recordedPaths = new Set(loaded.recorded.map((recorded) => recorded.fact));
        const mine = readKeptAnswers(scope)?.facts ?? {};
        const found: AnswerConflict[] = [];
        let toSave: Facts = {};
        let merged: Facts = stored;
        for (const path of factPaths(mine)) {
          if (recordedPaths.has(path)) continue;
          const value = getFact(mine, path);
          const saved = getFact(stored, path);
          merged = setFact(merged, path, value);
          if (saved === undefined) {
            if (savable(path, loaded)) toSave = setFact(toSave, path, value);
          } else if (!sameAnswer(saved, value)) found.push({ factId: path, mine: value, saved });
        }
        setFacts((current) => {
          for (const path of factPaths(current))
            if (!recordedPaths.has(path)) merged = setFact(merged, path, getFact(current, path));
          // "No company", said here, holds until the person chooses: the profile's company
          // answers wait (the facts contract refuses the two together).
          return withoutCompanyIfNone(merged);
        });
        setConflicts(found);
        const keptCount = factPaths(mine).length;
        const count = factPaths(stored).length;
        if (keptCount > 0) setProfileNote(t('answers.kept', { count: keptCount }));
        else if (count > 0) setProfileNote(t('answers.prefilled', { count }));
        if (factPaths(toSave).length > 0) {
          try {
            setProfile(
              await apiClient.PATCH('/facts/profile', { body: { facts: toProfileFacts(toSave) } }),
            );
          } catch (error) {
            setSaveError(t('errors.saveFailed', { message: describeError(error) }));
          }
        }
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
    // NOTE: once per sign-in; the kept answers are read from storage, not from state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signedIn, factIndex.size > 0]);

  /** Whether an answer can be kept in the profile (goods never; company facts with a company). */
  function savable(path: string, loaded: FactProfile | null): boolean {
    const info = factIndex.get(path);
    if (!info || !info.storedInProfile) return false;
    const subject = path.split('.')[0];
    return (subject !== 'company' && subject !== 'importer') || Boolean(loaded?.organisation);
  }

  const questionText = (factId: string) => factIndex.get(factId)?.question[language] ?? factId;
  const optionLabel = (factId: string, value: string) =>
    factIndex.get(factId)?.options.find((option) => option.value === value)?.label[language] ??
    value;

  const chooseAnswer = (conflict: AnswerConflict, keep: 'mine' | 'saved') => {
    setConflicts((current) => current.filter((entry) => entry.factId !== conflict.factId));
    if (keep === 'saved') {
      // The saved answer may open questions the replaced one had closed (a company's questions
      // after "no company"): back to the questions, which the engine asks again where unknown.
      setFacts((current) => {
        let chosen = setFact(current, conflict.factId, conflict.saved);
        // Back to "has a company": the profile's company answers come back with it.
        const savedCompany = profile ? withPurchaseByKind(profile.facts).company : undefined;
        if (conflict.factId === 'person.hasCompany' && savedCompany)
          for (const path of factPaths({ company: savedCompany }))
            if (getFact(chosen, path) === undefined)
              chosen = setFact(chosen, path, getFact({ company: savedCompany }, path));
        return chosen;
      });
      setShowResults(false);
      setEditing(null);
    } else if (savable(conflict.factId, profile))
      apiClient
        .PATCH('/facts/profile', {
          body: { facts: toProfileFacts(setFact({}, conflict.factId, conflict.mine)) },
        })
        .then(setProfile)
        .catch((error: unknown) =>
          setSaveError(t('errors.saveFailed', { message: describeError(error) })),
        );
  };

  const next = useApi<NextQuestion | null>(
    (signal) =>
      scope && catalogue.data
        ? apiClient.POST('/evaluations/next-question', {
            body: { facts: toFactsInput(facts), policies, skip: toFactIds(skip) },
            signal,
          })
        : Promise.resolve(null),
    [scope, facts, skip, policies, language, Boolean(catalogue.data)],
  );

  const finished =
    showResults || (next.data !== undefined && next.data !== null && next.data.question === null);
  const evaluation = useApi<Evaluation | null>(
    (signal) =>
      scope && finished && !editing
        ? apiClient.POST('/evaluations', {
            body: { facts: toFactsInput(facts), policies, trace: true },
            signal,
          })
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
              await apiClient.GET('/policies/{id}', {
                params: { path: { id: result.policyId } },
                signal,
              }),
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
      const saved = await apiClient.PATCH('/facts/profile', {
        body: { facts: toProfileFacts(setFact({}, question.factId, value)) },
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
      return withoutCompanyIfNone(next);
    });
    setAnswered((current) => [...current.filter((id) => id !== question.factId), question.factId]);
    setSkip((current) => current.filter((id) => id !== question.factId));
    setEditing(null);
    setShowResults(false);
    setMoveFocus(true);
    void saveAnswer(question, value);
  };

  const back = () => {
    const last = answered[answered.length - 1];
    if (!last) return;
    setAnswered(answered.slice(0, -1));
    setEditing(last);
    setShowResults(false);
    setMoveFocus(true);
  };

  const restart = () => {
    setFacts({});
    setAnswered([]);
    setSkip([]);
    setEditing(null);
    setShowResults(false);
    setProfileNote(null);
    setConflicts([]);
    setMoveFocus(true);
    setParams(new URLSearchParams());
  };

  const chooseScope = (chosen: Scope) => {
    setMoveFocus(true);
    setParams(new URLSearchParams({ scope: chosen }));
  };

  // Back at the starting points (start over): the focus goes to their heading, not to <body>.
  useEffect(() => {
    if (!scope && moveFocus) scopeHeading.current?.focus();
  }, [scope, moveFocus]);

  const editingQuestion =
    editing && factIndex.get(editing) ? questionOf(factIndex.get(editing)!, language) : null;
  const question = editingQuestion ?? (showResults ? null : (next.data?.question ?? null));
  const summary = next.data?.summary ?? evaluation.data?.summary;
  const answeredIds = factPaths(facts);
  const step = answered.length + 1;

  // Screen readers hear each new step (WCAG 4.1.3); the region is there before it changes, in
  // every branch below, so the first change is announced too. Quiet until the person acts.
  const announcement = !moveFocus
    ? ''
    : !scope
      ? t('scope.title')
      : question
        ? t('question.announce', { step, question: question.text })
        : finished && evaluation.data
          ? t('results.announce')
          : '';
  const announcer = (
    <div
      role="status"
      aria-live="polite"
      className="opc-visually-hidden"
      data-testid="navigator-announcement"
    >
      {announcement}
    </div>
  );

  const heading = <PageHeading title={t('titles.navigator')} description={t('intro')} />;
  if (schema.error || catalogue.error)
    return (
      <>
        {announcer}
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
        {announcer}
        {heading}
        <Heading
          level={2}
          looksLike={4}
          tabIndex={-1}
          ref={scopeHeading}
          data-testid="scope-heading"
        >
          {t('scope.title')}
        </Heading>
        {/* Each starting point is a real button (Tab, Enter, Space; WCAG 2.1.1): the card is its frame. */}
        <Flex vertical gap={12} style={{ maxWidth: 720 }}>
          {(['opc', 'hetao', 'all'] as const).map((option) => (
            <Card key={option} hoverable styles={{ body: { padding: 0 } }}>
              <button
                type="button"
                className="opc-choice-card"
                onClick={() => chooseScope(option)}
                data-testid={`scope-${option}`}
              >
                <Typography.Text strong style={{ display: 'block', fontSize: 16 }}>
                  {t(`scope.${option}`)}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
                  {t(`scope.${option}Text`)}
                </Typography.Text>
              </button>
            </Card>
          ))}
        </Flex>
      </>
    );

  return (
    <>
      {announcer}
      <div style={{ maxWidth: 760 }}>
        {heading}
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {/* No headline before the first answer: a total for nobody in particular means nothing. */}
          {summary && answeredIds.length > 0 && <RunningTotal summary={summary} locale={locale} />}
          <ProfileConflicts
            conflicts={conflicts}
            questionText={questionText}
            formatValue={(factId, value) =>
              formatAnswer(value, factIndex.get(factId), language, locale, t)
            }
            onChoose={chooseAnswer}
          />
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
                  <Link
                    to={loginPathFor(`/navigator?scope=${scope}`)}
                    data-testid="navigator-sign-in"
                  >
                    {t('answers.signIn')}
                  </Link>
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
              step={step}
              takeFocus={moveFocus}
              initial={getFact(facts, question.factId)}
              onAnswer={(value) => answer(question, value)}
              onSkip={() => {
                setMoveFocus(true);
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
              takeFocus={moveFocus}
              onContinue={
                next.data?.question
                  ? () => {
                      setMoveFocus(true);
                      setShowResults(false);
                    }
                  : null
              }
              onRestart={restart}
              questionText={questionText}
              optionLabel={optionLabel}
              onAnswer={(factId) => {
                setMoveFocus(true);
                setEditing(factId);
                setShowResults(false);
              }}
            />
          ) : (
            <Card loading />
          )}

          {question && (
            <Button
              type="link"
              onClick={() => {
                setMoveFocus(true);
                setShowResults(true);
              }}
              data-testid="show-results"
            >
              {t('results.title')} →
            </Button>
          )}

          {answeredIds.length > 0 && (
            <Collapse
              items={[
                {
                  key: 'answers',
                  label: (
                    <span data-testid="answers-toggle">
                      {t('answers.title', { count: answeredIds.length })}
                    </span>
                  ),
                  children: (
                    <List
                      size="small"
                      dataSource={answeredIds}
                      renderItem={(id) => {
                        const info = factIndex.get(id);
                        const recorded = profile?.recorded.find((fact) => fact.fact === id);
                        return (
                          <List.Item
                            data-testid="answer-item"
                            data-fact={id}
                            actions={[
                              recorded ? (
                                <Tag key="recorded" color="blue" data-testid="answer-recorded">
                                  {t('answers.recorded', {
                                    source: recorded.source.label[language],
                                  })}
                                </Tag>
                              ) : (
                                <Button
                                  key="change"
                                  size="small"
                                  onClick={() => {
                                    setMoveFocus(true);
                                    setEditing(id);
                                    setShowResults(false);
                                  }}
                                  data-testid="answer-change"
                                >
                                  {t('answers.change')}
                                </Button>
                              ),
                            ]}
                          >
                            {/* An h2, like the question and the results it sits beside (after the h1). */}
                            <ListItemMeta
                              level={2}
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
    </>
  );
}
