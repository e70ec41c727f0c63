import type { KeyObject } from 'node:crypto';
import type { AuditAnchorConfig } from '../../config';
import type { Executor } from '../../db/client';
import { decodeCursor, invalidCursor, pageOf } from '../../shared/keyset';
import type { ServiceContext } from '../../shared/service-context';
import { alsoStoredUnder, currentActionName } from './action-names';
import { appendAnchorToFile, putAnchorInBucket, readAnchorFile } from './anchor-store';
import { checkAuditAnchor, signAuditAnchor, type AuditAnchor, type ChainPoint } from './anchors';
import {
  GENESIS_HASH,
  appendAuditEntry,
  findAuditRow,
  hashAuditRow,
  listAuditRowsAfter,
  readAuditHead,
  searchAuditRows,
  type AuditFilter,
  type AuditRow,
} from './repo';

export interface AuditChange {
  /** Dotted, verb last: `account.registered`, `role.granted`, `application.approved`. */
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Writes the audit row for a change. Call it with the transaction that makes the change, so
 * the change and its record commit or fail together.
 */
export async function recordAudit(tx: Executor, ctx: ServiceContext, change: AuditChange) {
  return appendAuditEntry(tx, {
    occurredAt: ctx.now(),
    actorAccountId: ctx.actor.accountId,
    actorLabel: ctx.actor.label,
    requestId: ctx.requestId,
    ...change,
  });
}

export type AuditVerification =
  | { ok: true; rows: number; lastHash: string }
  | { ok: false; rows: number; brokenAtSeq: number; reason: string };

const GENESIS: ChainPoint = { seq: 0, hash: GENESIS_HASH };

type ChainWalk =
  | { ok: true; rows: number; last: ChainPoint }
  | { ok: false; rows: number; brokenAtSeq: number; reason: string };

/**
 * Recomputes rows `from.seq + 1` … `untilSeq` in order, each linked to the one before, starting
 * from a point already trusted. `rows` counts the rows that verified; `onRow` sees each of them.
 */
async function walkAuditChain(
  db: Executor,
  from: ChainPoint,
  untilSeq: number,
  pageSize: number,
  onRow?: (point: ChainPoint) => void,
): Promise<ChainWalk> {
  let expectedSeq = from.seq + 1;
  let previousHash = from.hash;
  let rows = 0;
  for (;;) {
    const page = (await listAuditRowsAfter(db, expectedSeq - 1, pageSize)).filter(
      (row) => row.seq <= untilSeq,
    );
    if (page.length === 0) break;
    for (const row of page) {
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          rows,
          brokenAtSeq: expectedSeq,
          reason: `row ${expectedSeq} is missing (next row present is ${row.seq})`,
        };
      }
      if (row.prevHash !== previousHash) {
        return {
          ok: false,
          rows,
          brokenAtSeq: row.seq,
          reason: `row ${row.seq} does not link to the hash of row ${row.seq - 1}`,
        };
      }
      const { hash, ...rest } = row;
      if (hashAuditRow(rest) !== hash) {
        return {
          ok: false,
          rows,
          brokenAtSeq: row.seq,
          reason: `row ${row.seq} was changed after it was written (hash mismatch)`,
        };
      }
      onRow?.({ seq: row.seq, hash });
      previousHash = hash;
      expectedSeq += 1;
      rows += 1;
    }
  }
  return { ok: true, rows, last: { seq: expectedSeq - 1, hash: previousHash } };
}

/**
 * Recomputes the whole hash chain. Names the first row that does not fit: an edited row (its
 * hash no longer matches), a deleted row (a gap in seq or a prevHash that points nowhere), or
 * rows removed from the end (the chain head records more than the table holds).
 *
 * NOTE: on its own this cannot catch someone who rewrites a row and then recomputes every later
 * hash and the chain head (a database superuser can): the rewritten chain is consistent. That is
 * what anchors are for — see {@link verifyAuditChainWithAnchors}.
 */
export async function verifyAuditChain(db: Executor, pageSize = 2000): Promise<AuditVerification> {
  return verifyWholeChain(db, pageSize);
}

