import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Logger } from "../logging/logger";
import { ApiError, type ErrorBody } from "./api-error";
import type { AppEnv } from "./app-env";

// Hono and its validators raise HTTPException for protocol-level problems; each gets a stable code.
const httpExceptionCodes: Record<number, { code: string; message: string }> = {
  400: { code: "malformed_request", message: "The request body could not be read as JSON." },
  401: { code: "unauthenticated", message: "Please sign in first." },
  404: { code: "not_found", message: "That was not found." },
  405: { code: "method_not_allowed", message: "That method is not allowed here." },
  413: { code: "body_too_large", message: "The request body is too large." },
  415: { code: "unsupported_media_type", message: "Send the body as application/json." },
};

/** The JSON error response for an ApiError, with its extra headers. */
export function errorResponse(error: ApiError): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  if (error.fields && Object.keys(error.fields).length > 0) body.error.fields = error.fields;
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { "content-type": "application/json; charset=utf-8", ...(error.headers ?? {}) },
  });
}

/**
 * The one onError: known errors keep their status and code; anything else is logged with its stack
 * and answered as a 500 that reveals nothing of the server's internals.
 */
export function createErrorHandler(logger: Logger): ErrorHandler<AppEnv> {
  return (err, c) => {
    if (err instanceof ApiError) return errorResponse(err);
    if (err instanceof HTTPException && err.status < 500) {
      const known = httpExceptionCodes[err.status] ?? {
        code: "bad_request",
        message: "The request is not valid.",
      };
      return errorResponse(new ApiError(err.status as 400, known.code, known.message));
    }
    logger.error("request failed", { method: c.req.method, path: c.req.path, error: err });
    return errorResponse(
      new ApiError(500, "internal_error", "Something went wrong on our side. Please try again."),
    );
  };
}

/** 404 in the error shape for unknown API paths. */
export const apiNotFound: NotFoundHandler<AppEnv> = () =>
  errorResponse(new ApiError(404, "not_found", "There is no such API route."));
