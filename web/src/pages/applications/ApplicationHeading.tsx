import { App as AntApp, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { PageHeading } from '../../components/PageHeading';
import { formatFen } from './money';
import { localised, StatusTag } from './parts';
import type { MyApplicationDetail } from './types';

/**
 * The application's benefit, status, reference and amounts, with what the applicant may do to it
 * as a whole: delete the draft, withdraw it, appeal the decision.
 */
export function ApplicationHeading({
  id,
  detail,
  cancelAutosave,
  onWithdrawn,
  onAppeal,
}: {
  id: string;
  detail: MyApplicationDetail;
  cancelAutosave: () => void;
  onWithdrawn: () => void;
  onAppeal: () => void;
}) {
  const { t } = useTranslation('applications');
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const { application, policy } = detail;

  const deleteDraft = async () => {
    cancelAutosave();
    await apiClient.DELETE('/applications/{id}', { params: { path: { id } } });
    void message.success(t('form.deleted'));
    navigate('/applications', { replace: true });
  };

  const withdraw = async () => {
    await apiClient.POST('/applications/{id}/withdraw', { params: { path: { id } }, body: {} });
    void message.success(t('detail.withdrawn'));
    onWithdrawn();
  };

  return (
    <PageHeading
      title={
        <>
          {localised(policy.name)} <StatusTag status={application.status} />
        </>
      }
      description={
        <span data-testid="application-amounts">
          {t('common.reference')} {application.reference}
          {policy.paidByPlatform && (
            <>
              {' · '}
              {t('detail.requestedAmount')}{' '}
              {application.requestedAmountFen !== null
                ? formatFen(application.requestedAmountFen)
                : t('mine.upToCap', {
                    cap:
                      application.capFen !== null
                        ? formatFen(application.capFen)
                        : t('common.unpublished'),
                  })}
            </>
          )}
          {application.approvedAmountFen !== null && (
            <>
              {' · '}
              {t('detail.approvedAmount')} {formatFen(application.approvedAmountFen)}
            </>
          )}
        </span>
      }
      extra={
        <>
          {detail.availableActions.includes('delete') && (
            <Popconfirm
              title={t('form.deleteConfirmTitle')}
              description={t('form.deleteConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => deleteDraft()}
            >
              <Button danger data-testid="delete-draft">
                {t('form.deleteDraft')}
              </Button>
            </Popconfirm>
          )}
          {detail.availableActions.includes('withdraw') && (
            <Popconfirm
              title={t('detail.withdrawConfirmTitle')}
              description={t('detail.withdrawConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => withdraw()}
            >
              <Button danger data-testid="withdraw">
                {t('detail.withdraw')}
              </Button>
            </Popconfirm>
          )}
          {detail.availableActions.includes('appeal') && (
            <Button onClick={onAppeal} data-testid="appeal">
              {t('detail.appeal')}
            </Button>
          )}
        </>
      }
    />
  );
}