async function verifyWholeChain(
  db: Executor,
  pageSize: number,
  onRow?: (point: ChainPoint) => void,
): Promise<AuditVerification> {
  // The head is read first and the chain checked up to it: rows written while the check runs
  // (after the head was read) are left for the next check, never taken for tampering.
  const head = await readAuditHead(db);
  if (!head) return { ok: false, rows: 0, brokenAtSeq: 0, reason: 'the chain head row is missing' };
  const walk = await walkAuditChain(db, GENESIS, head.lastSeq, pageSize, onRow);
  if (!walk.ok) return walk;
  const { rows, last } = walk;
  if (head.lastSeq !== rows || head.lastHash !== last.hash) {
    return {
      ok: false,
      rows,
      brokenAtSeq: rows + 1,
      reason: `the chain head records ${head.lastSeq} rows but ${rows} remain: row ${rows + 1} onwards was removed`,
    };
  }
  return { ok: true, rows, lastHash: last.hash };
}

/** Where anchors are read from and the key they must verify with. */
export interface AnchorSource {
  file: string;
  verifyingKey: KeyObject;
}

/** What the anchors said, beside the chain's own verdict. */
export interface AnchorReport {
  file: string;
  /** Anchors in the file whose signature verifies with the configured key. */
  anchors: number;
  /** Lines that are not a valid anchor signed by the configured key: they prove nothing. */
  rejected: { line: number; seq: number | null; reason: string }[];
  /** The anchor for the highest row that still has the anchored hash. */
  lastMatching: { line: number; seq: number; hash: string; anchoredAt: string } | null;
  /** Rows after lastMatching: not protected against a rewrite until the next anchor. */
  unanchoredRows: number;
}

export type AnchoredAuditVerification = AuditVerification & { anchors: AnchorReport };

/** Reads an anchor file and sorts its lines into valid anchors and rejected ones. */
async function readAnchors(source: AnchorSource) {
  const valid: { line: number; anchor: AuditAnchor }[] = [];
  const rejected: AnchorReport['rejected'] = [];
  for (const { line, text } of await readAnchorFile(source.file)) {
    const check = checkAuditAnchor(text, source.verifyingKey);
    if (check.ok) valid.push({ line, anchor: check.anchor });
    else rejected.push({ line, seq: claimedSeq(text), reason: check.reason });
  }
  return { valid, rejected };
}

function claimedSeq(text: string): number | null {
  try {
    const seq: unknown = (JSON.parse(text) as { seq?: unknown }).seq;
    return typeof seq === 'number' && Number.isInteger(seq) ? seq : null;
  } catch {
    return null;
  }
}

/**
 * Recomputes the chain and checks it against the signed anchors published outside the database:
 * each valid anchor's row must still have the anchored hash. A rewrite that recomputed every
 * later hash passes the chain check but not this one: the rows from just after the last anchor
 * that still matches up to the first one that does not were rewritten, and the first of them is
 * named. Lines of the anchor file that do not verify are rejected (never trusted) and also fail
 * verification, since only the key's holder can write a valid one.
 */
