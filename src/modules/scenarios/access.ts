import type { Executor } from '../../db/client';
import { AppError, type ErrorCode } from '../../errors/app-error';
import type { Principal } from '../accounts/service';
import { isAccountMemberOf } from '../organisations/service';

/**
 * Object-level access of scenarios and challenges (the route-level audience is in
 * src/shared/permissions.ts):
 *
 *   agency / admin       every scenario, proposal, challenge and consortium
 *   company member       their own company's proposals and attachments
 *   organisation member  consortia their organisation leads or was invited to
 *   reviewer             consortia of challenges whose panel they sit on
 */

export function isAgency(principal: Pick<Principal, 'roles'>) {
  return principal.roles.includes('agency') || principal.roles.includes('admin');
}

/** Refuses anyone who is not a member of the organisation, with a field pointer if given. */
export async function requireMemberOf(
  db: Executor,
  principal: Pick<Principal, 'accountId'>,
  organisationId: string,
  code: ErrorCode,
  pointer?: string,
) {
  if (await isAccountMemberOf(db, principal.accountId, organisationId)) return;
  throw new AppError(
    code,
    pointer
      ? {
          fieldErrors: [
            {
              pointer,
              code,
              detail: {
                'zh-Hans': '您只能代表自己所在的单位',
                'zh-Hant': '您只能代表自己所在的單位',
                en: 'You may act only for an organisation you belong to',
              },
            },
          ],
        }
      : {},
  );
}
