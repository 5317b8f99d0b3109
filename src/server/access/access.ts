import type { Context, MiddlewareHandler } from "hono";
import { ApiError, notFound } from "../http/api-error";
import type { AppEnv, Caller } from "../http/app-env";

/**
 * The one authorisation layer. Repositories never take a bare user id: every read or write of a
 * person's data takes an `Access`, and `authorize(access, scope)` is the only way to obtain the owner
 * id that goes into the WHERE clause. Today the only way to mint an Access is to be the owner; the
 * design for partners and practitioners (scoped, revocable consent) is in docs/security.md.
 */
export const scopes = [
  "account",
  "assessments:read",
  "assessments:write",
  "checkins:read",
  "checkins:write",
  "journal:read",
  "journal:write",
  "practices:read",
  "practices:write",
  "export",
] as const;
export type Scope = (typeof scopes)[number];

/** Who may reach whose data, and for what. Only this module creates one. */
export interface Access {
  /** Whose data this access reaches. */
  readonly ownerId: string;
  /** Who is acting: the owner today; later a partner or practitioner holding a consent grant. */
  readonly actorId: string;
  /** How the actor relates to the owner. Later: "partner" | "practitioner". */
  readonly relation: "owner";
  readonly scopes: ReadonlySet<Scope>;
  /** The owner's data key, wrapped by the instance key, for the free text this access may read. */
  readonly ownerWrappedDataKey: string;
}

// Accesses minted here; an object literal shaped like an Access is refused at run time too.
const minted = new WeakSet<Access>();

const allScopes: ReadonlySet<Scope> = new Set(scopes);

/** Full access of a signed-in person to their own data. O(1). */
export function ownerAccess(caller: Caller): Access {
  const access: Access = Object.freeze({
    ownerId: caller.userId,
    actorId: caller.userId,
    relation: "owner",
    scopes: allScopes,
    ownerWrappedDataKey: caller.wrappedDataKey,
  });
  minted.add(access);
  return access;
}

/**
 * The owner id this access may use for `scope`. A missing scope answers 404, exactly like a missing
 * resource, so nobody learns that something exists. O(1).
 *
 * Example: `db.selectFrom("checkins").where("user_id", "=", authorize(access, "checkins:read"))`.
 */
export function authorize(access: Access, scope: Scope): string {
  if (!minted.has(access)) throw new Error("authorize requires an Access minted by the access module");
  if (!access.scopes.has(scope)) throw notFound();
  return access.ownerId;
}

/** The signed-in caller, or a 401 for anonymous requests (answered before any lookup). */
export function requireCaller(c: Context<AppEnv>): Caller {
  const caller = c.get("caller");
  if (!caller) throw new ApiError(401, "unauthenticated", "Please sign in first.");
  return caller;
}

/** The caller's access to their own data; 401 when nobody is signed in. */
export function ownAccess(c: Context<AppEnv>): Access {
  return ownerAccess(requireCaller(c));
}

/**
 * Route middleware: refuses anonymous requests with 401 before their input is even validated, so an
 * anonymous caller learns nothing from the difference between a valid and an invalid request.
 */
export const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireCaller(c);
  await next();
};
