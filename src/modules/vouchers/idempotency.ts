import { createHash } from 'node:crypto';
import type { Tx } from '../../db/client';
import { AppError } from '../../errors/app-error';
import { canonicalJson } from '../../shared/canonical-json';
import type { ServiceContext } from '../../shared/service-context';
import * as repo from './journal-repo';

/** How long a key is remembered: at least the 24 hours the API promises, swept after 48. */
export const IDEMPOTENCY_KEY_LIFETIME_HOURS = 48;

/** A call made with an `Idempotency-Key`: whose, which key, what operation on what request. */
export interface IdempotentCall {
  /** Whose keys these are (`account:<id>`): keys of different callers never meet. */
  scope: string;
  key: string | undefined;
  /** The operation, with the path's ids (`contract.capture:<id>`). */
  operation: string;
  request: unknown;
}

export interface IdempotentAnswer<T> {
  status: number;
  body: T;
  /** True when this is the stored answer of an earlier call with the same key. */
  replayed: boolean;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * The checked key and the hash of what it is used for: the same operation on the same request
 * hashes alike, so a retry is recognised and a different request under the key is refused.
 */
export function claimOf(call: IdempotentCall): { scope: string; key: string; requestHash: string } {
  const key = call.key;
  if (key === undefined || key === '') throw new AppError('idempotency.key_required');
  if (!KEY_PATTERN.test(key))
    throw new AppError('idempotency.key_required', {
      detail: {
        'zh-Hans': '幂等键须为 1–255 个可见 ASCII 字符。',
        'zh-Hant': '冪等鍵須為 1–255 個可見 ASCII 字元。',
        en: 'An Idempotency-Key is 1–255 visible ASCII characters.',
      },
    });
  const requestHash = createHash('sha256')
    .update(`${call.operation}\n${canonicalJson(call.request)}`)
    .digest('hex');
  return { scope: call.scope, key, requestHash };
}

/**
 * Runs `work` at most once per key (issue #13 item 5, after Stripe's idempotency keys). The key is
 * claimed, the work done and its answer stored in ONE transaction: a crash before the commit
 * leaves neither effect nor key, so the retry does the work; after it, the retry gets the stored
 * answer — also after a restart. Two concurrent calls with the same key: PostgreSQL makes the
 * second claim wait for the first transaction, then it replays that answer (never two effects).
 * The same key with a different request is a 422. A refused call (4xx) stores nothing: its
 * transaction rolled back, so a corrected retry may use the same key. (Hold and capture keep the
 * same promises in one database statement: migration 0012, redemption-service.ts.)
 */
export async function runIdempotently<T>(
  ctx: ServiceContext,
  call: IdempotentCall,
  work: (tx: Tx) => Promise<{ status: number; body: T }>,
): Promise<IdempotentAnswer<T>> {
  const { key, requestHash } = claimOf(call);
  return ctx.db.transaction(async (tx) => {
    const claimed = await repo.claimIdempotencyKey(tx, {
      scope: call.scope,
      key,
      requestHash,
      createdAt: ctx.now(),
    });
    if (!claimed) {
      const stored = await repo.findIdempotencyKey(tx, call.scope, key);
      // Swept between the claim and this read (older than the lifetime): as good as in progress.
      if (!stored || stored.responseStatus === 0) throw new AppError('idempotency.in_progress');
      if (stored.requestHash !== requestHash) throw new AppError('idempotency.key_reused');
      return { status: stored.responseStatus, body: stored.responseBody as T, replayed: true };
    }
    const answer = await work(tx);
    // Stored as the client received it (dates as strings), so a replay is byte-for-byte the same.
    const body = JSON.parse(JSON.stringify(answer.body)) as T;
    await repo.storeIdempotentResponse(tx, call.scope, key, { status: answer.status, body });
    return { status: answer.status, body, replayed: false };
  });
}

/** Forgets keys past their lifetime (run at start-up and daily). */
export async function sweepIdempotencyKeys(ctx: ServiceContext) {
  const before = new Date(ctx.now().getTime() - IDEMPOTENCY_KEY_LIFETIME_HOURS * 3_600_000);
  return repo.deleteIdempotencyKeysBefore(ctx.db, before);
}
