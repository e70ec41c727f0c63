import { useTranslation } from 'react-i18next';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { AllowanceSchedulePanel } from './AllowanceSchedulePanel';

/** The applicant's monthly schedule on their application; nothing when it is not paid monthly. */
export function ApplicantAllowancePanel({
  applicationId,
  status,
}: {
  applicationId: string;
  /** Reloads when the application moves (an approval creates the schedule). */
  status: string;
}) {
  const { i18n } = useTranslation('allowances');
  const { data } = useApi(
    (signal) =>
      apiClient.GET('/applications/{id}/allowance-schedule', {
        params: { path: { id: applicationId } },
        signal,
      }),
    [applicationId, status, i18n.language],
  );
  if (!data?.schedule) return null;
  return <AllowanceSchedulePanel schedule={data.schedule} />;
}
