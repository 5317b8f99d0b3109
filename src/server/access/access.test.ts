import { describe, expect, it } from "vitest";
import { ApiError } from "../http/api-error";
import { type Access, authorize, ownerAccess, scopes } from "./access";

const caller = {
  userId: "u-1",
  email: "a@example.org",
  locale: "en" as const,
  wrappedDataKey: "dk1:x",
  sessionId: "s",
};

describe("the access layer", () => {
  it("gives the owner every scope over their own data", () => {
    const access = ownerAccess(caller);
    for (const scope of scopes) expect(authorize(access, scope)).toBe("u-1");
  });

  it("refuses an Access that it did not mint, even if shaped right", () => {
    const forged: Access = {
      ownerId: "someone-else",
      actorId: "u-1",
      relation: "owner",
      scopes: new Set(scopes),
      ownerWrappedDataKey: "dk1:y",
    };
    expect(() => authorize(forged, "journal:read")).toThrow(/minted/);
  });

  it("answers a missing scope as not found", () => {
    const access = ownerAccess(caller);
    const narrowed = { ...access, scopes: new Set(["checkins:read"] as const) } as Access;
    expect(() => authorize(narrowed, "journal:read")).toThrow(/minted/);
    try {
      authorize(Object.freeze(access), "checkins:read");
    } catch {
      expect.fail("the minted access must still work");
    }
    const error = (() => {
      try {
        // A scope that is not in the list cannot be granted.
        authorize(access, "partner:read" as never);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
  });
});
