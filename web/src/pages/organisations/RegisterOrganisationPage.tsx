import { Alert, App, Button, Card, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import type { OrganisationKind } from '../../api/types';
import { PageHeading } from '../../components/PageHeading';
import { useUnsavedChangesPrompt } from '../../components/use-unsaved-changes';
import { useSession } from '../../session/session-context';
import { checkCreditCode, normaliseCreditCode } from './credit-code';
import { OrganisationNameField, RegisteredAddressField } from './fields';

interface OrganisationValues {
  creditCode: string;
  name: string;
  kind: OrganisationKind;
  registeredAddress?: string;
}

const kinds: OrganisationKind[] = [
  'company',
  'research_institution',
  'private_non_enterprise_unit',
];

export default function RegisterOrganisationPage() {
  const { t } = useTranslation(['organisations', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const session = useSession();
  const [form] = Form.useForm<OrganisationValues>();
  const [dirty, setDirty] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { allowNavigation } = useUnsavedChangesPrompt(dirty);

  const onFinish = async (values: OrganisationValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      const organisation = await apiClient.POST('/organisations', {
        body: {
          creditCode: values.creditCode,
          name: values.name,
          kind: values.kind,
          ...(values.registeredAddress?.trim()
            ? { registeredAddress: values.registeredAddress.trim() }
            : {}),
        },
      });
      allowNavigation();
      setDirty(false);
      void message.success(t('form.created', { name: organisation.name }));
      // The dashboard lists memberships from /me: refresh it in the background.
      void apiClient.GET('/me').then(session.update, () => undefined);
      navigate(`/organisations/${organisation.id}`);
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === 'organisation.credit_code_taken') {
        form.setFields([{ name: 'creditCode', errors: [t('form.creditCodeTaken')] }]);
        return;
      }
      const failure = submitFailure(form, error);
      if (failure) setFailure(failure);
    }
  };

  return (
    <>
      <PageHeading title={t('titles.new')} description={t('form.description')} />
      <Card style={{ maxWidth: 720 }}>
        {failure && (
          <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={failure} />
        )}
        <Form<OrganisationValues>
          form={form}
          layout="vertical"
          disabled={submitting}
          onValuesChange={() => setDirty(true)}
          onFinish={(values) => void onFinish(values)}
        >
          <Form.Item
            name="creditCode"
            label={t('form.creditCode')}
            extra={t('form.creditCodeHelp')}
            normalize={(value: string) => normaliseCreditCode(value)}
            validateDebounce={350}
            validateFirst
            hasFeedback
            rules={[
              { required: true, message: t('common:validation.required') },
              {
                // Complete codes are checked as they are typed; partial ones only on leaving the
                // field or submitting, so the user is not scolded mid-typing.
                validateTrigger: 'onBlur',
                len: 18,
                message: t('form.problems.format'),
              },
              {
                validator: async (_, value: string | undefined) => {
                  if (!value || value.length !== 18) return;
                  const problem = await checkCreditCode(value, t);
                  if (problem) throw new Error(problem);
                },
              },
            ]}
          >
            <Input
              maxLength={40}
              autoComplete="off"
              spellCheck={false}
              style={{ fontFamily: 'monospace', letterSpacing: 1 }}
              data-testid="credit-code"
            />
          </Form.Item>
          <OrganisationNameField />
          <Form.Item
            name="kind"
            label={t('form.kind')}
            rules={[{ required: true, message: t('common:validation.required') }]}
          >
            <Select
              placeholder={t('form.kindPlaceholder')}
              options={kinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            />
          </Form.Item>
          <RegisteredAddressField />
          <Flex gap={8} justify="flex-end" wrap>
            <Button onClick={() => navigate('/organisations')}>{t('common:actions.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {t('form.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
