import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Form,
  InputNumber,
  List,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { ButtonLink } from '../../components/ButtonLink';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';
import {
  ApplicationStatusTag,
  CommunityStatusTag,
  communityName,
  formatFen,
  LeaseStatusTag,
  localised,
  RungLabel,
} from './parts';
import { TermsHistory } from './LeasesPanel';
import { TeamDeclarationDialog } from './ResidentsPanel';
import type {
  Application,
  ApplicationPrefill,
  Community,
  Lease,
  MoveUpRequest,
  SpaceRoute,
} from './types';

/**
 * A founder applies for space in an OPC community (A.S2) or other industrial space (A.S3) for
 * their company, and follows the application: status, waiting-list place, and the lease.
 */
export default function CompanySpacePage() {
  const { t } = useTranslation('spaces');
  const organisations = useApi((signal) => apiClient.GET('/organisations', { signal }), []);
  const communities = useApi((signal) => apiClient.GET('/spaces/communities', { signal }), []);
  const applications = useApi(
    (signal) => apiClient.GET('/spaces/applications/mine', { signal }),
    [],
  );
  const leases = useApi((signal) => apiClient.GET('/spaces/leases/mine', { signal }), []);
  const moveUps = useApi(
    (signal) => apiClient.GET('/spaces/move-up-requests/mine', { signal }),
    [],
  );
  const [declaring, setDeclaring] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [applyingTo, setApplyingTo] = useState<Community | null>(null);
  const companies = organisations.data ?? [];
  const company = companies.find((row) => row.id === chosen) ?? companies[0];
  const failure = organisations.error ?? communities.error ?? applications.error ?? leases.error;
  const loaded = organisations.data && communities.data && applications.data && leases.data;
  if (failure && !loaded)
    return (
      <LoadFailed
        error={failure}
        onRetry={() => {
          organisations.reload();
          communities.reload();
          applications.reload();
          leases.reload();
        }}
      />
    );
  const byId = new Map((communities.data ?? []).map((row) => [row.id, row]));
  const mine = (applications.data ?? []).filter((row) => row.organisationId === company?.id);
  const myLeases = (leases.data ?? []).filter((row) => row.organisationId === company?.id);
  // Communities with an operator on record first: only an operator can admit a company.
  const open = (communities.data ?? [])
    .filter((row) => row.status === 'open' || row.status === 'opening')
    .sort((a, b) => Number(b.operator !== null) - Number(a.operator !== null));
  const pendingAt = new Set(
    mine.filter((row) => row.status !== 'declined').map((row) => row.communityId),
  );
  return (
    <>
      <PageHeading
        title={t('titles.company')}
        description={t('company.description')}
        extra={
          companies.length > 1 && (
            <Flex align="center" gap={8} wrap>
              <label htmlFor="space-company">{t('company.selectCompany')}</label>
              <Select
                id="space-company"
                value={company?.id}
                onChange={setChosen}
                options={companies.map((row) => ({ value: row.id, label: row.name }))}
                style={{ minWidth: 220, maxWidth: '100%' }}
              />
            </Flex>
          )
        }
      />
      {!loaded && <Card loading />}
      {loaded && !company && (
        <Card>
          <Empty description={t('company.noCompany')}>
            <ButtonLink to="/organisations">{t('company.registerCompany')}</ButtonLink>
          </Empty>
        </Card>
      )}
      {loaded && company && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card
            title={t('company.myLeases')}
            data-testid="my-leases"
            extra={
              myLeases.some((lease) => lease.status === 'active') && (
                <Button onClick={() => setDeclaring(true)} data-testid="company-declare-team">
                  {t('residents.declare')}
                </Button>
              )
            }
          >
            {myLeases.length === 0 ? (
              <Empty description={t('company.noLeases')} />
            ) : (
              <Row gutter={[12, 12]}>
                {myLeases.map((lease) => (
                  <Col key={lease.id} xs={24} lg={12}>
                    <LeaseCard
                      lease={lease}
                      community={byId.get(lease.communityId)}
                      request={(moveUps.data ?? []).find((request) => request.leaseId === lease.id)}
                      onChanged={moveUps.reload}
                    />
                  </Col>
                ))}
              </Row>
            )}
          </Card>
          <Card title={t('company.myApplications')} data-testid="my-applications">
            <List<Application>
              dataSource={mine}
              locale={{ emptyText: <Empty description={t('company.noApplications')} /> }}
              renderItem={(application) => (
                <List.Item data-testid="my-application" data-status={application.status}>
                  <ApplicationSummary
                    application={application}
                    community={byId.get(application.communityId)}
                  />
                </List.Item>
              )}
            />
          </Card>
          <Card title={t('company.openCommunities')} data-testid="open-communities">
            <List<Community>
              dataSource={open}
              locale={{ emptyText: <Empty description={t('company.noCommunities')} /> }}
              renderItem={(community) => (
                <List.Item
                  data-testid="open-community"
                  data-name={community.names['zh-Hans']}
                  actions={[
                    pendingAt.has(community.id) ? (
                      <Tag key="applied">{t('company.alreadyApplied')}</Tag>
                    ) : community.operator === null ? (
                      // Nobody could decide an application: the server refuses it too.
                      <Tag key="no-operator" data-testid="no-operator">
                        {t('company.noOperator')}
                      </Tag>
                    ) : (
                      <Button
                        key="apply"
                        type="primary"
                        onClick={() => setApplyingTo(community)}
                        data-testid="apply"
                      >
                        {t('company.apply')}
                      </Button>
                    ),
                  ]}
                >
                  <CommunitySummary community={community} />
                </List.Item>
              )}
            />
          </Card>
        </Space>
      )}
      {declaring && company && (
        <TeamDeclarationDialog
          organisationId={company.id}
          name={company.name}
          current={null}
          onClose={() => setDeclaring(false)}
          onDone={() => setDeclaring(false)}
        />
      )}
      {applyingTo && company && (
        <ApplyDialog
          community={applyingTo}
          organisationId={company.id}
          onClose={() => setApplyingTo(null)}
          onDone={() => {
            setApplyingTo(null);
            applications.reload();
          }}
        />
      )}
    </>
  );
}

