import type { ServiceContext } from '../../shared/service-context';
import { findPersonByAccount, type Principal } from '../accounts/service';
import { listOrganisationsOfPerson } from '../organisations/service';

/**
 * Who sees which declarations and ledger items (issue #16): the members of the importing
 * organisation, and customs officers (checked by the caller with `isCustoms`). Anyone else is
 * told "not found", never "forbidden", so ids do not leak.
 */
export async function accessibleOrganisationIds(
  ctx: ServiceContext,
  principal: Principal,
): Promise<string[]> {
  const person = await findPersonByAccount(ctx.db, principal.accountId);
  if (!person) return [];
  const memberships = await listOrganisationsOfPerson(ctx.db, person.id);
  return memberships.map((membership) => membership.organisation.id);
}
