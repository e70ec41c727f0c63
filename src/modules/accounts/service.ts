import type { Executor } from '../../db/client';
import { AppError } from '../../errors/app-error';
import type { Role } from '../../db/schema/accounts';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import { hashPassword, verifyPassword } from './credentials';
import * as repo from './repo';
import type { AccountRow } from './repo';
import type { RegisterBody, UpdateProfileBody } from './schema';

/**
 * Accounts and the people behind them: registration, the signed-in person's own profile and
 * password, and what other modules read of accounts. Signing in is in ./sign-in-service.ts, API
 * tokens in ./tokens-service.ts, administrators' work in ./administration-service.ts.
 */

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

export function presentAccount(
  account: Pick<
    AccountRow,
    'id' | 'email' | 'displayName' | 'preferredLanguage' | 'status' | 'createdAt'
  >,
  roles: Role[],
) {
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
