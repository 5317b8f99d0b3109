import { z } from "@hono/zod-openapi";
import { maximumPasswordLength, minimumPasswordLength } from "./password-policy";

export const LocaleSchema = z
  .enum(["en", "fr"])
  .openapi({ description: "Language of the texts", example: "en" });

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .email("must be an email address")
  .openapi({ example: "someone@example.org" });

const NewPasswordSchema = z
  .string()
  .min(minimumPasswordLength, `must be at least ${minimumPasswordLength} characters long`)
  .max(maximumPasswordLength, `must be at most ${maximumPasswordLength} characters long`)
  .openapi({
    description: "At least 10 characters, not a well-known password",
    example: "quiet-river-morning",
  });

const PasswordSchema = z.string().min(1, "is required").max(maximumPasswordLength, "is too long");

export const SignUpSchema = z
  .strictObject({ email: EmailSchema, password: NewPasswordSchema, locale: LocaleSchema.optional() })
  .openapi("SignUp");

export const SignInSchema = z
  .strictObject({ email: EmailSchema, password: PasswordSchema })
  .openapi("SignIn");

export const DeleteAccountSchema = z.strictObject({ password: PasswordSchema }).openapi("DeleteAccount");

export const ChangePasswordSchema = z
  .strictObject({ currentPassword: PasswordSchema, newPassword: NewPasswordSchema })
  .openapi("ChangePassword");

export const UpdateAccountSchema = z.strictObject({ locale: LocaleSchema }).openapi("UpdateAccount");

export const UserSchema = z
  .object({
    id: z.string().openapi({ example: "0193a4f2-7c1e-7b3d-9f0a-5e2c8d41b6a7" }),
    email: z.string(),
    locale: LocaleSchema,
    createdAt: z.string().openapi({ example: "2026-11-25T18:22:07.123Z" }),
  })
  .openapi("User");

export const UserResponseSchema = z.object({ user: UserSchema }).openapi("UserResponse");
