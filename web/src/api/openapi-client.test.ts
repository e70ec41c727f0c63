import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './problem';

// NOTE: the i18n module touches `document` when loaded; these tests run in Node.
vi.mock('../i18n', () => ({
  default: { t: (key: string) => key },
  currentLanguage: () => 'zh-Hant',
}));

const { createApiClient, uploadWithProgress } = await import('./openapi-client');

const BASE = 'http://opc.test/api/v1';

function answer(status: number, body: unknown, contentType = 'application/json') {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': contentType },
  });
}

/** A client whose fetch records the requests and answers with `reply`. */
function clientAnswering(reply: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const client = createApiClient({
    baseUrl: BASE,
    fetch: (request) => {
      requests.push(request);
      return Promise.resolve(reply(request));
    },
  });
  return { client, requests };
}

describe('the typed API client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the UI language and same-origin credentials, and resolves with the body', async () => {
    vi.stubGlobal('document', { cookie: 'opc_csrf=token%2F1' });
    const { client, requests } = clientAnswering(() => answer(200, { id: 'org-1' }));
    const body = await client.GET('/organisations/{id}', { params: { path: { id: 'org-1' } } });
    expect(body).toEqual({ id: 'org-1' });
    const [request] = requests;
    expect(request?.url).toBe(`${BASE}/organisations/org-1`);
    expect(request?.headers.get('Accept-Language')).toBe('zh-Hant');
    expect(request?.credentials).toBe('same-origin');
    expect(request?.headers.get('X-CSRF-Token')).toBeNull();
  });

  it('echoes the CSRF cookie on changes and sends the JSON body', async () => {
    vi.stubGlobal('document', { cookie: 'other=1; opc_csrf=token%2F1' });
    const { client, requests } = clientAnswering(() => answer(200, { ok: true }));
    await client.POST('/applications/{id}/withdraw', {
      params: { path: { id: 'application-1' } },
      body: { reason: 'changed my mind' },
    });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('X-CSRF-Token')).toBe('token/1');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(await request?.text()).toBe('{"reason":"changed my mind"}');
  });

  it('sends no body, and no content type, to a change that takes none', async () => {
    vi.stubGlobal('document', { cookie: 'opc_csrf=token%2F1' });
    const { client, requests } = clientAnswering(() => answer(204, undefined));
    await client.POST('/auth/logout', {});
    const [request] = requests;
    expect(request?.headers.get('X-CSRF-Token')).toBe('token/1');
    expect(request?.headers.get('Content-Type')).toBeNull();
    expect(await request?.text()).toBe('');
  });

  it('leaves out empty query parameters', async () => {
    vi.stubGlobal('document', { cookie: '' });
    const { client, requests } = clientAnswering(() => answer(200, { items: [], total: 0 }));
    await client.GET('/admin/accounts', { params: { query: { q: '', limit: 20 } } });
    expect(requests[0]?.url).toBe(`${BASE}/admin/accounts?limit=20`);
  });

  it('turns a problem document into an ApiError with its field errors', async () => {
    vi.stubGlobal('document', { cookie: '' });
    const problem = {
      title: 'Invalid input',
      status: 400,
      code: 'request.validation_failed',
      errors: [{ pointer: '/body/email', code: 'invalid', detail: 'Not an e-mail address' }],
    };
    const { client } = clientAnswering(() => answer(400, problem, 'application/problem+json'));
    const error = await client
      .POST('/auth/login', { body: { email: 'x', password: 'y' } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'request.validation_failed' });
    expect((error as ApiError).errors).toEqual(problem.errors);
  });

  it('rejects with a network ApiError when the server cannot be reached, but lets aborts through', async () => {
    vi.stubGlobal('document', { cookie: '' });
    const unreachable = createApiClient({
      baseUrl: BASE,
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    await expect(unreachable.GET('/me')).rejects.toMatchObject({ status: 0, code: 'network' });

    const controller = new AbortController();
    controller.abort();
    const aborted = createApiClient({
      baseUrl: BASE,
      fetch: (request) => fetch(request),
    });
    await expect(aborted.GET('/me', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

/** Stands in for the browser's XMLHttpRequest: records what is sent, answers when told to. */
class FakeXhr {
  static last: FakeXhr | undefined;
  method = '';
  url = '';
  withCredentials = false;
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  private contentType: string | null = null;
  upload: {
    onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void;
  } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return name.toLowerCase() === 'content-type' ? this.contentType : null;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  /** Answers the request as the server would. */
  answer(status: number, body: unknown, contentType = 'application/json') {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.contentType = contentType;
    this.onload?.();
  }
}

describe('uploads with progress', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fills in the path, sends the form with the CSRF echo, reports progress and resolves with the body', async () => {
    vi.stubGlobal('document', { cookie: 'opc_csrf=token%2F1' });
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const form = new FormData();
    const progress: number[] = [];
    const sent = uploadWithProgress('/hetao/questions/{id}/attachments', form, {
      params: { path: { id: 'q 1' } },
      onProgress: (fraction) => progress.push(fraction),
    });
    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/hetao/questions/q%201/attachments');
    expect(xhr.headers['X-CSRF-Token']).toBe('token/1');
    expect(xhr.headers['Accept-Language']).toBe('zh-Hant');
    expect(xhr.body).toBe(form);
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 4 });
    xhr.answer(201, { id: 'q 1', reference: 'Q-1' });
    await expect(sent).resolves.toEqual({ id: 'q 1', reference: 'Q-1' });
    expect(progress).toEqual([0.25, 1]);
  });

  it('will not send a path whose parameters are missing (nor compile)', () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    expect(() =>
      // @ts-expect-error: '/hetao/questions/{id}/attachments' needs params.path.id
      uploadWithProgress('/hetao/questions/{id}/attachments', new FormData()),
    ).toThrow(TypeError);
  });

  it('rejects with an ApiError for a problem document', async () => {
    vi.stubGlobal('document', { cookie: '' });
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const sent = uploadWithProgress('/hetao/list-versions/import', new FormData());
    expect(FakeXhr.last!.url).toBe('/api/v1/hetao/list-versions/import');
    FakeXhr.last!.answer(
      422,
      { title: 'Unreadable', status: 422, code: 'hetao.import_unreadable' },
      'application/problem+json',
    );
    const error = await sent.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'hetao.import_unreadable' });
  });
});
