import { useSearchParams } from 'react-router-dom';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';

/**
 * The providers the signed-in staff member works for, and the one chosen (`?provider=` in the
 * address, so a link or a reload keeps it; the first one otherwise).
 */
export function useMyProvider() {
  const [params, setParams] = useSearchParams();
  const mine = useApi((signal) => apiClient.GET('/vouchers/providers/mine', { signal }), []);
  const wanted = params.get('provider');
  const provider =
    mine.data?.find((candidate) => candidate.id === wanted) ?? mine.data?.[0] ?? null;
  const choose = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('provider', id);
    setParams(next, { replace: true });
  };
  return { mine, provider, choose };
}
