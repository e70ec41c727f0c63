// The agency's desk (issue #17 items 1–2): scenarios and challenges, each with its dialogs.
// NOTE: ~940 lines, over the 800 a file is held to. Not split yet: the scenario half and the
// challenge half share the page's state and reload; they should become ScenarioDesk.tsx and
// ChallengeDesk.tsx with the dialogs beside them (the duplicated dialog shapes the duplicates tool
// lists inside this file would then share one form helper). Left for the next change here.
import {
  App as AntApp,
  Button,
  Card,
  Collapse,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Radio,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, submitFailure, upload } from '../../api/client';
import { apiClient, type ApiSchema } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import {
  type Challenge,
  type Consortium,
  ConsortiumStatusTag,
  DemoTag,
  formatFen,
  localised,
  type Proposal,
  ProposalStatusTag,
  type Scenario,
  threeLanguages,
} from './parts';

const isoDate = (value: Dayjs) => value.format('YYYY-MM-DD');

/**
 * The department officer's desk (agency): publish scenarios (A.P6) and challenges (A.P10), decide
 * proposals with reasons, attach evidence and record products in use, judge demonstration
 * projects (A.P7) criterion by criterion, assign panels, verify start-ups, choose winners and
 * accept milestones (驗收).
 */
export default function AgencyPage() {
  const { t } = useTranslation('scenarios');
  const scenarios = useApi((signal) => apiClient.GET('/scenarios', { signal }), []);
  const challenges = useApi((signal) => apiClient.GET('/challenges', { signal }), []);
  const [publishing, setPublishing] = useState<'scenario' | 'challenge' | null>(null);
  const failure = scenarios.error ?? challenges.error;
  if (failure && !(scenarios.data && challenges.data))
    return <LoadFailed error={failure} onRetry={() => (scenarios.reload(), challenges.reload())} />;
  return (
    <>
      <PageHeading
        title={t('titles.agency')}
        description={t('agency.description')}
        extra={
          <Space wrap>
            <Button
              type="primary"
              data-testid="publish-scenario"
              onClick={() => setPublishing('scenario')}
            >
              {t('agency.publishScenario')}
            </Button>
            <Button data-testid="publish-challenge" onClick={() => setPublishing('challenge')}>
              {t('agency.publishChallenge')}
            </Button>
          </Space>
        }
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('browse.scenariosTab')}>
          {(scenarios.data ?? []).length === 0 ? (
            <Empty description={t('browse.noScenarios')} />
          ) : (
            <Collapse
              items={(scenarios.data ?? []).map((scenario) => ({
                key: scenario.id,
                label: (
                  <Space wrap data-testid="agency-scenario" data-title={scenario.title['zh-Hans']}>
                    {localised(scenario.title)}
                    <DemoTag demo={scenario.demo} />
                  </Space>
                ),
                children: <ScenarioProposals scenario={scenario} />,
              }))}
            />
          )}
        </Card>
        <Card title={t('browse.challengesTab')}>
          {(challenges.data ?? []).length === 0 ? (
            <Empty description={t('browse.noChallenges')} />
          ) : (
            <Collapse
              items={(challenges.data ?? []).map((challenge) => ({
                key: challenge.id,
                label: (
                  <Space
                    wrap
                    data-testid="agency-challenge"
                    data-title={challenge.title['zh-Hans']}
                  >
                    {localised(challenge.title)}
                    <Tag>{t(`challengeStatus.${challenge.status}`)}</Tag>
                    <DemoTag demo={challenge.demo} />
                  </Space>
                ),
                children: (
                  <ChallengeConsortia challenge={challenge} onChanged={challenges.reload} />
                ),
              }))}
            />
          )}
        </Card>
      </Space>
      {publishing === 'scenario' && (
        <PublishScenarioDialog
          onClose={(published) => {
            setPublishing(null);
            if (published) scenarios.reload();
          }}
        />
      )}
      {publishing === 'challenge' && (
        <PublishChallengeDialog
          onClose={(published) => {
            setPublishing(null);
            if (published) challenges.reload();
          }}
        />
      )}
    </>
  );
}

