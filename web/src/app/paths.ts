/** Paths the shell itself needs to know. */
export const HOME_PATH = '/';
export const LOGIN_PATH = '/login';
export const REGISTER_PATH = '/register';
/** The accessibility statement, linked from every page's footer. */
export const ACCESSIBILITY_PATH = '/accessibility';

/**
 * The `next` parameter of the login page, if it is a path inside this app. Anything else
 * (another site, `//evil.example`, a bare word) falls back to home, so a crafted link cannot
 * send a user elsewhere after signing in.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return HOME_PATH;
  }
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`)) return HOME_PATH;
  return next;
}

/** The login page, asking to come back to `returnTo` afterwards. */
export function loginPathFor(returnTo: string): string {
  return returnTo === HOME_PATH ? LOGIN_PATH : `${LOGIN_PATH}?next=${encodeURIComponent(returnTo)}`;
}
