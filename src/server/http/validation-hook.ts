import type { Hook } from "@hono/zod-openapi";
import type { z } from "zod";
import { ApiError } from "./api-error";
import type { AppEnv } from "./app-env";

const targetNames: Record<string, string> = { json: "body", query: "query", param: "path", header: "header" };

/**
 * Field path -> message for every Zod issue; the first issue of a field wins. Unknown keys are named
 * one by one. Example: `{ "mood": "Too big: expected number to be <=3" }`.
 */
export function fieldsOf(error: z.ZodError, target: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const name = base ? `${base}.${key}` : key;
        fields[name] ??= "is not a known field";
      }
      continue;
    }
    const name = base || targetNames[target] || target;
    fields[name] ??= issue.message;
  }
  return fields;
}

/** The defaultHook of every OpenAPI route: a failed validation becomes a 400 naming the fields. */
export const validationHook: Hook<unknown, AppEnv, string, undefined> = (result) => {
  if (result.success) return;
  const fields = fieldsOf(result.error, result.target);
  const names = Object.keys(fields);
  throw new ApiError(400, "invalid_request", `Please check ${names.join(", ")}.`, { fields });
};
