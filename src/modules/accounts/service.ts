import type { Executor } from '../../db/client';
import { AppError, type LocalisedText } from '../../errors/app-error';
import type { Role } from '../../db/schema/accounts';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import {
  deviceCookieFor,
  generateApiToken,
  generateSecret,
  hashPassword,
  hashToken,
  spendPasswordVerificationTime,
  verifyDeviceCookie,
  verifyPassword,
} from './credentials';
import * as repo from './repo';
import type { AccountRow, ApiTokenRow } from './repo';
import type { LoginBody, RegisterBody, UpdateProfileBody } from './schema';

/** What the rest of the system knows about an authenticated account. */
export interface Principal {
  accountId: string;
  email: string;
  displayName: string;
  preferredLanguage: AccountRow['preferredLanguage'];
  roles: Role[];
  via: 'session' | 'token';
  sessionId: string | null;
  tokenId: string | null;
  tokenPrefix: string | null;
}

export function presentAccount(account: AccountRow, roles: Role[]) {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    preferredLanguage: account.preferredLanguage,
    status: account.status,
    roles,
    createdAt: account.createdAt.toISOString(),
  };
}

function presentToken(token: ApiTokenRow) {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Creates an account with its person profile. Self-registered accounts are founders; every
 * other role is granted by an administrator. Extra roles are for the CLI and demo seeding.
 */
/**
 * Reads other modules make of accounts and people. NOTE: they go through this service, never
 * through accounts/repo.ts, so the accounts module stays the only one that knows its tables.
 */
export {
  findAccountByEmail,
  findAccountById,
  findPersonByAccount,
  listRolesOf,
  type AccountRow,
} from './repo';

/**
 * The person record of an account, created on first need (accounts made before profiles existed,
 * or by an administrator) in the caller's transaction with its audit row: if the change that
 * needed the person fails, no person is left behind. The one way people come into being outside
 * registration and the profile page.
 */
export async function ensurePersonOf(
  tx: Executor,
  ctx: ServiceContext,
  principal: Pick<Principal, 'accountId' | 'displayName' | 'email'>,
) {
  const existing = await repo.findPersonByAccount(tx, principal.accountId);
  if (existing) return existing;
  const person = await repo.insertPerson(tx, {
    accountId: principal.accountId,
    fullName: principal.displayName,
    contactEmail: principal.email,
  });
  await recordAudit(tx, ctx, {
    action: 'person.created',
    subjectType: 'person',
    subjectId: person.id,
    after: { accountId: principal.accountId, fullName: person.fullName },
  });
  return person;
}

export async function registerAccount(
  ctx: ServiceContext,
  input: RegisterBody,
  roles: Role[] = ['founder'],
) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const account = await repo.insertAccount(tx, {
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      preferredLanguage: input.preferredLanguage ?? ctx.language,
    });
    if (!account) throw new AppError('account.email_taken');
    for (const role of roles) await repo.insertRole(tx, account.id, role, ctx.actor.accountId);
    const person = await repo.insertPerson(tx, {
      accountId: account.id,
      fullName: input.displayName,
      contactEmail: account.email,
      languages: [account.preferredLanguage],
    });
    await recordAudit(tx, ctx, {
      action: 'account.registered',
      subjectType: 'account',
      subjectId: account.id,
      after: { email: account.email, displayName: account.displayName, roles, personId: person.id },
    });
    return presentAccount(account, roles);
  });
}

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

/** The signed-in account with its profile and organisations. */
export async function describeMe(ctx: ServiceContext, principal: Principal) {
  const account = await repo.findAccountById(ctx.db, principal.accountId);
  if (!account) throw new AppError('auth.unauthenticated');
  const person = await repo.findPersonByAccount(ctx.db, account.id);
  return {
    account: presentAccount(account, principal.roles),
    person: person
      ? {
          id: person.id,
          fullName: person.fullName,
          phone: person.phone,
          contactEmail: person.contactEmail,
          languages: person.languages,
        }
      : null,
    memberships: person ? await repo.listMembershipsOfPerson(ctx.db, person.id) : [],
  };
}

