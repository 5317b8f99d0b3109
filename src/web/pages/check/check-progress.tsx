import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { AssessmentMode, AssessmentProgress } from "../../api/types";

/**
 * Progress that does not pretend: a full check knows its length; an adaptive check shows how many
 * statements were answered and the server's current estimate of the total, which can move as the
 * answers come in, and says why it will stop.
 */
export function CheckProgress({ mode, progress }: { mode: AssessmentMode; progress: AssessmentProgress }) {
  const { t } = useTranslation();
  const id = useId();
  const total = Math.max(progress.estimatedTotal, progress.answered);
  return (
    <div className="check-progress">
      <label className="small muted" htmlFor={id}>
        {mode === "full"
          ? t("check.progressFull", { count: progress.answered, total })
          : t("check.progressAdaptive", { count: progress.answered, total })}
      </label>
      <progress id={id} max={1} value={Math.min(1, Math.max(0, progress.fraction))} />
    </div>
  );
}
