import { Alert, Card, Descriptions } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatFen } from './money';
import { localised } from './parts';
import type { Application, MyApplicationDetail, PolicyView } from './types';

/**
 * What the officers asked the applicant for (screening reasons or a request for more): their
 * message, and the documents and answers it names, in the applicant's words.
 */
export function PendingRequestNotice({
  request,
  policy,
}: {
  request: NonNullable<Application['pendingRequest']>;
  policy: PolicyView;
}) {
  const { t } = useTranslation('applications');
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      message={request.kind === 'screening' ? t('detail.screeningReasons') : t('detail.request')}
      description={
        <>
          <span style={{ whiteSpace: 'pre-wrap' }}>{request.message}</span>
          {request.documents.length > 0 && (
            <div data-testid="requested-documents">
              {t('form.evidence')}:{' '}
              {request.documents
                .map((documentId) => {
                  const definition = policy.evidence.find((doc) => doc.id === documentId);
                  return definition ? localised(definition.label) : documentId;
                })
                .join('、')}
            </div>
          )}
          {request.facts.length > 0 && (
            <div>
              {t('form.answers')}:{' '}
              {request.facts
                .map((path) => policy.facts.find((fact) => fact.path === path)?.question ?? path)
                .join('；')}
            </div>
          )}
        </>
      }
      data-testid="pending-request"
    />
  );
}

/**
 * The decision, once there is one: the amount approved, the reasons, until when it may be
 * appealed, and when it was paid.
 */
export function DecisionPanel({ detail }: { detail: MyApplicationDetail }) {
  const { t } = useTranslation('applications');
  const { application } = detail;
  if (!application.decidedAt && application.approvedAmountFen === null) return null;
  return (
    <Card title={t('detail.decision')} style={{ marginBottom: 16 }}>
      <Descriptions column={1} size="small">
        {application.approvedAmountFen !== null && (
          <Descriptions.Item label={t('detail.approvedAmount')}>
            <span data-testid="approved-amount">{formatFen(application.approvedAmountFen)}</span>
          </Descriptions.Item>
        )}
        {application.decisionReasons && (
          <Descriptions.Item label={t('common.reasons')}>
            {application.decisionReasons}
          </Descriptions.Item>
        )}
        {detail.availableActions.includes('appeal') && application.appealDeadline && (
          <Descriptions.Item label={t('detail.appeal')}>
            {t('detail.appealUntil', {
              date: dayjs(application.appealDeadline).format('LL'),
            })}
          </Descriptions.Item>
        )}
        {application.paidAt && (
          <Descriptions.Item label={t('status.paid')}>
            {dayjs(application.paidAt).format('LLL')}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
