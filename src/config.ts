import { createPrivateKey, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import {
  s3ConnectionEnvironment,
  s3ConnectionFrom,
  type S3Connection,
} from './shared/storage/s3-client';

/**
 * Everything the process can be told through its environment. Each variable is validated at
 * start-up; a bad value stops the process with one line per problem naming the variable.
 */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce
    .number({ error: 'must be a whole number between 1 and 65535' })
    .int('must be a whole number between 1 and 65535')
    .min(0, 'must be a whole number between 1 and 65535')
    .max(65535, 'must be a whole number between 1 and 65535')
    .default(3000),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: z
    .string()
    .optional()
    .refine(
      (value) =>
        value === undefined ||
        value === '' ||
        value === 'memory://' ||
        /^postgres(ql)?:\/\/.+/.test(value) ||
        /^pglite:\/\/.+/.test(value),
      'must be unset (embedded database), memory:// (in-memory, for tests), pglite://<dir> or postgres://user@host:port/database',
    ),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  LOGIN_RATE_LIMIT_PER_15_MIN: z.coerce.number().int().min(1).default(10),
  REGISTRATION_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).default(20),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().email('must be an e-mail address').optional(),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  PUBLIC_URL: z.string().url('must be a URL such as https://opchub.example.cn').optional(),
  SQL_STATEMENT_HEADER: z.enum(['true', 'false']).default('false'),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/,
      'must be true, false, or a comma-separated list of proxy addresses/CIDRs',
    )
    .default('false'),
  AUDIT_ANCHOR_KEY: z.string().optional(),
  AUDIT_ANCHOR_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (an Ed25519 public key)')
    .optional(),
  AUDIT_ANCHOR_FILE: z.string().min(1, 'must not be empty').optional(),
  AUDIT_ANCHOR_INTERVAL_SECONDS: z.coerce
    .number({ error: 'must be a whole number of seconds between 1 and 86400' })
    .int('must be a whole number of seconds between 1 and 86400')
    .min(1, 'must be a whole number of seconds between 1 and 86400')
    .max(86400, 'must be a whole number of seconds between 1 and 86400')
    .default(300),
  AUDIT_ANCHOR_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name')
    .optional(),
  AUDIT_ANCHOR_S3_PREFIX: z.string().default('audit-anchors/'),
  AUDIT_ANCHOR_S3_RETENTION_DAYS: z.coerce.number().int().min(1).max(36500).optional(),
});

/**
 * Signing the audit chain's head and publishing it outside the database (issue #11), so that
 * someone who can rewrite the database — trigger disabled, every later hash recomputed — is still
 * caught by `audit verify`. See docs/audit-anchoring.md.
 */
export interface AuditAnchorConfig {
  /** The Ed25519 key that signs anchors; undefined on a host that only verifies. */
  signingKey: KeyObject | undefined;
  /** The key anchors must verify with (derived from signingKey, or AUDIT_ANCHOR_PUBLIC_KEY). */
  verifyingKey: KeyObject;
  /** Set when the key was generated and kept under DATA_DIR (development only): warn. */
  generatedKeyFile: string | undefined;
  /** The append-only JSON-lines file anchors are written to. */
  file: string;
  intervalSeconds: number;
  /** Optionally also one object per anchor in a bucket (with S3 Object Lock, immutable). */
  s3:
    | (S3Connection & {
        bucket: string;
        prefix: string;
        /** Sends COMPLIANCE-mode Object Lock retention of this many days with each object. */
        retentionDays: number | undefined;
      })
    | undefined;
}

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | undefined }
  | { kind: 'postgres'; url: string; poolSize: number };

