import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { submitFailure } from '../../api/client';
import { apiClient, type ApiSchema } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { useUnsavedChangesPrompt } from '../../components/use-unsaved-changes';
import { yuanToFen } from '../applications/money';
import { formatFen, useOrganisationChoice } from './parts';
import { partUses, type PartUse } from './types';

type ListItem = ApiSchema<'HetaoListItem'>;

interface LineValues {
  description: string;
  hsCode: string;
  listItemId: string;
  partUse?: PartUse;
  quantity: number;
  unit: string;
  valueMode: 'yuan' | 'foreign';
  /** NOTE: in yuan on the form (sent as fen); named as the server's field so its errors land here. */
  valueFen?: number;
  foreignAmount?: string;
  currency?: string;
  exchangeRate?: string;
  dutyRate?: string;
  vatRate?: string;
  consumptionRate?: string;
  biosafety?: boolean;
  permitReference?: string;
}

interface Values {
  declarationNumber: string;
  declaredOn: string;
  releasedOn?: string;
  lines: LineValues[];
}

const optional = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * Records a first-line declaration (issue #16 item 2): lines picked from the published list (or
 * brought from the lookup's answer: `?listItemId=…&hsCode=…&description=…`), values in yuan or a
 * foreign amount with the day's rate, rates or the tariff table's, the biosafety permit (B.R1).
 * The server checks everything and answers with the taxes spared, or each refused field.
 */
export default function DeclarationFormPage() {
  const { t, i18n } = useTranslation(['hetaoLedger', 'common']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { organisationId, picker } = useOrganisationChoice();
  const { data: list } = useApi((signal) => apiClient.GET('/hetao/list', { signal }), []);
  const items = list?.items ?? [];
  const [dirty, setDirty] = useState(false);
  const { allowNavigation } = useUnsavedChangesPrompt(dirty);
  const fromLookup = search.get('listItemId');
  const language = i18n.resolvedLanguage ?? 'zh-Hans';
  const itemName = (item: ListItem) =>
    language === 'en'
      ? (item.nameEn ?? item.nameZhHans)
      : language === 'zh-Hant'
        ? item.nameZhHant
        : item.nameZhHans;
  const required = { required: true, whitespace: true, message: t('form.required') };
  const requiredNumber = { required: true, message: t('form.required') };

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      const declaration = await apiClient.POST('/hetao/declarations', {
        body: {
          ...(organisationId ? { organisationId } : {}),
          declarationNumber: values.declarationNumber.trim(),
          declaredOn: values.declaredOn,
          ...(values.releasedOn ? { releasedOn: values.releasedOn } : {}),
          lines: values.lines.map((line) => ({
            description: line.description,
            hsCode: line.hsCode,
            listItemId: line.listItemId,
            ...(line.partUse ? { partUse: line.partUse } : {}),
            quantity: line.quantity,
            unit: line.unit,
            ...(line.valueMode === 'foreign'
              ? {
                  foreignAmount: optional(line.foreignAmount),
                  currency: optional(line.currency)?.toUpperCase(),
                  exchangeRate: optional(line.exchangeRate),
                }
              : { valueFen: yuanToFen(line.valueFen) ?? undefined }),
            dutyRate: optional(line.dutyRate),
            vatRate: optional(line.vatRate),
            consumptionRate: optional(line.consumptionRate),
            biosafety: line.biosafety === true,
            permitReference: optional(line.permitReference),
          })),
        },
      });
      setDirty(false);
      allowNavigation();
      void message.success(t('form.recorded', { amount: formatFen(declaration.totalFen) }));
      navigate(`/hetao/declarations/${declaration.id}`);
    } catch (caught) {
      setFailure(submitFailure(form, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('titles.newDeclaration')} description={t('declarations.description')} />
      {picker && <div style={{ marginBottom: 12 }}>{picker}</div>}
      {fromLookup && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('form.fromLookup', { item: fromLookup, code: search.get('hsCode') ?? '' })}
          data-testid="from-lookup"
        />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          message={failure}
          style={{ marginBottom: 12 }}
          data-testid="declaration-failure"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => setDirty(true)}
        initialValues={{
          lines: [
            {
              description: search.get('description') ?? '',
              hsCode: search.get('hsCode') ?? '',
              listItemId: fromLookup ?? undefined,
              valueMode: 'yuan',
              biosafety: false,
            },
          ],
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="declarationNumber" label={t('form.number')} rules={[required]}>
              <Input maxLength={40} data-testid="declaration-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="declaredOn" label={t('form.declaredOn')} rules={[required]}>
              <Input type="date" data-testid="declared-on" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="releasedOn" label={t('form.releasedOn')}>
              <Input type="date" data-testid="released-on" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  data-testid="declaration-line"
                  title={t('form.line', { n: index + 1 })}
                  extra={
                    fields.length > 1 && (
                      <Button
                        type="text"
                        danger
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(field.name)}
                      >
                        {t('form.removeLine')}
                      </Button>
                    )
                  }
                >
                  <Row gutter={12}>
                    <Col xs={24} md={12}>
                      <Form.Item
                        name={[field.name, 'listItemId']}
                        label={t('form.listItem')}
                        rules={[requiredNumber]}
                      >
                        <Select
                          showSearch
                          optionFilterProp="label"
                          placeholder={t('form.listItemPlaceholder')}
                          data-testid={`line-${index}-item`}
                          options={items.map((item) => ({
                            value: item.itemId,
                            label: `${item.itemId} ${itemName(item)}（${t(`category.${item.category}`)}）`,
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item
                        name={[field.name, 'description']}
                        label={t('common.description')}
                        rules={[required]}
                      >
                        <Input maxLength={500} data-testid={`line-${index}-description`} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item
                        name={[field.name, 'hsCode']}
                        label={t('common.hsCode')}
                        rules={[required]}
                      >
                        <Input maxLength={20} data-testid={`line-${index}-hs`} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item
                        name={[field.name, 'quantity']}
                        label={t('common.quantity')}
                        rules={[requiredNumber]}
                      >
                        <InputNumber
                          min={0}
                          step={1}
                          style={{ width: '100%' }}
                          data-testid={`line-${index}-quantity`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item
                        name={[field.name, 'unit']}
                        label={t('common.unit')}
                        rules={[required]}
                      >
                        <Input maxLength={20} data-testid={`line-${index}-unit`} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        noStyle
                        shouldUpdate={(a, b) =>
                          a.lines?.[field.name]?.listItemId !== b.lines?.[field.name]?.listItemId
                        }
                      >
                        {({ getFieldValue }) => {
                          const picked = items.find(
                            (item) =>
                              item.itemId === getFieldValue(['lines', field.name, 'listItemId']),
                          );
                          return picked?.category === 'equipment' ? (
                            <Form.Item
                              name={[field.name, 'partUse']}
                              label={t('form.partUse')}
                              rules={[requiredNumber]}
                            >
                              <Select
                                data-testid={`line-${index}-part-use`}
                                options={partUses.map((value) => ({
                                  value,
                                  label: t(`partUse.${value}`),
                                }))}
                              />
                            </Form.Item>
                          ) : picked ? (
                            <Form.Item label={t('common.regime')}>
                              <Typography.Text>{t(`regime.${picked.regime}`)}</Typography.Text>
                            </Form.Item>
                          ) : null;
                        }}
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item name={[field.name, 'valueMode']} label={t('form.valueMode')}>
                    <Radio.Group
                      optionType="button"
                      options={[
                        { value: 'yuan', label: t('form.valueYuan') },
                        { value: 'foreign', label: t('form.valueForeign') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item
                    noStyle
                    shouldUpdate={(a, b) =>
                      a.lines?.[field.name]?.valueMode !== b.lines?.[field.name]?.valueMode
                    }
                  >
                    {({ getFieldValue }) =>
                      getFieldValue(['lines', field.name, 'valueMode']) === 'foreign' ? (
                        <Row gutter={12}>
                          <Col xs={24} md={8}>
                            <Form.Item
                              name={[field.name, 'foreignAmount']}
                              label={t('form.foreignAmount')}
                              rules={[required]}
                            >
                              <Input inputMode="decimal" data-testid={`line-${index}-foreign`} />
                            </Form.Item>
                          </Col>
                          <Col xs={12} md={8}>
                            <Form.Item
                              name={[field.name, 'currency']}
                              label={t('form.currency')}
                              rules={[required]}
                            >
                              <Input maxLength={3} data-testid={`line-${index}-currency`} />
                            </Form.Item>
                          </Col>
                          <Col xs={12} md={8}>
                            <Form.Item
                              name={[field.name, 'exchangeRate']}
                              label={t('form.exchangeRate')}
                              rules={[required]}
                            >
                              <Input inputMode="decimal" data-testid={`line-${index}-rate`} />
                            </Form.Item>
                          </Col>
                        </Row>
                      ) : (
                        <Form.Item
                          name={[field.name, 'valueFen']}
                          label={t('form.valueYuanLabel')}
                          rules={[requiredNumber]}
                        >
                          <InputNumber
                            min={0}
                            precision={2}
                            style={{ width: '100%', maxWidth: 280 }}
                            data-testid={`line-${index}-value`}
                          />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                  <Typography.Paragraph type="secondary">
                    {t('form.ratesHelp')}
                  </Typography.Paragraph>
                  <Row gutter={12}>
                    <Col xs={8}>
                      <Form.Item name={[field.name, 'dutyRate']} label={t('form.dutyRate')}>
                        <Input
                          inputMode="decimal"
                          placeholder="0.03"
                          data-testid={`line-${index}-duty`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={8}>
                      <Form.Item name={[field.name, 'vatRate']} label={t('form.vatRate')}>
                        <Input
                          inputMode="decimal"
                          placeholder="0.13"
                          data-testid={`line-${index}-vat`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={8}>
                      <Form.Item
                        name={[field.name, 'consumptionRate']}
                        label={t('form.consumptionRate')}
                      >
                        <Input inputMode="decimal" data-testid={`line-${index}-consumption`} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Row gutter={12}>
                    <Col xs={24} md={12}>
                      <Form.Item name={[field.name, 'biosafety']} valuePropName="checked">
                        <Checkbox data-testid={`line-${index}-biosafety`}>
                          {t('form.biosafety')}
                        </Checkbox>
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item name={[field.name, 'permitReference']} label={t('form.permit')}>
                        <Input maxLength={200} data-testid={`line-${index}-permit`} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              {fields.length < 200 && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() =>
                    add({ valueMode: 'yuan', biosafety: false, description: '', hsCode: '' })
                  }
                  data-testid="add-line"
                >
                  {t('form.addLine')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <div style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="submit-declaration">
            {t('form.submit')}
          </Button>
        </div>
      </Form>
    </>
  );
}
