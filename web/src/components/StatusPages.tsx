import { Button, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
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
        <Link to={HOME_PATH}>
          <Button type="primary">{t('actions.backHome')}</Button>
        </Link>
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
        <Link to={HOME_PATH}>
          <Button type="primary">{t('actions.backHome')}</Button>
        </Link>
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
          <Link to={HOME_PATH}>
            <Button>{t('actions.backHome')}</Button>
          </Link>
        </Space>
      }
    />
  );
}