export interface AppConfig {
  environment: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseTarget;
  sessionSecret: string;
  sessionTtlHours: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  bodyLimitBytes: number;
  loginRateLimitPer15Min: number;
  /** Registrations allowed per client address per hour (shared by every app server). */
  registrationRateLimitPerHour: number;
  smtp:
    | {
        host: string;
        port: number;
        user: string | undefined;
        password: string | undefined;
        from: string;
      }
    | undefined;
  seedDemo: boolean;
  publicUrl: string | undefined;
  /** Whether (or which) reverse proxies' X-Forwarded-For to trust for the client address. */
  trustProxy: boolean | string;
  /** Undefined only in tests that do not set AUDIT_ANCHOR_KEY: no anchors signed or checked. */
  auditAnchor: AuditAnchorConfig | undefined;
  /**
   * Whether answers carry `x-sql-statements`, the number of SQL statements the request sent
   * (tests and `bench:scale`; off in service: it tells a caller about the server's work).
   */
  sqlStatementHeader: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the configuration. Throws {@link ConfigError} listing every bad variable.
 * NOTE: outside production the session secret is generated once and kept under the data
 * directory, so sessions survive a restart without anyone having to set it.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const env = parsed.data;
  const problems: string[] = [];
  const dataDir = resolve(env.DATA_DIR);

  if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
    problems.push('SESSION_SECRET: required when NODE_ENV=production (at least 32 characters)');
  }
  const smtpGiven = [env.SMTP_HOST, env.SMTP_FROM].filter(Boolean).length;
  if (smtpGiven === 1) {
    problems.push('SMTP_HOST and SMTP_FROM: set both to send e-mail, or neither');
  }
  if (env.NODE_ENV === 'production' && !env.AUDIT_ANCHOR_KEY) {
    problems.push(
      'AUDIT_ANCHOR_KEY: required when NODE_ENV=production (an Ed25519 private key: PKCS#8 PEM, or 64 hex characters)',
    );
  }
  const auditAnchor = readAuditAnchorConfig(env, environment, dataDir, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  let database: DatabaseTarget;
  const url = env.DATABASE_URL;
  if (url === undefined) database = { kind: 'pglite', dataDir: join(dataDir, 'pglite') };
  else if (url === 'memory://') database = { kind: 'pglite', dataDir: undefined };
  else if (url.startsWith('pglite://'))
    database = { kind: 'pglite', dataDir: resolve(url.slice('pglite://'.length)) };
  else database = { kind: 'postgres', url, poolSize: env.DATABASE_POOL_SIZE };

  return {
    environment: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    dataDir,
    database,
    sessionSecret: env.SESSION_SECRET ?? developmentSessionSecret(dataDir, env.NODE_ENV),
    sessionTtlHours: env.SESSION_TTL_HOURS,
    logLevel: env.LOG_LEVEL,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    loginRateLimitPer15Min: env.LOGIN_RATE_LIMIT_PER_15_MIN,
    registrationRateLimitPerHour: env.REGISTRATION_RATE_LIMIT_PER_HOUR,
    smtp:
      env.SMTP_HOST && env.SMTP_FROM
        ? {
            host: env.SMTP_HOST,
            port: env.SMTP_PORT,
            user: env.SMTP_USER,
            password: env.SMTP_PASSWORD,
            from: env.SMTP_FROM,
          }
        : undefined,
    seedDemo: env.NODE_ENV !== 'production' && env.SEED_DEMO === 'auto',
    publicUrl: env.PUBLIC_URL,
    trustProxy:
      env.TRUST_PROXY === 'true' ? true : env.TRUST_PROXY === 'false' ? false : env.TRUST_PROXY,
    auditAnchor,
    sqlStatementHeader: env.SQL_STATEMENT_HEADER === 'true',
  };
}

// NOTE: the fixed DER headers around a raw Ed25519 key (RFC 8410), so a key can be given as its
// 32 bytes in hex rather than as a PEM file.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** An Ed25519 private key from PKCS#8 PEM or from its 32-byte seed in hex. */
export function ed25519PrivateKeyFrom(text: string): KeyObject {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? createPrivateKey({
        key: Buffer.concat([ED25519_PKCS8_PREFIX, Buffer.from(trimmed, 'hex')]),
        format: 'der',
        type: 'pkcs8',
      })
    : createPrivateKey(trimmed.replace(/\\n/g, '\n'));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 key');
  return key;
}

