import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { auth } from "../../api/endpoints";
import { FormStatus } from "../../components/form-status";
import { PasswordField } from "../../components/password-field";
import { useApiErrors } from "../../components/use-api-error";

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const { errors, show, set, clear } = useApiErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const fields: Record<string, string> = {};
    if (!current) fields.currentPassword = t("auth.required");
    if (!next) fields.newPassword = t("auth.required");
    else if (next.length < 10) fields.newPassword = t("auth.passwordTooShort");
    if (Object.keys(fields).length > 0) return set({ form: t("common.fixFields"), fields });
    clear();
    setBusy(true);
    try {
      await auth.changePassword(current, next);
      setCurrent("");
      setNext("");
      setDone(true);
    } catch (error) {
      show(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      {errors.form ? <FormStatus kind="error">{errors.form}</FormStatus> : null}
      {done ? <FormStatus kind="success">{t("settings.passwordChanged")}</FormStatus> : null}
      <PasswordField
        label={t("settings.currentPassword")}
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
        error={errors.fields.currentPassword}
      />
      <PasswordField
        label={t("settings.newPassword")}
        autoComplete="new-password"
        hint={t("auth.passwordHint")}
        value={next}
        onChange={setNext}
        error={errors.fields.newPassword}
      />
      <button type="submit" className="button secondary" disabled={busy}>
        {busy ? t("common.saving") : t("settings.changePassword")}
      </button>
    </form>
  );
}
