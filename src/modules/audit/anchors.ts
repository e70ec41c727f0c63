import { sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { ed25519PublicKeyHex } from '../../config';
import { canonicalJson } from '../../shared/canonical-json';

/**
 * An anchor: the statement "at `anchoredAt` the audit chain ended at row `seq`, whose hash was
 * `hash`", signed with an Ed25519 key that lives outside the database. Kept outside the database
 * (a JSON-lines file, optionally S3 with Object Lock), anchors let `audit verify` catch what the
 * hash chain alone cannot: someone with database access who rewrites a row and recomputes every
 * later hash and the chain head. See docs/audit-anchoring.md.
 */
export const auditAnchorRecord = z.strictObject({
  v: z.literal(1),
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  anchoredAt: z.iso.datetime(),
  /** The signing key's public half, 64 hex characters: which key to check the signature with. */
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  /** Ed25519 over {@link signedBytes}, base64. */
  signature: z.string().min(1),
});

export type AuditAnchor = z.infer<typeof auditAnchorRecord>;

/** A position in the chain: row `seq` has hash `hash` (seq 0 is the empty chain). */
export interface ChainPoint {
  seq: number;
  hash: string;
}

// NOTE: a fixed label in front of what is signed, so an anchor signature can never be mistaken
// for a signature over anything else the same key might one day sign.
const SIGNATURE_CONTEXT = 'opc-hub audit anchor v1\n';

function signedBytes(anchor: Omit<AuditAnchor, 'signature'>): Buffer {
  return Buffer.from(
    SIGNATURE_CONTEXT +
      canonicalJson({
        v: anchor.v,
        seq: anchor.seq,
        hash: anchor.hash,
        anchoredAt: anchor.anchoredAt,
        publicKey: anchor.publicKey,
      }),
  );
}

/** Signs the chain head as it is at `now`. */
export function signAuditAnchor(signingKey: KeyObject, head: ChainPoint, now: Date): AuditAnchor {
  const unsigned = {
    v: 1 as const,
    seq: head.seq,
    hash: head.hash,
    anchoredAt: now.toISOString(),
    publicKey: ed25519PublicKeyHex(signingKey),
  };
  return {
    ...unsigned,
    signature: sign(null, signedBytes(unsigned), signingKey).toString('base64'),
  };
}

export type AnchorCheck = { ok: true; anchor: AuditAnchor } | { ok: false; reason: string };

/**
 * Whether one line of an anchor file is a well-formed anchor signed by `verifyingKey`. Anything
 * else is rejected with the reason: it proves nothing, and since only the key's holder can write
 * a valid line, it is also a sign that someone else wrote to the anchors.
 */
export function checkAuditAnchor(line: string, verifyingKey: KeyObject): AnchorCheck {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'is not JSON' };
  }
  const parsed = auditAnchorRecord.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'is not an anchor record' };
  const anchor = parsed.data;
  const expected = ed25519PublicKeyHex(verifyingKey);
  if (anchor.publicKey !== expected) {
    return {
      ok: false,
      reason: `is signed by key ${anchor.publicKey.slice(0, 16)}…, not the configured key ${expected.slice(0, 16)}…`,
    };
  }
  const { signature, ...unsigned } = anchor;
  const valid = verify(null, signedBytes(unsigned), verifyingKey, Buffer.from(signature, 'base64'));
  return valid
    ? { ok: true, anchor }
    : { ok: false, reason: 'has a signature that does not verify' };
}
