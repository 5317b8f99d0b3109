import type { Kysely } from "kysely";
import { type Access, authorize } from "../access/access";
import type { Database } from "../db/schema";

export interface UserRecord {
  id: string;
  email: string;
  locale: "en" | "fr";
  createdAt: string;
}

export interface SignInRecord extends UserRecord {
  passwordHash: string;
  wrappedDataKey: string;
}

const toLocale = (value: string): "en" | "fr" => (value === "fr" ? "fr" : "en");

/**
 * Accounts. Looking a person up by email is for signing in only; everything else about an account
 * goes through an Access with the "account" scope.
 */
export function createUsersRepository(db: Kysely<Database>) {
  return {
    /** Inserts a new account; "email_taken" when the (normalised) email is already registered. */
    async insert(user: SignInRecord): Promise<"created" | "email_taken"> {
      const inserted = await db
        .insertInto("users")
        .values({
          id: user.id,
          email: user.email,
          password_hash: user.passwordHash,
          locale: user.locale,
          wrapped_data_key: user.wrappedDataKey,
          created_at: user.createdAt,
          updated_at: user.createdAt,
        })
        .onConflict((oc) => oc.column("email").doNothing())
        .returning("id")
        .executeTakeFirst();
      return inserted ? "created" : "email_taken";
    },

    async findForSignIn(email: string): Promise<SignInRecord | undefined> {
      const row = await db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        email: row.email,
        locale: toLocale(row.locale),
        createdAt: row.created_at,
        passwordHash: row.password_hash,
        wrappedDataKey: row.wrapped_data_key,
      };
    },

    async get(access: Access): Promise<(UserRecord & { passwordHash: string }) | undefined> {
      const row = await db
        .selectFrom("users")
        .select(["id", "email", "locale", "created_at", "password_hash"])
        .where("id", "=", authorize(access, "account"))
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        email: row.email,
        locale: toLocale(row.locale),
        createdAt: row.created_at,
        passwordHash: row.password_hash,
      };
    },

    async updateLocale(access: Access, locale: "en" | "fr", nowIso: string): Promise<void> {
      await db
        .updateTable("users")
        .set({ locale, updated_at: nowIso })
        .where("id", "=", authorize(access, "account"))
        .execute();
    },

    async updatePasswordHash(access: Access, passwordHash: string, nowIso: string): Promise<void> {
      await db
        .updateTable("users")
        .set({ password_hash: passwordHash, updated_at: nowIso })
        .where("id", "=", authorize(access, "account"))
        .execute();
    },

    /** Deletes the account; foreign keys cascade to every row the person owns, wrapped key included. */
    async delete(access: Access): Promise<void> {
      await db.deleteFrom("users").where("id", "=", authorize(access, "account")).execute();
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;
