import { Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApplicationTimeline, CriterionResultTag } from './parts';
import type { CriterionLine, MyApplicationDetail, TimelineEvent } from './types';

/** What has happened to the application so far: its events, who did what and when. */
export function TimelinePanel({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation('applications');
  return (
    <Card title={t('detail.timeline')}>
      <ApplicationTimeline events={events} />
    </Card>
  );
}

/** How the rules engine found each criterion when the application was submitted (if it ran). */
export function CriteriaPanel({ evaluation }: { evaluation: MyApplicationDetail['evaluation'] }) {
  const { t } = useTranslation('applications');
  const criteria = Array.isArray(evaluation?.criteria)
    ? (evaluation.criteria as CriterionLine[])
    : [];
  if (criteria.length === 0) return null;
  return (
    <Card title={t('detail.criteria')} style={{ marginTop: 16 }}>
      <List
        size="small"
        dataSource={criteria}
        renderItem={(criterion) => (
          <List.Item>
            <span>
              {typeof criterion.label === 'string' ? criterion.label : criterion.id}
              {criterion.clause ? ` (${criterion.clause})` : ''}
            </span>
            <CriterionResultTag result={criterion.result} />
          </List.Item>
        )}
      />
    </Card>
  );
}