function CommunitySummary({ community }: { community: Community }) {
  const { t } = useTranslation('spaces');
  const ladder = community.ladder;
  return (
    <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{communityName(community)}</Typography.Text>
        <CommunityStatusTag status={community.status} />
        {community.firstBatch && <Tag color="blue">{t('common.firstBatch')}</Tag>}
        {community.demo && <Tag color="purple">{t('common.demo')}</Tag>}
      </Flex>
      <Typography.Text type="secondary">
        {t('company.districtLine', {
          district: community.district ? localised(community.district.names) : t('common.unknown'),
        })}
        {community.address ? ` · ${community.address}` : ''}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('company.ladderLine', {
          ladder:
            ladder && ladder.deskMaxTeamSize !== null && ladder.officeMaxTeamSize !== null
              ? t('operate.ladder.summary', {
                  desk: ladder.deskMaxTeamSize,
                  office: ladder.officeMaxTeamSize,
                })
              : t('company.ladderUnpublished'),
        })}
      </Typography.Text>
    </Space>
  );
}

function ApplicationSummary({
  application,
  community,
}: {
  application: Application;
  community: Community | undefined;
}) {
  const { t } = useTranslation('spaces');
  return (
    <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{communityName(community)}</Typography.Text>
        <ApplicationStatusTag status={application.status} />
      </Flex>
      <Typography.Text type="secondary">
        {t(`routes.${application.route}`)} · {t('common.teamSize')}{' '}
        {t('common.people', { count: application.teamSize })} · {t('common.rung')}{' '}
        <RungLabel rung={application.rung} /> · {dayjs(application.createdAt).format('LL')}
      </Typography.Text>
      {application.status === 'admitted' &&
        (application.waitingPosition !== null ? (
          <Typography.Text data-testid="waiting-position">
            {t('company.waiting', { position: application.waitingPosition })}
          </Typography.Text>
        ) : (
          <Typography.Text>{t('company.awaitingAllocation')}</Typography.Text>
        ))}
      {application.decisionReason && (
        <Typography.Text type="secondary">
          {t('company.reasonLine', { reason: application.decisionReason })}
        </Typography.Text>
      )}
    </Space>
  );
}

