import { createHash } from 'node:crypto';
import type { Executor } from '../../db/client';
import { canonicalJson } from '../../shared/canonical-json';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit, type AuditChange } from '../audit/service';
import * as repo from './journal-repo';
import type { VoucherCommandRow } from './journal-repo';

/**
 * How old a command row must be before a seal covers it. NOTE: `seq` comes from a sequence, so a
 * transaction that took a lower number may commit after one with a higher number; a seal waits
 * this long so that every row it skips over has committed (a redemption's transaction lasts
 * milliseconds). A row that commits later still, below a seal, is reported by the check.
 */
export const SEAL_DELAY_MS = 10_000;
const SEAL_BATCH = 20_000;

/**
 * Writes a voucher command's audit row in the command's transaction (see `voucher_command_log`
 * in src/db/schema/vouchers.ts for why not in the chained audit log directly).
 */
export async function recordVoucherCommand(tx: Executor, ctx: ServiceContext, change: AuditChange) {
  await repo.insertCommand(tx, {
    occurredAt: ctx.now(),
    actorAccountId: ctx.actor.accountId,
    actorLabel: ctx.actor.label,
    requestId: ctx.requestId,
    action: change.action,
    subjectType: change.subjectType,
    subjectId: change.subjectId,
    after: change.after ?? null,
  });
}

/** SHA-256 over the rows, each in canonical JSON, in order. */
function hashOf(rows: VoucherCommandRow[]): string {
  const hash = createHash('sha256');
  for (const row of rows)
    hash.update(`${canonicalJson({ ...row, occurredAt: row.occurredAt.toISOString() })}\n`);
  return hash.digest('hex');
}

/**
 * Seals the command rows written since the last seal (and older than {@link SEAL_DELAY_MS}) into
 * the audit chain: one `voucher_commands.sealed` audit row with their range, count and hash. One
 * sealer at a time (the last seal's row lock, then the chain head's).
 */
export async function sealVoucherCommands(ctx: ServiceContext) {
  return ctx.db.transaction(async (tx) => {
    const last = await repo.findLastSeal(tx);
    const afterSeq = last?.toSeq ?? 0;
    const before = new Date(ctx.now().getTime() - SEAL_DELAY_MS);
    const rows = await repo.listCommandsToSeal(tx, afterSeq, before, SEAL_BATCH);
    if (rows.length === 0) return null;
    const seal = {
      fromSeq: afterSeq + 1,
      toSeq: rows[rows.length - 1]!.seq,
      rows: rows.length,
      hash: hashOf(rows),
      sealedAt: ctx.now(),
    };
    await repo.insertSeal(tx, seal);
    await recordAudit(tx, ctx, {
      action: 'voucher_commands.sealed',
      subjectType: 'voucher_command_log',
      subjectId: `${seal.fromSeq}-${seal.toSeq}`,
      after: { fromSeq: seal.fromSeq, toSeq: seal.toSeq, rows: seal.rows, hash: seal.hash },
    });
    return seal;
  });
}

/**
 * Checks every seal against the rows it covers (a changed, removed or late row breaks it) and
 * counts the rows not sealed yet.
 */
export async function checkVoucherCommandLog(db: Executor) {
  const seals = await repo.listSeals(db);
  const broken: { fromSeq: number; toSeq: number }[] = [];
  for (const seal of seals) {
    const rows = await repo.listCommandsBetween(db, seal.fromSeq, seal.toSeq);
    if (rows.length !== seal.rows || hashOf(rows) !== seal.hash)
      broken.push({ fromSeq: seal.fromSeq, toSeq: seal.toSeq });
  }
  const sealedThrough = seals.at(-1)?.toSeq ?? 0;
  const { rows, unsealed } = await repo.countCommands(db, sealedThrough);
  return { rows, sealedThrough, unsealed, seals: seals.length, brokenSeals: broken };
}
