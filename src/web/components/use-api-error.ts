import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type FieldErrors } from "../api/client";

export interface FormErrors {
  /** A sentence for the top of the form, or null. */
  form: string | null;
  /** Field name -> message, shown right next to the field. */
  fields: FieldErrors;
}

const noErrors: FormErrors = { form: null, fields: {} };

/**
 * Localised field messages for the problems the API names. The server writes its field messages in
 * English ("must be an email address", "is already registered"...); we match on them and on the field,
 * and fall back to the server's own words for anything new.
 */
function localiseField(field: string, message: string, t: ReturnType<typeof useTranslation>["t"]): string {
  const text = message.toLowerCase();
  const name = field.toLowerCase();
  if (name.includes("email")) {
    if (/already|taken|exists|registered/.test(text)) return t("auth.emailTaken");
    if (text.includes("required")) return t("auth.required");
    return t("auth.invalidEmail");
  }
  if (name.includes("password")) {
    if (/not your current|not right|wrong|incorrect/.test(text)) return t("settings.wrongPassword");
    if (text.includes("common")) return t("auth.passwordTooCommon");
    if (text.includes("different characters")) return t("auth.passwordTooSimple");
    if (text.includes("email")) return t("auth.passwordIsEmail");
    if (/at least|short/.test(text)) return t("auth.passwordTooShort");
    if (text.includes("required")) return t("auth.required");
  }
  return message;
}

/**
 * Turns whatever a request threw into messages a person can act on, in their language, keeping the
 * API's field names so each message sits next to its field.
 */
export function useApiErrors() {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(noErrors);

  const describe = useCallback(
    (error: unknown): FormErrors => {
      if (!(error instanceof ApiError)) return { form: t("common.errorGeneric"), fields: {} };
      if (error.status === 0) return { form: t("common.errorNetwork"), fields: {} };
      if (error.status === 429) {
        return {
          form: error.retryAfterSeconds
            ? t("auth.rateLimited", { count: error.retryAfterSeconds })
            : t("auth.rateLimitedShort"),
          fields: {},
        };
      }
      if (error.status >= 500) return { form: t("common.errorGeneric"), fields: {} };
      const fields: FieldErrors = {};
      for (const [field, message] of Object.entries(error.fields))
        fields[field] = localiseField(field, message, t);
      if (Object.keys(fields).length > 0) return { form: t("common.fixFields"), fields };
      if (error.code === "invalid_credentials") return { form: t("auth.badCredentials"), fields: {} };
      if (error.status === 401) return { form: t("common.errorSession"), fields: {} };
      return { form: error.message || t("common.errorGeneric"), fields: {} };
    },
    [t],
  );

  const show = useCallback((error: unknown) => setErrors(describe(error)), [describe]);
  const set = useCallback((next: Partial<FormErrors>) => setErrors({ ...noErrors, ...next }), []);
  const clear = useCallback(() => setErrors(noErrors), []);
  return { errors, show, set, clear, describe };
}
