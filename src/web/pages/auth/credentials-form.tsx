import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../../components/form-status";
import { PasswordField } from "../../components/password-field";
import { TextField } from "../../components/text-field";
import { useApiErrors } from "../../components/use-api-error";

export interface CredentialsFormProps {
  mode: "sign-up" | "sign-in";
  onSubmit: (email: string, password: string) => Promise<void>;
  /** Turns a failure into messages; sign-in maps a 401 to "these don't match". */
  describeFailure?: (error: unknown) => { form: string | null; fields: Record<string, string> } | null;
}

/**
 * Email and password with checks before sending (so the person hears about a typo at once) and the
 * server's field errors next to each field afterwards. What was typed is never cleared on failure.
 */
export function CredentialsForm({ mode, onSubmit, describeFailure }: CredentialsFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const { errors, show, set, clear } = useApiErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!email.trim()) fields.email = t("auth.required");
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) fields.email = t("auth.invalidEmail");
    if (!password) fields.password = t("auth.required");
    else if (mode === "sign-up" && password.length < 10) fields.password = t("auth.passwordTooShort");
    if (Object.keys(fields).length > 0) {
      set({ form: t("common.fixFields"), fields });
      return;
    }
    clear();
    setBusy(true);
    try {
      await onSubmit(email.trim(), password);
    } catch (error) {
      const custom = describeFailure?.(error);
      if (custom) set(custom);
      else show(error);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      {errors.form ? <FormStatus kind="error">{errors.form}</FormStatus> : null}
      <TextField
        label={t("auth.email")}
        type="email"
        name="email"
        autoComplete={mode === "sign-up" ? "email" : "username"}
        inputMode="email"
        spellCheck={false}
        autoCapitalize="off"
        value={email}
        onChange={setEmail}
        hint={mode === "sign-up" ? t("auth.emailHint") : undefined}
        error={errors.fields.email}
        required
      />
      <PasswordField
        label={t("auth.password")}
        name="password"
        autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
        value={password}
        onChange={setPassword}
        hint={mode === "sign-up" ? t("auth.passwordHint") : undefined}
        error={errors.fields.password}
        required
        minLength={mode === "sign-up" ? 10 : undefined}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("common.saving") : mode === "sign-up" ? t("auth.createAccount") : t("auth.signIn")}
        </button>
      </div>
    </form>
  );
}