function LeaseCard({
  lease,
  community,
  request,
  onChanged,
}: {
  lease: Lease;
  community: Community | undefined;
  request: MoveUpRequest | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const [asking, setAsking] = useState(false);
  const askToMoveUp = async () => {
    setAsking(true);
    try {
      await apiClient.POST('/spaces/leases/{leaseId}/move-up-requests', {
        params: { path: { leaseId: lease.id } },
      });
      void message.success(t('company.moveUpAsked'));
      onChanged();
    } catch (error) {
      void message.error(describeError(error));
    } finally {
      setAsking(false);
    }
  };
  const canAsk =
    lease.status === 'active' && lease.route === 'opc-community' && lease.unitKind !== 'floor';
  return (
    <Card size="small" data-testid="my-lease" title={communityName(community)}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('common.unit')}>
          <span data-testid="lease-unit">
            {lease.unitLabel} · {t(`kinds.${lease.unitKind}`)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('common.startsOn')}>
          {dayjs(lease.startsOn).format('LL')}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.endsOn')}>
          {dayjs(lease.movedOutOn ?? lease.endsOn).format('LL')}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.monthlyRent')}>
          <span data-testid="lease-rent">{formatFen(lease.monthlyRentFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('common.monthlySubsidy')}>
          <span data-testid="lease-subsidy">{formatFen(lease.monthlySubsidyFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>
          <LeaseStatusTag status={lease.status} />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text strong data-testid="lease-pays">
        {t('company.youPay', {
          amount: formatFen(lease.monthlyRentFen - lease.monthlySubsidyFen),
        })}
      </Typography.Text>
      {lease.terms.length > 1 && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t('operate.terms.title')}</Typography.Text>
          <TermsHistory lease={lease} />
        </div>
      )}
      {canAsk && (
        <Flex gap={8} wrap align="center" style={{ marginTop: 8 }}>
          {request?.status === 'requested' ? (
            <Tag color="blue" data-testid="move-up-requested">
              {t('company.moveUpPending', { rung: t(`kinds.${request.rung}`) })}
            </Tag>
          ) : (
            <Button
              size="small"
              loading={asking}
              onClick={() => void askToMoveUp()}
              data-testid="ask-move-up"
            >
              {t('company.askMoveUp')}
            </Button>
          )}
          {request?.status === 'declined' && request.decisionReason && (
            <Typography.Text type="secondary">
              {t('company.moveUpDeclined', { reason: request.decisionReason })}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}

interface ApplyValues {
  route: SpaceRoute;
  teamSize: number;
  aiFounderCount: number;
}

function ApplyDialog({
  community,
  organisationId,
  onClose,
  onDone,
}: {
  community: Community;
  organisationId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ApplyValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [touched, setTouched] = useState(false);
  const prefill = useApi(
    (signal) =>
      apiClient.GET('/spaces/communities/{communityId}/application-prefill', {
        params: { path: { communityId: community.id }, query: { organisationId } },
        signal,
      }),
    [community.id, organisationId],
  );
  // The engine's results prefill what the person has not changed yet.
  useEffect(() => {
    if (!prefill.data || touched) return;
    form.setFieldsValue({
      ...(prefill.data.teamSize !== null ? { teamSize: prefill.data.teamSize } : {}),
      ...(prefill.data.suggestedRoute ? { route: prefill.data.suggestedRoute } : {}),
    });
  }, [prefill.data, touched, form]);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.POST('/spaces/communities/{communityId}/applications', {
        params: { path: { communityId: community.id } },
        body: { organisationId, ...values },
      });
      void message.success(t('company.applied'));
      onDone();
    } catch (error) {
      setFailure(submitFailure(form, error));
    } finally {
      setBusy(false);
    }
  };
  const routes: SpaceRoute[] = ['opc-community', 'other-industrial'];
  return (
    <Modal
      open
      title={t('company.applyTitle', { community: communityName(community) })}
      okText={t('company.apply')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      {prefill.data && <PrefillResults prefill={prefill.data} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ route: 'opc-community', teamSize: 1, aiFounderCount: 1 }}
        onValuesChange={() => setTouched(true)}
      >
        <Form.Item name="route" label={t('common.route')}>
          <Radio.Group>
            <Space direction="vertical">
              {routes.map((route) => (
                <Radio key={route} value={route}>
                  {t(`routes.${route}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="teamSize"
          label={t('common.teamSize')}
          rules={[
            { required: true, message: t('validation.required') },
            { type: 'integer', min: 1, max: 100_000, message: t('validation.positiveWhole') },
          ]}
        >
          <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid="team-size" />
        </Form.Item>
        <Form.Item
          name="aiFounderCount"
          label={t('common.aiFounders')}
          dependencies={['teamSize']}
          rules={[
            { required: true, message: t('validation.required') },
            { type: 'integer', min: 0, max: 100_000, message: t('validation.wholeZeroOrMore') },
            ({ getFieldValue }) => ({
              validator: (_, value: number | null | undefined) => {
                const team = getFieldValue('teamSize') as number | null | undefined;
                return value === null ||
                  value === undefined ||
                  team === null ||
                  team === undefined ||
                  value <= team
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.notMoreThanTeam')));
              },
            }),
          ]}
        >
          <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="ai-founders" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const statusColour = { eligible: 'green', unknown: 'gold', ineligible: 'default' } as const;

/**
 * The rules engine's results for the company on its fact profile (A.S2, A.S3): an indication
 * shown on the form, with each result's status, clauses and criteria — the operator decides.
 */
function PrefillResults({ prefill }: { prefill: ApplicationPrefill }) {
  const { t } = useTranslation('spaces');
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="apply-prefill">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {prefill.teamSize !== null
          ? t('company.prefill.fromProfile', { count: prefill.teamSize })
          : t('company.prefill.noTeamSize')}
      </Typography.Paragraph>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        {prefill.results.map((result) => (
          <div key={result.policyId} data-testid="prefill-result" data-status={result.status}>
            <Flex gap={6} wrap align="center">
              <Typography.Text strong>{t(`routes.${result.route}`)}</Typography.Text>
              <Tag color={statusColour[result.status]}>
                {t(`company.prefill.status.${result.status}`)}
              </Tag>
              {result.clauses.map((clause) => (
                <Tag key={clause}>{clause}</Tag>
              ))}
            </Flex>
            <Typography.Text type="secondary">
              {result.criteria
                .map(
                  (criterion) =>
                    `${t(`company.prefill.criterion.${criterion.result}`)} ${criterion.label}`,
                )
                .join('；')}
            </Typography.Text>
          </div>
        ))}
      </Space>
      <Typography.Text type="secondary">{t('company.prefill.note')}</Typography.Text>
    </Card>
  );
}
