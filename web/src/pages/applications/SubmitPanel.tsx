import { Alert, Button, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationDraft } from './use-application-draft';

/**
 * Below the form: what stands in the way of saving or submitting, and — while the applicant may
 * edit — "save draft" and "submit" (which checks first, then asks to confirm).
 */
export function SubmitPanel({ draft }: { draft: ApplicationDraft }) {
  const { t } = useTranslation('applications');
  const { problems } = draft;
  return (
    <>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          message={problems[0]}
          description={
            problems.length > 1 && (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problems.slice(1).map((problem, index) => (
                  <li key={index}>{problem}</li>
                ))}
              </ul>
            )
          }
          data-testid="submit-problems"
        />
      )}
      {draft.editable && (
        <Flex gap={8} style={{ marginTop: 16 }} wrap>
          <Button
            onClick={() => {
              // Saved now: a save-as-you-type still pending would only repeat it.
              draft.cancelAutosave();
              void draft.save();
            }}
            loading={draft.saving}
            data-testid="save-draft"
          >
            {t('form.saveDraft')}
          </Button>
          <Popconfirm
            title={t('form.submitConfirmTitle')}
            description={t('form.submitConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            open={draft.confirmOpen}
            onOpenChange={(open) => !open && draft.setConfirmOpen(false)}
            onConfirm={() => {
              draft.setConfirmOpen(false);
              return draft.submit();
            }}
          >
            <Button
              type="primary"
              data-testid="submit-application"
              onClick={() => void draft.askToSubmit()}
            >
              {t('form.submit')}
            </Button>
          </Popconfirm>
        </Flex>
      )}
    </>
  );
}
