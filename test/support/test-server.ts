import { testConfig, type AppConfig } from '../../src/config';
import type { Database } from '../../src/db/client';
import { buildApp } from '../../src/http/app';
import { loadFirstStartData } from '../../src/server';
import type { RegisteredRoute } from '../../src/http/auth';
import type { AppInstance } from '../../src/http/types';
import { registerAccount } from '../../src/modules/accounts/service';
import type { Role } from '../../src/db/schema/accounts';
import { systemContext } from '../../src/shared/service-context';
import { createTestDatabase } from './test-database';

export interface TestServer {
  app: AppInstance;
  database: Database;
  baseUrl: string;
  routes: RegisteredRoute[];
  config: AppConfig;
  /** A new HTTP client with its own cookie jar. */
  client(): TestClient;
  /** Creates an account with these roles and returns a client signed in as it. */
  signedInClient(
    roles: Role[],
    email?: string,
  ): Promise<TestClient & { accountId: string; email: string }>;
  close(): Promise<void>;
}

export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/**
 * A tiny HTTP client for route tests against the real listening server: keeps cookies like a
 * browser and echoes the CSRF cookie in X-CSRF-Token like our web app does.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  csrf = true;
  language: string | undefined;
  bearer: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    path: string,
    options: {
      json?: unknown;
      body?: string | Uint8Array | FormData | Blob;
      headers?: Record<string, string>;
    } = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size > 0)
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.csrf && this.cookies.has('opc_csrf'))
      headers['x-csrf-token'] = this.cookies.get('opc_csrf')!;
    if (this.language) headers['accept-language'] = this.language;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    let body = options.body;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body as never,
      redirect: 'manual',
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, headers ? { headers } : {});
  }
  post<T = any>(path: string, json?: unknown) {
    return this.request<T>('POST', path, json === undefined ? {} : { json });
  }
  put<T = any>(path: string, json?: unknown) {
    return this.request<T>('PUT', path, json === undefined ? {} : { json });
  }
  patch<T = any>(path: string, json?: unknown) {
    return this.request<T>('PATCH', path, json === undefined ? {} : { json });
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async logIn(email: string, password: string) {
    const response = await this.post('/api/v1/auth/login', { email, password });
    if (response.status !== 200)
      throw new Error(`login failed: ${response.status} ${response.text}`);
    return response;
  }
}

export const TEST_PASSWORD = 'correct horse battery staple';
let accountCounter = 0;

/** Starts the real server on a random port over a fresh database (see createTestDatabase). */
export async function startTestServer(
  overrides: Partial<AppConfig> = {},
  /** Extra test-only routes and hooks, added before the server starts listening. */
  beforeListen?: (app: AppInstance) => void,
): Promise<TestServer> {
  const database = await createTestDatabase();
  // The same reference data a real first start loads (the Hetao working list).
  await loadFirstStartData(database, () => undefined);
  const config = testConfig(overrides);
  const { app, routes } = await buildApp(config, database);
  beforeListen?.(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    database,
    baseUrl,
    routes,
    config,
    client: () => new TestClient(baseUrl),
    async signedInClient(roles, email) {
      accountCounter += 1;
      const address =
        email ?? `user${accountCounter}-${roles.join('-') || 'none'}-${Date.now()}@test.opchub.cn`;
      const account = await registerAccount(
        systemContext(database.db, 'test'),
        {
          email: address,
          password: TEST_PASSWORD,
          displayName: `Test ${roles.join('+') || 'user'}`,
        },
        roles,
      );
      const client = new TestClient(baseUrl);
      await client.logIn(address, TEST_PASSWORD);
      return Object.assign(client, { accountId: account.id, email: address });
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
