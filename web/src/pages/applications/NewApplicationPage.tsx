import { Alert, Button, Card, Flex, Form, Select, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { isApiError, type ApiError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { localised } from './parts';
import { ButtonLink } from '../../components/ButtonLink';

/**
 * `/applications/new?policy=<id>`: the navigator's "Apply" lands here. It names the benefit; a
 * person's benefit starts at once; a company's asks which company applies, the only one chosen
 * already — nothing is sent until there is a company to send.
 */
export default function NewApplicationPage() {
  const { t, i18n } = useTranslation('applications');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const policyId = params.get('policy') ?? '';
  const [chosen, setChosen] = useState<string>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const policy = useApi(
    (signal) =>
      policyId
        ? apiClient.GET('/policies/{id}', { params: { path: { id: policyId } }, signal })
        : Promise.resolve(null),
    [policyId, i18n.language],
  );
  const forCompany = policy.data ? policy.data.audience !== 'person' : null;
  const organisations = useApi(
    (signal) => (forCompany ? apiClient.GET('/organisations', { signal }) : Promise.resolve([])),
    [forCompany],
  );
  const only = organisations.data?.length === 1 ? organisations.data[0]!.id : undefined;
  // A push's "apply" link names the company (`&organisation=<id>`): preselected if it is one of mine.
  const named = params.get('organisation');
  const preset = organisations.data?.some((o) => o.id === named) ? named! : undefined;
  const organisationId = chosen ?? preset ?? only;

  const start = useCallback(
    (withOrganisation?: string) =>
      apiClient
        .POST('/applications', {
          body: {
            policyId,
            ...(withOrganisation ? { organisationId: withOrganisation } : {}),
          },
        })
        .then(
          (result) => navigate(`/applications/${result.application.id}`, { replace: true }),
          (caught: unknown) => {
            if (isApiError(caught)) setError(caught);
            setBusy(false);
          },
        ),
    [policyId, navigate],
  );

  // A person's benefit starts at once. NOTE: starting twice is harmless: the server returns the
  // open draft the second time.
  useEffect(() => {
    if (forCompany === false) void start();
  }, [forCompany, start]);

  const startForOrganisation = () => {
    setBusy(true);
    setError(null);
    void start(organisationId);
  };

  const policyError = policy.error && isApiError(policy.error) ? policy.error : null;
  return (
    <>
      <PageHeading
        title={t('titles.new')}
        description={
          policy.data && (
            <span data-testid="applying-for">
              {t('start.applyingFor', { name: localised(policy.data.name) })}
            </span>
          )
        }
      />
      <Card>
        {!policyId && (
          // No benefit named: say where to pick one, with the way there.
          <Alert
            type="info"
            message={t('start.noPolicy')}
            description={
              <Flex wrap gap={8} style={{ marginTop: 8 }}>
                <ButtonLink to="/navigator" type="primary">
                  {t('mine.navigator')}
                </ButtonLink>
                <ButtonLink to="/applications">{t('titles.mine')}</ButtonLink>
              </Flex>
            }
          />
        )}
        {(busy || (policyId && !error && !policyError && forCompany !== true)) && (
          <Spin tip={t('start.starting')}>
            <div style={{ minHeight: 48 }} />
          </Spin>
        )}
        {(error ?? policyError) && (
          <Alert
            type="error"
            showIcon
            message={(error ?? policyError)!.title}
            description={(error ?? policyError)!.detail}
          />
        )}
        {forCompany && organisations.data?.length === 0 && (
          <Alert
            type="info"
            showIcon
            message={t('start.noOrganisation')}
            description={<Link to="/organisations/new">{t('start.registerOrganisation')}</Link>}
            data-testid="no-organisation"
          />
        )}
        {forCompany && (organisations.data?.length ?? 0) > 0 && (
          <Form layout="vertical" onFinish={startForOrganisation}>
            <Form.Item
              label={t('start.chooseOrganisation')}
              htmlFor="choose-organisation"
              help={
                <>
                  {t('start.organisationHelp')}{' '}
                  <Link to="/organisations/new">{t('start.registerOrganisation')}</Link>
                </>
              }
              required
            >
              <Select
                id="choose-organisation"
                data-testid="choose-organisation"
                value={organisationId}
                onChange={setChosen}
                options={(organisations.data ?? []).map((organisation) => ({
                  value: organisation.id,
                  label: organisation.name,
                }))}
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              disabled={!organisationId}
              loading={busy}
              data-testid="start-for-organisation"
            >
              {t('start.start')}
            </Button>
          </Form>
        )}
      </Card>
    </>
  );
}
