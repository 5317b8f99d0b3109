import { createRoute } from "@hono/zod-openapi";
import { ownAccess, signedIn } from "../access/access";
import type { ServerContext } from "../context";
import { featureRouter } from "../http/feature-router";
import { errorResponses, jsonBody, jsonResponse } from "../http/openapi-errors";
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from "../sessions/session-cookie";
import {
  ChangePasswordSchema,
  DeleteAccountSchema,
  SignInSchema,
  SignUpSchema,
  UpdateAccountSchema,
  UserResponseSchema,
} from "./auth.schema";
import { createAuthService } from "./auth.service";

const tags = ["Account"];

const signUp = createRoute({
  method: "post",
  path: "/auth/signup",
  tags,
  summary: "Create an account and sign in",
  request: { body: jsonBody(SignUpSchema) },
  responses: {
    201: jsonResponse(UserResponseSchema, "Account created; the session cookie is set"),
    ...errorResponses(400, 403, 409, 413, 415, 429),
  },
});

const signIn = createRoute({
  method: "post",
  path: "/auth/login",
  tags,
  summary: "Sign in (starts a new session)",
  request: { body: jsonBody(SignInSchema) },
  responses: {
    200: jsonResponse(UserResponseSchema, "Signed in; a new session cookie is set"),
    ...errorResponses(400, 401, 403, 413, 415, 429),
  },
});

const signOut = createRoute({
  method: "post",
  path: "/auth/logout",
  tags,
  summary: "Sign out (ends this session)",
  responses: { 204: { description: "Signed out" }, ...errorResponses(403) },
});

const getMe = createRoute({
  middleware: signedIn,
  method: "get",
  path: "/me",
  tags,
  summary: "The signed-in person",
  responses: { 200: jsonResponse(UserResponseSchema, "The account"), ...errorResponses(401) },
});

const patchMe = createRoute({
  middleware: signedIn,
  method: "patch",
  path: "/me",
  tags,
  summary: "Change the account's language",
  request: { body: jsonBody(UpdateAccountSchema) },
  responses: {
    200: jsonResponse(UserResponseSchema, "The updated account"),
    ...errorResponses(400, 401, 403, 413, 415),
  },
});

const deleteMe = createRoute({
  middleware: signedIn,
  method: "delete",
  path: "/me",
  tags,
  summary: "Delete the account and everything it owns (password required)",
  request: { body: jsonBody(DeleteAccountSchema) },
  responses: {
    204: { description: "Deleted, with every check-in, journal entry, assessment and session" },
    ...errorResponses(400, 401, 403, 413, 415, 429),
  },
});

const changePassword = createRoute({
  middleware: signedIn,
  method: "post",
  path: "/me/password",
  tags,
  summary: "Change the password (ends every other session)",
  request: { body: jsonBody(ChangePasswordSchema) },
  responses: {
    204: { description: "Changed; a new session cookie is set" },
    ...errorResponses(400, 401, 403, 413, 415, 429),
  },
});

/** Sign-up, sign-in, sign-out and the account itself. */
export function authRoutes(ctx: ServerContext) {
  const auth = createAuthService(ctx);
  const cookieOptions = (c: Parameters<typeof ctx.facts.isHttps>[0]) => ({
    secure: ctx.facts.isHttps(c),
    maxAgeSeconds: ctx.sessions.lifetimeSeconds,
  });

  return featureRouter()
    .openapi(signUp, async (c) => {
      const { user, token } = await auth.signUp(c.req.valid("json"), ctx.facts.clientAddress(c));
      writeSessionCookie(c, token, cookieOptions(c));
      return c.json({ user }, 201);
    })
    .openapi(signIn, async (c) => {
      const { user, token } = await auth.signIn(
        c.req.valid("json"),
        ctx.facts.clientAddress(c),
        readSessionCookie(c),
      );
      writeSessionCookie(c, token, cookieOptions(c));
      return c.json({ user }, 200);
    })
    .openapi(signOut, async (c) => {
      await ctx.sessions.end(readSessionCookie(c));
      clearSessionCookie(c, ctx.facts.isHttps(c));
      return c.body(null, 204);
    })
    .openapi(getMe, async (c) => c.json({ user: await auth.me(ownAccess(c)) }, 200))
    .openapi(patchMe, async (c) => {
      const user = await auth.updateLocale(ownAccess(c), c.req.valid("json").locale);
      return c.json({ user }, 200);
    })
    .openapi(deleteMe, async (c) => {
      await auth.deleteAccount(ownAccess(c), c.req.valid("json").password);
      clearSessionCookie(c, ctx.facts.isHttps(c));
      return c.body(null, 204);
    })
    .openapi(changePassword, async (c) => {
      const { currentPassword, newPassword } = c.req.valid("json");
      const token = await auth.changePassword(ownAccess(c), currentPassword, newPassword);
      writeSessionCookie(c, token, cookieOptions(c));
      return c.body(null, 204);
    });
}
