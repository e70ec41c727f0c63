import { useSession } from '../../session/session-context';
import { PageLoading } from '../../components/PageLoading';
import { DashboardPage } from './DashboardPage';
import { LandingPage } from './LandingPage';

/** `/`: the public landing page for visitors, the dashboard once signed in. */
export default function HomePage() {
  const session = useSession();
  if (session.status === 'loading') return <PageLoading />;
  return session.status === 'signed-in' ? <DashboardPage /> : <LandingPage />;
}
