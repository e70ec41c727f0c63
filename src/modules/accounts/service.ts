import { AppError } from '../../errors/app-error';
import type { Role } from '../../db/schema/accounts';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import {
  generateApiToken,
  generateSecret,
  hashPassword,
  hashToken,
  spendPasswordVerificationTime,
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

/**
 * Checks a password and opens a session. Unknown e-mail, wrong password and disabled account
 * all fail the same way, in the same time.
 */
export async function logIn(
  ctx: ServiceContext,
  input: LoginBody,
  meta: { userAgent: string | undefined; ipAddress: string | undefined; ttlHours: number },
) {
  const account = await repo.findAccountByEmail(ctx.db, input.email);
  if (!account) {
    await spendPasswordVerificationTime(input.password);
    throw new AppError('auth.invalid_credentials');
  }
  const passwordMatches = await verifyPassword(account.passwordHash, input.password);
  if (!passwordMatches || account.status !== 'active')
    throw new AppError('auth.invalid_credentials');

  const token = generateSecret();
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const session = await repo.insertSession(tx, {
      tokenHash: hashToken(token),
      accountId: account.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + meta.ttlHours * 3_600_000),
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ipAddress: meta.ipAddress ?? null,
    });
    await recordAudit(
      tx,
      { ...ctx, actor: { accountId: account.id, label: account.email, roles: [] } },
      {
        action: 'session.created',
        subjectType: 'account',
        subjectId: account.id,
        after: { sessionId: session.id, ipAddress: meta.ipAddress ?? null },
      },
    );
    return { token, session, account };
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
  return principalOf(ctx, found.account, { via: 'session', sessionId: found.session.id });
}

/** The principal behind a bearer API token, or undefined when it is unknown or revoked. */
export async function resolveApiToken(ctx: Pick<ServiceContext, 'db' | 'now'>, secret: string) {
  const now = ctx.now();
  const found = await repo.findLiveApiToken(ctx.db, hashToken(secret), now);
  if (!found || found.account.status !== 'active') return undefined;
  // NOTE: last-use is informational; write it at most once a minute per token.
  if (!found.token.lastUsedAt || now.getTime() - found.token.lastUsedAt.getTime() > 60_000) {
    await repo.touchApiToken(ctx.db, found.token.id, now);
  }
  const principal = await principalOf(ctx, found.account, {
    via: 'token',
    tokenId: found.token.id,
    tokenPrefix: found.token.prefix,
  });
  // A token works only while its account may hold tokens: revoking the provider (or admin)
  // role stops its machine clients too.
  if (!principal.roles.some((role) => role === 'provider' || role === 'admin')) return undefined;
  return principal;
}

async function principalOf(
  ctx: Pick<ServiceContext, 'db'>,
  account: AccountRow,
  how: Pick<Principal, 'via'> & Partial<Principal>,
): Promise<Principal> {
  return {
    accountId: account.id,
    email: account.email,
    displayName: account.displayName,
    preferredLanguage: account.preferredLanguage,
    roles: await repo.listRolesOf(ctx.db, account.id),
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
