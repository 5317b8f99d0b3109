/** A response as the tests look at it. */
export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields
  body: any;
}

export interface RequestOptions {
  /** A JSON value to send (sets Content-Type: application/json). */
  json?: unknown;
  /** A raw body sent as is. */
  raw?: string;
  headers?: Record<string, string>;
  /** Send the Origin header a browser on this site would send (default true). */
  sameOrigin?: boolean;
}

/**
 * A browser-like HTTP client for tests: real fetch over TCP, keeps the session cookie, and sends the
 * site's own Origin on state-changing requests as browsers do.
 */
export class ApiClient {
  cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (options.sameOrigin !== false && method !== "GET" && method !== "HEAD")
      headers.origin ??= this.baseUrl;
    let body: string | undefined;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers["content-type"] ??= "application/json";
    } else if (options.raw !== undefined) body = options.raw;
    const send = () => fetch(new URL(path, this.baseUrl), { method, headers, body, redirect: "manual" });
    // A pooled keep-alive connection may have been closed by a server restart: try once more.
    const response = await send().catch(send);
    const setCookie = response.headers.get("set-cookie");
    if (setCookie?.startsWith("poise_session=")) {
      const value = setCookie.slice("poise_session=".length).split(";")[0] ?? "";
      this.cookie = value && !/Max-Age=0/i.test(setCookie) ? `poise_session=${value}` : undefined;
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, text, body: parsed };
  }

  get(path: string, options?: RequestOptions) {
    return this.request("GET", path, options);
  }
  post(path: string, json?: unknown, options?: RequestOptions) {
    return this.request("POST", path, { ...options, json });
  }
  put(path: string, json?: unknown, options?: RequestOptions) {
    return this.request("PUT", path, { ...options, json });
  }
  patch(path: string, json?: unknown, options?: RequestOptions) {
    return this.request("PATCH", path, { ...options, json });
  }
  delete(path: string, json?: unknown, options?: RequestOptions) {
    return this.request("DELETE", path, { ...options, json });
  }
}

let counter = 0;

/** A unique email and an acceptable password for a new test account. */
export function newCredentials(): { email: string; password: string } {
  counter += 1;
  const tag = `${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  return { email: `person-${tag}@example.org`, password: `calm-harbour-${tag}` };
}
