import type { Executor } from '../../db/client';
import { AppError } from '../../errors/app-error';
import type { Principal } from '../accounts/service';
import * as repo from './repo';
import { isAccountMemberOf } from '../organisations/service';

/**
 * Object-level access of the spaces module (the route-level audience is in
 * src/shared/permissions.ts): who may run a community, who may act for a company.
 *
 *   administrator        any community
 *   community_operator   a community whose operator organisation they belong to (founder/member)
 *   company member       their own company's applications and leases
 */

/** The community, refusing anyone who neither administers nor works for its operator. */
export async function requireCommunityOperator(
  db: Executor,
  principal: Pick<Principal, 'accountId' | 'roles'>,
  communityId: string,
) {
  const row = await repo.findCommunity(db, communityId);
  if (!row) throw new AppError('space.community_not_found');
  if (principal.roles.includes('admin')) return row;
  const operatorId = row.community.operatorOrganisationId;
  if (
    !principal.roles.includes('community_operator') ||
    operatorId === null ||
    !(await isAccountMemberOf(db, principal.accountId, operatorId))
  )
    throw new AppError('space.not_community_operator');
  return row;
}

/** Refuses anyone who is not a member of the company. */
export async function requireCompanyMember(
  db: Executor,
  principal: Pick<Principal, 'accountId'>,
  organisationId: string,
  pointer?: string,
) {
  if (!(await isAccountMemberOf(db, principal.accountId, organisationId)))
    throw new AppError(
      'space.not_company_member',
      pointer
        ? {
            fieldErrors: [
              {
                pointer,
                code: 'space.not_company_member',
                detail: {
                  'zh-Hans': '您只能为自己所在的企业申请',
                  'zh-Hant': '您只能為自己所在的企業申請',
                  en: 'You may apply only for a company you belong to',
                },
              },
            ],
          }
        : {},
    );
}
