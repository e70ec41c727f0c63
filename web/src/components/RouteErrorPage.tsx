import { Button, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { HOME_PATH } from '../app/paths';
import { NotFoundPage } from './StatusPages';

/** A lazily loaded page whose file is gone: the site was redeployed since this tab opened. */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
      error.message,
    )
  );
}

/** What a user sees when a page crashes: an apology, and ways back (reload, home). */
export function CrashResult({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const chunk = isChunkLoadError(error);
  return (
    <Result
      status={chunk ? 'info' : '500'}
      title={t('errors.crashTitle')}
      subTitle={chunk ? t('errors.chunkText') : t('errors.crashText')}
      extra={
        <Space wrap orientation="horizontal">
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('actions.reload')}
          </Button>
          {/* A full navigation, not a router link: the router state may be what broke. */}
          <Button href={HOME_PATH}>{t('actions.backHome')}</Button>
        </Space>
      }
    >
      {import.meta.env.DEV && error instanceof Error && (
        <Typography.Paragraph type="secondary" code>
          {error.message}
        </Typography.Paragraph>
      )}
    </Result>
  );
}

/** react-router `errorElement`: unknown routes → 404, anything thrown while rendering → crash. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return <CrashResult error={error} />;
}
