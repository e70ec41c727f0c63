import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { type applyFieldErrors } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { fenToYuan, formatFen, yuanToFen } from '../applications/money';
import { localised } from '../applications/parts';
import type { ReviewDetail } from './types';

/** Runs an officer's action, reporting problems on the page (and on the form's fields). */
export type RunAction = (
  work: () => Promise<unknown>,
  form?: Parameters<typeof applyFieldErrors>[0],
) => Promise<void>;

/** The recommendation on file, naming the officer who made it (four eyes: who proposed what). */
export function RecommendationNotice({ detail }: { detail: ReviewDetail }) {
  const { t } = useTranslation('applications');
  const recommendation = detail.recommendation;
  if (!recommendation) return null;
  return (
    <Alert
      style={{ marginTop: 16 }}
      type="info"
      showIcon
      data-testid="recommendation"
      message={t('reviewDetail.recommendedBy', {
        name: recommendation.byName,
        action: t(`reviewDetail.recommendAction.${recommendation.action}`),
        amount: recommendation.amountFen !== null ? formatFen(recommendation.amountFen) : '',
      })}
      description={recommendation.note}
    />
  );
}

/** The first officer's recommendation: approve with an amount within the cap, or reject. */
export function RecommendPanel({ detail, run }: { detail: ReviewDetail; run: RunAction }) {
  const { t } = useTranslation('applications');
  const [form] = Form.useForm<{
    action: 'approve' | 'reject';
    amountYuan?: number;
    note: string;
  }>();
  const { application } = detail;
  return (
    <Card title={t('reviewDetail.recommend')} style={{ marginTop: 16 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          action: 'approve',
          amountYuan: fenToYuan(application.requestedAmountFen ?? application.capFen),
        }}
        onFinish={(values) =>
          void run(
            () =>
              apiClient.POST('/review/applications/{id}/recommendation', {
                params: { path: { id: application.id } },
                body: {
                  action: values.action,
                  note: values.note,
                  ...(values.action === 'approve' && application.paidByPlatform
                    ? { amountFen: yuanToFen(values.amountYuan) }
                    : {}),
                },
              }),
            form,
          )
        }
      >
        <Form.Item name="action">
          <Radio.Group>
            <Radio value="approve">{t('reviewDetail.recommendApprove')}</Radio>
            <Radio value="reject">{t('reviewDetail.recommendReject')}</Radio>
          </Radio.Group>
        </Form.Item>
        {application.paidByPlatform && (
          <Form.Item
            name="amountYuan"
            label={t('reviewDetail.approveAmount')}
            extra={
              application.capFen !== null
                ? `${t('common.cap')} ${formatFen(application.capFen)}`
                : undefined
            }
          >
            <InputNumber
              min={0}
              precision={2}
              max={fenToYuan(application.capFen) ?? undefined}
              style={{ width: '100%' }}
              data-testid="recommend-amount"
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('reviewDetail.note')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} data-testid="recommend-note" />
        </Form.Item>
        <Button htmlType="submit" data-testid="recommend-submit">
          {t('reviewDetail.recommend')}
        </Button>
      </Form>
    </Card>
  );
}

/** The decision: approve (a second officer, four eyes), return for information, or reject. */
export function DecidePanel({ detail, run }: { detail: ReviewDetail; run: RunAction }) {
  const { t } = useTranslation('applications');
  const [form] = Form.useForm<{ reasons?: string; requestDocuments?: string[] }>();
  const { application, policy, recommendation } = detail;
  const can = (action: string) => detail.availableActions.includes(action);
  const approvedFen = recommendation?.amountFen ?? null;

  const decide = (decision: 'approve' | 'reject' | 'return') =>
    run(async () => {
      const values = form.getFieldsValue();
      await apiClient.POST('/review/applications/{id}/decision', {
        params: { path: { id: application.id } },
        // Rejecting and returning need reasons: an empty one comes back as the field's error.
        body:
          decision === 'approve'
            ? {
                decision,
                ...(approvedFen !== null ? { amountFen: approvedFen } : {}),
                ...(values.reasons ? { reasons: values.reasons } : {}),
              }
            : decision === 'reject'
              ? { decision, reasons: values.reasons ?? '' }
              : {
                  decision,
                  reasons: values.reasons ?? '',
                  ...(values.requestDocuments?.length
                    ? { requestDocuments: values.requestDocuments }
                    : {}),
                },
      });
    }, form);

  return (
    <Card title={t('reviewDetail.decide')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('reviewDetail.fourEyes')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        {can('approve') && application.paidByPlatform && (
          <Form.Item
            label={t('reviewDetail.approveAmount')}
            extra={t('reviewDetail.approveAmountHelp')}
          >
            <InputNumber
              disabled
              value={fenToYuan(approvedFen) ?? undefined}
              precision={2}
              style={{ width: '100%' }}
            />
          </Form.Item>
        )}
        <Form.Item name="reasons" label={t('common.reasons')}>
          <Input.TextArea rows={2} data-testid="decision-reasons" />
        </Form.Item>
        {can('return') && (
          <Form.Item name="requestDocuments" label={t('reviewDetail.returnRequest')}>
            <Select
              mode="multiple"
              allowClear
              options={policy.evidence.map((doc) => ({
                value: doc.id,
                label: localised(doc.label),
              }))}
            />
          </Form.Item>
        )}
        <Flex gap={8} wrap>
          {can('approve') && (
            <Popconfirm
              title={t('reviewDetail.approveConfirmTitle')}
              description={t('reviewDetail.approveConfirm', {
                amount: formatFen(approvedFen ?? 0),
              })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => decide('approve')}
            >
              <Button type="primary" data-testid="decide-approve">
                {t('reviewDetail.buttons.approve')}
              </Button>
            </Popconfirm>
          )}
          {can('return') && (
            <Popconfirm
              title={t('reviewDetail.returnConfirmTitle')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => decide('return')}
            >
              <Button data-testid="decide-return">{t('reviewDetail.buttons.return')}</Button>
            </Popconfirm>
          )}
          {can('reject') && (
            <Popconfirm
              title={t('reviewDetail.rejectConfirmTitle')}
              description={t('reviewDetail.rejectConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => decide('reject')}
            >
              <Button danger data-testid="decide-reject">
                {t('reviewDetail.buttons.reject')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Form>
    </Card>
  );
}
