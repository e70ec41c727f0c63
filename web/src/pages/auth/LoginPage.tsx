import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { applyFieldErrors, ApiError, describeError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { REGISTER_PATH, safeNextPath } from '../../app/paths';
import { useSession } from '../../session/session-context';
import { AuthCard } from './AuthCard';

interface LoginValues {
  email: string;
  password: string;
}

/** Why we are here, when another page sent the user (`?reason=`). */
const reasons = { expired: 'login.expired', 'password-changed': 'login.passwordChanged' } as const;

export default function LoginPage() {
  const { t } = useTranslation(['auth', 'common']);
  const session = useSession();
  const [form] = Form.useForm<LoginValues>();
  const [params] = useSearchParams();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<{ title: string; detail?: string } | null>(null);
  const next = safeNextPath(params.get('next'));
  const reason = params.get('reason') ?? session.signedOutReason;

  if (session.status === 'signed-in') return <Navigate to={next} replace />;

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      const me = await apiClient.POST('/auth/login', { body: values });
      await session.signedIn(me); // re-renders into <Navigate to={next}>
    } catch (error) {
      setSubmitting(false);
      const unmatched = applyFieldErrors(form, error);
      if (error instanceof ApiError && error.code === 'request.rate_limited') {
        const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
        setFailure({
          title: t('login.rateLimited'),
          // NOTE: a stranger's guesses lock out only browsers the account does not know (the
          // server's device cookies), so the owner's usual browser still gets in.
          detail: t('login.rateLimitedDetail', { minutes }),
        });
      } else if (error instanceof ApiError && error.code === 'request.validation_failed') {
        if (unmatched.length > 0) setFailure({ title: describeError(error) });
      } else if (error instanceof ApiError) {
        setFailure({ title: error.title, detail: error.detail });
      } else {
        setFailure({ title: t('login.failed'), detail: describeError(error) });
      }
    }
  };

  return (
    <AuthCard title={t('login.title')} subtitle={t('login.subtitle')}>
      {reason && reason in reasons && !failure && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(reasons[reason as keyof typeof reasons])}
        />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="login-error"
          style={{ marginBottom: 16 }}
          title={failure.title}
          description={failure.detail}
        />
      )}
      <Form<LoginValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => void onFinish(values)}
        disabled={submitting}
      >
        <Form.Item
          name="email"
          label={t('login.email')}
          rules={[
            { required: true, whitespace: true, message: t('common:validation.required') },
            { type: 'email', message: t('common:validation.email') },
          ]}
        >
          <Input prefix={<MailOutlined />} autoComplete="username" inputMode="email" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('login.password')}
          rules={[{ required: true, message: t('common:validation.required') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
          {t('login.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('login.noAccount')}{' '}
        <Link to={REGISTER_PATH} data-testid="register-link">
          {t('login.register')}
        </Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