/** An Ed25519 public key from its 32 bytes in hex. */
export function ed25519PublicKeyFrom(hex: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

/** The 32 bytes of an Ed25519 public key, in hex: how anchors name the key that signed them. */
export function ed25519PublicKeyHex(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return publicKey
    .export({ format: 'der', type: 'spki' })
    .subarray(ED25519_SPKI_PREFIX.length)
    .toString('hex');
}

/**
 * NOTE: outside production, without AUDIT_ANCHOR_KEY, a key is generated once and kept under
 * the data directory (like the session secret). That is a convenience, not protection: whoever
 * can read the data directory can sign anchors. In tests anchoring is off unless a key is given.
 */
function readAuditAnchorConfig(
  env: z.infer<typeof environmentSchema>,
  environment: NodeJS.ProcessEnv,
  dataDir: string,
  problems: string[],
): AuditAnchorConfig | undefined {
  let signingKey: KeyObject | undefined;
  let verifyingKey: KeyObject | undefined;
  let generatedKeyFile: string | undefined;
  if (env.AUDIT_ANCHOR_KEY) {
    try {
      signingKey = ed25519PrivateKeyFrom(env.AUDIT_ANCHOR_KEY);
    } catch {
      problems.push(
        'AUDIT_ANCHOR_KEY: must be an Ed25519 private key (PKCS#8 PEM, or 64 hex characters)',
      );
      return undefined;
    }
  }
  if (env.AUDIT_ANCHOR_PUBLIC_KEY) {
    verifyingKey = ed25519PublicKeyFrom(env.AUDIT_ANCHOR_PUBLIC_KEY);
    if (signingKey && ed25519PublicKeyHex(signingKey) !== ed25519PublicKeyHex(verifyingKey)) {
      problems.push('AUDIT_ANCHOR_PUBLIC_KEY: is not the public half of AUDIT_ANCHOR_KEY');
      return undefined;
    }
  }
  if (!signingKey && !verifyingKey) {
    if (env.NODE_ENV !== 'development') return undefined;
    generatedKeyFile = join(dataDir, 'audit-anchor-key');
    signingKey = ed25519PrivateKeyFrom(developmentSecret(generatedKeyFile));
  }
  let s3: AuditAnchorConfig['s3'];
  if (env.AUDIT_ANCHOR_S3_BUCKET) {
    const parsed = s3ConnectionEnvironment.safeParse(environment);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(
          `${issue.path.join('.')}: ${issue.message} (needed by AUDIT_ANCHOR_S3_BUCKET)`,
        );
      return undefined;
    }
    s3 = {
      ...s3ConnectionFrom(parsed.data),
      bucket: env.AUDIT_ANCHOR_S3_BUCKET,
      prefix: env.AUDIT_ANCHOR_S3_PREFIX,
      retentionDays: env.AUDIT_ANCHOR_S3_RETENTION_DAYS,
    };
  }
  return {
    signingKey,
    verifyingKey: verifyingKey ?? createPublicKey(signingKey!),
    generatedKeyFile,
    file: resolve(env.AUDIT_ANCHOR_FILE ?? join(dataDir, 'audit-anchors.jsonl')),
    intervalSeconds: env.AUDIT_ANCHOR_INTERVAL_SECONDS,
    s3,
  };
}

function developmentSessionSecret(dataDir: string, environment: string): string {
  if (environment === 'test') return randomBytes(32).toString('hex');
  return developmentSecret(join(dataDir, 'session-secret'));
}

/** 32 random bytes in hex, generated on first use and kept in `file` (mode 0600). */
function developmentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** A configuration for tests: in-memory database, quiet logs, no demo data. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    environment: 'test',
    port: 0,
    host: '127.0.0.1',
    dataDir: resolve('data/test'),
    database: { kind: 'pglite', dataDir: undefined },
    sessionSecret: randomBytes(32).toString('hex'),
    sessionTtlHours: 12,
    logLevel: 'silent',
    bodyLimitBytes: 1024 * 1024,
    loginRateLimitPer15Min: 10,
    registrationRateLimitPerHour: 20,
    smtp: undefined,
    seedDemo: false,
    publicUrl: undefined,
    trustProxy: false,
    auditAnchor: undefined,
    sqlStatementHeader: true,
    ...overrides,
  };
}
