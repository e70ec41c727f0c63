import { Alert, Button, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnswerConflict } from './kept-answers';

/**
 * Answers given before signing in that differ from the saved profile, one row each: the person
 * keeps the new answer (saved to the profile) or takes the saved one. Until they choose, the
 * new answer is the one used.
 */
export function ProfileConflicts({
  conflicts,
  questionText,
  formatValue,
  onChoose,
}: {
  conflicts: AnswerConflict[];
  questionText: (factId: string) => string;
  formatValue: (factId: string, value: unknown) => string;
  onChoose: (conflict: AnswerConflict, keep: 'mine' | 'saved') => void;
}) {
  const { t } = useTranslation('navigator');
  if (conflicts.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="profile-conflicts"
      message={t('answers.conflictTitle')}
      description={
        <List
          size="small"
          dataSource={conflicts}
          renderItem={(conflict) => (
            <List.Item data-testid="profile-conflict" data-fact={conflict.factId}>
              <Flex vertical gap={6} style={{ width: '100%' }}>
                <Typography.Text strong>{questionText(conflict.factId)}</Typography.Text>
                <Flex gap={8} wrap>
                  <Button
                    type="primary"
                    onClick={() => onChoose(conflict, 'mine')}
                    data-testid="conflict-mine"
                    style={{ whiteSpace: 'normal', height: 'auto' }}
                  >
                    {t('answers.useMine', { value: formatValue(conflict.factId, conflict.mine) })}
                  </Button>
                  <Button
                    onClick={() => onChoose(conflict, 'saved')}
                    data-testid="conflict-saved"
                    style={{ whiteSpace: 'normal', height: 'auto' }}
                  >
                    {t('answers.useSaved', {
                      value: formatValue(conflict.factId, conflict.saved),
                    })}
                  </Button>
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      }
    />
  );
}
