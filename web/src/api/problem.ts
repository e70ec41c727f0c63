/** RFC 9457 problem documents as the server sends them, and the error the client throws. */

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
