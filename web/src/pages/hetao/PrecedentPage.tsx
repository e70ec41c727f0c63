import { Alert, Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { PageHeading } from '../../components/PageHeading';
import { PageLoading } from '../../components/PageLoading';
import { LoadFailed } from '../../components/StatusPages';
import { PrecedentItem } from './PrecedentsPage';
import { ButtonLink } from '../../components/ButtonLink';

/** Public: one precedent, as the lookup and the precedents list link to it. */
export default function PrecedentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('hetao');
  const { data, error, reload } = useApi(
    (signal) => apiClient.GET('/hetao/precedents/{id}', { params: { path: { id } }, signal }),
    [id],
  );
  if (error && !data)
    return isApiError(error, 'hetao.precedent_not_found') ? (
      <Alert type="warning" showIcon message={t('precedents.empty')} />
    ) : (
      <LoadFailed error={error} onRetry={reload} />
    );
  if (!data) return <PageLoading />;
  return (
    <>
      <PageHeading
        title={data.reference}
        description={t('precedents.description')}
        extra={<ButtonLink to="/hetao/precedents">{t('common.viewAll')}</ButtonLink>}
      />
      <Card>
        <List
          dataSource={[data]}
          renderItem={(precedent) => <PrecedentItem precedent={precedent} />}
        />
      </Card>
    </>
  );
}
