import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { auth } from "../../api/endpoints";
import { FormStatus } from "../../components/form-status";
import { PasswordField } from "../../components/password-field";
import { useApiErrors } from "../../components/use-api-error";

/** Deleting needs both a ticked confirmation and the password, so it never happens by accident. */
export function DeleteAccountForm() {
  const { t } = useTranslation();
  const confirmId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const { errors, show, set, clear } = useApiErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!confirmed) fields.confirm = t("settings.mustConfirm");
    if (!password) fields.password = t("auth.required");
    if (Object.keys(fields).length > 0) return set({ form: t("common.fixFields"), fields });
    clear();
    setBusy(true);
    try {
      await auth.deleteAccount(password);
      // A full page load leaves nothing of the account in this tab's memory.
      window.location.replace("/account-deleted");
    } catch (error) {
      show(error);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <p>{t("settings.deleteText")}</p>
      {errors.form ? <FormStatus kind="error">{errors.form}</FormStatus> : null}
      <div className="field">
        <div className="check-line">
          <input
            id={confirmId}
            type="checkbox"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
            aria-invalid={errors.fields.confirm ? true : undefined}
            aria-describedby={errors.fields.confirm ? `${confirmId}-error` : undefined}
          />
          <label htmlFor={confirmId}>{t("settings.deleteConfirm")}</label>
        </div>
        {errors.fields.confirm ? (
          <p className="field-error" id={`${confirmId}-error`}>
            {errors.fields.confirm}
          </p>
        ) : null}
      </div>
      <PasswordField
        label={t("settings.deletePassword")}
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.fields.password}
      />
      <button type="submit" className="button danger" disabled={busy}>
        {busy ? t("common.saving") : t("settings.deleteButton")}
      </button>
    </form>
  );
}
