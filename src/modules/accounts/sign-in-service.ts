import { AppError, type LocalisedText } from '../../errors/app-error';
import type { Role } from '../../db/schema/accounts';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import {
  deviceCookieFor,
  generateSecret,
  hashToken,
  spendPasswordVerificationTime,
  verifyDeviceCookie,
  verifyPassword,
} from './credentials';
import * as repo from './repo';
import type { AccountRow } from './repo';
import type { LoginBody, RegisterBody } from './schema';
import { registerAccount, type Principal } from './service';

/**
 * Signing up, in and out: attempts counted per address and per account (rate limits and
 * lock-outs), sessions, and who a session cookie or an API token stands for.
 */

const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** How long lock-outs of one account are remembered, each lasting twice the one before. */
const LOCKOUT_MEMORY_MS = 24 * 3_600_000;
const LONGEST_LOCKOUT_MS = 4 * 3_600_000;
const REGISTRATION_WINDOW_MS = 3_600_000;

type AttemptKind =
  | 'sign-in-failures-of-account'
  | 'sign-in-failures-from-address'
  | 'sign-in-failures-of-device'
  | 'sign-in-lockouts-of-account'
  | 'registrations-from-address';

/** A counter's key: what is counted, and a hash of whose attempts (never the e-mail or address). */
function attemptKey(kind: AttemptKind, who: string) {
  return `${kind}:${hashToken(who)}`;
}

function tooManyAttempts(
  windowEndsAt: Date,
  now: Date,
  detail?: (minutes: number) => LocalisedText,
) {
  const retryAfterSeconds = Math.max(1, Math.ceil((windowEndsAt.getTime() - now.getTime()) / 1000));
  return new AppError('request.rate_limited', {
    extensions: { retryAfterSeconds },
    ...(detail ? { detail: detail(Math.ceil(retryAfterSeconds / 60)) } : {}),
  });
}

/** Counts an attempt; now and then also sweeps counters whose window has ended. */
async function countAttempt(
  ctx: Pick<ServiceContext, 'db'>,
  key: string,
  windowMs: number,
  now: Date,
) {
  const counted = await repo.countAttempt(ctx.db, key, windowMs, now);
  // NOTE: a new window is at most one per key per window, so sweeping then costs little and
  // needs no timer on any server.
  if (counted.count === 1) await repo.deleteEndedAttemptWindows(ctx.db, now, 100);
  return counted;
}

/** Self-registration over the web: throttled per client address, then {@link registerAccount}. */
export async function signUp(
  ctx: ServiceContext,
  input: RegisterBody,
  client: { ipAddress: string },
  policy: { registrationsPerHour: number },
) {
  const now = ctx.now();
  // Counted before the password is hashed: a refused registration costs no argon2 hash.
  const attempts = await countAttempt(
    ctx,
    attemptKey('registrations-from-address', client.ipAddress),
    REGISTRATION_WINDOW_MS,
    now,
  );
  if (attempts.count > policy.registrationsPerHour) {
    throw tooManyAttempts(attempts.windowEndsAt, now, (minutes) => ({
      'zh-Hans': `此网络地址的注册次数过多，请在约 ${minutes} 分钟后再试。`,
      'zh-Hant': `此網路位址的註冊次數過多，請在約 ${minutes} 分鐘後再試。`,
      en: `Too many accounts have been registered from this network address; please try again in about ${minutes} minutes.`,
    }));
  }
  return registerAccount(ctx, input);
}

/** Who is signing in, as far as the request tells. */
export interface SignInClient {
  userAgent: string | undefined;
  ipAddress: string;
  /** The device cookie the browser presented, if any (see {@link deviceCookieFor}). */
  deviceCookie: string | undefined;
}

export interface SignInPolicy {
  sessionTtlHours: number;
  /**
   * Failed sign-ins allowed in 15 minutes per account from clients it does not know, and per
   * device it knows; five times as many per client address.
   */
  failuresPer15Min: number;
  /** The server secret that signs device cookies. */
  secret: string;
}

/**
 * Checks a password and opens a session. Unknown e-mail, wrong password and disabled account
 * all fail the same way, in the same time.
 *
 * Failed attempts are limited as OWASP's device cookies do it, so a stranger guessing cannot
 * lock the owner out:
 *  - a browser that signed in to this account before presents its device cookie and has its own
 *    allowance of failures; using it up pauses that browser alone;
 *  - any other client counts against the account (each lock-out of it within a day lasting
 *    twice the one before, up to four hours) and against its address (one address spraying a
 *    password over many accounts; five times the account's allowance, as an office shares one).
 * Only failures count: a success takes its attempt back and clears the failures it was counted
 * with. The counters are in the database, so every app server enforces the same limits.
 */
