import { useTranslation } from 'react-i18next';
import { apiClient } from '../../api/openapi-client';
import { useApi } from '../../api/use-api';
import { localised } from './parts';
import type { LocalisedText } from '../../api/openapi-client';

export interface CataloguePolicy {
  id: string;
  name: LocalisedText;
}

/**
 * The catalogue's benefits and a way to name one by its id in the reader's language, for pages
 * whose rows carry only a `policyId` (budgets, payable applications). Until the catalogue has
 * loaded, or for an id it does not know, the id itself is shown rather than nothing.
 */
export function usePolicyNames(): {
  policies: CataloguePolicy[];
  policyName: (policyId: string) => string;
} {
  useTranslation(); // re-render on a language switch
  const { data } = useApi((signal) => apiClient.GET('/policies', { signal }), []);
  const policies = data?.policies ?? [];
  const names = new Map(policies.map((policy) => [policy.id, policy.name]));
  return {
    policies,
    policyName: (policyId) => {
      const name = names.get(policyId);
      return name ? localised(name) : policyId;
    },
  };
}
