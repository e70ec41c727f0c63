import { App as AntApp, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../api/client';
import { apiClient } from '../../api/openapi-client';

/** Appealing a decision: the applicant's reasons, sent to the officers. */
export function AppealDialog({
  id,
  open,
  onClose,
  onAppealed,
}: {
  id: string;
  open: boolean;
  onClose: () => void;
  onAppealed: () => void;
}) {
  const { t } = useTranslation('applications');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reasons: string }>();

  const appeal = async () => {
    const values = await form.validateFields();
    try {
      await apiClient.POST('/applications/{id}/appeal', { params: { path: { id } }, body: values });
      onClose();
      void message.success(t('detail.appealed'));
      onAppealed();
    } catch (caught) {
      applyFieldErrors(form, caught);
    }
  };

  return (
    <Modal
      open={open}
      title={t('detail.appeal')}
      onCancel={onClose}
      onOk={() => void appeal()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
    >
      <Typography.Paragraph type="secondary">{t('detail.appealHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="reasons" label={t('detail.appealReasons')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
