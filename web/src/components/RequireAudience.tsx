import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { describeError } from '../api/client';
import type { Audience } from '../app/audience';
import { loginPathFor } from '../app/paths';
import { useSession } from '../session/session-context';
import { PageLoading } from './PageLoading';
import { ForbiddenPage } from './StatusPages';

/**
 * Shows `children` only to the audience. Signed-out visitors of a protected page go to the login
 * page, which brings them back here afterwards; signed-in users without the role see a 403.
 */
export function RequireAudience({
  audience,
  children,
}: {
  audience: Audience;
  children: ReactNode;
}) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (audience === 'anyone') return children;
  if (session.status === 'loading') return <PageLoading />;
  if (session.status === 'error') {
    return (
      <Result
        status="warning"
        title={t('errors.loadFailed')}
        subTitle={describeError(session.error)}
        extra={
          <Button type="primary" onClick={() => void session.refresh()}>
            {t('actions.retry')}
          </Button>
        }
      />
    );
  }
  if (session.status === 'signed-out') {
    return (
      <Navigate to={loginPathFor(location.pathname + location.search + location.hash)} replace />
    );
  }
  if (!session.canSee(audience)) return <ForbiddenPage />;
  return children;
}
