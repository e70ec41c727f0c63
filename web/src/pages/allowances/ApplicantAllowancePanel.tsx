import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { AllowanceSchedulePanel } from './AllowanceSchedulePanel';
import type { ScheduleResponse } from './types';

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
      api.get<ScheduleResponse>(`/applications/${applicationId}/allowance-schedule`, { signal }),
    [applicationId, status, i18n.language],
  );
  if (!data?.schedule) return null;
  return <AllowanceSchedulePanel schedule={data.schedule} />;
}
