import { Button, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from './ButtonLink';
import { describeError } from '../api/client';
import { HOME_PATH } from '../app/paths';

/** 404 for paths no area claims. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('errors.notFoundTitle')}
      subTitle={t('errors.notFoundText')}
      extra={
        <ButtonLink to={HOME_PATH} type="primary">
          {t('actions.backHome')}
        </ButtonLink>
      }
    />
  );
}

/** Signed in, but none of the roles this page needs. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('errors.forbiddenTitle')}
      subTitle={t('errors.forbiddenText')}
      extra={
        <ButtonLink to={HOME_PATH} type="primary">
          {t('actions.backHome')}
        </ButtonLink>
      }
    />
  );
}

/** Data for a page could not be loaded: what happened, and a way to try again or go back. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="warning"
      title={t('errors.loadFailed')}
      subTitle={describeError(error)}
      extra={
        <Space wrap>
          {onRetry && (
            <Button type="primary" onClick={onRetry}>
              {t('actions.retry')}
            </Button>
          )}
          <ButtonLink to={HOME_PATH}>{t('actions.backHome')}</ButtonLink>
        </Space>
      }
    />
  );
}
