import { permissionAudiences, type Permission } from '../api/permissions';
import type { Role } from '../api/types';

/**
 * Who may see a page, menu entry or home card — the same vocabulary as the server's permission
 * table (src/shared/permissions.ts):
 *   'anyone'         also signed-out visitors
 *   'authenticated'  any signed-in account
 *   [roles]          an account holding at least one of these roles
 * A page that calls routes of one permission takes that permission's audience with
 * {@link audienceOf}, so the roles are written once, in the server's table. The UI only hides
 * what the server would refuse anyway; the server still decides.
 */
export type Audience = 'anyone' | 'authenticated' | readonly Role[];

/** The audience of a permission of the server's table (web/src/api/permissions.ts, generated). */
export function audienceOf(permission: Permission): Audience {
  return permissionAudiences[permission];
}

/** Does a visitor with these roles (null: signed out) belong to this audience? */
export function isInAudience(audience: Audience, roles: readonly Role[] | null): boolean {
  if (audience === 'anyone') return true;
  if (roles === null) return false;
  if (audience === 'authenticated') return true;
  return roles.some((role) => audience.includes(role));
}