export async function verifyAuditChainWithAnchors(
  db: Executor,
  source: AnchorSource,
  pageSize = 2000,
): Promise<AnchoredAuditVerification> {
  // Anchors first, then the chain: every anchor read was made from a head at or before the one
  // the chain walk reads, so a concurrent writer never looks like a removed row.
  const { valid, rejected } = await readAnchors(source);
  const anchoredSeqs = new Set(valid.map(({ anchor }) => anchor.seq));
  const hashAt = new Map<number, string>([[0, GENESIS_HASH]]);
  const chain = await verifyWholeChain(db, pageSize, (point) => {
    if (anchoredSeqs.has(point.seq)) hashAt.set(point.seq, point.hash);
  });
  // Rows the chain check vouched for: anchors beyond them are judged only when the chain is whole.
  const verifiedRows = chain.ok ? chain.rows : chain.brokenAtSeq - 1;
  const bySeq = [...valid].sort((a, b) => a.anchor.seq - b.anchor.seq || a.line - b.line);
  let lastMatching: AnchorReport['lastMatching'] = null;
  let failure: { brokenAtSeq: number; reason: string } | undefined;
  for (const { line, anchor } of bySeq) {
    const where = `the anchor on line ${line} of ${source.file} (signed ${anchor.anchoredAt})`;
    const since = lastMatching
      ? `the last anchor that still matches is for row ${lastMatching.seq} (line ${lastMatching.line}, signed ${lastMatching.anchoredAt})`
      : 'no earlier anchor matches';
    if (anchor.seq > verifiedRows) {
      if (!chain.ok) break;
      failure = {
        brokenAtSeq: (lastMatching?.seq ?? 0) + 1,
        reason: `row ${anchor.seq} was anchored by ${where} but the chain now ends at row ${chain.rows}: rows were removed and the chain head rewound; ${since}`,
      };
      break;
    }
    if (hashAt.get(anchor.seq) !== anchor.hash) {
      const first = (lastMatching?.seq ?? 0) + 1;
      failure = {
        brokenAtSeq: first,
        reason: `${first === anchor.seq ? `row ${first} was` : `rows ${first}–${anchor.seq} were`} rewritten and the chain re-hashed: row ${anchor.seq} no longer has the hash recorded by ${where}; ${since}`,
      };
      break;
    }
    lastMatching = { line, seq: anchor.seq, hash: anchor.hash, anchoredAt: anchor.anchoredAt };
  }
  const rows = chain.ok ? chain.rows : verifiedRows;
  const anchors: AnchorReport = {
    file: source.file,
    anchors: valid.length,
    rejected,
    lastMatching,
    unanchoredRows: rows - (lastMatching?.seq ?? 0),
  };
  if (failure && (chain.ok || failure.brokenAtSeq < chain.brokenAtSeq)) {
    return {
      ok: false,
      rows: failure.brokenAtSeq - 1,
      brokenAtSeq: failure.brokenAtSeq,
      reason: failure.reason,
      anchors,
    };
  }
  if (!chain.ok) return { ...chain, anchors };
  const [firstRejected] = rejected;
  if (firstRejected) {
    return {
      ok: false,
      rows: chain.rows,
      brokenAtSeq: 0,
      reason: `line ${firstRejected.line} of ${source.file}${firstRejected.seq === null ? '' : ` (for row ${firstRejected.seq})`} ${firstRejected.reason}${rejected.length > 1 ? `, and ${rejected.length - 1} more line(s) are rejected` : ''}: only the key's holder can write a valid anchor, so something else has written to the anchors`,
      anchors,
    };
  }
  return { ...chain, anchors };
}

/** Thrown instead of signing a chain that does not extend the last anchor. */
export class AuditAnchorRefusedError extends Error {
  constructor(reason: string) {
    super(`not anchoring: ${reason}`);
    this.name = 'AuditAnchorRefusedError';
  }
}

export interface AnchorPublication {
  /** False when the head had not moved since `since` (and `force` was not given). */
  published: boolean;
  head: ChainPoint;
  anchor?: AuditAnchor;
  /** The object written to the anchor bucket, when one is configured and the write worked. */
  objectKey?: string;
  /** Why the write to the anchor bucket failed (the file has the anchor all the same). */
  bucketError?: string;
}

/**
 * The valid anchor with the highest row in the anchor file, if any: where {@link
 * publishAuditAnchor} starts checking from.
 */
export async function findLastAnchor(source: AnchorSource): Promise<ChainPoint | undefined> {
  const { valid } = await readAnchors(source);
  const last = valid.reduce<AuditAnchor | undefined>(
    (best, { anchor }) => (!best || anchor.seq >= best.seq ? anchor : best),
    undefined,
  );
  return last ? { seq: last.seq, hash: last.hash } : undefined;
}

/**
 * Signs the chain head and publishes it: appended to the anchor file (fsynced), then to the
 * bucket if one is configured. Before signing it checks that the chain still extends `since`
 * (the last anchor; read from the file when not given) — the anchored row keeps its hash and
 * every row after it recomputes — so a rewritten chain is reported, never signed.
 * Without `force`, nothing is published when the head has not moved since `since`.
 */
