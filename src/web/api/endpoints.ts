import type { Locale } from "../../core/locale";
import { ApiError, apiRequest } from "./client";
import type {
  AssessmentList,
  AssessmentMode,
  AssessmentState,
  CheckIn,
  CheckInInput,
  CheckInSaved,
  JournalEntry,
  JournalEntrySaved,
  JournalPage,
  User,
} from "./types";

// One small function per route of the API (issue 3). Pages call these, never fetch directly.

export const auth = {
  me: (signal?: AbortSignal) => apiRequest<{ user: User } | User>("/api/me", { signal }).then(unwrapUser),
  setLocale: (locale: Locale) =>
    apiRequest<{ user: User } | User>("/api/me", { method: "PATCH", body: { locale } }).then(unwrapUser),
  signUp: (email: string, password: string, locale: Locale) =>
    apiRequest<{ user: User } | User>("/api/auth/signup", {
      method: "POST",
      body: { email, password, locale },
    }).then(unwrapUser),
  signIn: (email: string, password: string) =>
    apiRequest<{ user: User } | User>("/api/auth/login", { method: "POST", body: { email, password } }).then(
      unwrapUser,
    ),
  signOut: () => apiRequest<void>("/api/auth/logout", { method: "POST", body: {} }),
  changePassword: (currentPassword: string, newPassword: string) =>
    apiRequest<void>("/api/me/password", { method: "POST", body: { currentPassword, newPassword } }),
  deleteAccount: (password: string) => apiRequest<void>("/api/me", { method: "DELETE", body: { password } }),
};

function unwrapUser(body: { user: User } | User): User {
  return "user" in body ? body.user : body;
}

export const assessments = {
  start: (mode: AssessmentMode, locale: Locale) =>
    apiRequest<AssessmentState>("/api/assessments", { method: "POST", body: { mode, locale } }),
  answer: (id: string, itemId: string, value: number, locale: Locale) =>
    apiRequest<AssessmentState>(`/api/assessments/${encodeURIComponent(id)}/answers?locale=${locale}`, {
      method: "POST",
      body: { itemId, value },
    }),
  get: (id: string, locale: Locale, signal?: AbortSignal) =>
    apiRequest<AssessmentState>(`/api/assessments/${encodeURIComponent(id)}?locale=${locale}`, { signal }),
  list: (locale: Locale, signal?: AbortSignal) =>
    apiRequest<AssessmentList>(`/api/assessments?locale=${locale}`, { signal }),
  /** The newest finished check with its full profile, or null before the first one. */
  latest: async (locale: Locale, signal?: AbortSignal) => {
    const list = await assessments.list(locale, signal);
    const newest = list.assessments.at(-1);
    const state = newest ? await assessments.get(newest.id, locale, signal) : null;
    return {
      list,
      latest: state?.result ? { id: state.id, finishedAt: state.finishedAt!, ...state.result } : null,
    };
  },
};

export const checkIns = {
  put: (date: string, input: CheckInInput) =>
    apiRequest<CheckInSaved>(`/api/checkins/${date}`, { method: "PUT", body: input }),
  /** The day's check-in, or null when there is none. */
  get: (date: string, signal?: AbortSignal) =>
    apiRequest<CheckIn>(`/api/checkins/${date}`, { signal }).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }),
  list: (from: string, to: string, signal?: AbortSignal) =>
    apiRequest<{ checkins: CheckIn[] } | CheckIn[]>(`/api/checkins?from=${from}&to=${to}`, { signal }).then(
      (b) => (Array.isArray(b) ? b : b.checkins),
    ),
  remove: (date: string) => apiRequest<void>(`/api/checkins/${date}`, { method: "DELETE" }),
};

export interface JournalInput {
  text: string;
  title?: string | null;
  promptId?: string | null;
}

export const journal = {
  create: (input: JournalInput) =>
    apiRequest<JournalEntrySaved>("/api/journal", { method: "POST", body: input }),
  /** A page of entries, newest first; `query` searches the person's own titles and texts on the server. */
  list: (options: { cursor?: string | null; query?: string; limit?: number } = {}, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    if (options.cursor) params.set("cursor", options.cursor);
    if (options.query) params.set("q", options.query);
    if (options.limit) params.set("limit", String(options.limit));
    const suffix = params.size > 0 ? `?${params}` : "";
    return apiRequest<JournalPage>(`/api/journal${suffix}`, { signal });
  },
  get: (id: string, signal?: AbortSignal) =>
    apiRequest<JournalEntry>(`/api/journal/${encodeURIComponent(id)}`, { signal }),
  /** Replaces the entry: send its title and prompt again to keep them. */
  update: (id: string, input: JournalInput) =>
    apiRequest<JournalEntrySaved>(`/api/journal/${encodeURIComponent(id)}`, { method: "PUT", body: input }),
  remove: (id: string) => apiRequest<void>(`/api/journal/${encodeURIComponent(id)}`, { method: "DELETE" }),
};

/** Same-origin download links; the browser sends the session cookie. */
export const exportLinks = { json: "/api/export", csv: "/api/export.csv" };
