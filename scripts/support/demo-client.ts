/**
 * What the demo scripts share (`npm run demo:journey`, `npm run demo:vouchers`): a small HTTP
 * client that keeps a session's cookies and CSRF token, and the step printer.
 */
import { DEMO_PASSWORD } from '../../src/modules/demo/service';

export class Client {
  private cookies = new Map<string, string>();
  /** An API token's secret: sent as `Authorization: Bearer …` instead of the session cookies. */
  private bearer: string | null = null;
  constructor(
    private readonly baseUrl: string,
    readonly who: string,
  ) {}

  /** A client that calls with an API token (a provider's system), not a browser session. */
  static withToken(baseUrl: string, who: string, secret: string) {
    const client = new Client(baseUrl, who);
    client.bearer = secret;
    return client;
  }

  async call(
    method: string,
    path: string,
    body?: unknown,
    form?: FormData,
    extraHeaders: Record<string, string> = {},
  ) {
    const headers: Record<string, string> = { 'accept-language': 'zh-Hans', ...extraHeaders };
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.cookies.size > 0)
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const csrf = this.cookies.get('opc_csrf');
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    let payload: string | FormData | undefined = form;
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: payload,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    const text = await response.text();
    let json: unknown = text;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (CSV export)
    }
    if (!response.ok)
      throw new Error(`${this.who}: ${method} ${path} → ${response.status} ${text.slice(0, 500)}`);
    return { json: json as any, text, headers: response.headers }; // eslint-disable-line @typescript-eslint/no-explicit-any
  }

  get = (path: string) => this.call('GET', path);
  post = (path: string, body?: unknown) => this.call('POST', path, body ?? {});
  patch = (path: string, body: unknown) => this.call('PATCH', path, body);
  upload = (path: string, form: FormData) => this.call('POST', path, undefined, form);
  /** A mutating call with an `Idempotency-Key` (every provider command takes one). */
  command = (path: string, key: string, body: unknown = {}) =>
    this.call('POST', path, body, undefined, { 'idempotency-key': key });

  async logIn(email: string) {
    await this.post('/auth/login', { email, password: DEMO_PASSWORD });
    return this;
  }
}

export const yuan = (fen: number) =>
  `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;

let stepNumber = 0;
export function step(text: string) {
  stepNumber += 1;
  console.log(`\n[${stepNumber}] ${text}`);
}
export function show(text: string) {
  console.log(`    ${text}`);
}
export function check(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${what}`);
  show(`✓ ${what}`);
}

/**
 * Plays the bank: exports the batch's CSV, marks every line paid with a demo bank reference, and
 * imports it back. Returns the upload (its form is the same file, to import it again) and the answer.
 */
export async function payBatchAsTheBank(finance: Client, batchId: string) {
  const exported = (await finance.get(`/payments/batches/${batchId}/export?format=csv`)).text;
  const [header, ...rows] = exported
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const resultFile = [
    header,
    ...rows.map((row) => {
      const cells = row.split(',');
      cells[8] = 'paid';
      cells[9] = `DEMO-BANK-${Date.now()}`;
      return cells.join(',');
    }),
  ].join('\r\n');
  const upload = new FormData();
  upload.append('file', new Blob([resultFile], { type: 'text/csv' }), 'result.csv');
  const imported = await finance.upload(`/payments/batches/${batchId}/result`, upload);
  return { upload, imported };
}
