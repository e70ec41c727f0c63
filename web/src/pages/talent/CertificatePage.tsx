import { Alert, Button, Card, Descriptions, Input, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { LoadFailed } from '../../components/StatusPages';

/**
 * The public certificate check (issue #17 item 3): anyone opens /verify/<code>. The page is the
 * certificate — printed from the browser it is the PDF — so no font has to be shipped with the
 * server to draw its Chinese text.
 */
export default function CertificatePage() {
  const { t } = useTranslation('talent');
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const certificate = useApi(
    (signal) =>
      code
        ? apiClient.GET('/talent/certificates/{code}', { params: { path: { code } }, signal })
        : Promise.resolve(undefined),
    [code],
  );
  const notFound =
    certificate.error !== undefined &&
    isApiError(certificate.error) &&
    (certificate.error.status === 404 || certificate.error.status === 400);
  if (certificate.error && !notFound && !certificate.data)
    return <LoadFailed error={certificate.error} onRetry={certificate.reload} />;
  const data = certificate.data;
  return (
    <>
      <PageHeading title={t('titles.verify')} description={t('certificate.verifyHelp')} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Input.Search
          className="no-print"
          defaultValue={code}
          placeholder="XXXX-XXXX-XXXX"
          aria-label={t('certificate.enterCode')}
          enterButton={t('certificate.check')}
          data-testid="verify-code"
          onSearch={(value) => navigate(`/verify/${value.trim().toUpperCase()}`)}
          style={{ maxWidth: 420 }}
        />
        {notFound && (
          <Alert
            type="error"
            showIcon
            message={t('certificate.notFound')}
            data-testid="verify-not-found"
          />
        )}
        {data && (
          <Card data-testid="certificate" style={{ maxWidth: 760 }}>
            <Space
              direction="vertical"
              size="middle"
              style={{ width: '100%', textAlign: 'center' }}
            >
              <Typography.Title level={2} style={{ margin: 0 }}>
                {t('certificate.heading')}
              </Typography.Title>
              <Typography.Paragraph style={{ fontSize: 16 }} data-testid="certificate-body">
                {t('certificate.body', { name: data.fullName })}
              </Typography.Paragraph>
              <Descriptions column={1} bordered size="small" style={{ textAlign: 'left' }}>
                <Descriptions.Item label={t('certificate.status')}>
                  <Tag
                    color={data.status === 'valid' ? 'green' : 'red'}
                    data-testid="certificate-status"
                  >
                    {t(`certificate.statuses.${data.status}`)}
                  </Tag>
                </Descriptions.Item>
                <Descriptions.Item label={t('certificate.kinds')}>
                  {data.kinds.map((kind) => t(`kinds.${kind}`)).join('、')}
                </Descriptions.Item>
                <Descriptions.Item label={t('certificate.validFrom')}>
                  {data.validFrom}
                </Descriptions.Item>
                <Descriptions.Item label={t('certificate.validUntil')}>
                  {data.validUntil ?? t('certificate.noEnd')}
                </Descriptions.Item>
                <Descriptions.Item label={t('certificate.code')}>
                  <Typography.Text code data-testid="certificate-code">
                    {data.code}
                  </Typography.Text>
                </Descriptions.Item>
              </Descriptions>
              <Typography.Text type="secondary">
                {`${window.location.origin}/verify/${data.code}`}
              </Typography.Text>
              <Button className="no-print" onClick={() => window.print()}>
                {t('certificate.print')}
              </Button>
            </Space>
          </Card>
        )}
      </Space>
    </>
  );
}
