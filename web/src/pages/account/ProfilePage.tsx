import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Select,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ApiError, submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { PageHeading } from '../../components/PageHeading';
import { useUnsavedChangesPrompt } from '../../components/use-unsaved-changes';
import { currentLanguage, switchLanguage } from '../../i18n';
import { languages, type Language } from '../../i18n/languages';
import { useSession } from '../../session/session-context';

interface ProfileValues {
  displayName: string;
  fullName: string;
  phone?: string;
  contactEmail?: string;
  languages: Language[];
  preferredLanguage: Language;
}

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Mirrors the server's rules (src/modules/accounts/schema.ts). */
const PHONE_PATTERN = /^\+?[0-9][0-9 -]{5,19}$/;

function ProfileForm({ onDirtyChange }: { onDirtyChange: (dirty: boolean) => void }) {
  const { t } = useTranslation(['account', 'common']);
  const { message } = App.useApp();
  const session = useSession();
  const me = session.me!;
  const [form] = Form.useForm<ProfileValues>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const initialValues: ProfileValues = {
    displayName: me.account.displayName,
    fullName: me.person?.fullName ?? me.account.displayName,
    phone: me.person?.phone ?? undefined,
    contactEmail: me.person?.contactEmail ?? undefined,
    languages: me.person?.languages ?? [me.account.preferredLanguage],
    preferredLanguage: me.account.preferredLanguage,
  };

  // The header's language switch saves the preference too: follow it unless edited here.
  const savedLanguage = me.account.preferredLanguage;
  useEffect(() => {
    if (!form.isFieldTouched('preferredLanguage'))
      form.setFieldValue('preferredLanguage', savedLanguage);
  }, [form, savedLanguage]);

  const onFinish = async (values: ProfileValues) => {
    setSaving(true);
    setFailure(null);
    try {
      const updated = await apiClient.PATCH('/me/profile', {
        body: {
          displayName: values.displayName,
          fullName: values.fullName,
          phone: values.phone?.trim() ? values.phone.trim() : null,
          contactEmail: values.contactEmail?.trim() ? values.contactEmail.trim() : null,
          languages: values.languages,
          preferredLanguage: values.preferredLanguage,
        },
      });
      onDirtyChange(false);
      session.update(updated);
      if (updated.account.preferredLanguage !== currentLanguage()) {
        await switchLanguage(updated.account.preferredLanguage);
      }
      void message.success(t('profile.saved'));
    } catch (error) {
      const failure = submitFailure(form, error);
      if (failure) setFailure(failure);
    } finally {
      setSaving(false);
    }
  };

  const required = { required: true, whitespace: true, message: t('common:validation.required') };
  return (
    <>
      <Typography.Paragraph type="secondary">{t('profile.description')}</Typography.Paragraph>
      {failure && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={failure} />
      )}
      <Form<ProfileValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        disabled={saving}
        onValuesChange={() => onDirtyChange(true)}
        onFinish={(values) => void onFinish(values)}
        style={{ maxWidth: 560 }}
      >
        <Form.Item
          label={t('profile.email')}
          htmlFor="profile-email"
          extra={t('profile.emailHelp')}
        >
          <Input id="profile-email" value={me.account.email} disabled />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('profile.displayName')}
          rules={[required, { max: 100, message: t('common:validation.tooLong', { max: 100 }) }]}
        >
          <Input autoComplete="nickname" />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={t('profile.fullName')}
          extra={t('profile.fullNameHelp')}
          rules={[required, { max: 100, message: t('common:validation.tooLong', { max: 100 }) }]}
        >
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('profile.phone')}
          rules={[{ pattern: PHONE_PATTERN, message: t('common:validation.phone') }]}
        >
          <Input inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <Form.Item
          name="contactEmail"
          label={t('profile.contactEmail')}
          extra={t('profile.contactEmailHelp')}
          rules={[{ type: 'email', message: t('common:validation.email') }]}
        >
          <Input inputMode="email" autoComplete="email" />
        </Form.Item>
        <Form.Item
          name="languages"
          label={t('profile.languages')}
          extra={t('profile.languagesHelp')}
          rules={[
            { type: 'array', min: 1, max: 3, required: true, message: t('profile.languagesCount') },
          ]}
        >
          <Select
            mode="multiple"
            options={languages.map((code) => ({
              value: code,
              label: t(`common:languageNames.${code}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="preferredLanguage" label={t('profile.preferredLanguage')}>
          <Select
            options={languages.map((code) => ({
              value: code,
              label: t(`common:languageNames.${code}`),
            }))}
          />
        </Form.Item>
        <Flex justify="flex-end" gap={8}>
          <Button
            onClick={() => {
              form.resetFields();
              onDirtyChange(false);
            }}
          >
            {t('common:actions.reset')}
          </Button>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('common:actions.save')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}

function PasswordForm({
  onDirtyChange,
  allowNavigation,
}: {
  onDirtyChange: (dirty: boolean) => void;
  allowNavigation: () => void;
}) {
  const { t } = useTranslation(['account', 'common']);
  const session = useSession();
  const [form] = Form.useForm<PasswordValues>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onFinish = async ({ currentPassword, newPassword }: PasswordValues) => {
    setSaving(true);
    setFailure(null);
    try {
      await apiClient.POST('/me/password', { body: { currentPassword, newPassword } });
      allowNavigation();
      onDirtyChange(false);
      // The server ended every session, this one included: the page goes to sign in, which
      // explains why and comes back here afterwards.
      session.forget('password-changed');
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiError && error.code === 'account.wrong_password') {
        form.setFields([{ name: 'currentPassword', errors: [t('password.wrongPassword')] }]);
        return;
      }
      const failure = submitFailure(form, error);
      if (failure) setFailure(failure);
    }
  };

  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('password.description')}
      />
      {failure && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={failure} />
      )}
      <Form<PasswordValues>
        form={form}
        layout="vertical"
        disabled={saving}
        onValuesChange={() => onDirtyChange(true)}
        onFinish={(values) => void onFinish(values)}
        style={{ maxWidth: 560 }}
      >
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('common:validation.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          hasFeedback
          rules={[
            { required: true, message: t('common:validation.required') },
            { min: 10, max: 128, message: t('common:validation.passwordLength') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          hasFeedback
          rules={[
            { required: true, message: t('common:validation.required') },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('common:validation.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('password.submit')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}

export default function ProfilePage() {
  const { t } = useTranslation(['account', 'common']);
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const [profileDirty, setProfileDirty] = useState(false);
  const [passwordDirty, setPasswordDirty] = useState(false);
  const { allowNavigation } = useUnsavedChangesPrompt(profileDirty || passwordDirty);
  const tab = params.get('tab') === 'password' ? 'password' : 'details';
  const me = session.me!;

  return (
    <>
      <PageHeading
        title={t('titles.profile')}
        extra={
          <Space wrap size={4}>
            <Typography.Text type="secondary">{t('profile.roles')}</Typography.Text>
            {me.account.roles.map((role) => (
              <Tag key={role} color="geekblue">
                {t(`common:roles.${role}`)}
              </Tag>
            ))}
          </Space>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            setParams(key === 'password' ? { tab: 'password' } : {}, { replace: true })
          }
          items={[
            {
              key: 'details',
              label: t('tabs.details'),
              children: <ProfileForm onDirtyChange={setProfileDirty} />,
            },
            {
              key: 'password',
              label: t('tabs.password'),
              children: (
                <PasswordForm onDirtyChange={setPasswordDirty} allowNavigation={allowNavigation} />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
