import { Alert, Button, Card, Form, Select, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, isApiError, type ApiError } from '../../api/client';
import type { Organisation } from '../../api/types';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import type { Application } from './types';

/**
 * `/applications/new?policy=<id>`: the navigator's "Apply" lands here. A person's benefit starts
 * at once; a company's asks which company applies first.
 */
export default function NewApplicationPage() {
  const { t } = useTranslation('applications');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const policyId = params.get('policy') ?? '';
  const [organisationId, setOrganisationId] = useState<string>();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(policyId !== '');
  const organisations = useApi(
    (signal) => api.get<Organisation[]>('/organisations', { signal }),
    [],
  );

  const start = useCallback(
    (withOrganisation?: string) =>
      api
        .post<{ application: Application }>('/applications', {
          policyId,
          ...(withOrganisation ? { organisationId: withOrganisation } : {}),
        })
        .then((result) => result.application.id),
    [policyId],
  );

  const fail = (caught: unknown) => {
    if (isApiError(caught)) setError(caught);
    setBusy(false);
  };

  useEffect(() => {
    if (!policyId) return;
    let cancelled = false;
    // NOTE: starting twice is harmless: the server returns the open draft the second time.
    start().then(
      (id) => !cancelled && navigate(`/applications/${id}`, { replace: true }),
      (caught: unknown) => !cancelled && fail(caught),
    );
    return () => {
      cancelled = true;
    };
  }, [policyId, start, navigate]);

  const needsOrganisation = error?.code === 'application.organisation_required';
  return (
    <>
      <PageHeading title={t('titles.new')} />
      <Card>
        {!policyId && <Alert type="info" message={t('start.noPolicy')} />}
        {busy && <Spin tip={t('start.starting')} />}
        {error && !needsOrganisation && (
          <Alert type="error" showIcon message={error.title} description={error.detail} />
        )}
        {needsOrganisation && (
          <Form
            layout="vertical"
            onFinish={() => {
              setBusy(true);
              setError(null);
              start(organisationId).then(
                (id) => navigate(`/applications/${id}`, { replace: true }),
                fail,
              );
            }}
          >
            <Form.Item
              label={t('start.chooseOrganisation')}
              help={
                <>
                  {t('start.organisationHelp')} <Link to="/organisations/new">→</Link>
                </>
              }
              required
            >
              <Select
                data-testid="choose-organisation"
                value={organisationId}
                onChange={setOrganisationId}
                options={(organisations.data ?? []).map((organisation) => ({
                  value: organisation.id,
                  label: organisation.name,
                }))}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" disabled={!organisationId} loading={busy}>
              {t('start.start')}
            </Button>
          </Form>
        )}
      </Card>
    </>
  );
}
