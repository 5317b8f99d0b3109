import { useTranslation } from "react-i18next";
import type { AssessmentMode, AssessmentProgress } from "../../api/types";

/**
 * Progress that does not pretend: a full check knows its length and shows a bar; an adaptive check
 * only knows how many statements were answered and the range it usually needs, and says so.
 */
export function CheckProgress({
  mode,
  progress,
  answered,
}: {
  mode: AssessmentMode;
  progress: AssessmentProgress;
  answered: number;
}) {
  const { t } = useTranslation();
  const count = Math.max(progress.answered ?? 0, answered);
  if (mode === "full" && progress.total) {
    return (
      <div className="check-progress">
        <label className="small muted" htmlFor="check-progress-bar">
          {t("check.progressFull", { answered: count, total: progress.total })}
        </label>
        <progress id="check-progress-bar" max={progress.total} value={count} />
      </div>
    );
  }
  const low = progress.expectedMin;
  const high = progress.expectedMax ?? progress.max;
  return (
    <div className="check-progress">
      <p className="small muted" aria-live="polite">
        {low && high
          ? t("check.progressAdaptive", { answered: count, low, high })
          : t("check.progressAdaptiveSimple", { answered: count })}
      </p>
      {high ? (
        // Never drawn full: the check may need a few more statements than usual.
        <svg
          className="soft-progress"
          viewBox="0 0 100 4"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          <rect className="soft-progress-track" x="0" y="0" width="100" height="4" rx="2" />
          <rect
            className="soft-progress-fill"
            x="0"
            y="0"
            width={Math.min(92, (count / high) * 100)}
            height="4"
            rx="2"
          />
        </svg>
      ) : null}
    </div>
  );
}
