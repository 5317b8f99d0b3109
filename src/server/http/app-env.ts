import type { Access } from "../access/access";

/** What the session middleware learned about the caller; null for anonymous requests. */
export interface Caller {
  userId: string;
  email: string;
  locale: "en" | "fr";
  /** The user's data key, wrapped by the instance key (unwrapped only when free text is touched). */
  wrappedDataKey: string;
  /** Hash of the session token, to sign out or rotate this very session. */
  sessionId: string;
}

/** The Hono environment shared by every route of the server. */
export interface AppEnv {
  Variables: {
    caller: Caller | null;
    /** Set by `requireAccess` for the owner's own data; the only way routes reach a person's data. */
    access: Access;
  };
}
