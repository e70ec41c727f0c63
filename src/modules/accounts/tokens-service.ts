import { AppError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import { generateApiToken, hashToken } from './credentials';
import * as repo from './repo';
import type { ApiTokenRow } from './repo';
import type { Principal } from './service';

/** API tokens for machine clients: made, listed and revoked by their owner. */

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