export async function publishAuditAnchor(
  db: Executor,
  anchoring: AuditAnchorConfig,
  options: { since?: ChainPoint | undefined; force?: boolean; now?: () => Date } = {},
): Promise<AnchorPublication> {
  const signingKey = anchoring.signingKey;
  if (!signingKey)
    throw new Error('AUDIT_ANCHOR_KEY is not set: this host can check anchors but not sign them');
  const now = options.now ?? (() => new Date());
  const since =
    options.since ??
    (await findLastAnchor({ file: anchoring.file, verifyingKey: anchoring.verifyingKey }));
  const head = await readAuditHead(db);
  if (!head) throw new AuditAnchorRefusedError('the chain head row is missing');
  const headPoint = { seq: head.lastSeq, hash: head.lastHash };
  const problem = await checkChainExtends(db, since ?? GENESIS, headPoint);
  if (problem) throw new AuditAnchorRefusedError(problem);
  if (!options.force && since && since.seq === headPoint.seq && since.hash === headPoint.hash)
    return { published: false, head: headPoint };
  const signedAt = now();
  const anchor = signAuditAnchor(signingKey, headPoint, signedAt);
  await appendAnchorToFile(anchoring.file, anchor);
  const publication: AnchorPublication = { published: true, head: headPoint, anchor };
  if (anchoring.s3) {
    try {
      publication.objectKey = await putAnchorInBucket(anchoring.s3, anchor, signedAt);
    } catch (error) {
      publication.bucketError = error instanceof Error ? error.message : String(error);
    }
  }
  return publication;
}

/** Why the chain up to `head` does not extend `from`, or undefined when it does. */
async function checkChainExtends(
  db: Executor,
  from: ChainPoint,
  head: ChainPoint,
): Promise<string | undefined> {
  if (from.seq > head.seq)
    return `row ${from.seq} was anchored but the chain head is now at row ${head.seq}`;
  if (from.seq > 0) {
    const row = await findAuditRow(db, from.seq);
    if (!row) return `row ${from.seq}, the last one anchored, is missing`;
    const { hash, ...rest } = row;
    if (hash !== from.hash || hashAuditRow(rest) !== hash)
      return `row ${from.seq} no longer has the hash it was anchored with`;
  }
  const walk = await walkAuditChain(db, from, head.seq, 2000);
  if (!walk.ok) return walk.reason;
  if (walk.last.seq !== head.seq || walk.last.hash !== head.hash)
    return `the chain head records row ${head.seq} but the rows end at ${walk.last.seq}`;
  return undefined;
}

/** A row as listed: under its current action name, with the name it was stored under if older. */
export type ListedAuditRow = AuditRow & { storedAction?: string };

/**
 * A page of the trail, newest first. The action filter is a prefix of the current names and finds
 * rows stored under an older name too (see ./action-names.ts).
 */
export async function searchAudit(
  ctx: ServiceContext,
  filter: Omit<AuditFilter, 'alsoActions'> & { cursor?: string | undefined },
  limit: number,
): Promise<{ rows: ListedAuditRow[]; nextBeforeSeq: number | null; nextCursor: string | null }> {
  const { cursor, ...rest } = filter;
  // The cursor is the last row's seq: the same keyset as `beforeSeq`, opaque like every list's.
  const after = decodeCursor('audit', cursor, 1);
  if (after && !Number.isSafeInteger(after[0])) throw invalidCursor();
  const beforeSeq = after ? (after[0] as number) : rest.beforeSeq;
  const alsoActions = rest.action ? alsoStoredUnder(rest.action) : [];
  const rows = await searchAuditRows(ctx.db, { ...rest, beforeSeq, alsoActions }, limit + 1);
  const page = pageOf(rows, limit, 'audit', (row) => [row.seq]);
  return {
    rows: page.rows.map((row): ListedAuditRow => {
      const action = currentActionName(row.action);
      return action === row.action ? row : { ...row, action, storedAction: row.action };
    }),
    nextBeforeSeq: page.nextCursor === null ? null : page.rows[page.rows.length - 1]!.seq,
    nextCursor: page.nextCursor,
  };
}
