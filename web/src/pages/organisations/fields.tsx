import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The organisation's name, as on its licence or certificate (registering and correcting). */
export function OrganisationNameField() {
  const { t } = useTranslation(['organisations', 'common']);
  return (
    <Form.Item
      name="name"
      label={t('form.name')}
      rules={[
        { required: true, whitespace: true, message: t('common:validation.required') },
        { max: 200, message: t('common:validation.tooLong', { max: 200 }) },
      ]}
    >
      <Input autoComplete="organization" data-testid="organisation-name" />
    </Form.Item>
  );
}

/** The registered address, optional (the Hetao exemption asks where the importer is registered). */
export function RegisteredAddressField() {
  const { t } = useTranslation(['organisations', 'common']);
  return (
    <Form.Item
      name="registeredAddress"
      label={t('form.address')}
      extra={t('form.addressHelp')}
      rules={[{ max: 300, message: t('common:validation.tooLong', { max: 300 }) }]}
    >
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} autoComplete="street-address" />
    </Form.Item>
  );
}
