import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, describeError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import type { ListVersionDetail } from './types';

interface MetaValues {
  title: string;
  issuingDocument?: string;
  effectiveDate?: Dayjs | null;
  source: string;
  notes?: string;
}

/** Changing a draft list version's title, issuing document, effective date, source and notes. */
export function ListMetaDialog({
  version,
  onClose,
  onSaved,
}: {
  version: ListVersionDetail;
  onClose: () => void;
  onSaved: (version: ListVersionDetail) => void;
}) {
  const { t } = useTranslation(['hetao', 'common']);
  const [form] = Form.useForm<MetaValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (values: MetaValues) => {
    try {
      onSaved(
        await apiClient.PATCH('/hetao/list-versions/{id}', {
          params: { path: { id: version.id } },
          body: {
            title: values.title,
            issuingDocument: values.issuingDocument || null,
            effectiveDate: values.effectiveDate ? values.effectiveDate.format('YYYY-MM-DD') : null,
            source: values.source,
            notes: values.notes || null,
          },
        }),
      );
    } catch (caught) {
      applyFieldErrors(form, caught);
      setFailure(describeError(caught));
    }
  };
  return (
    <Modal
      open
      title={t('version.editMeta')}
      onCancel={onClose}
      onOk={() => form.submit()}
      cancelText={t('common:actions.cancel')}
      okText={t('common:actions.save')}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<MetaValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          title: version.title,
          issuingDocument: version.issuingDocument ?? '',
          effectiveDate: version.effectiveDate ? dayjs(version.effectiveDate) : null,
          source: version.source,
          notes: version.notes ?? '',
        }}
      >
        <Form.Item
          name="title"
          label={t('lists.title')}
          rules={[{ required: true, whitespace: true, message: t('common:validation.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="issuingDocument" label={t('lists.issuingDocument')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('lists.effectiveDate')}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('lists.source')}
          rules={[{ required: true, whitespace: true, message: t('common:validation.required') }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="notes" label={t('lists.notes')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
