import { Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fenToYuan, formatFen } from './money';
import { Heading } from '../../components/Heading';

/**
 * For a benefit the platform pays: the amount asked for (in yuan, up to the cap) and the bank
 * account it is paid to. Fields of the answers form (`requestedAmountYuan`, `payee.*`).
 */
export function AmountAndPayeeFields({ capFen }: { capFen: number | null }) {
  const { t } = useTranslation('applications');
  return (
    <>
      <Form.Item
        label={t('form.amount')}
        name="requestedAmountYuan"
        extra={t('form.amountHelp', {
          cap: capFen !== null ? formatFen(capFen) : t('common.unpublished'),
        })}
      >
        <InputNumber
          min={0}
          precision={2}
          max={fenToYuan(capFen) ?? undefined}
          style={{ width: '100%' }}
        />
      </Form.Item>
      {/* Under the page's h1 (card titles are not headings): an h2, at the size of an h5. */}
      <Heading level={2} looksLike={5}>
        {t('form.payee')}
      </Heading>
      <Typography.Paragraph type="secondary">{t('form.payeeHelp')}</Typography.Paragraph>
      <Form.Item label={t('form.accountName')} name={['payee', 'accountName']}>
        <Input data-testid="payee-name" />
      </Form.Item>
      <Form.Item label={t('form.bankName')} name={['payee', 'bankName']}>
        <Input data-testid="payee-bank" />
      </Form.Item>
      <Form.Item label={t('form.accountNumber')} name={['payee', 'accountNumber']}>
        <Input inputMode="numeric" data-testid="payee-account" />
      </Form.Item>
    </>
  );
}
