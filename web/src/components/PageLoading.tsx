import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Centred spinner with a readable label while a page or its data loads. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }} role="status">
      <Spin size="large" description={t('states.loading')} />
    </Flex>
  );
}
