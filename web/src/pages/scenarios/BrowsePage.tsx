import {
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { describeError, submitFailure, upload } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import { useSession } from '../../session/session-context';
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
} from './parts';

/**
 * Published scenarios (A.P6) and challenges (A.P10) for anyone; a founder also subscribes,
 * proposes for their company, forms and answers consortia, and starts the funding a record
 * unlocks (prefilled, evidence attached).
 */
export default function BrowsePage() {
  const { t } = useTranslation('scenarios');
  const session = useSession();
  const founder = session.roles.includes('founder');
  const signedIn = session.me !== null;
  const scenarios = useApi((signal) => apiClient.GET('/scenarios', { signal }), []);
  const challenges = useApi((signal) => apiClient.GET('/challenges', { signal }), []);
  const failure = scenarios.error ?? challenges.error;
  if (failure && !(scenarios.data && challenges.data))
    return (
      <LoadFailed
        error={failure}
        onRetry={() => {
          scenarios.reload();
          challenges.reload();
        }}
      />
    );
  return (
    <>
      <PageHeading title={t('titles.browse')} description={t('browse.description')} />
      <Tabs
        items={[
          {
            key: 'scenarios',
            label: t('browse.scenariosTab'),
            children: <ScenarioList scenarios={scenarios.data ?? []} founder={founder} />,
          },
          {
            key: 'challenges',
            label: t('browse.challengesTab'),
            children: <ChallengeList challenges={challenges.data ?? []} canJoin={signedIn} />,
          },
          ...(signedIn
            ? [
                {
                  key: 'mine',
                  label: t('browse.mineTab'),
                  children: <Mine founder={founder} />,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

/** Chooses the first of the caller's organisations once they have loaded (if none is chosen). */
function useFirstCompany(
  form: ReturnType<typeof Form.useForm>[0],
  organisations: { id: string }[] | undefined,
  field: string,
) {
  useEffect(() => {
    const first = organisations?.[0];
    if (first && !form.getFieldValue(field)) form.setFieldsValue({ [field]: first.id });
  }, [form, organisations, field]);
}

function useCompanies() {
  return useApi((signal) => apiClient.GET('/organisations', { signal }), []);
}

function ScenarioList({ scenarios, founder }: { scenarios: Scenario[]; founder: boolean }) {
  const { t } = useTranslation('scenarios');
  const { message } = AntApp.useApp();
  const [proposingTo, setProposingTo] = useState<Scenario | null>(null);
  const subscriptions = useApi(
    (signal) =>
      founder
        ? apiClient.GET('/scenarios/subscriptions', { signal })
        : Promise.resolve({ domains: [] as Scenario['domain'][] }),
    [founder],
  );
  const domains = subscriptions.data?.domains ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {founder && (
        <Card size="small" title={t('browse.subscribe')}>
          <Checkbox.Group
            data-testid="scenario-subscriptions"
            value={domains}
            options={(['city-governance', 'public-services'] as const).map((domain) => ({
              value: domain,
              label: t(`domain.${domain}`),
            }))}
            onChange={async (values) => {
              try {
                subscriptions.setData(
                  await apiClient.PUT('/scenarios/subscriptions', {
                    body: { domains: values as Scenario['domain'][] },
                  }),
                );
                void message.success(t('browse.subscribed'));
              } catch (error) {
                void message.error(describeError(error));
              }
            }}
          />
        </Card>
      )}
      <List<Scenario>
        dataSource={scenarios}
        locale={{ emptyText: <Empty description={t('browse.noScenarios')} /> }}
        renderItem={(scenario) => (
          <List.Item
            data-testid="scenario"
            data-title={scenario.title['zh-Hans']}
            actions={
              founder && scenario.acceptingProposals
                ? [
                    <Button
                      key="propose"
                      type="primary"
                      data-testid="propose"
                      onClick={() => setProposingTo(scenario)}
                    >
                      {t('browse.propose')}
                    </Button>,
                  ]
                : []
            }
          >
            <Card
              size="small"
              style={{ width: '100%' }}
              title={
                <Space wrap>
                  {localised(scenario.title)}
                  <Tag>{t(`domain.${scenario.domain}`)}</Tag>
                  <DemoTag demo={scenario.demo} />
                </Space>
              }
            >
              <Typography.Paragraph>{localised(scenario.problem)}</Typography.Paragraph>
              <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label={t('browse.department')}>
                  {localised(scenario.department)}
                </Descriptions.Item>
                <Descriptions.Item label={t('browse.proposalsClose')}>
                  {scenario.proposalsCloseOn}
                  {!scenario.acceptingProposals && <Tag>{t('browse.closed')}</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label={t('browse.timeline')}>
                  {scenario.timelineStartsOn} — {scenario.timelineEndsOn}
                </Descriptions.Item>
                <Descriptions.Item label={t('browse.contact')}>
                  {scenario.contact}
                </Descriptions.Item>
                <Descriptions.Item label={t('browse.dataAndAccess')} span={2}>
                  {localised(scenario.dataAndAccess)}
                </Descriptions.Item>
                <Descriptions.Item label={t('common.clauses')}>
                  {scenario.clauses.join(', ')}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </List.Item>
        )}
      />
      {proposingTo && <ProposeDialog scenario={proposingTo} onClose={() => setProposingTo(null)} />}
    </Space>
  );
}

function ProposeDialog({ scenario, onClose }: { scenario: Scenario; onClose: () => void }) {
  const { t } = useTranslation('scenarios');
  const { message } = AntApp.useApp();
  const companies = useCompanies();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  useFirstCompany(form, companies.data, 'organisationId');
  const submit = async (values: {
    organisationId: string;
    summary: string;
    approach: string;
    team: string;
  }) => {
    setBusy(true);
    try {
      await apiClient.POST('/scenarios/{scenarioId}/proposals', {
        params: { path: { scenarioId: scenario.id } },
        body: values,
      });
      void message.success(t('browse.proposed'));
      onClose();
    } catch (error) {
      const text = submitFailure(form, error);
      if (text) void message.error(text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={`${t('browse.propose')} · ${localised(scenario.title)}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: busy, 'data-testid': 'propose-submit' } as never}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
    >
      {companies.data && companies.data.length === 0 ? (
        <Empty description={t('common.noCompany')} />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="organisationId"
            label={t('common.chooseCompany')}
            rules={[{ required: true }]}
          >
            <Select
              options={(companies.data ?? []).map((row) => ({ value: row.id, label: row.name }))}
            />
          </Form.Item>
          <Form.Item name="summary" label={t('browse.summary')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} data-testid="proposal-summary" />
          </Form.Item>
          <Form.Item name="approach" label={t('browse.approach')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} data-testid="proposal-approach" />
          </Form.Item>
          <Form.Item name="team" label={t('browse.team')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} data-testid="proposal-team" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

function ChallengeList({ challenges, canJoin }: { challenges: Challenge[]; canJoin: boolean }) {
  const { t } = useTranslation('scenarios');
  const [forming, setForming] = useState<Challenge | null>(null);
  return (
    <>
      <List<Challenge>
        dataSource={challenges}
        locale={{ emptyText: <Empty description={t('browse.noChallenges')} /> }}
        renderItem={(challenge) => (
          <List.Item
            data-testid="challenge"
            data-title={challenge.title['zh-Hans']}
            actions={
              canJoin && challenge.acceptingSubmissions
                ? [
                    <Button
                      key="form"
                      data-testid="form-consortium"
                      onClick={() => setForming(challenge)}
                    >
                      {t('browse.formConsortium')}
                    </Button>,
                  ]
                : []
            }
          >
            <Card
              size="small"
              style={{ width: '100%' }}
              title={
                <Space wrap>
                  {localised(challenge.title)}
                  <Tag>{t(`challengeStatus.${challenge.status}`)}</Tag>
                  <DemoTag demo={challenge.demo} />
                </Space>
              }
            >
              <Typography.Paragraph>{localised(challenge.goals)}</Typography.Paragraph>
              <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                <Descriptions.Item label={t('browse.department')}>
                  {localised(challenge.department)}
                </Descriptions.Item>
                <Descriptions.Item label={t('browse.budgetCeiling')}>
                  {formatFen(challenge.budgetCeilingFen)}
                </Descriptions.Item>
                <Descriptions.Item label={t('browse.deadline')}>
                  {challenge.submissionDeadlineOn}
                  {!challenge.acceptingSubmissions && <Tag>{t('browse.closed')}</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label={t('browse.phases')}>
                  {challenge.phases
                    .map((phase) => `${localised(phase.name)} (${phase.endsOn})`)
                    .join('; ')}
                </Descriptions.Item>
                <Descriptions.Item label={t('browse.criteria')} span={2}>
                  {challenge.criteria
                    .map((criterion) => `${localised(criterion.label)} (${criterion.maxScore})`)
                    .join('; ')}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </List.Item>
        )}
      />
      {forming && <FormConsortiumDialog challenge={forming} onClose={() => setForming(null)} />}
    </>
  );
}

function FormConsortiumDialog({
  challenge,
  onClose,
}: {
  challenge: Challenge;
  onClose: () => void;
}) {
  const { t } = useTranslation('scenarios');
  const { message } = AntApp.useApp();
  const organisations = useCompanies();
  const [form] = Form.useForm();
  useFirstCompany(form, organisations.data, 'leadOrganisationId');
  const submit = async (values: {
    leadOrganisationId: string;
    leadRoles: ('research-partner' | 'start-up' | 'other')[] | undefined;
    proposal: string;
  }) => {
    try {
      await apiClient.POST('/challenges/{challengeId}/consortia', {
        params: { path: { challengeId: challenge.id } },
        body: { ...values, leadRoles: values.leadRoles ?? [] },
      });
      onClose();
    } catch (error) {
      const text = submitFailure(form, error);
      if (text) void message.error(text);
    }
  };
  return (
    <Modal
      open
      title={`${t('browse.formConsortium')} · ${localised(challenge.title)}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'form-consortium-submit' } as never}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ leadRoles: ['start-up'] }}
      >
        <Form.Item
          name="leadOrganisationId"
          label={t('common.chooseCompany')}
          rules={[{ required: true }]}
        >
          <Select
            options={(organisations.data ?? []).map((row) => ({ value: row.id, label: row.name }))}
          />
        </Form.Item>
        <Form.Item name="leadRoles" label={t('browse.leadRoles')}>
          <Checkbox.Group
            options={(['start-up', 'research-partner'] as const).map((role) => ({
              value: role,
              label: t(`memberRole.${role}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="proposal" label={t('browse.proposal')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} data-testid="consortium-proposal" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A founder's proposals and the consortia of their organisations, with what each can do now. */
function Mine({ founder }: { founder: boolean }) {
  const { t } = useTranslation('scenarios');
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const proposals = useApi(
    (signal) =>
      founder ? apiClient.GET('/scenarios/proposals/mine', { signal }) : Promise.resolve([]),
    [founder],
  );
  const consortia = useApi((signal) => apiClient.GET('/challenges/consortia/mine', { signal }), []);
  const organisations = useCompanies();
  const myOrganisationIds = new Set((organisations.data ?? []).map((row) => row.id));
  const act = async (run: () => Promise<unknown>, reload: () => void) => {
    try {
      await run();
      reload();
    } catch (error) {
      void message.error(describeError(error));
    }
  };
  const startFunding = async (
    proposal: Proposal,
    policyId: 'scenario.gov-deployment' | 'scenario.demonstration',
  ) => {
    try {
      const started = await apiClient.POST(
        '/scenarios/proposals/{proposalId}/funding-application',
        {
          params: { path: { proposalId: proposal.id } },
          body: { policyId },
        },
      );
      navigate(`/applications/${started.applicationId}`);
    } catch (error) {
      void message.error(describeError(error));
    }
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {founder && (
        <Card title={t('browse.myProposals')} data-testid="my-proposals">
          <List<Proposal>
            dataSource={proposals.data ?? []}
            locale={{ emptyText: <Empty description={t('common.none')} /> }}
            renderItem={(proposal) => (
              <List.Item
                data-testid="my-proposal"
                actions={[
                  <Upload
                    key="attach"
                    showUploadList={false}
                    customRequest={({ file }) => {
                      const form = new FormData();
                      form.append('file', file as Blob);
                      void act(
                        () => upload(`/scenarios/proposals/${proposal.id}/attachments`, form),
                        proposals.reload,
                      );
                    }}
                  >
                    <Button size="small">{t('browse.attach')}</Button>
                  </Upload>,
                  ...(proposal.status === 'in_use'
                    ? [
                        <Button
                          key="deployment"
                          type="primary"
                          size="small"
                          data-testid="apply-deployment"
                          onClick={() => void startFunding(proposal, 'scenario.gov-deployment')}
                        >
                          {proposal.deploymentApplicationId
                            ? t('browse.openApplication')
                            : t('browse.applyDeployment')}
                        </Button>,
                      ]
                    : []),
                  ...(proposal.demonstration?.recognised
                    ? [
                        <Button
                          key="demonstration"
                          size="small"
                          data-testid="apply-demonstration"
                          onClick={() => void startFunding(proposal, 'scenario.demonstration')}
                        >
                          {t('browse.applyDemonstration')}
                        </Button>,
                      ]
                    : []),
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      {localised(proposal.scenarioTitle)}
                      <ProposalStatusTag status={proposal.status} />
                      <DemoTag demo={proposal.demo} />
                    </Space>
                  }
                  description={
                    <>
                      <div>
                        {proposal.organisationName} · {proposal.summary}
                      </div>
                      {proposal.decisionReason && (
                        <div>
                          {t('common.reason')}: {proposal.decisionReason}
                        </div>
                      )}
                      {proposal.inUseSince && (
                        <div>
                          {t('browse.inUseSince')}: {proposal.inUseSince}
                        </div>
                      )}
                      {proposal.demonstration && (
                        <div>
                          {t('browse.demonstration')}:{' '}
                          {proposal.demonstration.recognised
                            ? t('browse.recognised')
                            : t('browse.notRecognised')}
                        </div>
                      )}
                      {proposal.attachments.map((file) => (
                        <Tag key={file.id}>{file.fileName}</Tag>
                      ))}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card title={t('browse.myConsortia')} data-testid="my-consortia">
        <List<Consortium>
          dataSource={consortia.data ?? []}
          locale={{ emptyText: <Empty description={t('common.none')} /> }}
          renderItem={(consortium) => (
            <List.Item data-testid="my-consortium">
              <ConsortiumCard
                consortium={consortium}
                leads={myOrganisationIds.has(consortium.leadOrganisationId)}
                myOrganisationIds={myOrganisationIds}
                founder={founder}
                onChanged={consortia.reload}
              />
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}

function ConsortiumCard({
  consortium,
  leads,
  myOrganisationIds,
  founder,
  onChanged,
}: {
  consortium: Consortium;
  leads: boolean;
  myOrganisationIds: Set<string>;
  founder: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('scenarios');
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [inviteId, setInviteId] = useState('');
  const [inviteRole, setInviteRole] = useState<'research-partner' | 'start-up' | 'other'>(
    'research-partner',
  );
  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      onChanged();
    } catch (error) {
      void message.error(describeError(error));
    }
  };
  const path = { consortiumId: consortium.id };
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      title={
        <Space wrap>
          {localised(consortium.challengeTitle)}
          <ConsortiumStatusTag status={consortium.status} />
          <DemoTag demo={consortium.demo} />
        </Space>
      }
    >
      <Typography.Paragraph>{consortium.proposal}</Typography.Paragraph>
      <List
        size="small"
        dataSource={consortium.members}
        renderItem={(member) => (
          <List.Item
            data-testid="consortium-member"
            actions={
              member.status === 'invited' && myOrganisationIds.has(member.organisationId)
                ? [
                    <Button
                      key="accept"
                      size="small"
                      type="primary"
                      data-testid="accept-invitation"
                      onClick={() =>
                        void act(() =>
                          apiClient.POST(
                            '/challenges/consortia/{consortiumId}/members/{organisationId}/response',
                            {
                              params: { path: { ...path, organisationId: member.organisationId } },
                              body: { accept: true },
                            },
                          ),
                        )
                      }
                    >
                      {t('browse.accept')}
                    </Button>,
                    <Button
                      key="decline"
                      size="small"
                      onClick={() =>
                        void act(() =>
                          apiClient.POST(
                            '/challenges/consortia/{consortiumId}/members/{organisationId}/response',
                            {
                              params: { path: { ...path, organisationId: member.organisationId } },
                              body: { accept: false },
                            },
                          ),
                        )
                      }
                    >
                      {t('browse.decline')}
                    </Button>,
                  ]
                : []
            }
          >
            {member.organisationName} ·{' '}
            {member.roles.map((role) => t(`memberRole.${role}`)).join(' / ')} ·{' '}
            {t(`memberStatus.${member.status}`)}
          </List.Item>
        )}
      />
      <Typography.Paragraph>
        {t('browse.eligibility')}:{' '}
        <Tag color={consortium.eligibility.eligible ? 'green' : 'orange'} data-testid="eligibility">
          {consortium.eligibility.eligible ? t('browse.eligible') : t('browse.notEligible')}
        </Tag>
      </Typography.Paragraph>
      {consortium.milestones.length > 0 && (
        <Typography.Paragraph>
          {t('browse.milestones')}:{' '}
          {consortium.milestones
            .map(
              (milestone) =>
                `${milestone.title} (${milestone.dueOn}, ${t(`milestoneStatus.${milestone.status}`)})`,
            )
            .join('; ')}
        </Typography.Paragraph>
      )}
      {leads && consortium.status === 'forming' && (
        <Space wrap>
          <Input
            placeholder={t('common.organisationId')}
            value={inviteId}
            onChange={(event) => setInviteId(event.target.value.trim())}
            style={{ width: 320 }}
            data-testid="invite-organisation"
          />
          <Select
            value={inviteRole}
            onChange={setInviteRole}
            options={(['research-partner', 'start-up', 'other'] as const).map((role) => ({
              value: role,
              label: t(`memberRole.${role}`),
            }))}
            style={{ width: 180 }}
          />
          <Button
            data-testid="invite"
            disabled={!inviteId}
            onClick={() =>
              void act(() =>
                apiClient.POST('/challenges/consortia/{consortiumId}/invitations', {
                  params: { path },
                  body: { organisationId: inviteId, roles: [inviteRole] },
                }),
              )
            }
          >
            {t('browse.invite')}
          </Button>
          <Button
            type="primary"
            data-testid="submit-consortium"
            onClick={() =>
              void act(() =>
                apiClient.POST('/challenges/consortia/{consortiumId}/submit', { params: { path } }),
              )
            }
          >
            {t('browse.submitConsortium')}
          </Button>
          <Typography.Text type="secondary">{t('browse.inviteHelp')}</Typography.Text>
        </Space>
      )}
      {leads && founder && consortium.status === 'won' && (
        <Button
          type="primary"
          data-testid="apply-challenge"
          onClick={async () => {
            try {
              const started = await apiClient.POST(
                '/challenges/consortia/{consortiumId}/funding-application',
                { params: { path } },
              );
              navigate(`/applications/${started.applicationId}`);
            } catch (error) {
              void message.error(describeError(error));
            }
          }}
        >
          {consortium.fundingApplicationId
            ? t('browse.openApplication')
            : t('browse.applyChallenge')}
        </Button>
      )}
    </Card>
  );
}
