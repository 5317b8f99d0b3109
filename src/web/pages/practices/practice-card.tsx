import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type PlannedPractice, type PracticeView, practicesApi } from "../../api/practices";
import { todayIso } from "../../app/dates";
import { ChoiceGroup } from "../../components/choice-group";
import { FormStatus } from "../../components/form-status";
import { useApiErrors } from "../../components/use-api-error";
import { currentLocale } from "../../i18n/setup";
import { CompletionItem } from "./completion-item";
import { PracticeDetails } from "./practice-details";

export interface PracticeCardProps {
  planned: PlannedPractice;
  /** Practices that could take its place, best first. */
  alternatives: PracticeView[];
  /** Replaces this practice with another for the week. */
  onSwap: (replacementId: string) => Promise<void>;
  /** Called after a completion was recorded or undone. */
  onChanged: (message: string | null) => void;
  /** Moves focus to the title when the card appears (after a swap put it in the plan). */
  focusOnMount?: boolean;
}

const shownAlternatives = 6;

/** One of the week's practices: what it is, why it is here, marking it done, or swapping it. */
export function PracticeCard({ planned, alternatives, onSwap, onChanged, focusOnMount }: PracticeCardProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { practice } = planned;
  const titleId = useId();
  const reflectionId = useId();
  const [mode, setMode] = useState<"idle" | "done" | "swap">("idle");
  const [reflection, setReflection] = useState("");
  const [replacement, setReplacement] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [busy, setBusy] = useState(false);
  const { errors, show, clear } = useApiErrors();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the card first appears.
  useEffect(() => {
    if (focusOnMount) titleRef.current?.focus();
  }, []);

  const reason =
    planned.reason === "focus" && planned.facet
      ? t("practices.reasonFocus", { facet: planned.facet.name })
      : planned.reason === "strength" && planned.facet
        ? t("practices.reasonStrength", { facet: planned.facet.name })
        : planned.reason === "chosen"
          ? t("practices.reasonChosen")
          : planned.facet
            ? t("practices.reasonGeneralFacet", { facet: planned.facet.name })
            : t("practices.reasonGeneral");
  const day = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long" }).format(
      new Date(y!, m! - 1, d!),
    );
  };

  async function submitDone(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    clear();
    try {
      await practicesApi.complete(practice.id, todayIso(), reflection.trim() ? reflection : null);
      setReflection("");
      setMode("idle");
      onChanged(t("practices.savedDone"));
      titleRef.current?.focus();
    } catch (error) {
      show(error);
    } finally {
      setBusy(false);
    }
  }

  async function submitSwap(event: FormEvent) {
    event.preventDefault();
    if (!replacement) return;
    setBusy(true);
    clear();
    try {
      await onSwap(replacement);
    } catch (error) {
      show(error);
      setBusy(false);
    }
  }

  async function undo(id: string) {
    setBusy(true);
    clear();
    try {
      await practicesApi.undo(id);
      onChanged(null);
    } catch (error) {
      show(error);
    } finally {
      setBusy(false);
    }
  }

  const offered = showAll ? alternatives : alternatives.slice(0, shownAlternatives);
  return (
    <article className="card practice-card" aria-labelledby={titleId}>
      <p className="practice-reason">{reason}</p>
      <h3 id={titleId} className="practice-title" ref={titleRef} tabIndex={-1}>
        {practice.title}
      </h3>
      <p className="small muted">{t("practices.minutes", { count: practice.minutes })}</p>
      <PracticeDetails practice={practice} headingLevel={4} foldSteps />
      {planned.completions.length > 0 ? (
        <div className="practice-done">
          <p className="practice-done-count">
            <span className="done-mark" aria-hidden="true">
              ✓
            </span>{" "}
            {t("practices.doneCount", { count: planned.completions.length })}
          </p>
          <ul className="completion-list">
            {planned.completions.map((completion) => (
              <CompletionItem
                key={completion.id}
                completion={completion}
                dayLabel={day(completion.date)}
                question={practice.reflection}
                busy={busy}
                onUndo={() => void undo(completion.id)}
                onSaved={() => onChanged(t("practices.reflectionSaved"))}
              />
            ))}
          </ul>
        </div>
      ) : null}
      {errors.form ? <FormStatus kind="error">{errors.form}</FormStatus> : null}
      {mode === "done" ? (
        <form className="practice-form" onSubmit={(event) => void submitDone(event)}>
          <div className="field">
            <label htmlFor={reflectionId}>{t("practices.reflectionLabel")}</label>
            <span className="hint" id={`${reflectionId}-hint`}>
              {t("practices.reflectionHint", { question: practice.reflection })}
            </span>
            <textarea
              id={reflectionId}
              className="reflection-input"
              value={reflection}
              maxLength={4000}
              aria-describedby={`${reflectionId}-hint`}
              aria-invalid={errors.fields.reflection ? true : undefined}
              onChange={(event) => setReflection(event.target.value)}
            />
            {errors.fields.reflection ? <p className="field-error">{errors.fields.reflection}</p> : null}
          </div>
          <div className="button-row compact">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t("common.saving") : t("practices.saveDone")}
            </button>
            <button type="button" className="button quiet" onClick={() => setMode("idle")}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : mode === "swap" ? (
        <form className="practice-form" onSubmit={(event) => void submitSwap(event)}>
          <ChoiceGroup
            legend={t("practices.swapLegend", { title: practice.title })}
            hint={t("practices.swapHint")}
            layout="list"
            options={offered.map((p) => ({ value: p.id, label: p.title }))}
            value={replacement}
            onChange={setReplacement}
          />
          {!showAll && alternatives.length > shownAlternatives ? (
            <p>
              <button type="button" className="link-button" onClick={() => setShowAll(true)}>
                {t("practices.moreChoices", { count: alternatives.length - shownAlternatives })}
              </button>
            </p>
          ) : null}
          <div className="button-row compact">
            <button type="submit" className="button" disabled={busy || !replacement}>
              {busy ? t("common.saving") : t("practices.swapConfirm")}
            </button>
            <button type="button" className="button quiet" onClick={() => setMode("idle")}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row compact">
          <button type="button" className="button" onClick={() => setMode("done")}>
            {t("practices.markDone")}
          </button>
          <button type="button" className="button quiet" onClick={() => setMode("swap")}>
            {t("practices.swap")}
          </button>
        </div>
      )}
    </article>
  );
}
