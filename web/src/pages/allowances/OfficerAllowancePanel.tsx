import { App as AntApp, Button, DatePicker, Form, Input, Popconfirm, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { AllowanceSchedulePanel } from './AllowanceSchedulePanel';
import type { AllowanceSchedule } from './types';
import { Heading } from '../../components/Heading';

interface StopValues {
  reason: string;
  fromMonth?: Dayjs;
}

/** An officer stops a running schedule: a reason and the month to stop from. */
function StopScheduleForm({
  schedule,
  onStopped,
}: {
  schedule: AllowanceSchedule;
  onStopped: (schedule: AllowanceSchedule) => void;
}) {
  const { t } = useTranslation('allowances');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<StopValues>();
  const [busy, setBusy] = useState(false);

  const stop = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const response = await apiClient.POST('/review/applications/{id}/allowance-schedule/stop', {
        params: { path: { id: schedule.applicationId } },
        body: {
          reason: values.reason,
          ...(values.fromMonth ? { fromMonth: values.fromMonth.format('YYYY-MM') } : {}),
        },
      });
      void message.success(t('stop.done'));
      if (response.schedule) onStopped(response.schedule);
    } catch (caught) {
      const problem = submitFailure(form, caught);
      if (problem) void message.error(problem);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ marginTop: 16 }} data-testid="allowance-stop-form">
      {/* Under the page's h1 (card titles are not headings): an h2, at the size of an h5. */}
      <Heading level={2} looksLike={5}>
        {t('stop.title')}
      </Heading>
      <Typography.Paragraph type="secondary">{t('stop.help')}</Typography.Paragraph>
      <Form<StopValues>
        form={form}
        layout="vertical"
        initialValues={{ fromMonth: dayjs(`${schedule.currentMonth}-01`) }}
      >
        <Form.Item name="reason" label={t('stop.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} data-testid="allowance-stop-reason" />
        </Form.Item>
        <Form.Item name="fromMonth" label={t('stop.fromMonth')}>
          <DatePicker picker="month" format={t('monthFormat')} allowClear={false} />
        </Form.Item>
        <Popconfirm title={t('stop.confirm')} onConfirm={() => void stop()}>
          <Button danger loading={busy} data-testid="allowance-stop-submit">
            {t('stop.submit')}
          </Button>
        </Popconfirm>
      </Form>
    </div>
  );
}

/**
 * The schedule on the review page, with the stop form while it runs. `onChanged` lets the page
 * reload its timeline after a stop.
 */
export function OfficerAllowancePanel({
  applicationId,
  status,
  canStop,
  onChanged,
}: {
  applicationId: string;
  status: string;
  canStop: boolean;
  onChanged: () => void;
}) {
  const { i18n } = useTranslation('allowances');
  const { data, setData } = useApi(
    (signal) =>
      apiClient.GET('/review/applications/{id}/allowance-schedule', {
        params: { path: { id: applicationId } },
        signal,
      }),
    [applicationId, status, i18n.language],
  );
  const schedule = data?.schedule;
  if (!schedule) return null;
  return (
    <div style={{ marginTop: 16 }}>
      <AllowanceSchedulePanel
        schedule={schedule}
        extra={
          canStop && schedule.status === 'active' ? (
            <StopScheduleForm
              schedule={schedule}
              onStopped={(next) => {
                setData({ schedule: next });
                onChanged();
              }}
            />
          ) : null
        }
      />
    </div>
  );
}
