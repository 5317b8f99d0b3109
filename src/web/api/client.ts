/** Field-level problems the server names in its error body, keyed by field path (e.g. "email"). */
export type FieldErrors = Record<string, string>;

/**
 * An error answered by the Poise API: `{ error: { code, message, fields? } }` with a 4xx or 5xx status.
 * Network failures become an ApiError with status 0 and code "network".
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    fields: FieldErrors = {},
    retryAfter: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfterSeconds = retryAfter;
  }
}

/** Flattens the server's `fields` value, which may be a map of strings or of string arrays. */
function readFields(raw: unknown): FieldErrors {
  const out: FieldErrors = {};
  if (!raw || typeof raw !== "object") return out;
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      if (entry && typeof entry === "object") {
        const { path, field, message } = entry as { path?: unknown; field?: unknown; message?: unknown };
        const key = Array.isArray(path) ? path.join(".") : String(field ?? path ?? "");
        if (key) out[key] = String(message ?? "");
      }
    }
    return out;
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    out[key] = Array.isArray(value) ? value.map(String).join(" ") : String(value);
  }
  return out;
}

async function toApiError(response: Response): Promise<ApiError> {
  let code = `http-${response.status}`;
  let message = response.statusText || "Request failed";
  let fields: FieldErrors = {};
  try {
    const body = (await response.json()) as {
      error?: { code?: unknown; message?: unknown; fields?: unknown };
    };
    if (body?.error) {
      code = typeof body.error.code === "string" ? body.error.code : code;
      message = typeof body.error.message === "string" ? body.error.message : message;
      fields = readFields(body.error.fields);
    }
  } catch {
    // A body that is not JSON keeps the status text.
  }
  const retry = Number(response.headers.get("retry-after"));
  return new ApiError(
    response.status,
    code,
    message,
    fields,
    Number.isFinite(retry) && retry > 0 ? retry : null,
  );
}

let onSessionEnded: (() => void) | null = null;

/**
 * Registers what to do when the server says the session has ended (401 "unauthenticated") on a
 * request made while signed in: the app forgets the session, and the sign-in page brings the person
 * back to the same page, where drafts were kept.
 */
export function whenSessionEnds(handler: (() => void) | null): void {
  onSessionEnded = handler;
}

/** Tells the app the session has ended (apiRequest calls it on a 401 "unauthenticated"). */
export function notifySessionEnded(): void {
  onSessionEnded?.();
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * Sends one JSON request to the same origin and returns the parsed body (undefined for 204).
 * Cookies carry the session; the browser adds the Origin header the server checks on writes.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body,
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network", "The server could not be reached.");
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && error.code === "unauthenticated" && path !== "/api/me") notifySessionEnded();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
