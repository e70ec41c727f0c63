import { AppError } from '../../errors/app-error';
import type { Role } from '../../db/schema/accounts';
import { decodeCursor, keyValueShapes, pageOf } from '../../shared/keyset';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import * as repo from './repo';
import { presentAccount, registerAccount } from './service';

/** Administrators' work on accounts: the list, roles, disabling, and the first administrator. */

/**
 * Accounts by sign-in address, a page at a time: by `cursor`, or (deprecated) by `offset` when
 * no cursor is given. Their roles come in one statement for the whole page.
 */
export async function listAccounts(
  ctx: ServiceContext,
  filter: {
    q?: string | undefined;
    role?: Role | undefined;
    status?: 'active' | 'disabled' | undefined;
  },
  page: { limit: number; offset: number; cursor?: string | undefined },
) {
  const after = decodeCursor('accounts', page.cursor, [keyValueShapes.text]);
  const { rows, total } = await repo.searchAccounts(ctx.db, filter, {
    limit: page.limit,
    ...(after ? { after } : { offset: page.offset }),
  });
  const { rows: shown, nextCursor } = pageOf(rows, page.limit, 'accounts', (row) => [row.email]);
  const roles = await repo.listRolesOfMany(
    ctx.db,
    shown.map((row) => row.id),
  );
  return {
    items: shown.map((row) => presentAccount(row, roles.get(row.id) ?? [])),
    total,
    nextCursor,
  };
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
