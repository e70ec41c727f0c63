import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitFailure } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import type { Community } from './types';

interface LadderValues {
  deskMaxTeamSize: number | null | undefined;
  officeMaxTeamSize: number | null | undefined;
  source: string;
}

/**
 * The operator's ladder thresholds (A.S2 gives none): team sizes per rung, each shown as
 * unpublished until the operator sets it, with the decision they come from.
 */
export function LadderCard({ community, onSaved }: { community: Community; onSaved: () => void }) {
  const { t } = useTranslation('spaces');
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<LadderValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ladder = community.ladder;
  const state = (value: number | null | undefined) =>
    value === null || value === undefined ? (
      <Tag color="warning" data-testid="threshold-unpublished">
        {t('operate.ladder.unpublished')}
      </Tag>
    ) : (
      <Tag color="green">{t('operate.ladder.published')}</Tag>
    );
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await apiClient.PUT('/spaces/communities/{communityId}/ladder', {
        params: { path: { communityId: community.id } },
        body: {
          deskMaxTeamSize: values.deskMaxTeamSize ?? null,
          officeMaxTeamSize: values.officeMaxTeamSize ?? null,
          source: values.source.trim(),
        },
      });
      void message.success(t('operate.ladder.saved'));
      onSaved();
    } catch (error) {
      setFailure(submitFailure(form, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('operate.ladder.title')} data-testid="ladder-card">
      <Alert
        type="info"
        showIcon
        message={t('operate.ladder.sourceNote')}
        style={{ marginBottom: 16 }}
      />
      {ladder && (
        <Typography.Paragraph type="secondary" data-testid="ladder-set-at">
          {t('operate.ladder.setAt', { date: dayjs(ladder.setAt).format('LLL') })}
        </Typography.Paragraph>
      )}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          deskMaxTeamSize: ladder?.deskMaxTeamSize ?? null,
          officeMaxTeamSize: ladder?.officeMaxTeamSize ?? null,
          source: ladder?.source ?? '',
        }}
        onFinish={() => void submit().catch(() => undefined)}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label={
                <span>
                  {t('operate.ladder.deskMax')} {state(ladder?.deskMaxTeamSize)}
                </span>
              }
              name="deskMaxTeamSize"
              rules={[
                {
                  type: 'integer',
                  min: 1,
                  max: 100_000,
                  message: t('validation.positiveWhole'),
                },
              ]}
            >
              <InputNumber
                min={1}
                precision={0}
                style={{ width: '100%' }}
                addonAfter={t('common.peopleUnit')}
                data-testid="desk-max"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={
                <span>
                  {t('operate.ladder.officeMax')} {state(ladder?.officeMaxTeamSize)}
                </span>
              }
              name="officeMaxTeamSize"
              dependencies={['deskMaxTeamSize']}
              rules={[
                {
                  type: 'integer',
                  min: 1,
                  max: 100_000,
                  message: t('validation.positiveWhole'),
                },
                ({ getFieldValue }) => ({
                  validator: (_, value: number | null | undefined) => {
                    const desk = getFieldValue('deskMaxTeamSize') as number | null | undefined;
                    return value === null ||
                      value === undefined ||
                      desk === null ||
                      desk === undefined ||
                      value > desk
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('validation.officeAboveDesk')));
                  },
                }),
              ]}
            >
              <InputNumber
                min={1}
                precision={0}
                style={{ width: '100%' }}
                addonAfter={t('common.peopleUnit')}
                data-testid="office-max"
              />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph>{t('operate.ladder.floorRule')}</Typography.Paragraph>
        <Form.Item
          label={t('operate.ladder.source')}
          name="source"
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 500, message: t('validation.tooLong', { max: 500 }) },
          ]}
        >
          <Input
            maxLength={500}
            placeholder={t('operate.ladder.sourcePlaceholder')}
            data-testid="ladder-source"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-ladder">
          {t('operate.ladder.save')}
        </Button>
      </Form>
    </Card>
  );
}
