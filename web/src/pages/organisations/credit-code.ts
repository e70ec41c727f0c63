import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';
import { apiClient } from '../../api/openapi-client';
import type { CreditCodeProblem } from '../../api/types';

/** Same normalisation as the server: upper case, no spaces or hyphens between groups. */
export function normaliseCreditCode(input: string | undefined): string {
  return (input ?? '').replace(/[\s-]/g, '').toUpperCase();
}

const problemKeys = {
  'uscc.format': 'form.problems.format',
  'uscc.authority': 'form.problems.authority',
  'uscc.check_character': 'form.problems.check_character',
} as const satisfies Record<CreditCodeProblem, string>;

/**
 * Asks the server (GET /organisations/credit-code-check) whether a complete code is valid —
 * the GB 32100-2015 check lives in one place, the server. Resolves with the message to show,
 * or null when valid. An unreachable server is not the user's mistake: it resolves null and
 * the server checks again on submit.
 */
export async function checkCreditCode(
  code: string,
  t: TFunction<'organisations'>,
): Promise<string | null> {
  try {
    const result = await apiClient.GET('/organisations/credit-code-check', {
      params: { query: { code } },
    });
    return result.valid || !result.problem ? null : t(problemKeys[result.problem]);
  } catch (error) {
    if (isApiError(error) && error.status === 400) return t('form.problems.format');
    return null;
  }
}
