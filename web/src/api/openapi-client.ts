import createClient, {
  type ClientOptions,
  type ClientPathsWithMethod,
  type FetchResponse,
  type MaybeOptionalInit,
} from 'openapi-fetch';
import { API_BASE, commonHeaders, networkError, toApiError, upload } from './client';
import type { components, paths } from './schema';

/**
 * A schema of the API by its OpenAPI name: `ApiSchema<'Evaluation'>`. The names are the routes'
 * Zod schema ids (see openapi.json's components.schemas).
 */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** A text the server sends in each UI language: `text[currentLanguage()]`. */
export type LocalisedText = ApiSchema<'LocalisedText'>;

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type MediaType = `${string}/${string}`;
type FetchClient = ReturnType<typeof createClient<paths>>;
type RequiredKeysOf<T> = {
  [K in keyof T]-?: Record<string, never> extends Pick<T, K> ? never : K;
}[keyof T];
/** The second argument is required when the operation has a required parameter or body. */
type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & { [key: string]: unknown })?]
    : [Init & { [key: string]: unknown }];
/** What a successful call resolves with: the body of its 2xx answer, undefined for a 204. */
type SuccessData<Operation extends Record<string | number, unknown>, Init> = Extract<
  FetchResponse<Operation, Init, MediaType>,
  { error?: never }
>['data'] extends infer Data
  ? [Data] extends [never]
    ? undefined
    : Data
  : never;

/**
 * The body of a path's successful answer, for answers the document does not name:
 * `ApiResponse<'/applications/{id}', 'get'>`.
 */
export type ApiResponse<
  Path extends ClientPathsWithMethod<FetchClient, M>,
  M extends Method = 'get',
> = SuccessData<paths[Path][M] & Record<string | number, unknown>, object>;

type TypedMethod<M extends Method> = <
  Path extends ClientPathsWithMethod<FetchClient, M>,
  Init extends MaybeOptionalInit<paths[Path], M>,
>(
  path: Path,
  ...init: InitParam<Init>
) => Promise<SuccessData<paths[Path][M] & Record<string | number, unknown>, Init>>;

/** The typed client: each method resolves with the answer's body or rejects with an ApiError. */
export interface ApiClient {
  GET: TypedMethod<'get'>;
  PUT: TypedMethod<'put'>;
  POST: TypedMethod<'post'>;
  PATCH: TypedMethod<'patch'>;
  DELETE: TypedMethod<'delete'>;
}

type QueryValue = string | number | boolean | null | undefined;

/** Query parameters as the old client sent them: null, undefined and '' are left out. */
function serializeQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? (value as QueryValue[]) : [value as QueryValue]) {
      if (item === undefined || item === null || item === '') continue;
      params.append(key, String(item));
    }
  }
  return params.toString();
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Builds a typed client over openapi-fetch (`options` are for tests: another `baseUrl` or
 * `fetch`). Headers, cookies and errors come from ./client (as for uploads): Accept-Language,
 * the CSRF echo on changes, same-origin credentials, problem+json → ApiError, AbortSignal.
 */
export function createApiClient(options: Pick<ClientOptions, 'baseUrl' | 'fetch'> = {}): ApiClient {
  const client = createClient<paths>({
    baseUrl: API_BASE,
    credentials: 'same-origin',
    querySerializer: serializeQuery,
    ...options,
  });

  function typed<M extends Method>(method: Uppercase<M>): TypedMethod<M> {
    // NOTE: the types are checked at the call sites (TypedMethod); inside, any path goes.
    const call = client[method] as unknown as (
      path: string,
      init: object,
    ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    return (async (path: string, init: { headers?: Record<string, string> } = {}) => {
      const headers = { ...commonHeaders(method), ...init.headers };
      let answer: { data?: unknown; error?: unknown; response: Response };
      try {
        answer = await call(path, { ...init, headers });
      } catch (error) {
        if (isAbort(error)) throw error;
        throw networkError();
      }
      if (!answer.response.ok) throw toApiError(answer.response.status, answer.error);
      return answer.data;
    }) as unknown as TypedMethod<M>;
  }

  return {
    GET: typed('GET'),
    PUT: typed('PUT'),
    POST: typed('POST'),
    PATCH: typed('PATCH'),
    DELETE: typed('DELETE'),
  };
}

/**
 * The API, typed from openapi.json: `apiClient.GET('/organisations/{id}', { params: { path: {
 * id } }, signal })`. Paths are relative to /api/v1. Uploads with progress go through
 * {@link uploadWithProgress}.
 */
export const apiClient = createApiClient();

type UploadPath = ClientPathsWithMethod<FetchClient, 'post'>;

/** How to send an upload: the path's parameters (required when it has some), progress, abort. */
export type UploadInit<Path extends UploadPath> = {
  /** Called with 0…1 as the request body is sent, and with 1 when the answer is a success. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
} & (paths[Path]['post'] extends { parameters: { path: infer PathParameters } }
  ? { params: { path: PathParameters } }
  : { params?: never });

/**
 * POSTs multipart/form-data (files and fields) with upload progress, and resolves with the
 * answer's body as openapi.json describes it:
 * `uploadWithProgress('/hetao/questions/{id}/attachments', form, { params: { path: { id } },
 * onProgress })`. Headers and errors are those of {@link apiClient}. NOTE: XMLHttpRequest
 * underneath (./client's `upload`), because fetch cannot report upload progress.
 */
export function uploadWithProgress<Path extends UploadPath>(
  path: Path,
  form: FormData,
  ...init: RequiredKeysOf<UploadInit<Path>> extends never ? [UploadInit<Path>?] : [UploadInit<Path>]
): Promise<ApiResponse<Path, 'post'>> {
  const { params, onProgress, signal } = (init[0] ?? {}) as {
    params?: { path?: Record<string, string | number> };
    onProgress?: (fraction: number) => void;
    signal?: AbortSignal;
  };
  const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params?.path?.[name];
    if (value === undefined) throw new TypeError(`${path}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
  return upload<ApiResponse<Path, 'post'>>(filled, form, { onProgress, signal });
}
