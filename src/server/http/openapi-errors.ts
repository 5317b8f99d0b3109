import { z } from "@hono/zod-openapi";

/** The error shape shared by every 4xx and 5xx response. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "invalid_request" }),
      message: z.string().openapi({ example: "Please check mood." }),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .openapi({ example: { mood: "Too big: expected number to be <=3" } }),
    }),
  })
  .openapi("Error");

const descriptions = {
  400: "Invalid input; `fields` names each field and what is wrong with it",
  401: "Not signed in",
  403: "Refused (cross-site request, or a wrong password)",
  404: "Not found (also when it belongs to someone else)",
  409: "Conflict",
  413: "Request body too large",
  415: "Body is not application/json",
  429: "Too many attempts; see the Retry-After header",
} as const;

/** OpenAPI response entries for the listed error statuses. */
export function errorResponses<const S extends keyof typeof descriptions>(...statuses: S[]) {
  const entries = statuses.map((status) => [
    status,
    { description: descriptions[status], content: { "application/json": { schema: ErrorSchema } } },
  ]);
  return Object.fromEntries(entries) as {
    [K in S]: { description: string; content: { "application/json": { schema: typeof ErrorSchema } } };
  };
}

/** A JSON request body that must be present. */
export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return {
    required: true,
    description,
    content: { "application/json": { schema } },
  } as const;
}

/** A JSON success response. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}
