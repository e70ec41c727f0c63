import { randomUUID } from 'node:crypto';
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
    ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
    ...(error.extensions ?? {}),
  };
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
};

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
      request.log.error({ err: error, correlationId }, 'unexpected error');
      problem.correlationId = correlationId;
      problem.detail = {
        'zh-Hans': `请稍后重试。如问题持续，请联系我们并提供编号 ${correlationId}`,
        'zh-Hant': `請稍後重試。如問題持續，請聯絡我們並提供編號 ${correlationId}`,
        en: `Please try again later. If it persists, contact us quoting ${correlationId}`,
      }[requestLanguage(request)];
    } else if (appError.status >= 500) {
      request.log.error({ err: error }, appError.code);
    } else {
      request.log.info({ code: appError.code, status: appError.status }, 'request refused');
    }
    return sendProblem(reply, problem);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, buildProblem(new AppError('request.not_found'), request)),
  );
}