export async function updateMyProfile(
  ctx: ServiceContext,
  principal: Principal,
  input: UpdateProfileBody,
) {
  await ctx.db.transaction(async (tx) => {
    const account = await repo.findAccountById(tx, principal.accountId);
    if (!account) throw new AppError('auth.unauthenticated');
    const person = await repo.findPersonByAccount(tx, account.id);
    const before = {
      account: { displayName: account.displayName, preferredLanguage: account.preferredLanguage },
      person,
    };
    if (input.displayName !== undefined || input.preferredLanguage !== undefined) {
      await repo.updateAccount(tx, account.id, {
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.preferredLanguage !== undefined
          ? { preferredLanguage: input.preferredLanguage }
          : {}),
      });
    }
    const personChanges = {
      ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.contactEmail !== undefined ? { contactEmail: input.contactEmail } : {}),
      ...(input.languages !== undefined ? { languages: input.languages } : {}),
    };
    if (!person) {
      await repo.insertPerson(tx, {
        accountId: account.id,
        fullName: input.fullName ?? account.displayName,
        ...personChanges,
      });
    } else if (Object.keys(personChanges).length > 0) {
      await repo.updatePerson(tx, person.id, personChanges);
    }
    await recordAudit(tx, ctx, {
      action: 'profile.updated',
      subjectType: 'account',
      subjectId: account.id,
      before,
      after: input,
    });
  });
  return describeMe(ctx, principal);
}

export async function changeMyPassword(
  ctx: ServiceContext,
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
) {
  const account = await repo.findAccountById(ctx.db, principal.accountId);
  if (!account) throw new AppError('auth.unauthenticated');
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new AppError('account.wrong_password');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await repo.updateAccount(tx, account.id, { passwordHash });
    // Every other session ends: a changed password must lock out whoever knew the old one.
    await repo.deleteSessionsOfAccount(tx, account.id);
    await recordAudit(tx, ctx, {
      action: 'account.password_changed',
      subjectType: 'account',
      subjectId: account.id,
    });
  });
}

export async function createApiToken(
  ctx: ServiceContext,
  principal: Principal,
  input: { name: string; expiresInDays?: number | undefined },
) {
  const { secret, prefix } = generateApiToken();
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const token = await repo.insertApiToken(tx, {
      accountId: principal.accountId,
      name: input.name,
      prefix,
      tokenHash: hashToken(secret),
      // The roles it may ever act with: the account's now (see resolveApiToken).
      roles: principal.roles,
      createdAt: now,
      expiresAt: input.expiresInDays
        ? new Date(now.getTime() + input.expiresInDays * 86_400_000)
        : null,
    });
    await recordAudit(tx, ctx, {
      action: 'api_token.created',
      subjectType: 'api_token',
      subjectId: token.id,
      after: {
        name: token.name,
        prefix,
        accountId: principal.accountId,
        roles: token.roles,
        expiresAt: token.expiresAt,
      },
    });
    return { token: presentToken(token), secret };
  });
}

export async function listMyApiTokens(ctx: ServiceContext, principal: Principal) {
  const tokens = await repo.listApiTokensOf(ctx.db, principal.accountId);
  return tokens.map(presentToken);
}

export async function revokeMyApiToken(ctx: ServiceContext, principal: Principal, tokenId: string) {
  return ctx.db.transaction(async (tx) => {
    const token = await repo.findApiTokenOf(tx, principal.accountId, tokenId);
    if (!token) throw new AppError('token.not_found');
    if (token.revokedAt) return presentToken(token);
    const revoked = await repo.markApiTokenRevoked(tx, token.id, ctx.now());
    await recordAudit(tx, ctx, {
      action: 'api_token.revoked',
      subjectType: 'api_token',
      subjectId: token.id,
      before: { revokedAt: null },
      after: { revokedAt: revoked?.revokedAt ?? null },
    });
    return presentToken(revoked ?? token);
  });
}

