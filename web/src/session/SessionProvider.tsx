import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isApiError, onSessionExpired } from '../api/client';
import { apiClient } from '../api/openapi-client';
import type { Me, Role } from '../api/types';
import { isInAudience, type Audience } from '../app/audience';
import { HOME_PATH } from '../app/paths';
import { currentLanguage, switchLanguage } from '../i18n';
import type { Language } from '../i18n/languages';
import {
  SessionContext,
  type Session,
  type SessionStatus,
  type SignedOutReason,
} from './session-context';

interface State {
  status: SessionStatus;
  me: Me | null;
  error: unknown;
  signedOutReason: SignedOutReason | null;
}

const signedOut: State = { status: 'signed-out', me: null, error: null, signedOutReason: null };

/**
 * Brings the UI language and the account's saved preference together at sign-in: a language
 * picked on this device while signed out is saved to the account; otherwise the account's
 * saved language is shown (it follows the person from device to device).
 */
async function reconcileLanguage(me: Me, chosenWhileSignedOut: boolean): Promise<Me> {
  const shown = currentLanguage();
  if (me.account.preferredLanguage === shown) return me;
  if (chosenWhileSignedOut && me.authenticatedBy === 'session') {
    try {
      return await apiClient.PATCH('/me/profile', { body: { preferredLanguage: shown } });
    } catch {
      return me; // The UI keeps the chosen language; switching again retries the save.
    }
  }
  await switchLanguage(me.account.preferredLanguage);
  return me;
}

/** GET /api/v1/me as a session state: 401 means signed out, anything else failing is an error. */
async function fetchSession(): Promise<State> {
  try {
    const me = await reconcileLanguage(await apiClient.GET('/me'), false);
    return { status: 'signed-in', me, error: null, signedOutReason: null };
  } catch (error) {
    if (isApiError(error) && error.status === 401) return signedOut;
    return { status: 'error', me: null, error, signedOutReason: null };
  }
}

/**
 * Loads GET /api/v1/me once and keeps it. Any later 401 `auth.unauthenticated` from any API call
 * signs the UI out, so protected pages send the user to the login page and back.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({
    status: 'loading',
    me: null,
    error: null,
    signedOutReason: null,
  });
  const languageChosenWhileSignedOut = useRef(false);

  useEffect(() => {
    let cancelled = false;
    void fetchSession().then((loaded) => {
      if (!cancelled) setState(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(
    () =>
      onSessionExpired(() =>
        setState((previous) =>
          previous.status === 'signed-in' ? { ...signedOut, signedOutReason: 'expired' } : previous,
        ),
      ),
    [],
  );

  const refresh = useCallback(async () => {
    setState((previous) => ({ ...previous, status: 'loading' }));
    setState(await fetchSession());
  }, []);

  const session = useMemo<Session>(() => {
    const roles: readonly Role[] = state.me?.account.roles ?? [];
    return {
      status: state.status,
      me: state.me,
      roles,
      error: state.error,
      signedOutReason: state.signedOutReason,
      hasRole: (...wanted) => wanted.some((role) => roles.includes(role)),
      canSee: (audience: Audience) =>
        isInAudience(audience, state.status === 'signed-in' ? roles : null),
      signedIn: async (me) => {
        const chosen = languageChosenWhileSignedOut.current;
        languageChosenWhileSignedOut.current = false;
        const reconciled = await reconcileLanguage(me, chosen);
        setState({ status: 'signed-in', me: reconciled, error: null, signedOutReason: null });
      },
      update: (me) => setState({ status: 'signed-in', me, error: null, signedOutReason: null }),
      refresh,
      logout: async () => {
        try {
          await apiClient.POST('/auth/logout', {});
        } catch (error) {
          // Already signed out on the server: nothing left to end.
          if (!(isApiError(error) && error.status === 401)) throw error;
        }
        // A fresh start on the public home page: nothing of this account stays in memory (a
        // shared computer at a service counter), and no protected page gets to redirect first.
        window.location.assign(HOME_PATH);
      },
      forget: (reason) => setState({ ...signedOut, signedOutReason: reason }),
      changeLanguage: async (language: Language) => {
        await switchLanguage(language);
        const me = state.me;
        if (state.status !== 'signed-in' || !me) {
          languageChosenWhileSignedOut.current = true;
          return;
        }
        if (me.account.preferredLanguage === language || me.authenticatedBy !== 'session') return;
        const updated = await apiClient.PATCH('/me/profile', {
          body: { preferredLanguage: language },
        });
        setState({ status: 'signed-in', me: updated, error: null, signedOutReason: null });
      },
    };
  }, [state, refresh]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
