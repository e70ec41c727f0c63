import type { FormInstance } from 'antd';
import i18n, { currentLanguage } from '../i18n';

/** Everything the API serves lives under this prefix. */
export const API_BASE = '/api/v1';
const CSRF_COOKIE = 'opc_csrf';
const CSRF_HEADER = 'X-CSRF-Token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** One field problem of an RFC 9457 document: `pointer` is a JSON Pointer like `/body/email`. */
export interface FieldProblem {
  pointer: string;
  code: string;
  detail: string;
}

/** The RFC 9457 problem+json document the server sends with every error. */
export interface ProblemDocument {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: FieldProblem[];
  correlationId?: string;
  retryAfterSeconds?: number;
  [extension: string]: unknown;
}

/**
 * A failed API call. `code` is the server's stable error code (`account.email_taken`, …), or
 * `network` when the server could not be reached, or `http.<status>` when the answer was not a
 * problem document. `title` is already in the UI language (we send Accept-Language).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[];
  readonly problem: ProblemDocument | undefined;

  constructor(status: number, problem: ProblemDocument | undefined, fallbackTitle: string) {
    const title = problem?.title ?? fallbackTitle;
    super(problem?.detail ? `${title}: ${problem.detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem?.code ?? (status === 0 ? 'network' : `http.${status}`);
    this.title = title;
    this.detail = problem?.detail;
    this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
    this.problem = problem;
  }

  /** Seconds until a rate-limited request may be retried, when the server said so. */
  get retryAfterSeconds(): number | undefined {
    const value = this.problem?.retryAfterSeconds;
    return typeof value === 'number' ? value : undefined;
  }

  get correlationId(): string | undefined {
    return this.problem?.correlationId;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  /** Query parameters; null, undefined and '' are left out. */
  query?: Record<string, QueryValue>;
  /** A JSON body. */
  json?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

type SessionExpiredListener = () => void;
const sessionExpiredListeners = new Set<SessionExpiredListener>();

/**
 * Called when any API call answers 401 `auth.unauthenticated`: the session ended (expired,
 * signed out elsewhere, password changed). The session provider listens and signs the UI out.
 */
export function onSessionExpired(listener: SessionExpiredListener): () => void {
  sessionExpiredListeners.add(listener);
  return () => sessionExpiredListeners.delete(listener);
}

/** The CSRF token the server put in the readable `opc_csrf` cookie at sign-in. */
export function readCsrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const url = `${API_BASE}${path.startsWith('/') ? path : `/${path}`}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

function commonHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
  };
  if (UNSAFE_METHODS.has(method)) {
    const csrf = readCsrfToken();
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  return headers;
}

function parseBody(text: string, contentType: string | null): unknown {
  if (!text) return undefined;
  if (contentType && /json/i.test(contentType)) {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  return text;
}

function toApiError(status: number, body: unknown): ApiError {
  const problem =
    body && typeof body === 'object' && !Array.isArray(body)
      ? (body as ProblemDocument)
      : undefined;
  const isProblem = problem && typeof problem.title === 'string';
  const error = new ApiError(
    status,
    isProblem ? problem : undefined,
    i18n.t('common:errors.http', { status }),
  );
  if (status === 401 && error.code === 'auth.unauthenticated') {
    for (const listener of sessionExpiredListeners) listener();
  }
  return error;
}

function networkError(): ApiError {
  return new ApiError(0, undefined, i18n.t('common:errors.network'));
}

/** Calls the API; resolves with the parsed JSON body, rejects with an {@link ApiError}. */
export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers = { ...commonHeaders(method), ...options.headers };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
  const parsed = parseBody(await response.text(), response.headers.get('content-type'));
  if (!response.ok) throw toApiError(response.status, parsed);
  return parsed as T;
}

export interface UploadOptions {
  method?: 'POST' | 'PUT';
  query?: Record<string, QueryValue>;
  /** Called with 0…1 as the request body is sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends multipart/form-data (files and fields) with upload progress. Uses XMLHttpRequest
 * because fetch cannot report upload progress; headers and errors are as for {@link request}.
 */
export function upload<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  const method = options.method ?? 'POST';
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, buildUrl(path, options.query));
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(commonHeaders(method))) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const parsed = parseBody(xhr.responseText, xhr.getResponseHeader('content-type'));
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress?.(1);
        resolve(parsed as T);
      } else reject(toApiError(xhr.status, parsed));
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** Short-hands: `api.get<Me>('/me')`, `api.post('/organisations', { json: body })`. */
export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'json'>) =>
    request<T>('GET', path, options),
  post: <T>(path: string, json?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, json }),
  put: <T>(path: string, json?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, json }),
  patch: <T>(path: string, json?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, json }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  upload,
};

/** `/body/a/0/b` → `['a', 0, 'b']` (JSON Pointer, RFC 6901), minus the given prefix. */
export function pointerToNamePath(pointer: string, prefix = '/body'): (string | number)[] | null {
  if (pointer !== prefix && !pointer.startsWith(`${prefix}/`)) return null;
  const rest = pointer.slice(prefix.length);
  if (rest === '') return [];
  return rest
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((token) => (/^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : token));
}

/**
 * Shows the server's field errors on an Ant Design form: `/body/email` goes to the `email`
 * field, `/body/address/city` to `['address', 'city']`. Returns the problems that match no field
 * of the form (show them in an Alert), or all of them when the error is not an ApiError.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  options: { prefix?: string } = {},
): FieldProblem[] {
  if (!(error instanceof ApiError)) return [];
  const known = new Set(form.getFieldsError().map((field) => JSON.stringify(field.name)));
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unmatched: FieldProblem[] = [];
  for (const problem of error.errors) {
    const name = pointerToNamePath(problem.pointer, options.prefix);
    const key = name && name.length > 0 ? JSON.stringify(name) : undefined;
    if (!name || !key || !known.has(key)) {
      unmatched.push(problem);
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(problem.detail);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return unmatched;
}

/** A one-line message for an error of any kind, in the UI language. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const parts = [error.title];
    if (error.detail) parts.push(error.detail);
    for (const problem of error.errors) parts.push(problem.detail);
    return parts.join(' — ');
  }
  return i18n.t('common:errors.unexpected');
}
