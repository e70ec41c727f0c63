import { Card, Form, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { AmountAndPayeeFields } from './AmountAndPayeeFields';
import { FactField } from './fact-inputs';
import type { PolicyView } from './types';
import type { ApplicationFormValues } from './use-application-draft';

/**
 * The applicant's answers: one field per question of the policy and, when the platform pays,
 * the amount asked for and the bank account. Read-only once the application is out of their hands.
 */
export function AnswersPanel({
  form,
  policy,
  editable,
  onValuesChange,
}: {
  form: FormInstance<ApplicationFormValues>;
  policy: PolicyView;
  editable: boolean;
  onValuesChange: () => void;
}) {
  const { t } = useTranslation('applications');
  return (
    <Card title={t('form.answers')}>
      <Form<ApplicationFormValues>
        form={form}
        layout="vertical"
        disabled={!editable}
        onValuesChange={onValuesChange}
        data-testid="application-form"
      >
        {editable && (
          <Typography.Paragraph type="secondary">{t('form.answersHelp')}</Typography.Paragraph>
        )}
        {policy.facts.map((fact) => (
          <FactField key={fact.path} fact={fact} disabled={!editable} />
        ))}
        {policy.paidByPlatform && <AmountAndPayeeFields capFen={policy.capFen} />}
      </Form>
    </Card>
  );
}
