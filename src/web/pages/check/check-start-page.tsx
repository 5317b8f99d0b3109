import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { assessments } from "../../api/endpoints";
import type { AssessmentMode } from "../../api/types";
import { useRequest } from "../../api/use-request";
import { usePageTitle } from "../../app/page-title";
import { FormStatus } from "../../components/form-status";
import { useApiErrors } from "../../components/use-api-error";
import { currentLocale } from "../../i18n/setup";

/** Explains the check, offers to resume the one in progress, and starts an adaptive or a full check. */
export function CheckStartPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t("check.title"));
  const [mode, setMode] = useState<AssessmentMode>("adaptive");
  const [busy, setBusy] = useState(false);
  const { errors, show } = useApiErrors();

  // The server remembers the check in progress, so it can be resumed from any device.
  const inProgress = useRequest((signal) => assessments.list(currentLocale(i18n), signal), []);

  async function begin(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const state = await assessments.start(mode, currentLocale(i18n));
      navigate(`/check/${state.id}`, { state });
    } catch (error) {
      show(error);
      setBusy(false);
    }
  }

  const resumable = inProgress.status === "done" ? inProgress.data.inProgress : null;
  const modes: { value: AssessmentMode; label: string; hint: string }[] = [
    { value: "adaptive", label: t("check.adaptive"), hint: t("check.adaptiveHint") },
    { value: "full", label: t("check.full"), hint: t("check.fullHint") },
  ];

  return (
    <div className="check-start">
      <h1>{t("check.title")}</h1>
      <p className="page-intro">{t("check.intro")}</p>
      {resumable ? (
        <div className="card resume-card">
          <p>
            <strong>{t("check.inProgress", { count: resumable.progress.answered })}</strong>
          </p>
          <Link className="button" to={`/check/${resumable.id}`}>
            {t("check.resume")}
          </Link>
        </div>
      ) : null}
      <form onSubmit={begin}>
        {errors.form ? <FormStatus kind="error">{errors.form}</FormStatus> : null}
        <fieldset className="mode-choice">
          <legend>{resumable ? t("check.startOver") : t("check.chooseMode")}</legend>
          {modes.map((option) => (
            <label key={option.value} className="choice mode-option">
              <input
                type="radio"
                name="mode"
                value={option.value}
                checked={mode === option.value}
                onChange={() => setMode(option.value)}
                aria-describedby={`mode-${option.value}-hint`}
              />
              <span className="choice-text">
                <span className="mode-label">{option.label}</span>
                <span className="mode-hint" id={`mode-${option.value}-hint`}>
                  {option.hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <p className="muted small">{t("check.keyboardHint")}</p>
        <p className="muted small">{t("check.leaveNote")}</p>
        <button type="submit" className={resumable ? "button secondary" : "button"} disabled={busy}>
          {busy ? t("common.loading") : t("check.begin")}
        </button>
      </form>
    </div>
  );
}
