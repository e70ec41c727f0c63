import type { Role } from '../api/types';

/**
 * Who may see a page, menu entry or home card — the same vocabulary as the server's permission
 * table (src/http/permissions.ts):
 *   'anyone'         also signed-out visitors
 *   'authenticated'  any signed-in account
 *   [roles]          an account holding at least one of these roles
 * The UI only hides what the server would refuse anyway; the server still decides.
 */
export type Audience = 'anyone' | 'authenticated' | readonly Role[];

/** Does a visitor with these roles (null: signed out) belong to this audience? */
export function isInAudience(audience: Audience, roles: readonly Role[] | null): boolean {
  if (audience === 'anyone') return true;
  if (roles === null) return false;
  if (audience === 'authenticated') return true;
  return roles.some((role) => audience.includes(role));
}
