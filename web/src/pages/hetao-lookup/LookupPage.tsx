import { SafetyOutlined, StopOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Collapse,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Progress,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { isLanguage } from '../../i18n/languages';
import dayjs from 'dayjs';
import { PageHeading } from '../../components/PageHeading';
import { DeclareFromLookup } from '../hetao-ledger/DeclareFromLookup';
import { LoadFailed } from '../../components/StatusPages';
import type {
  LookupCandidate,
  LookupFlag,
  LookupReason,
  LookupResult,
  Script,
  Verdict,
} from './types';
import { ButtonLink } from '../../components/ButtonLink';

const EXAMPLES = ['基質膠', 'DMEM培养基', 'flow cytometer', '實驗小鼠'];

/** 300212 → 3002.12; 38210000 → 3821.00.00; 4-digit headings and chapters as they are. */
export function formatCode(code: string): string {
  if (code.length <= 4) return code;
  if (code.length === 6) return `${code.slice(0, 4)}.${code.slice(4)}`;
  return `${code.slice(0, 4)}.${code.slice(4, 6)}.${code.slice(6)}`;
}

const VERDICT_TYPE: Record<Verdict, 'success' | 'info' | 'warning'> = {
  listed: 'success',
  'not-listed': 'info',
  uncertain: 'warning',
};

interface LookupForm {
  q: string;
  code?: string;
}

/**
 * Public: is it on the Hetao tax-free research-goods list? The query lives in the address
 * (`/hetao/lookup?q=…&code=…`) so an answer can be shared. Queries are read in any of the three
 * scripts; the answer, like the rest of the page, follows the UI language.
 */
export default function LookupPage() {
  const { t } = useTranslation('hetaoLookup');
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<LookupForm>();
  const q = (params.get('q') ?? '').trim();
  const code = (params.get('code') ?? '').trim();

  useEffect(() => {
    form.setFieldsValue({ q, code });
  }, [form, q, code]);

  const { data, error, loading, reload } = useApi<LookupResult | null>(
    (signal) =>
      q
        ? apiClient.GET('/hetao/lookup', { params: { query: code ? { q, code } : { q } }, signal })
        : Promise.resolve(null),
    [q, code],
  );

  const search = (values: LookupForm) => {
    const next = new URLSearchParams();
    if (values.q?.trim()) next.set('q', values.q.trim());
    if (values.code?.trim()) next.set('code', values.code.trim());
    setParams(next);
  };

  return (
    <>
      <PageHeading title={t('titles.lookup')} description={t('page.description')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Form<LookupForm> form={form} layout="vertical" onFinish={search} requiredMark={false}>
            <Form.Item
              name="q"
              label={t('form.label')}
              rules={[{ required: true, whitespace: true, max: 500 }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 1, maxRows: 4 }}
                placeholder={t('form.placeholder')}
                maxLength={500}
                data-testid="lookup-text"
                onPressEnter={(event) => {
                  if (!event.shiftKey) {
                    event.preventDefault();
                    form.submit();
                  }
                }}
              />
            </Form.Item>
            <Flex gap={8} wrap align="flex-end">
              <Form.Item
                name="code"
                label={t('form.code')}
                style={{ marginBottom: 0, flex: '0 1 200px' }}
                rules={[{ pattern: /^\d{4}(?:\.?\d{2}){0,3}$/, message: t('form.codeFormat') }]}
              >
                <Input placeholder={t('form.codePlaceholder')} data-testid="lookup-code" />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                loading={loading && !!q}
                data-testid="lookup-submit"
              >
                {t('form.submit')}
              </Button>
            </Flex>
          </Form>
          <Flex gap={8} wrap align="center" style={{ marginTop: 12 }}>
            <Typography.Text type="secondary">{t('form.examples')}</Typography.Text>
            {EXAMPLES.map((example) => (
              // Queries as people type them, in any script: shown as typed, not translated.
              <Button
                key={example}
                size="small"
                data-user-content
                onClick={() => setParams(new URLSearchParams({ q: example }))}
              >
                {example}
              </Button>
            ))}
          </Flex>
        </Card>

        {error && !loading ? (
          <LoadFailed error={error} onRetry={reload} />
        ) : !q ? (
          <Card>
            <Empty description={t('empty')} />
          </Card>
        ) : data ? (
          <LookupAnswer result={data} query={q} />
        ) : (
          <Card loading />
        )}
      </Space>
    </>
  );
}

/**
 * The answer in the screen's language and script, whatever the query's: an importer who types an
 * English product name on a Chinese screen reads the answer in Chinese (issue 10 item 12).
 */
function useAnswerScript(): Script {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage ?? i18n.language)
    ? ((i18n.resolvedLanguage ?? i18n.language) as Script)
    : 'zh-Hans';
}

function LookupAnswer({ result, query }: { result: LookupResult; query: string }) {
  const { t } = useTranslation('hetaoLookup');
  const script = useAnswerScript();
  const askHref = result.askCustoms
    ? `/hetao/questions/new?${new URLSearchParams({
        q: result.askCustoms.question,
        ...(result.askCustoms.code ? { code: result.askCustoms.code } : {}),
      })}`
    : null;
  return (
    <Space
      direction="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="lookup-answer"
      data-verdict={result.verdict}
      data-script={script}
    >
      <Alert
        type={VERDICT_TYPE[result.verdict]}
        showIcon
        message={
          <Space wrap>
            <Typography.Text strong data-testid="lookup-verdict">
              {t(`verdict.${result.verdict}`)}
            </Typography.Text>
            {result.listVersion.isWorkingList && (
              <Tag color="orange" data-testid="working-list-tag">
                {t('workingList.tag')}
              </Tag>
            )}
          </Space>
        }
        description={
          <Space direction="vertical" size={8} style={{ width: '100%' }}>
            <Typography.Paragraph
              style={{ marginBottom: 0 }}
              lang={script}
              data-testid="lookup-summary"
            >
              {result.summary[script]}
            </Typography.Paragraph>
            {askHref && (
              <Space wrap>
                <ButtonLink to={askHref} type="primary" data-testid="ask-customs">
                  {t('actions.askCustoms')}
                </ButtonLink>
                <Typography.Text type="secondary">{t('actions.askCustomsHint')}</Typography.Text>
              </Space>
            )}
            {result.verdict === 'not-listed' &&
              !result.flags.some((f) => f.kind === 'excluded') && (
                <Space wrap>
                  <ButtonLink to="/hetao/suggestions" data-testid="suggest-addition">
                    {t('actions.suggest')}
                  </ButtonLink>
                  <Typography.Text type="secondary">{t('actions.suggestHint')}</Typography.Text>
                </Space>
              )}
          </Space>
        }
      />

      {result.flags.map((flag) => (
        <FlagAlert key={flag.kind} flag={flag} result={result} />
      ))}

      {/* NOTE: the summary already says the working list is not the official one (and the tag
          marks it), so it is not said a third time here. */}

      <Card title={t('candidates.title')} size="small">
        {result.candidates.length === 0 ? (
          <Empty description={t('verdict.uncertain')} />
        ) : (
          <CandidateList
            candidates={result.candidates}
            script={script}
            uncertain={result.verdict === 'uncertain'}
          />
        )}
        {(result.tokens.length > 0 || result.quantities.length > 0) && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {result.tokens.length > 0 && t('understood', { tokens: result.tokens.join(' · ') })}
            {result.quantities.length > 0 && (
              <>
                {' '}
                {t('quantities', {
                  quantities: result.quantities.map((q) => `${q.value} ${q.unit}`).join(', '),
                })}
              </>
            )}
          </Typography.Paragraph>
        )}
      </Card>

      <Collapse
        size="small"
        items={[
          {
            key: 'clauses',
            label: t('clauses.title'),
            children: (
              <List
                size="small"
                dataSource={result.clauses}
                renderItem={(clause) => (
                  <List.Item key={clause.id} data-testid="lookup-clause">
                    <Space direction="vertical" size={2}>
                      <Space wrap>
                        <Tag color="blue">{clause.id}</Tag>
                        {clause.secondary && <Tag>{t('clauses.secondary')}</Tag>}
                      </Space>
                      <Typography.Text lang={script}>{clause.meaning[script]}</Typography.Text>
                      <Typography.Text type="secondary" italic lang="zh-Hant">
                        {clause.quote}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="lookup-source">
        {result.listVersion.isWorkingList ? t('source.workingList') : result.listVersion.title}
        {result.listVersion.effectiveDate &&
          ` · ${t('source.inForce', { date: dayjs(result.listVersion.effectiveDate).format('LL') })}`}
        {` · “${query}”`}
      </Typography.Text>
    </Space>
  );
}

/**
 * A flag: its name, origin, what it means and why, in the page's language; for biosafety, the
 * clause it rests on (B.R1) as the source has it.
 */
function FlagAlert({ flag, result }: { flag: LookupFlag; result: LookupResult }) {
  const { t } = useTranslation('hetaoLookup');
  const script = useAnswerScript();
  const clause = result.clauses.find((entry) => entry.id === flag.clause);
  return (
    <Alert
      type={flag.kind === 'excluded' ? 'error' : 'warning'}
      showIcon
      icon={flag.kind === 'excluded' ? <StopOutlined /> : <SafetyOutlined />}
      data-testid={`flag-${flag.kind}`}
      data-origin={flag.origin}
      message={
        <Space wrap>
          {t(`flags.${flag.kind}`)}
          {flag.origin && <Tag color="volcano">{t(`origins.${flag.origin}`)}</Tag>}
          <Tag>{flag.clause}</Tag>
        </Space>
      }
      description={
        <Space direction="vertical" size={4}>
          <span lang={script}>{flag.reason[script]}</span>
          {flag.kind === 'biosafety' && (
            <Typography.Text type="secondary">{t('flags.biosafetyHint')}</Typography.Text>
          )}
          {flag.kind === 'biosafety' && clause && (
            <Typography.Text type="secondary" italic lang="zh-Hant" data-testid="flag-quote">
              {flag.clause}：「{clause.quote}」
            </Typography.Text>
          )}
        </Space>
      }
    />
  );
}

/**
 * The plausible candidates (at least 60 % of the best score, as the verdict uses them) first;
 * weaker ones folded away under "other possibilities".
 */
function CandidateList({
  candidates,
  script,
  uncertain,
}: {
  candidates: LookupCandidate[];
  script: Script;
  uncertain: boolean;
}) {
  const { t } = useTranslation('hetaoLookup');
  const best = candidates[0]?.score ?? 0;
  const plausible = candidates.filter((candidate) => candidate.score >= best * 0.6);
  const others = candidates.filter((candidate) => candidate.score < best * 0.6);
  const render = (candidate: LookupCandidate) => (
    <CandidateItem candidate={candidate} script={script} uncertain={uncertain} />
  );
  return (
    <>
      <List<LookupCandidate> dataSource={plausible} renderItem={render} />
      {others.length > 0 && (
        <Collapse
          ghost
          size="small"
          items={[
            {
              key: 'others',
              label: t('candidates.more', { count: others.length }),
              children: <List<LookupCandidate> dataSource={others} renderItem={render} />,
            },
          ]}
        />
      )}
    </>
  );
}

function description(candidate: LookupCandidate, script: Script): string {
  if (script === 'en') return candidate.description.en;
  const zh = script === 'zh-Hant' ? candidate.description.zhHant : candidate.description.zh;
  return zh ?? candidate.description.en;
}

function CandidateItem({
  candidate,
  script,
  uncertain,
}: {
  candidate: LookupCandidate;
  script: Script;
  uncertain: boolean;
}) {
  const { t } = useTranslation('hetaoLookup');
  const item = candidate.listItem;
  const itemName = item
    ? script === 'en'
      ? (item.name.en ?? item.name['zh-Hans'])
      : item.name[script]
    : null;
  return (
    <List.Item key={candidate.hsCode} data-testid="lookup-candidate" data-code={candidate.hsCode}>
      <Space direction="vertical" size={6} style={{ width: '100%' }}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Space wrap>
            <Typography.Text code strong style={{ fontSize: 16 }}>
              {formatCode(candidate.hsCode)}
            </Typography.Text>
            {candidate.category && (
              <Tag color="geekblue">{t(`categories.${candidate.category}`)}</Tag>
            )}
            {candidate.coverage === 'none' && <Tag>{t('candidates.notOnList')}</Tag>}
            {candidate.coverage === 'partial' && (
              <Tag color="orange">{t('candidates.partial')}</Tag>
            )}
          </Space>
          <Space size={4} style={{ minWidth: 120 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('candidates.score')}
            </Typography.Text>
            {/* A match score, never a verdict: no ✓ and no "success" green at 100 %, and amber
                while the answer is uncertain. */}
            <Progress
              aria-label={t('candidates.score')}
              percent={Math.round(candidate.score * 100)}
              status="normal"
              format={(percent) => `${percent}%`}
              strokeColor={uncertain ? '#d48806' : undefined}
              size="small"
              style={{ width: 110, margin: 0 }}
            />
          </Space>
        </Flex>
        <Typography.Text lang={script}>
          {description(candidate, script)}
          {script !== 'en' && candidate.descriptionSource.zh === 'derived' && (
            <Typography.Text type="secondary"> {t('candidates.derived')}</Typography.Text>
          )}
          {script === 'en' && candidate.descriptionSource.en === 'hs2022-paraphrase' && (
            <Typography.Text type="secondary"> — {t('candidates.paraphrase')}</Typography.Text>
          )}
        </Typography.Text>
        {item && (
          <Typography.Text>
            <Typography.Text type="secondary">{t('candidates.onList')}</Typography.Text>
            <Tag>{item.itemId}</Tag>
            <span lang={script}>{itemName}</span>
            <Typography.Text type="secondary"> · {t(`regime.${item.regime}`)}</Typography.Text>
          </Typography.Text>
        )}
        {item && candidate.coverage === 'full' && (
          <DeclareFromLookup
            listItemId={item.itemId}
            hsCode={candidate.hsCode}
            description={itemName ?? description(candidate, script)}
          />
        )}
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {candidate.reasons.map((reason, index) => (
            <li key={index}>
              <ReasonLine reason={reason} script={script} />
            </li>
          ))}
        </ul>
      </Space>
    </List.Item>
  );
}

function ReasonLine({ reason, script }: { reason: LookupReason; script: Script }) {
  const { t } = useTranslation('hetaoLookup');
  return (
    <Typography.Text>
      <Tag
        color={
          reason.kind === 'precedent'
            ? 'green'
            : reason.kind === 'dictionary'
              ? 'purple'
              : 'default'
        }
      >
        {t(`reasons.${reason.kind}`)}
      </Tag>
      <span lang={script}>{reason.text[script]}</span>
      {reason.kind === 'precedent' && (
        <>
          {' '}
          <Typography.Text type="secondary">
            “{reason.question}” — {reason.reasoning}{' '}
          </Typography.Text>
          <Link to={`/hetao/precedents/${reason.precedentId}`}>{t('reasons.openPrecedent')}</Link>
        </>
      )}
    </Typography.Text>
  );
}
