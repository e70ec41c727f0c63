import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** argon2id (the library's `Algorithm.Argon2id`, a const enum we cannot import by name). */
const ARGON2ID = 2;
// OWASP's recommended argon2id floor: 19 MiB, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/**
 * Verifies against a throwaway hash, so a login for an unknown e-mail takes as long as one with
 * a wrong password and timing does not reveal which accounts exist.
 */
export async function spendPasswordVerificationTime(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await dummyHash, password);
}

/** A random secret for a cookie or token (256 bits, URL-safe). */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are high-entropy, so a plain SHA-256 is the right stored form (no salt or stretching). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The CSRF token for a session: an HMAC of the session id under the server secret. */
export function csrfTokenFor(sessionId: string, serverSecret: string): string {
  return createHmac('sha256', serverSecret).update(`csrf:${sessionId}`).digest('base64url');
}

/**
 * A device cookie (OWASP "Slow Down Online Guessing Attacks with Device Cookies"): a random
 * nonce and an HMAC binding it to the account under the server secret. A browser holding one
 * signed in to that account before, so it keeps its own allowance of failed sign-ins however
 * many strangers guess the account's password.
 */
export function deviceCookieFor(accountId: string, serverSecret: string): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${deviceSignature(accountId, nonce, serverSecret)}`;
}

/**
 * The device's nonce when the cookie is one this server issued for this account, else null (no
 * cookie, a forged or altered one, or one another account's sign-in left in the browser).
 */
export function verifyDeviceCookie(
  cookie: string | undefined,
  accountId: string,
  serverSecret: string,
): string | null {
  const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(cookie ?? '');
  if (!match) return null;
  const [, nonce, signature] = match as unknown as [string, string, string];
  return constantTimeEquals(signature, deviceSignature(accountId, nonce, serverSecret))
    ? nonce
    : null;
}

function deviceSignature(accountId: string, nonce: string, serverSecret: string): string {
  return createHmac('sha256', serverSecret)
    .update(`device:${accountId}:${nonce}`)
    .digest('base64url');
}

export function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** API tokens look like `opc_<8 chars>_<secret>`; the prefix identifies them in lists. */
export function generateApiToken(): { secret: string; prefix: string } {
  const prefix = `opc_${randomBytes(6).toString('base64url')}`;
  return { secret: `${prefix}_${randomBytes(32).toString('base64url')}`, prefix };
}

export const API_TOKEN_PATTERN = /^opc_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/;
