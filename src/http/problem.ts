import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, errorCatalogue, type ErrorCode, type FieldError } from '../errors/app-error';
import { negotiateLanguage, type Language } from '../shared/language';
import { InputValidationError, toFieldErrors } from './validation';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
const PROBLEM_TYPE_BASE = 'https://opchub.example.cn/problems/';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ErrorCode;
  errors?: FieldError[];
  correlationId?: string;
  [extension: string]: unknown;
}

/** The language a request asked for, from its Accept-Language header. */
export function requestLanguage(request: FastifyRequest): Language {
  return negotiateLanguage(request.headers['accept-language']);
}

export function buildProblem(error: AppError, request: FastifyRequest): ProblemDocument {
  const language = requestLanguage(request);
  const definition = errorCatalogue[error.code];
  const detail = typeof error.detail === 'object' ? error.detail[language] : error.detail;
  return {
    type: `${PROBLEM_TYPE_BASE}${error.code}`,
    title: definition.title[language],
    status: definition.status,
    code: error.code,
    ...(detail ? { detail } : {}),
    instance: request.url.split('?')[0],
    ...(error.fieldErrors
      ? {
          errors: error.fieldErrors.map((field) => ({
            ...field,
            detail: typeof field.detail === 'object' ? field.detail[language] : field.detail,
          })),
        }
      : {}),
    ...(error.extensions ?? {}),
  };
}

/**
 * A request Node's HTTP parser refuses (a bad header byte, a malformed request line) never
 * reaches Fastify's handlers: it is answered here, still as problem+json, and the connection
 * closed. Oversized headers are 431 and slow requests 408, as Fastify's own handler does.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex) {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) {
    socket.destroy();
    return;
  }
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  const code: ErrorCode = 'request.validation_failed';
  const body = JSON.stringify({
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: errorCatalogue[code].title.en,
    status,
    code,
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export function sendProblem(reply: FastifyReply, problem: ProblemDocument) {
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/** Fastify's own errors we expect from bad input, mapped to our stable codes. */
const fastifyCodeMap: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'request.body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.validation_failed',
  FST_REQ_FILE_TOO_LARGE: 'request.body_too_large',
  FST_FILES_LIMIT: 'request.body_too_large',
  FST_PARTS_LIMIT: 'request.body_too_large',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'request.unsupported_media_type',
  FST_FIELDS_LIMIT: 'request.body_too_large',
  FST_PROTO_VIOLATION: 'request.validation_failed',
  FST_INVALID_JSON_FIELD_ERROR: 'request.validation_failed',
  FST_ERR_BAD_URL: 'request.validation_failed',
};

/**
 * An error met while reading a multipart body: Fastify's own (with a code) are mapped as usual;
 * anything else the parser throws (busboy's "Part terminated early" on a truncated upload) is the
 * client's malformed request, not a server fault.
 */
export function multipartReadError(error: unknown): unknown {
  if (error instanceof AppError || (error as { code?: unknown })?.code) return error;
  return new AppError('request.validation_failed', { cause: error });
}

/**
 * What of an error goes into the log. A failed database query carries its parameters in its
 * message (Drizzle's "Failed query: … params: …"), and those may be a password hash or personal
 * data: only the query text and the driver's own error are kept.
 */
export function loggableError(error: unknown): unknown {
  if (error instanceof AppError && error.cause !== undefined)
    return { type: 'AppError', code: error.code, cause: loggableError(error.cause) };
  if (error instanceof Error && 'query' in error && 'params' in error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return {
      type: error.name,
      query: String((error as { query: unknown }).query),
      cause:
        cause instanceof Error
          ? {
              type: cause.name,
              message: cause.message,
              code: (cause as { code?: unknown }).code,
              stack: cause.stack,
            }
          : undefined,
    };
  }
  return error;
}

/** Converts anything thrown into an AppError; unknown errors become `server.internal`. */
export function toAppError(
  error: unknown,
  request: FastifyRequest,
): { appError: AppError; unexpected: boolean } {
  if (error instanceof AppError) return { appError: error, unexpected: false };
  if (error instanceof InputValidationError) {
    return {
      appError: new AppError('request.validation_failed', {
        fieldErrors: toFieldErrors(error.issues, error.validationContext, requestLanguage(request)),
      }),
      unexpected: false,
    };
  }
  const fastifyError = error as FastifyError;
  const mapped = fastifyError?.code ? fastifyCodeMap[fastifyError.code] : undefined;
  if (mapped) return { appError: new AppError(mapped), unexpected: false };
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return { appError: new AppError('request.malformed_json'), unexpected: false };
  }
  // Whatever a plugin or parser refuses as the client's fault (a truncated multipart body, …)
  // stays a 4xx, and never a 500.
  if (
    typeof fastifyError?.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  )
    return {
      appError: new AppError(
        fastifyError.statusCode === 413 ? 'request.body_too_large' : 'request.validation_failed',
      ),
      unexpected: false,
    };
  return { appError: new AppError('server.internal', { cause: error }), unexpected: true };
}

/**
 * Every error response is RFC 9457 problem+json. Unknown errors are logged with a correlation
 * id, which is all the client sees — never a message or a stack trace.
 */
export function installProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const { appError, unexpected } = toAppError(error, request);
    const problem = buildProblem(appError, request);
    if (unexpected) {
      const correlationId = randomUUID();
      request.log.error({ err: loggableError(error), correlationId }, 'unexpected error');
      problem.correlationId = correlationId;
      problem.detail = {
        'zh-Hans': `请稍后重试。如问题持续，请联系我们并提供编号 ${correlationId}`,
        'zh-Hant': `請稍後重試。如問題持續，請聯絡我們並提供編號 ${correlationId}`,
        en: `Please try again later. If it persists, contact us quoting ${correlationId}`,
      }[requestLanguage(request)];
    } else if (appError.status >= 500) {
      request.log.error({ err: loggableError(error) }, appError.code);
    } else {
      request.log.info({ code: appError.code, status: appError.status }, 'request refused');
    }
    return sendProblem(reply, problem);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, buildProblem(new AppError('request.not_found'), request)),
  );
}
