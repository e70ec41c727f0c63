// A person's benefit-push preference (issue #15 item 3: an opt-out honoured everywhere). Pushes
// are on until the person turns them off; while off, their candidates are suppressed, not kept.
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import * as repo from './pushes-repo';

export async function getMyPreferences(ctx: ServiceContext, principal: Principal) {
  const row = await repo.findPreference(ctx.db, principal.accountId);
  return {
    benefitPushes: row?.benefitPushes ?? true,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function setMyPreferences(
  ctx: ServiceContext,
  principal: Principal,
  input: { benefitPushes: boolean },
) {
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findPreference(tx, principal.accountId);
    const saved = await repo.upsertPreference(tx, {
      accountId: principal.accountId,
      benefitPushes: input.benefitPushes,
      updatedAt: ctx.now(),
    });
    if ((before?.benefitPushes ?? true) !== input.benefitPushes)
      await recordAudit(tx, ctx, {
        action: 'matching_preferences.updated',
        subjectType: 'account',
        subjectId: principal.accountId,
        before: { benefitPushes: before?.benefitPushes ?? true },
        after: { benefitPushes: input.benefitPushes },
      });
    return { benefitPushes: saved.benefitPushes, updatedAt: saved.updatedAt.toISOString() };
  });
}
