import { createContext, useContext } from 'react';
import type { Me, Role } from '../api/types';
import type { Audience } from '../app/audience';
import type { Language } from '../i18n/languages';

export type SessionStatus = 'loading' | 'signed-in' | 'signed-out' | 'error';

/** `expired`: the session ended by itself (timed out, ended elsewhere); `password-changed`. */
export type SignedOutReason = 'expired' | 'password-changed';

export interface Session {
  status: SessionStatus;
  /** The signed-in account with profile and memberships; null unless signed in. */
  me: Me | null;
  /** The signed-in account's roles; empty when signed out. */
  roles: readonly Role[];
  /** Why /me failed (status 'error'): the server is down or unreachable. */
  error: unknown;
  /** Why the UI signed out on its own, for the login page to explain; null otherwise. */
  signedOutReason: SignedOutReason | null;
  /** True when the account holds at least one of these roles. */
  hasRole(...roles: Role[]): boolean;
  /** True when the visitor belongs to this audience (see app/audience.ts). */
  canSee(audience: Audience): boolean;
  /** Adopts the /me document a sign-in returned. */
  signedIn(me: Me): Promise<void>;
  /** Replaces the /me document after a change (profile saved, organisation added, …). */
  update(me: Me): void;
  /** Reloads /me. */
  refresh(): Promise<void>;
  /** Ends the session on the server and reloads the app on the public home page. */
  logout(): Promise<void>;
  /** Forgets the session locally after the server ended it (e.g. a password change). */
  forget(reason: SignedOutReason): void;
  /** Switches the UI language, remembers it here and, when signed in, saves it to the account. */
  changeLanguage(language: Language): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The current session: who is signed in, their roles, and the sign-in/out actions. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