/** One text in three languages: three inputs under `name`. */
function ThreeLanguageItems({
  name,
  label,
  rows,
}: {
  name: (string | number)[];
  label: ReactNode;
  rows?: number;
}) {
  return (
    <Form.Item label={label} required>
      {threeLanguages.map((language) => (
        <Form.Item key={language} name={[...name, language]} rules={[{ required: true }]} noStyle>
          {rows ? (
            <Input.TextArea
              rows={rows}
              placeholder={language}
              style={{ marginBottom: 4 }}
              data-testid={`${name.join('-')}-${language}`}
            />
          ) : (
            <Input
              placeholder={language}
              style={{ marginBottom: 4 }}
              data-testid={`${name.join('-')}-${language}`}
            />
          )}
        </Form.Item>
      ))}
    </Form.Item>
  );
}

function PublishScenarioDialog({ onClose }: { onClose: (published: boolean) => void }) {
  const { t } = useTranslation('scenarios');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  const submit = async (
    values: Record<string, unknown> & {
      timelineStartsOn: Dayjs;
      timelineEndsOn: Dayjs;
      proposalsCloseOn: Dayjs;
    },
  ) => {
    try {
      await apiClient.POST('/scenarios', {
        body: {
          ...(values as unknown as ApiSchema<'Scenario'>),
          timelineStartsOn: isoDate(values.timelineStartsOn),
          timelineEndsOn: isoDate(values.timelineEndsOn),
          proposalsCloseOn: isoDate(values.proposalsCloseOn),
        },
      });
      void message.success(t('agency.done'));
      onClose(true);
    } catch (error) {
      const text = submitFailure(form, error);
      if (text) void message.error(text);
    }
  };
  return (
    <Modal
      open
      width={720}
      title={t('agency.publishScenario')}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'publish-scenario-submit' } as never}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
    >
      <Typography.Paragraph type="secondary">{t('agency.inThreeLanguages')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          domain: 'city-governance',
          timelineStartsOn: dayjs(),
          timelineEndsOn: dayjs().add(1, 'year'),
          proposalsCloseOn: dayjs().add(3, 'month'),
          demonstrationCriteria: [
            {
              id: 'results',
              label: { 'zh-Hans': '实际成效', 'zh-Hant': '實際成效', en: 'Results in use' },
            },
            {
              id: 'replicable',
              label: { 'zh-Hans': '可推广复制', 'zh-Hant': '可推廣複製', en: 'Replicable' },
            },
          ],
        }}
      >
        <ThreeLanguageItems name={['title']} label={t('agency.title')} />
        <ThreeLanguageItems name={['problem']} label={t('agency.problem')} rows={2} />
        <ThreeLanguageItems name={['dataAndAccess']} label={t('browse.dataAndAccess')} rows={2} />
        <ThreeLanguageItems name={['department']} label={t('browse.department')} />
        <Form.Item name="domain" label={t('browse.scenariosTab')}>
          <Radio.Group
            options={(['city-governance', 'public-services'] as const).map((domain) => ({
              value: domain,
              label: t(`domain.${domain}`),
            }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="timelineStartsOn"
            label={t('agency.timelineStarts')}
            rules={[{ required: true }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="timelineEndsOn"
            label={t('agency.timelineEnds')}
            rules={[{ required: true }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="proposalsCloseOn"
            label={t('agency.proposalsClose')}
            rules={[{ required: true }]}
          >
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="contact" label={t('browse.contact')} rules={[{ required: true }]}>
          <Input data-testid="scenario-contact" />
        </Form.Item>
        <Form.List name="demonstrationCriteria">
          {(fields) =>
            fields.map((field) => (
              <Space key={field.key} align="start" wrap>
                <Form.Item name={[field.name, 'id']} label={t('agency.criterionId')}>
                  <Input style={{ width: 120 }} />
                </Form.Item>
                <ThreeLanguageItems
                  name={[field.name, 'label']}
                  label={`${t('browse.demonstration')} · ${t('agency.criterionLabel')}`}
                />
              </Space>
            ))
          }
        </Form.List>
      </Form>
    </Modal>
  );
}

function PublishChallengeDialog({ onClose }: { onClose: (published: boolean) => void }) {
  const { t } = useTranslation('scenarios');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  const submit = async (values: {
    budgetYuan: number;
    submissionDeadlineOn: Dayjs;
    phases: { name: Scenario['title']; endsOn: Dayjs }[];
    criteria: Challenge['criteria'];
    title: Scenario['title'];
    goals: Scenario['title'];
    department: Scenario['title'];
  }) => {
    try {
      await apiClient.POST('/challenges', {
        body: {
          title: values.title,
          goals: values.goals,
          department: values.department,
          budgetCeilingFen: Math.round(values.budgetYuan * 100),
          submissionDeadlineOn: isoDate(values.submissionDeadlineOn),
          phases: values.phases.map((phase) => ({
            name: phase.name,
            endsOn: isoDate(phase.endsOn),
          })),
          criteria: values.criteria,
        },
      });
      void message.success(t('agency.done'));
      onClose(true);
    } catch (error) {
      const text = submitFailure(form, error);
      if (text) void message.error(text);
    }
  };
  const deadline = dayjs().add(3, 'month');
  return (
    <Modal
      open
      width={720}
      title={t('agency.publishChallenge')}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'publish-challenge-submit' } as never}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          budgetYuan: 30_000_000,
          submissionDeadlineOn: deadline,
          phases: [
            { name: { 'zh-Hans': '揭榜', 'zh-Hant': '揭榜', en: 'Submission' }, endsOn: deadline },
            {
              name: {
                'zh-Hans': '攻关与验收',
                'zh-Hant': '攻關與驗收',
                en: 'Research and acceptance',
              },
              endsOn: deadline.add(2, 'year'),
            },
          ],
          criteria: [
            {
              id: 'technical',
              label: { 'zh-Hans': '技术路线', 'zh-Hant': '技術路線', en: 'Technical approach' },
              maxScore: 60,
            },
            {
              id: 'consortium',
              label: {
                'zh-Hans': '联合体与团队',
                'zh-Hant': '聯合體與團隊',
                en: 'Consortium and team',
              },
              maxScore: 40,
            },
          ],
        }}
      >
        <ThreeLanguageItems name={['title']} label={t('agency.title')} />
        <ThreeLanguageItems name={['goals']} label={t('agency.goals')} rows={2} />
        <ThreeLanguageItems name={['department']} label={t('browse.department')} />
        <Space wrap>
          <Form.Item name="budgetYuan" label={t('agency.budgetYuan')} rules={[{ required: true }]}>
            <InputNumber
              min={1}
              max={30_000_000}
              precision={2}
              style={{ width: 200 }}
              data-testid="challenge-budget"
            />
          </Form.Item>
          <Form.Item
            name="submissionDeadlineOn"
            label={t('agency.deadline')}
            rules={[{ required: true }]}
          >
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.List name="phases">
          {(fields) =>
            fields.map((field) => (
              <Space key={field.key} align="start" wrap>
                <ThreeLanguageItems name={[field.name, 'name']} label={t('agency.phaseName')} />
                <Form.Item name={[field.name, 'endsOn']} label={t('agency.phaseEnds')}>
                  <DatePicker />
                </Form.Item>
              </Space>
            ))
          }
        </Form.List>
        <Form.List name="criteria">
          {(fields) =>
            fields.map((field) => (
              <Space key={field.key} align="start" wrap>
                <Form.Item name={[field.name, 'id']} label={t('agency.criterionId')}>
                  <Input style={{ width: 120 }} />
                </Form.Item>
                <ThreeLanguageItems
                  name={[field.name, 'label']}
                  label={t('agency.criterionLabel')}
                />
                <Form.Item name={[field.name, 'maxScore']} label={t('agency.maxScore')}>
                  <InputNumber min={1} max={100} />
                </Form.Item>
              </Space>
            ))
          }
        </Form.List>
      </Form>
    </Modal>
  );
}

type Decision =
  | { kind: 'shortlist' | 'decline' | 'start-pilot'; proposal: Proposal }
  | { kind: 'in-use'; proposal: Proposal }
  | { kind: 'demonstration'; proposal: Proposal };

function ScenarioProposals({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation('scenarios');
  const { message } = AntApp.useApp();
  const proposals = useApi(
    (signal) =>
      apiClient.GET('/scenarios/{scenarioId}/proposals', {
        params: { path: { scenarioId: scenario.id } },
        signal,
      }),
    [scenario.id],
  );
  const [deciding, setDeciding] = useState<Decision | null>(null);
  return (
    <>
      <List<Proposal>
        dataSource={proposals.data ?? []}
        loading={proposals.loading}
        locale={{ emptyText: <Empty description={t('common.none')} /> }}
        renderItem={(proposal) => {
          const actions: ReactNode[] = [];
          const decide = (kind: Decision['kind'], label: string, testId: string) => (
            <Button
              key={kind}
              size="small"
              data-testid={testId}
              onClick={() => setDeciding({ kind, proposal } as Decision)}
            >
              {label}
            </Button>
          );
          if (proposal.status === 'submitted')
            actions.push(decide('shortlist', t('agency.shortlist'), 'shortlist'));
          if (proposal.status === 'shortlisted')
            actions.push(decide('start-pilot', t('agency.startPilot'), 'start-pilot'));
          if (['submitted', 'shortlisted', 'piloting'].includes(proposal.status))
            actions.push(decide('decline', t('agency.decline'), 'decline'));
          if (proposal.status === 'piloting') {
            actions.push(
              <Upload
                key="evidence"
                showUploadList={false}
                customRequest={({ file }) => {
                  const form = new FormData();
                  form.append('purpose', 'in-use-evidence');
                  form.append('file', file as Blob);
                  upload(`/scenarios/proposals/${proposal.id}/attachments`, form).then(
                    () => proposals.reload(),
                    (error: unknown) => void message.error(describeError(error)),
                  );
                }}
              >
                <Button size="small" data-testid="upload-evidence">
                  {t('agency.evidence')}
                </Button>
              </Upload>,
              decide('in-use', t('agency.recordInUse'), 'record-in-use'),
            );
          }
          if (
            (proposal.status === 'piloting' || proposal.status === 'in_use') &&
            !proposal.demonstration
          )
            actions.push(decide('demonstration', t('agency.recognise'), 'recognise'));
          return (
            <List.Item data-testid="agency-proposal" actions={actions}>
              <List.Item.Meta
                title={
                  <Space wrap>
                    {proposal.organisationName}
                    <ProposalStatusTag status={proposal.status} />
                  </Space>
                }
                description={
                  <>
                    <div>{proposal.summary}</div>
                    <div>
                      {t('browse.approach')}: {proposal.approach}
                    </div>
                    <div>
                      {t('browse.team')}: {proposal.team}
                    </div>
                    {proposal.inUseSince && (
                      <div>
                        {t('browse.inUseSince')}: {proposal.inUseSince}
                      </div>
                    )}
                    {proposal.attachments.map((file) => (
                      <a
                        key={file.id}
                        href={`/api/v1/scenarios/proposals/${proposal.id}/attachments/${file.id}`}
                        style={{ marginRight: 8 }}
                      >
                        {file.fileName}
                      </a>
                    ))}
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
      {deciding && (
        <DecisionDialog
          decision={deciding}
          scenario={scenario}
          onClose={(changed) => {
            setDeciding(null);
            if (changed) proposals.reload();
          }}
        />
      )}
    </>
  );
}

function DecisionDialog({
  decision,
  scenario,
  onClose,
}: {
  decision: Decision;
  scenario: Scenario;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation('scenarios');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  const path = { proposalId: decision.proposal.id };
  const submit = async (values: {
    reason: string;
    inUseSince?: Dayjs;
    recognised?: boolean;
    judgements?: { criterionId: string; met: boolean; reason: string }[];
  }) => {
    try {
      if (decision.kind === 'in-use')
        await apiClient.POST('/scenarios/proposals/{proposalId}/in-use', {
          params: { path },
          body: { reason: values.reason, inUseSince: isoDate(values.inUseSince ?? dayjs()) },
        });
      else if (decision.kind === 'demonstration')
        await apiClient.POST('/scenarios/proposals/{proposalId}/demonstration', {
          params: { path },
          body: {
            reason: values.reason,
            recognised: values.recognised ?? false,
            judgements: values.judgements ?? [],
          },
        });
      else
        await apiClient.POST('/scenarios/proposals/{proposalId}/decision', {
          params: { path },
          body: { action: decision.kind, reason: values.reason },
        });
      onClose(true);
    } catch (error) {
      const text = submitFailure(form, error);
      if (text) void message.error(text);
    }
  };
  const title = {
    shortlist: t('agency.shortlist'),
    decline: t('agency.decline'),
    'start-pilot': t('agency.startPilot'),
    'in-use': t('agency.recordInUse'),
    demonstration: t('agency.recognise'),
  }[decision.kind];
  return (
    <Modal
      open
      title={`${title} · ${decision.proposal.organisationName}`}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'decision-submit' } as never}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          inUseSince: dayjs(),
          recognised: false,
          judgements: scenario.demonstrationCriteria.map((criterion) => ({
            criterionId: criterion.id,
            met: false,
            reason: '',
          })),
        }}
      >
        {decision.kind === 'in-use' && (
          <Form.Item name="inUseSince" label={t('browse.inUseSince')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        )}
        {decision.kind === 'demonstration' && (
          <>
            <Form.List name="judgements">
              {(fields) =>
                fields.map((field, index) => (
                  <Card key={field.key} size="small" style={{ marginBottom: 8 }}>
                    <Typography.Text strong>
                      {localised(scenario.demonstrationCriteria[index]?.label)}
                    </Typography.Text>
                    <Form.Item
                      name={[field.name, 'met']}
                      valuePropName="checked"
                      label={t('agency.met')}
                    >
                      <Switch data-testid={`criterion-met-${index}`} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'reason']}
                      label={t('common.reason')}
                      rules={[{ required: true }]}
                    >
                      <Input data-testid={`criterion-reason-${index}`} />
                    </Form.Item>
                  </Card>
                ))
              }
            </Form.List>
            <Form.Item name="recognised" valuePropName="checked" label={t('agency.recogniseYes')}>
              <Switch data-testid="recognised" />
            </Form.Item>
          </>
        )}
        <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="decision-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ChallengeConsortia({
  challenge,
  onChanged,
}: {
  challenge: Challenge;
  onChanged: () => void;
}) {
  const { t } = useTranslation('scenarios');
  const { message } = AntApp.useApp();
  const path = { challengeId: challenge.id };
  const consortia = useApi(
    (signal) => apiClient.GET('/challenges/{challengeId}/consortia', { params: { path }, signal }),
    [challenge.id],
  );
  const panel = useApi(
    (signal) => apiClient.GET('/challenges/{challengeId}/panel', { params: { path }, signal }),
    [challenge.id],
  );
  const reviewers = useApi((signal) => apiClient.GET('/challenges/reviewers', { signal }), []);
  const [choosing, setChoosing] = useState<Consortium | null>(null);
  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      consortia.reload();
    } catch (error) {
      void message.error(describeError(error));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text>
        {t('browse.budgetCeiling')}: {formatFen(challenge.budgetCeilingFen)} ·{' '}
        {t('browse.deadline')}: {challenge.submissionDeadlineOn}
      </Typography.Text>
      <Space wrap>
        <Typography.Text>{t('agency.panel')}:</Typography.Text>
        <Select
          mode="multiple"
          style={{ minWidth: 320 }}
          data-testid="panel-select"
          value={(panel.data ?? []).map((row) => row.accountId)}
          options={(reviewers.data ?? []).map((row) => ({
            value: row.accountId,
            label: `${row.displayName} <${row.email}>`,
          }))}
          onChange={async (ids: string[]) => {
            if (ids.length === 0) return;
            try {
              panel.setData(
                await apiClient.PUT('/challenges/{challengeId}/panel', {
                  params: { path },
                  body: { reviewerAccountIds: ids },
                }),
              );
            } catch (error) {
              void message.error(describeError(error));
            }
          }}
        />
      </Space>
      <List<Consortium>
        dataSource={consortia.data ?? []}
        locale={{ emptyText: <Empty description={t('common.none')} /> }}
        renderItem={(consortium) => (
          <List.Item data-testid="agency-consortium">
            <Card
              size="small"
              style={{ width: '100%' }}
              title={
                <Space wrap>
                  {
                    consortium.members.find((member) => member.roles.includes('lead'))
                      ?.organisationName
                  }
                  <ConsortiumStatusTag status={consortium.status} />
                </Space>
              }
              extra={
                challenge.status === 'open' &&
                consortium.status === 'submitted' && (
                  <Button
                    type="primary"
                    size="small"
                    data-testid="choose-winner"
                    onClick={() => setChoosing(consortium)}
                  >
                    {t('agency.chooseWinner')}
                  </Button>
                )
              }
            >
              <Typography.Paragraph>{consortium.proposal}</Typography.Paragraph>
              {consortium.members.map((member) => (
                <div key={member.organisationId}>
                  {member.organisationName} ·{' '}
                  {member.roles.map((role) => t(`memberRole.${role}`)).join(' / ')} ·{' '}
                  {t(`memberStatus.${member.status}`)}
                  {member.roles.includes('start-up') &&
                    member.status === 'accepted' &&
                    (member.startupVerified ? (
                      <Tag color="green" style={{ marginLeft: 8 }}>
                        ✓ {t('agency.verifyStartup')}
                      </Tag>
                    ) : (
                      <Button
                        size="small"
                        style={{ marginLeft: 8 }}
                        data-testid="verify-startup"
                        onClick={() =>
                          void act(() =>
                            apiClient.POST(
                              '/challenges/consortia/{consortiumId}/members/{organisationId}/startup-verification',
                              {
                                params: {
                                  path: {
                                    consortiumId: consortium.id,
                                    organisationId: member.organisationId,
                                  },
                                },
                                body: { note: t('agency.verifyStartup') },
                              },
                            ),
                          )
                        }
                      >
                        {t('agency.verifyStartup')}
                      </Button>
                    ))}
                </div>
              ))}
              {(consortium.scores ?? []).length > 0 && (
                <Typography.Paragraph style={{ marginTop: 8 }}>
                  {t('agency.scores')}:{' '}
                  {(consortium.scores ?? [])
                    .map((score) => `${score.total}（${score.comment}）`)
                    .join('; ')}
                </Typography.Paragraph>
              )}
              {consortium.milestones.map((milestone) => (
                <div key={milestone.id} data-testid="milestone" data-status={milestone.status}>
                  {milestone.sequence}. {milestone.title} ({milestone.dueOn}) ·{' '}
                  {t(`milestoneStatus.${milestone.status}`)}
                  {milestone.status === 'pending' && (
                    <Space style={{ marginLeft: 8 }}>
                      <Button
                        size="small"
                        data-testid="accept-milestone"
                        onClick={() =>
                          void act(() =>
                            apiClient.POST('/challenges/milestones/{milestoneId}/acceptance', {
                              params: { path: { milestoneId: milestone.id } },
                              body: { accepted: true, reason: t('agency.acceptMilestone') },
                            }),
                          )
                        }
                      >
                        {t('agency.acceptMilestone')}
                      </Button>
                    </Space>
                  )}
                </div>
              ))}
            </Card>
          </List.Item>
        )}
      />
      {choosing && (
        <WinnerDialog
          challenge={challenge}
          consortium={choosing}
          onClose={(changed) => {
            setChoosing(null);
            if (changed) {
              consortia.reload();
              onChanged();
            }
          }}
        />
      )}
    </Space>
  );
}

function WinnerDialog({
  challenge,
  consortium,
  onClose,
}: {
  challenge: Challenge;
  consortium: Consortium;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation('scenarios');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  const submit = async (values: {
    reason: string;
    milestones: { title: string; dueOn: Dayjs }[];
  }) => {
    try {
      await apiClient.POST('/challenges/{challengeId}/winner', {
        params: { path: { challengeId: challenge.id } },
        body: {
          consortiumId: consortium.id,
          reason: values.reason,
          milestones: values.milestones.map((row) => ({
            title: row.title,
            dueOn: isoDate(row.dueOn),
          })),
        },
      });
      onClose(true);
    } catch (error) {
      const text = submitFailure(form, error);
      if (text) void message.error(text);
    }
  };
  return (
    <Modal
      open
      title={t('agency.chooseWinner')}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'winner-submit' } as never}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ milestones: [{ title: '', dueOn: dayjs().add(1, 'year') }] }}
      >
        <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="winner-reason" />
        </Form.Item>
        <Form.List name="milestones">
          {(fields, { add }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'title']}
                    label={t('agency.milestoneTitle')}
                    rules={[{ required: true }]}
                  >
                    <Input data-testid={`milestone-title-${index}`} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'dueOn']}
                    label={t('agency.dueOn')}
                    rules={[{ required: true }]}
                  >
                    <DatePicker />
                  </Form.Item>
                </Space>
              ))}
              <Button onClick={() => add({ title: '', dueOn: dayjs().add(2, 'year') })}>
                {t('agency.addMilestone')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
