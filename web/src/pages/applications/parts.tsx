import { Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import type { LocalisedText } from '../../api/openapi-client';
import type { ApplicationStatus, TimelineEvent } from './types';
import { formatFen } from './money';

const statusColours: Record<ApplicationStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  screening: 'blue',
  in_review: 'processing',
  returned: 'orange',
  approved: 'green',
  rejected: 'red',
  appealed: 'purple',
  payment_scheduled: 'cyan',
  payment_failed: 'volcano',
  paid: 'success',
  withdrawn: 'default',
  closed: 'default',
};

export function StatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation('applications');
  return (
    <Tag color={statusColours[status]} data-testid="application-status" data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}

/** A trilingual text in the UI language. */
export function localised(text: LocalisedText | undefined | null): string {
  if (!text) return '';
  return text[currentLanguage()] ?? text['zh-Hans'];
}

function describeDetails(details: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const key of ['reasons', 'reason', 'message'] as const) {
    const value = details[key];
    if (typeof value === 'string' && value) lines.push(value);
  }
  if (typeof details.amountFen === 'number') lines.push(formatFen(details.amountFen));
  const request = details.request as { message?: string } | undefined;
  if (request?.message) lines.push(request.message);
  if (typeof details.dueOn === 'string') lines.push(`→ ${details.dueOn}`);
  const missing = details.missingFacts;
  if (Array.isArray(missing) && missing.length > 0) lines.push(missing.join(', '));
  const unmet = details.unmetCriteria;
  if (Array.isArray(unmet))
    for (const item of unmet as { label?: string; clause?: string }[])
      lines.push(`${item.label ?? ''}${item.clause ? ` (${item.clause})` : ''}`);
  return lines;
}

/** The applicant's (or officer's) timeline: one line per step, newest last. */
export function ApplicationTimeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation('applications');
  return (
    <Timeline
      data-testid="application-timeline"
      items={events.map((event) => ({
        key: event.id,
        children: (
          <div>
            <Typography.Text strong>
              {t(`actions.${event.action}` as 'actions.submit', { defaultValue: event.action })}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">
              {dayjs(event.occurredAt).format('LLL')} · {t(`actors.${event.actorKind}`)}
              {event.actorName ? ` · ${event.actorName}` : ''}
            </Typography.Text>
            {describeDetails(event.details).map((line, index) => (
              <Typography.Paragraph key={index} style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                {line}
              </Typography.Paragraph>
            ))}
          </div>
        ),
      }))}
    />
  );
}

/** A condition's result in words in the reader's language (`met` → 符合 / Met), coloured. */
export function CriterionResultTag({ result }: { result: string }) {
  const { t } = useTranslation('applications');
  const known = result === 'met' || result === 'unmet' ? result : 'unknown';
  return (
    <Tag
      color={known === 'met' ? 'green' : known === 'unmet' ? 'red' : 'gold'}
      data-testid="criterion-result"
      data-result={result}
      // A long result ("To be confirmed") wraps inside a narrow table cell instead of overflowing.
      style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}
    >
      {t(`detail.${known}`)}
    </Tag>
  );
}
