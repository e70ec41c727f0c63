import { Alert, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { categories, regimes, type Category, type ListItem, type Regime } from './types';

interface ItemValues {
  itemId: string;
  category: Category;
  nameZhHans: string;
  nameZhHant?: string;
  nameEn?: string;
  includes: string;
  excludes?: string;
  regime: Regime;
  notes?: string;
  source: string;
}

/** The codes typed into one field, separated by semicolons, commas or spaces (ASCII or full-width). */
const splitCodes = (text: string | undefined) =>
  (text ?? '')
    .split(/[;；,，\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);

/**
 * Adding an item to a draft list version, or changing one: its id (when new), category, regime,
 * names, the codes it includes and excludes, notes and source.
 */
export function ListItemDialog({
  versionId,
  item,
  onClose,
  onSaved,
}: {
  versionId: string;
  item: ListItem | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['hetao', 'common']);
  const [form] = Form.useForm<ItemValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (values: ItemValues) => {
    setBusy(true);
    setFailure(null);
    const body = {
      category: values.category,
      nameZhHans: values.nameZhHans,
      nameZhHant: values.nameZhHant || null,
      nameEn: values.nameEn || null,
      includes: splitCodes(values.includes),
      excludes: splitCodes(values.excludes),
      regime: values.regime,
      notes: values.notes || null,
      source: values.source,
    };
    try {
      if (item)
        await apiClient.PATCH('/hetao/list-versions/{id}/items/{itemId}', {
          params: { path: { id: versionId, itemId: item.itemId } },
          body,
        });
      else
        await apiClient.POST('/hetao/list-versions/{id}/items', {
          params: { path: { id: versionId } },
          body: { itemId: values.itemId, ...body },
        });
      onSaved();
    } catch (caught) {
      const failure = submitFailure(form, caught);
      if (failure) setFailure(failure);
    } finally {
      setBusy(false);
    }
  };
  const required = [{ required: true, whitespace: true, message: t('common:validation.required') }];
  return (
    <Modal
      open
      width={720}
      title={item ? `${t('version.editItem')} ${item.itemId}` : t('version.addItem')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      cancelText={t('common:actions.cancel')}
      okText={t('common:actions.save')}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<ItemValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          item
            ? {
                ...item,
                includes: item.includes.join(';'),
                excludes: item.excludes.join(';'),
                nameEn: item.nameEn ?? '',
                notes: item.notes ?? '',
                source: item.source ?? '',
              }
            : { category: 'consumables', regime: 'write-off', source: 'customs edit' }
        }
      >
        {!item && (
          <Form.Item name="itemId" label={t('version.itemId')} rules={required}>
            <Input maxLength={64} />
          </Form.Item>
        )}
        <Space wrap>
          <Form.Item name="category" label={t('common.category')} rules={[{ required: true }]}>
            <Select
              style={{ width: 220 }}
              options={categories.map((value) => ({ value, label: t(`categories.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="regime" label={t('common.regime')} rules={[{ required: true }]}>
            <Select
              style={{ width: 260 }}
              options={regimes.map((value) => ({ value, label: t(`regimes.${value}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="nameZhHans" label={t('version.nameZhHans')} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="nameZhHant" label={t('version.nameZhHant')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('version.nameEn')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="includes"
          label={t('version.includes')}
          extra={t('version.codesHelp')}
          rules={required}
        >
          <Input />
        </Form.Item>
        <Form.Item name="excludes" label={t('version.excludes')}>
          <Input />
        </Form.Item>
        <Form.Item name="notes" label={t('version.notesField')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="source" label={t('version.sourceField')} rules={required}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
