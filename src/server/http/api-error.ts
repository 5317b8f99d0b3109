/**
 * The one HTTP error class. Every failure a client should understand is thrown as an ApiError with a
 * machine-readable `code`; `onError` turns it into `{ error: { code, message, fields? } }`.
 *
 * Example: `throw new ApiError(404, "not_found", "No check-in for that day.")`.
 */
export class ApiError extends Error {
  readonly status: ApiErrorStatus;
  readonly code: string;
  /** Field path (dot-separated, e.g. "helped.0.effect") to a message about that field. */
  readonly fields: Record<string, string> | undefined;
  /** Extra response headers, e.g. Retry-After on 429. */
  readonly headers: Record<string, string> | undefined;

  constructor(
    status: ApiErrorStatus,
    code: string,
    message: string,
    options: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = options.fields;
    this.headers = options.headers;
  }
}

export type ApiErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** A 404 that says nothing about whether the thing exists for someone else. */
export function notFound(what = "That was not found."): ApiError {
  return new ApiError(404, "not_found", what);
}

/** A 400 naming one field. */
export function invalidField(field: string, message: string): ApiError {
  return new ApiError(400, "invalid_request", `${field}: ${message}`, { fields: { [field]: message } });
}
