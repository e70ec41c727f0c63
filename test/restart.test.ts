import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config';
import { startServer } from '../src/server';
import { TestClient } from './support/test-server';

const directory = mkdtempSync(join(tmpdir(), 'opc-restart-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('the embedded database', () => {
  it('seeds demo data on the first start only, and keeps data across a restart', async () => {
    const config = testConfig({
      database: { kind: 'pglite', dataDir: join(directory, 'pglite') },
      seedDemo: true,
    });
    const lines: string[] = [];
    const first = await startServer(config, (line) => lines.push(line));
    expect(lines.join('\n')).toMatch(/founder@demo\.opchub\.cn/);
    const client = new TestClient(first.url);
    expect(
      (
        await client.post('/api/v1/auth/register', {
          email: 'kept@example.cn',
          password: 'a long enough password',
          displayName: 'Kept',
        })
      ).status,
    ).toBe(201);
    await first.close();

    const secondLines: string[] = [];
    const second = await startServer(config, (line) => secondLines.push(line));
    try {
      expect(secondLines.join('\n')).not.toMatch(/Seeded demo data/);
      const again = new TestClient(second.url);
      await again.logIn('kept@example.cn', 'a long enough password');
      await again.logIn('founder@demo.opchub.cn', 'OpcHub-Demo-2026');
    } finally {
      await second.close();
    }
  }, 120_000);

  it('never seeds demo data in production', async () => {
    const config = testConfig({
      environment: 'production',
      database: { kind: 'pglite', dataDir: join(directory, 'production') },
      seedDemo: false,
    });
    const lines: string[] = [];
    const server = await startServer(config, (line) => lines.push(line));
    try {
      expect(lines.join('\n')).not.toMatch(/demo/i);
      const client = new TestClient(server.url);
      const login = await client.post('/api/v1/auth/login', {
        email: 'founder@demo.opchub.cn',
        password: 'OpcHub-Demo-2026',
      });
      expect(login.status).toBe(401);
      // Production cookies are Secure.
      await client.post('/api/v1/auth/register', {
        email: 'real@example.cn',
        password: 'a long enough password',
        displayName: 'Real',
      });
      const real = await client.post('/api/v1/auth/login', {
        email: 'real@example.cn',
        password: 'a long enough password',
      });
      expect(
        real.headers.getSetCookie().find((cookie) => cookie.startsWith('opc_session=')),
      ).toMatch(/; Secure/);
    } finally {
      await server.close();
    }
  }, 120_000);
});
