import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to port 3000 and the embedded database under ./data/pglite', () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    expect(config.port).toBe(3000);
    expect(config.database).toMatchObject({ kind: 'pglite' });
    expect(config.database.kind === 'pglite' && config.database.dataDir).toMatch(/data\/pglite$/);
    expect(config.bodyLimitBytes).toBe(1024 * 1024);
  });

  it('recognises memory:// and postgres:// URLs', () => {
    expect(loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'memory://' }).database).toEqual({
      kind: 'pglite',
      dataDir: undefined,
    });
    expect(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://u@h:5432/d' }).database,
    ).toMatchObject({ kind: 'postgres', url: 'postgres://u@h:5432/d' });
  });

  it('reports every bad value with the variable named', () => {
    try {
      loadConfig({
        NODE_ENV: 'test',
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT: /m);
      expect(problems).toMatch(/^LOG_LEVEL: must be one of/m);
      expect(problems).toMatch(/^DATABASE_URL: must be unset/m);
    }
  });

  it('requires SESSION_SECRET in production and never seeds demo data there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET: required/);
    const production = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(32),
      AUDIT_ANCHOR_KEY: 'a'.repeat(64),
    });
    expect(production.seedDemo).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(
      /at least 32/,
    );
  });

  it('wants SMTP host and sender together', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', SMTP_HOST: 'smtp.example.cn' })).toThrow(
      /SMTP_HOST and SMTP_FROM/,
    );
    expect(
      loadConfig({
        NODE_ENV: 'test',
        SMTP_HOST: 'smtp.example.cn',
        SMTP_FROM: 'noreply@example.cn',
      }).smtp,
    ).toMatchObject({ port: 587 });
  });
});
