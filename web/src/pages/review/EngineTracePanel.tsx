import { Alert, Button, Card, Descriptions, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../api/openapi-client';
import { currentLanguage } from '../../i18n';
import { FactAnswer, type FactVocabulary } from '../applications/fact-display';
import { formatFen } from '../applications/money';
import { CriterionResultTag } from '../applications/parts';
import type { ReviewDetail, TraceLine } from './types';

function traceLabel(line: TraceLine): string {
  if (typeof line.label === 'string') return line.label;
  if (line.label && typeof line.label === 'object')
    return (line.label as Record<string, string>)[currentLanguage()] ?? line.id;
  return line.id;
}

/**
 * The rules engine's judgement at submission: result, cap (marked when it is a placeholder),
 * due date, and each condition with the facts it read — as questions and answers in words. Three
 * columns, the facts under their condition, so the table fits its card on any screen.
 */
export function EngineTracePanel({
  detail,
  vocabulary,
}: {
  detail: ReviewDetail;
  vocabulary: FactVocabulary;
}) {
  const { t } = useTranslation('applications');
  const [replay, setReplay] = useState<{ matches: boolean } | null>(null);
  const { application, evaluation, cap } = detail;
  const status = evaluation?.status;
  const awaitingDecision = (
    ['submitted', 'screening', 'in_review', 'appealed'] as string[]
  ).includes(application.status);
  return (
    <Card
      title={t('reviewDetail.trace')}
      extra={
        <Button
          size="small"
          onClick={() =>
            void apiClient
              .GET('/review/applications/{id}/replay', {
                params: { path: { id: application.id } },
              })
              .then(setReplay)
          }
        >
          {t('reviewDetail.replay')}
        </Button>
      }
      data-testid="engine-card"
    >
      {replay && (
        <Alert
          type={replay.matches ? 'success' : 'error'}
          message={
            replay.matches ? t('reviewDetail.replayMatches') : t('reviewDetail.replayDiffers')
          }
          style={{ marginBottom: 8 }}
        />
      )}
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('reviewDetail.engineStatus')}>
          <Tag
            data-testid="engine-status"
            data-status={status}
            color={status === 'eligible' ? 'green' : status === 'ineligible' ? 'red' : 'gold'}
          >
            {status
              ? t(
                  `detail.${status === 'eligible' ? 'met' : status === 'ineligible' ? 'unmet' : 'unknown'}`,
                )
              : '—'}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('common.cap')}>
          <Flex wrap gap={4} align="center" data-testid="engine-cap">
            {application.capFen !== null ? formatFen(application.capFen) : t('common.unpublished')}
            {cap.placeholder && (
              <Tooltip title={cap.source}>
                <Tag color="orange" data-testid="cap-placeholder">
                  {t('reviewDetail.capPlaceholder')}
                </Tag>
              </Tooltip>
            )}
          </Flex>
        </Descriptions.Item>
        {/* The review deadline only matters while a decision is awaited. */}
        {detail.workingDaysLeft !== null && application.dueOn && awaitingDecision && (
          <Descriptions.Item label={t('common.due')}>
            {t('reviewDetail.slaLeft', { days: detail.workingDaysLeft, date: application.dueOn })}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Table<TraceLine>
        size="small"
        rowKey="id"
        pagination={false}
        tableLayout="fixed"
        dataSource={evaluation?.criteria ?? []}
        data-testid="engine-trace"
        columns={[
          {
            title: t('reviewDetail.criterion'),
            render: (_: unknown, line) => (
              <>
                <div>{traceLabel(line)}</div>
                {Object.entries(line.facts ?? {}).map(([path, value]) => (
                  <Typography.Text
                    key={path}
                    type="secondary"
                    style={{ display: 'block', fontSize: 12 }}
                    data-testid="trace-fact"
                  >
                    {vocabulary.get(path)?.question ?? path}{' '}
                    <Typography.Text strong style={{ fontSize: 12 }}>
                      <FactAnswer value={value} fact={vocabulary.get(path)} />
                    </Typography.Text>
                  </Typography.Text>
                ))}
              </>
            ),
          },
          { title: t('reviewDetail.clause'), dataIndex: 'clause', width: 72 },
          {
            title: t('reviewDetail.result'),
            dataIndex: 'result',
            width: 96,
            render: (result: string) => <CriterionResultTag result={result} />,
          },
        ]}
      />
    </Card>
  );
}
