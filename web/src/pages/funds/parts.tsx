import { Descriptions, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiSchema } from '../../api/openapi-client';
import { currentLanguage } from '../../i18n';
import { formatFen } from '../applications/money';

export type Introduction = ApiSchema<'FundIntroduction'>;
export type Stage = ApiSchema<'FundStage'>;

/** The one-page profile a fund reads, generated from the company's record when it asked. */
export function ProfileCard({ introduction }: { introduction: Introduction }) {
  const { t } = useTranslation('funds');
  const language = currentLanguage();
  const { profile } = introduction;
  return (
    <Descriptions column={1} size="small" bordered data-testid="fund-profile">
      <Descriptions.Item label={t('pipeline.company')}>
        {profile.name} <Typography.Text type="secondary">{profile.creditCode}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={t('pipeline.community')}>
        {profile.community?.names[language] ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('pipeline.profile')}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          {profile.team
            ? t('pipeline.team', { size: profile.team.teamSize, talents: profile.team.aiTalents })
            : t('pipeline.noTeam')}
          <br />
          {profile.highGrowth &&
            t('pipeline.highGrowth', {
              text: profile.highGrowth.evidence,
              date: profile.highGrowth.markedAt.slice(0, 10),
            })}
          <br />
          {t('pipeline.recognised', { count: profile.recognisedTalents })}
          <br />
          {t('pipeline.benefits')}
          <br />
          {t('pipeline.challenges')}
        </Typography.Paragraph>
      </Descriptions.Item>
      {introduction.investedAmountFen !== null && (
        <Descriptions.Item label={t('stages.invested')}>
          {formatFen(introduction.investedAmountFen)}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** The moves of an introduction, with their reasons (the fund and the company only). */
export function StageHistory({ introduction }: { introduction: Introduction }) {
  const { t } = useTranslation('funds');
  return (
    <Timeline
      items={introduction.events.map((event) => ({
        children: (
          <span>
            <strong>{t(`stages.${event.toStage}`)}</strong> · {event.at.slice(0, 10)}
            {event.reason ? ` — ${event.reason}` : ''}
          </span>
        ),
      }))}
    />
  );
}