export async function logIn(
  ctx: ServiceContext,
  input: LoginBody,
  client: SignInClient,
  policy: SignInPolicy,
) {
  const now = ctx.now();
  const account = await repo.findAccountByEmail(ctx.db, input.email);
  const device = account
    ? verifyDeviceCookie(client.deviceCookie, account.id, policy.secret)
    : null;
  const accountKey = attemptKey('sign-in-failures-of-account', input.email);
  const lockoutsKey = attemptKey('sign-in-lockouts-of-account', input.email);
  const addressKey = attemptKey('sign-in-failures-from-address', client.ipAddress);
  const deviceKey = device ? attemptKey('sign-in-failures-of-device', device) : null;
  const limits = deviceKey
    ? [{ key: deviceKey, max: policy.failuresPer15Min }]
    : [
        { key: addressKey, max: policy.failuresPer15Min * 5 },
        { key: accountKey, max: policy.failuresPer15Min },
      ];
  // NOTE: the attempt is counted before the password is checked, not after a failure: parallel
  // guesses must not all pass a check made before any of them was counted. A refused attempt
  // checks no password, so it is taken back from the other counters.
  const counted: { key: string; max: number; count: number }[] = [];
  for (const limit of limits) {
    const counter = { ...limit, ...(await countAttempt(ctx, limit.key, SIGN_IN_WINDOW_MS, now)) };
    if (counter.count > counter.max) {
      for (const earlier of counted) await repo.uncountAttempt(ctx.db, earlier.key);
      throw tooManyAttempts(counter.windowEndsAt, now);
    }
    counted.push(counter);
  }

  const passwordMatches = account
    ? await verifyPassword(account.passwordHash, input.password)
    : await spendPasswordVerificationTime(input.password).then(() => false);
  if (!account || !passwordMatches || account.status !== 'active') {
    const accountCounter = counted.find((counter) => counter.key === accountKey);
    if (accountCounter && accountCounter.count === accountCounter.max) {
      // This failure uses up the allowance: lock clients it does not know out of the account.
      const lockouts = await countAttempt(ctx, lockoutsKey, LOCKOUT_MEMORY_MS, now);
      const lockoutMs = Math.min(SIGN_IN_WINDOW_MS * 2 ** (lockouts.count - 1), LONGEST_LOCKOUT_MS);
      await repo.extendAttemptWindow(ctx.db, accountKey, new Date(now.getTime() + lockoutMs));
    }
    throw new AppError('auth.invalid_credentials');
  }

  const token = generateSecret();
  return ctx.db.transaction(async (tx) => {
    if (deviceKey) {
      await repo.clearAttempts(tx, [deviceKey]);
    } else {
      await repo.uncountAttempt(tx, addressKey);
      await repo.clearAttempts(tx, [accountKey, lockoutsKey]);
    }
    const session = await repo.insertSession(tx, {
      tokenHash: hashToken(token),
      accountId: account.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + policy.sessionTtlHours * 3_600_000),
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ipAddress: client.ipAddress,
    });
    await recordAudit(
      tx,
      { ...ctx, actor: { accountId: account.id, label: account.email, roles: [] } },
      {
        action: 'session.created',
        subjectType: 'account',
        subjectId: account.id,
        after: {
          sessionId: session.id,
          ipAddress: client.ipAddress,
          knownDevice: deviceKey !== null,
        },
      },
    );
    // A new device cookie at each sign-in, as OWASP's scheme does.
    return { token, session, account, deviceCookie: deviceCookieFor(account.id, policy.secret) };
  });
}

export async function logOut(ctx: ServiceContext, principal: Principal) {
  if (!principal.sessionId) return;
  await ctx.db.transaction(async (tx) => {
    await repo.deleteSession(tx, principal.sessionId!);
    await recordAudit(tx, ctx, {
      action: 'session.ended',
      subjectType: 'account',
      subjectId: principal.accountId,
      before: { sessionId: principal.sessionId },
    });
  });
}

/** The principal behind a session cookie, or undefined when it is unknown, expired or disabled. */
export async function resolveSessionToken(ctx: Pick<ServiceContext, 'db' | 'now'>, token: string) {
  const found = await repo.findLiveSession(ctx.db, hashToken(token), ctx.now());
  if (!found || found.account.status !== 'active') return undefined;
  return principalOf(found.account, await repo.listRolesOf(ctx.db, found.account.id), {
    via: 'session',
    sessionId: found.session.id,
  });
}

/**
 * The principal behind a bearer API token, or undefined when it is unknown, revoked, expired or
 * its account disabled. Its roles are re-derived at each request: those the token was made under
 * that the account still holds.
 */
export async function resolveApiToken(ctx: Pick<ServiceContext, 'db' | 'now'>, secret: string) {
  const now = ctx.now();
  const found = await repo.findLiveApiToken(ctx.db, hashToken(secret), now);
  if (!found || found.account.status !== 'active') return undefined;
  const roles = (await repo.listRolesOf(ctx.db, found.account.id)).filter((role) =>
    found.token.roles.includes(role),
  );
  // A token works only while its account may hold tokens: revoking the provider (or admin)
  // role stops its machine clients too.
  if (!roles.some((role) => role === 'provider' || role === 'admin')) return undefined;
  // NOTE: last-use is informational; write it at most once a minute per token.
  if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() > 60_000) {
    await repo.touchApiToken(ctx.db, found.token.id, now);
  }
  return principalOf(found.account, roles, {
    via: 'token',
    tokenId: found.token.id,
    tokenPrefix: found.token.prefix,
  });
}

function principalOf(
  account: AccountRow,
  roles: Role[],
  how: Pick<Principal, 'via'> & Partial<Principal>,
): Principal {
  return {
    accountId: account.id,
    email: account.email,
    displayName: account.displayName,
    preferredLanguage: account.preferredLanguage,
    roles,
    sessionId: null,
    tokenId: null,
    tokenPrefix: null,
    ...how,
  };
}