export async function listAccounts(
  ctx: ServiceContext,
  filter: {
    q?: string | undefined;
    role?: Role | undefined;
    status?: 'active' | 'disabled' | undefined;
  },
  limit: number,
  offset: number,
) {
  const { rows, total } = await repo.searchAccounts(ctx.db, filter, limit, offset);
  const roles = await repo.listRolesOfMany(
    ctx.db,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => presentAccount(row, roles.get(row.id) ?? [])), total };
}

export async function grantRole(ctx: ServiceContext, accountId: string, role: Role) {
  return ctx.db.transaction(async (tx) => {
    const account = await repo.findAccountById(tx, accountId);
    if (!account) throw new AppError('account.not_found');
    const before = await repo.listRolesOf(tx, accountId);
    if (await repo.insertRole(tx, accountId, role, ctx.actor.accountId)) {
      await recordAudit(tx, ctx, {
        action: 'role.granted',
        subjectType: 'account',
        subjectId: accountId,
        before: { roles: before },
        after: { roles: [...before, role].sort() },
      });
    }
    return presentAccount(account, await repo.listRolesOf(tx, accountId));
  });
}

export async function revokeRole(ctx: ServiceContext, accountId: string, role: Role) {
  return ctx.db.transaction(async (tx) => {
    const account = await repo.findAccountById(tx, accountId);
    if (!account) throw new AppError('account.not_found');
    if (role === 'admin') await refuseRemovingLastAdmin(tx, accountId);
    const before = await repo.listRolesOf(tx, accountId);
    if (await repo.deleteRole(tx, accountId, role)) {
      await recordAudit(tx, ctx, {
        action: 'role.revoked',
        subjectType: 'account',
        subjectId: accountId,
        before: { roles: before },
        after: { roles: before.filter((held) => held !== role) },
      });
    }
    return presentAccount(account, await repo.listRolesOf(tx, accountId));
  });
}

export async function setAccountStatus(
  ctx: ServiceContext,
  accountId: string,
  status: 'active' | 'disabled',
) {
  return ctx.db.transaction(async (tx) => {
    const account = await repo.findAccountById(tx, accountId);
    if (!account) throw new AppError('account.not_found');
    if (account.status === status)
      return presentAccount(account, await repo.listRolesOf(tx, accountId));
    if (status === 'disabled') {
      await refuseRemovingLastAdmin(tx, accountId);
      await repo.deleteSessionsOfAccount(tx, accountId);
    }
    const updated = await repo.updateAccount(tx, accountId, { status });
    await recordAudit(tx, ctx, {
      action: status === 'disabled' ? 'account.disabled' : 'account.enabled',
      subjectType: 'account',
      subjectId: accountId,
      before: { status: account.status },
      after: { status },
    });
    return presentAccount(updated!, await repo.listRolesOf(tx, accountId));
  });
}

async function refuseRemovingLastAdmin(
  tx: Parameters<typeof repo.lockActiveAdmins>[0],
  accountId: string,
) {
  const admins = await repo.lockActiveAdmins(tx);
  if (admins.length === 1 && admins[0]!.accountId === accountId)
    throw new AppError('account.last_admin');
}

/** For the CLI: creates an administrator, or grants admin to an existing account. */
export async function ensureAdminAccount(
  ctx: ServiceContext,
  input: { email: string; password: string; displayName: string },
) {
  const existing = await repo.findAccountByEmail(ctx.db, input.email);
  if (existing) return { created: false, account: await grantRole(ctx, existing.id, 'admin') };
  return { created: true, account: await registerAccount(ctx, input, ['admin']) };
}

export async function countAllAccounts(ctx: Pick<ServiceContext, 'db'>) {
  return repo.countAccounts(ctx.db);
}
