import { DeleteOutlined } from '@ant-design/icons';
import {
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fenToYuan, yuanToFen } from './money';
import type { FactQuestion } from './types';

const API_DATE = 'YYYY-MM-DD';

/** `person.highestDegree` → ['facts', 'person', 'highestDegree'] */
function factName(path: string): string[] {
  return ['facts', ...path.split('.')];
}

/**
 * A list of benefits already received. "None of these" is an answer in its own right (an empty
 * list), distinct from not answering — the engine needs to know which.
 */
function PolicyListInput({
  id,
  value,
  onChange,
  options,
  disabled,
}: {
  /** From Form.Item: the question's label names the list (its `for`). */
  id?: string;
  value?: string[];
  onChange?: (value: string[] | undefined) => void;
  options: { value: string; label: string }[];
  disabled: boolean;
}) {
  const { t } = useTranslation('applications');
  const none = Array.isArray(value) && value.length === 0;
  return (
    <Flex vertical gap={4}>
      <Select
        id={id}
        mode="multiple"
        allowClear
        disabled={disabled || none}
        value={value}
        onChange={(next: string[]) => onChange?.(next.length > 0 ? next : undefined)}
        options={options}
      />
      <Checkbox
        checked={none}
        disabled={disabled}
        onChange={(event) => onChange?.(event.target.checked ? [] : undefined)}
        data-testid="none-of-these"
      >
        {t('form.noneOfThese')}
      </Checkbox>
    </Flex>
  );
}

export function FactField({ fact, disabled }: { fact: FactQuestion; disabled: boolean }) {
  return (
    <div data-fact={fact.path}>
      <FactInput fact={fact} disabled={disabled} />
    </div>
  );
}

function FactInput({ fact, disabled }: { fact: FactQuestion; disabled: boolean }) {
  const { t } = useTranslation('applications');
  const common = { label: fact.question, name: factName(fact.path) };
  switch (fact.type) {
    case 'boolean':
      return (
        <Form.Item {...common}>
          <Radio.Group disabled={disabled}>
            <Radio value={true}>{t('common.yes')}</Radio>
            <Radio value={false}>{t('common.no')}</Radio>
          </Radio.Group>
        </Form.Item>
      );
    case 'enum':
      return (
        <Form.Item {...common}>
          <Select allowClear disabled={disabled} options={fact.options} />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item
          {...common}
          getValueProps={(value: string | undefined) => ({
            value: value ? dayjs(value) : undefined,
          })}
          normalize={(value: Dayjs | null) => (value ? value.format(API_DATE) : undefined)}
        >
          <DatePicker disabled={disabled} style={{ width: '100%' }} />
        </Form.Item>
      );
    case 'integer':
      return (
        <Form.Item {...common}>
          <InputNumber disabled={disabled} precision={0} min={0} style={{ width: '100%' }} />
        </Form.Item>
      );
    case 'money':
      return (
        <Form.Item
          {...common}
          getValueProps={(value: number | undefined) => ({ value: fenToYuan(value) })}
          normalize={(value: number | null) => yuanToFen(value) ?? undefined}
        >
          <InputNumber
            disabled={disabled}
            min={0}
            precision={2}
            addonAfter={t('common.yuan')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      );
    case 'policy-list':
      return (
        <Form.Item {...common}>
          <PolicyListInput disabled={disabled} options={fact.options} />
        </Form.Item>
      );
    case 'achievement-list':
      return (
        <Form.Item label={fact.question}>
          <Form.List name={factName(fact.path)}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} wrap align="baseline">
                    {/* NOTE: one row per item, no visible labels: each field names itself. */}
                    <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]}>
                      <Select
                        aria-label={t('form.listKind')}
                        disabled={disabled}
                        style={{ width: 160 }}
                        options={fact.options}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'description']} rules={[{ required: true }]}>
                      <Input
                        aria-label={t('form.listDescription')}
                        disabled={disabled}
                        style={{ width: 260 }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'evidenceUrl']}>
                      <Input
                        aria-label={t('form.listLink')}
                        disabled={disabled}
                        placeholder="https://"
                        style={{ width: 220 }}
                      />
                    </Form.Item>
                    {!disabled && (
                      // A button, not a bare icon: the keyboard reaches it and it has a name.
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t('form.listRemove')}
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Space>
                ))}
                {!disabled && (
                  <Button onClick={() => add({ kind: fact.options[0]?.value })}>
                    {t('form.listAdd')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </Form.Item>
      );
    default:
      return (
        <Form.Item {...common}>
          <Input disabled={disabled} />
        </Form.Item>
      );
  }
}
