import type { FormInstance } from 'antd';
import i18n, { currentLanguage } from '../i18n';
import { ApiError, type ProblemDocument } from './problem';

export { ApiError, isApiError, type FieldProblem, type ProblemDocument } from './problem';
import { applyFieldErrors } from './field-errors';
export { applyFieldErrors, pointerToNamePath } from './field-errors';

/** Everything the API serves lives under this prefix. */
export const API_BASE = '/api/v1';
const CSRF_COOKIE = 'opc_csrf';
const CSRF_HEADER = 'X-CSRF-Token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type QueryValue = string | number | boolean | null | undefined;

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

/** The headers every API call sends: what we accept, the UI language, and on changes the CSRF echo. */
export function commonHeaders(method: string): Record<string, string> {
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

/** The ApiError for a failed answer (a problem document or not); a 401 signs the UI out. */
export function toApiError(status: number, body: unknown): ApiError {
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

/** The ApiError for a server that could not be reached. */
export function networkError(): ApiError {
  return new ApiError(0, undefined, i18n.t('common:errors.network'));
}

export interface UploadOptions {
  /** Called with 0…1 as the request body is sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * POSTs multipart/form-data (files and fields) with upload progress; the untyped half of
 * `uploadWithProgress` in ./openapi-client, which pages use. Uses XMLHttpRequest because fetch
 * cannot report upload progress; headers and errors are as for the typed client.
 */
export function upload<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  const method = 'POST';
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, buildUrl(path));
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

/**
 * After a failed submit: the server's field errors are put on their fields, and what is left is
 * the message to show above the form — null when every problem found its field.
 */
export function submitFailure(form: FormInstance, error: unknown): string | null {
  const unmatched = applyFieldErrors(form, error);
  if (
    error instanceof ApiError &&
    error.code === 'request.validation_failed' &&
    unmatched.length === 0
  )
    return null;
  return describeError(error);
}
