import type { Access } from "../access/access";
import type { ServerContext } from "../context";
import { newId } from "../db/ids";
import { ApiError } from "../http/api-error";
import { createDecoyHash, hashPassword, verifyPassword } from "./password-hash";
import { passwordProblem } from "./password-policy";
import { createUsersRepository, type UserRecord } from "./users.repository";

/** Sign-up, sign-in and the account operations that need the password. */
export function createAuthService(ctx: ServerContext) {
  const users = createUsersRepository(ctx.database.db);
  const { limiter, sessions, config } = ctx;
  let decoy: Promise<string> | undefined;
  const now = () => ctx.clock().toISOString();
  const addressKey = (address: string) => ({ key: `address:${address}`, limit: config.loginLimitPerAddress });
  const accountKey = (email: string) => ({ key: `account:${email}`, limit: config.loginLimitPerAccount });

  // Every password check of a signed-in person counts against the same per-account limit as sign-in.
  async function checkPassword(access: Access, password: string, field: string): Promise<UserRecord> {
    const user = await users.get(access);
    if (!user) throw new ApiError(401, "unauthenticated", "Please sign in first.");
    await limiter.charge([accountKey(user.email)]);
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw new ApiError(403, "wrong_password", "That password is not right.", {
        fields: { [field]: "is not your current password" },
      });
    }
    await limiter.reset(accountKey(user.email).key);
    return user;
  }

  return {
    async signUp(input: { email: string; password: string; locale?: "en" | "fr" }, address: string) {
      await limiter.charge([{ key: `signup:${address}`, limit: config.loginLimitPerAddress }]);
      const problem = passwordProblem(input.password, input.email);
      if (problem) {
        throw new ApiError(400, "weak_password", `password: ${problem}`, { fields: { password: problem } });
      }
      const id = newId();
      const user = {
        id,
        email: input.email,
        locale: input.locale ?? "en",
        createdAt: now(),
        passwordHash: await hashPassword(input.password),
        wrappedDataKey: ctx.keys.newWrappedDataKey(id),
      } as const;
      if ((await users.insert(user)) === "email_taken") {
        throw new ApiError(409, "email_taken", "An account with this email already exists.", {
          fields: { email: "is already registered" },
        });
      }
      const token = await sessions.issue(id);
      const record: UserRecord = { id, email: user.email, locale: user.locale, createdAt: user.createdAt };
      return { user: record, token };
    },

    /** Checks the password and issues a fresh session (the old one, if any, ends: rotation). */
    async signIn(
      input: { email: string; password: string },
      address: string,
      previousToken: string | undefined,
    ) {
      await limiter.charge([addressKey(address), accountKey(input.email)]);
      const found = await users.findForSignIn(input.email);
      decoy ??= createDecoyHash();
      const valid = found
        ? await verifyPassword(found.passwordHash, input.password)
        : await verifyPassword(await decoy, input.password).then(() => false);
      if (!found || !valid) {
        throw new ApiError(401, "invalid_credentials", "That email and password do not match an account.");
      }
      await limiter.reset(accountKey(input.email).key);
      await sessions.end(previousToken);
      await Promise.all([sessions.purgeExpired(), limiter.purgeEnded()]);
      const token = await sessions.issue(found.id);
      const user: UserRecord = {
        id: found.id,
        email: found.email,
        locale: found.locale,
        createdAt: found.createdAt,
      };
      return { user, token };
    },

    async me(access: Access): Promise<UserRecord> {
      const user = await users.get(access);
      if (!user) throw new ApiError(401, "unauthenticated", "Please sign in first.");
      return { id: user.id, email: user.email, locale: user.locale, createdAt: user.createdAt };
    },

    async updateLocale(access: Access, locale: "en" | "fr"): Promise<UserRecord> {
      await users.updateLocale(access, locale, now());
      sessions.forgetUser(access.ownerId); // a remembered session holds the former language
      return this.me(access);
    },

    /** Changes the password, ends every session of the person and issues a new one. */
    async changePassword(access: Access, currentPassword: string, newPassword: string): Promise<string> {
      const user = await checkPassword(access, currentPassword, "currentPassword");
      const problem = passwordProblem(newPassword, user.email);
      if (problem) {
        throw new ApiError(400, "weak_password", `newPassword: ${problem}`, {
          fields: { newPassword: problem },
        });
      }
      await users.updatePasswordHash(access, await hashPassword(newPassword), now());
      await sessions.endAllOf(user.id);
      return sessions.issue(user.id);
    },

    /** Deletes the account and, by cascade, every row the person owns. */
    async deleteAccount(access: Access, password: string): Promise<void> {
      const user = await checkPassword(access, password, "password");
      await users.delete(access);
      sessions.forgetUser(user.id); // the sessions went by cascade, not through sessions.end
      await ctx.database.purgeDeleted();
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
