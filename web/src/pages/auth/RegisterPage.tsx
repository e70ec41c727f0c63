import { LockOutlined, MailOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { ApiError, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import type { AccountSummary } from '../../api/types';
import { HOME_PATH, LOGIN_PATH } from '../../app/paths';
import { useUnsavedChangesPrompt } from '../../components/use-unsaved-changes';
import { currentLanguage } from '../../i18n';
import { useSession } from '../../session/session-context';
import { AuthCard } from './AuthCard';
import { ButtonLink } from '../../components/ButtonLink';

interface RegisterValues {
  email: string;
  displayName: string;
  password: string;
  confirmPassword: string;
}

/** Mirrors the server's rules (src/modules/accounts/schema.ts) so most mistakes show at once. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export default function RegisterPage() {
  const { t } = useTranslation(['auth', 'common']);
  const session = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterValues>();
  const [dirty, setDirty] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [emailTaken, setEmailTaken] = useState(false);
  const { allowNavigation } = useUnsavedChangesPrompt(dirty);

  if (session.status === 'signed-in') return <Navigate to={HOME_PATH} replace />;

  const onFinish = async ({ confirmPassword: _confirm, ...values }: RegisterValues) => {
    setSubmitting(true);
    setFailure(null);
    setEmailTaken(false);
    let account: AccountSummary;
    try {
      account = await apiClient.POST('/auth/register', {
        body: { ...values, preferredLanguage: currentLanguage() },
      });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiError && error.code === 'account.email_taken') {
        setEmailTaken(true);
        form.setFields([{ name: 'email', errors: [t('register.emailTaken')] }]);
        return;
      }
      const failure = submitFailure(form, error);
      if (failure) setFailure(failure);
      return;
    }
    // The account exists: nothing typed can be lost any more.
    allowNavigation();
    setDirty(false);
    try {
      const me = await apiClient.POST('/auth/login', {
        body: { email: values.email, password: values.password },
      });
      void message.success(t('register.welcome', { name: account.displayName }));
      await session.signedIn(me); // re-renders into <Navigate to="/">
    } catch {
      setSubmitting(false);
      void message.warning(t('register.signInFailed'));
    }
  };

  const required = { required: true, whitespace: true, message: t('common:validation.required') };
  return (
    <AuthCard title={t('register.title')} subtitle={t('register.subtitle')}>
      {failure && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={failure} />
      )}
      {emailTaken && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="email-taken"
          title={t('register.emailTaken')}
          action={
            <ButtonLink to={LOGIN_PATH} size="small">
              {t('register.signIn')}
            </ButtonLink>
          }
        />
      )}
      <Form<RegisterValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onValuesChange={() => setDirty(true)}
        onFinish={(values) => void onFinish(values)}
        disabled={submitting}
      >
        <Form.Item
          name="email"
          label={t('register.email')}
          extra={t('register.emailHelp')}
          rules={[
            required,
            { type: 'email', message: t('common:validation.email') },
            { max: 254, message: t('common:validation.tooLong', { max: 254 }) },
          ]}
        >
          <Input prefix={<MailOutlined />} autoComplete="email" inputMode="email" autoFocus />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('register.displayName')}
          extra={t('register.displayNameHelp')}
          rules={[required, { max: 100, message: t('common:validation.tooLong', { max: 100 }) }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('register.password')}
          extra={t('register.passwordHelp')}
          rules={[
            { required: true, message: t('common:validation.required') },
            {
              min: PASSWORD_MIN,
              max: PASSWORD_MAX,
              message: t('common:validation.passwordLength'),
            },
          ]}
          hasFeedback
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('register.confirmPassword')}
          dependencies={['password']}
          hasFeedback
          rules={[
            { required: true, message: t('common:validation.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || getFieldValue('password') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('common:validation.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
          {t('register.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('register.haveAccount')} <Link to={LOGIN_PATH}>{t('register.signIn')}</Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
