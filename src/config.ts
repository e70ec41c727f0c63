import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

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
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().email('must be an e-mail address').optional(),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  PUBLIC_URL: z.string().url('must be a URL such as https://opchub.example.cn').optional(),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$/,
      'must be true, false, or a comma-separated list of proxy addresses/CIDRs',
    )
    .default('false'),
});

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
  };
}

function developmentSessionSecret(dataDir: string, environment: string): string {
  if (environment === 'test') return randomBytes(32).toString('hex');
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
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
    smtp: undefined,
    seedDemo: false,
    publicUrl: undefined,
    trustProxy: false,
    ...overrides,
  };
}
