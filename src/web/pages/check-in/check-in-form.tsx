import { type FormEvent, type ReactNode, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SafetySupport } from "../../../core/safety/support-for";
import {
  type CheckIn,
  type Company,
  type Effect,
  type Feeling,
  feelingIds,
  type Strategy,
  type Trigger,
} from "../../api/types";
import { supportAfterWriting } from "../../app/support-after-writing";
import { type Choice, ChoiceGroup, MultiChoice } from "../../components/choice-group";
import { CounterField } from "../../components/counter-field";
import { FormStatus } from "../../components/form-status";
import { SupportPanel } from "../../components/support-panel";
import { useApiErrors } from "../../components/use-api-error";
import { currentLocale } from "../../i18n/setup";
import { type CheckInDraft, draftFromCheckIn, draftProblems } from "./check-in-draft";
import { clearStoredDraft, readStoredDraft, storeDraft } from "./draft-storage";

const moods = [-3, -2, -1, 0, 1, 2, 3] as const;
const levels = [1, 2, 3, 4, 5] as const;
const companies: Company[] = ["alone", "partner", "family", "friends", "colleagues", "others"];
const triggers: (Trigger | "none")[] = [
  "none",
  "no-reply",
  "conflict",
  "being-alone",
  "criticism",
  "their-plans",
  "decision-pressure",
  "other",
];
const strategies: Strategy[] = ["pause-breathe", "name-feeling", "write", "talk", "move", "wait"];
const effects: Effect[] = ["better", "same", "worse"];

export interface CheckInFormProps {
  date: string;
  /** The day written out in the person's language, for the delete confirmation. */
  dateLabel: string;
  saved: CheckIn | null;
  onSave: (draft: CheckInDraft) => Promise<void>;
  onDelete: () => Promise<void>;
}

/**
 * One day's check-in. Mood is the only required answer; energy sits beside it; every other part is
 * folded away until the person opens it. The draft is kept in this tab's session storage, so an error
 * or an expired session never loses what was entered.
 */
export function CheckInForm({ date, dateLabel, saved, onSave, onDelete }: CheckInFormProps) {
  const { t, i18n } = useTranslation();
  const noteId = useId();
  const [draft, setDraft] = useState<CheckInDraft>(() => readStoredDraft(date) ?? draftFromCheckIn(saved));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [support, setSupport] = useState<SafetySupport | null>(null);
  const { errors, show, set, clear } = useApiErrors();

  useEffect(() => storeDraft(date, draft, saved), [date, draft, saved]);

  const update = <K extends keyof CheckInDraft>(key: K, value: CheckInDraft[K]) => {
    setStatus(null);
    setDraft((current) => ({ ...current, [key]: value }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = draftProblems(draft);
    if (Object.keys(problems).length > 0) {
      const fields: Record<string, string> = {};
      for (const [field, problem] of Object.entries(problems)) {
        fields[field] = problem === "mood-missing" ? t("checkIn.moodRequired") : t("checkIn.effectRequired");
      }
      set({ form: t("common.fixFields"), fields });
      return;
    }
    clear();
    setBusy(true);
    try {
      await onSave(draft);
      clearStoredDraft(date);
      setStatus(t("checkIn.savedNew"));
      setSupport(supportAfterWriting(draft.note, currentLocale(i18n)));
    } catch (error) {
      show(error);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!window.confirm(t("checkIn.confirmDelete", { date: dateLabel }))) return;
    setBusy(true);
    try {
      await onDelete();
      clearStoredDraft(date);
      setDraft(draftFromCheckIn(null));
      setStatus(t("checkIn.deleted"));
    } catch (error) {
      show(error);
    } finally {
      setBusy(false);
    }
  }

  const labelled = <V extends string | number>(values: readonly V[], key: (v: V) => string): Choice<V>[] =>
    values.map((value) => ({ value, label: key(value) }));
  const moodLabel = (m: number) => t(`checkIn.moods.${m}` as "checkIn.moods.0");
  const fieldError = (name: string) => errors.fields[name];

  return (
    <form onSubmit={submit} noValidate className="check-in-form">
      {errors.form ? <FormStatus kind="error">{errors.form}</FormStatus> : null}
      {status ? <FormStatus kind="success">{status}</FormStatus> : null}
      {support ? <SupportPanel support={support} /> : null}

      <ChoiceGroup<number>
        legend={t("checkIn.moodLegend")}
        layout="row"
        className="mood-group"
        options={moods.map((m) => ({
          value: m,
          label: moodLabel(m),
          short: m > 0 ? `+${m}` : m < 0 ? `−${-m}` : "0",
        }))}
        value={draft.mood}
        onChange={(v) => update("mood", v)}
        error={fieldError("mood")}
        footer={
          <div className="scale-ends" aria-hidden="true">
            <span>{moodLabel(-3)}</span>
            <span className="scale-chosen">{draft.mood !== null ? moodLabel(draft.mood) : ""}</span>
            <span>{moodLabel(3)}</span>
          </div>
        }
      />

      <ChoiceGroup<number>
        legend={t("checkIn.energyLegend")}
        layout="row"
        options={labelled(levels, (v) => t(`checkIn.energies.${v}` as "checkIn.energies.1"))}
        value={draft.energy}
        onChange={(v) => update("energy", v)}
        error={fieldError("energy")}
      />

      <Fold title={t("checkIn.moreTitle")} open={hasOptional(draft)} outer>
        <Fold title={t("checkIn.feelingsLegend")} open={draft.feelings.length > 0}>
          <MultiChoice<Feeling>
            legend={<span className="sr-only">{t("checkIn.feelingsLegend")}</span>}
            options={labelled(feelingIds, (v) => t(`checkIn.feelings.${v}`))}
            values={draft.feelings}
            onChange={(v) => update("feelings", v)}
          />
        </Fold>

        <Fold title={t("checkIn.companyLegend")} open={draft.company.length > 0}>
          <MultiChoice<Company>
            legend={<span className="sr-only">{t("checkIn.companyLegend")}</span>}
            options={labelled(companies, (v) => t(`checkIn.company.${v}`))}
            values={draft.company}
            onChange={(v) => update("company", v)}
          />
        </Fold>

        <Fold
          title={t("checkIn.reassuranceTitle")}
          open={draft.reassuranceCount !== null || draft.reassuranceFelt !== null}
        >
          <CounterField
            label={t("checkIn.reassuranceCount")}
            value={draft.reassuranceCount ?? 0}
            onChange={(v) => update("reassuranceCount", v)}
            error={fieldError("reassurance.count")}
          />
          <ChoiceGroup<Effect>
            legend={t("checkIn.reassuranceFelt")}
            options={labelled(effects, (v) => t(`checkIn.effects.${v}`))}
            value={draft.reassuranceFelt}
            onChange={(v) => update("reassuranceFelt", v)}
          />
        </Fold>

        <Fold
          title={t("checkIn.decisionsTitle")}
          open={draft.decisionsAlone !== null || draft.decisionsAfterApproval !== null}
        >
          <CounterField
            label={t("checkIn.decisionsAlone")}
            value={draft.decisionsAlone ?? 0}
            onChange={(v) => update("decisionsAlone", v)}
            error={fieldError("decisions.alone")}
          />
          <CounterField
            label={t("checkIn.decisionsApproval")}
            value={draft.decisionsAfterApproval ?? 0}
            onChange={(v) => update("decisionsAfterApproval", v)}
            error={fieldError("decisions.afterApproval")}
          />
        </Fold>

        <Fold title={t("checkIn.comfortLegend")} open={draft.comfortAlone !== null}>
          <ChoiceGroup<number>
            legend={<span className="sr-only">{t("checkIn.comfortLegend")}</span>}
            layout="list"
            options={labelled(levels, (v) => t(`checkIn.comforts.${v}` as "checkIn.comforts.1"))}
            value={draft.comfortAlone}
            onChange={(v) => update("comfortAlone", v)}
          />
        </Fold>

        <Fold title={t("checkIn.triggerLegend")} open={draft.trigger !== null || draft.helped.length > 0}>
          <ChoiceGroup<Trigger | "none">
            legend={<span className="sr-only">{t("checkIn.triggerLegend")}</span>}
            options={labelled(triggers, (v) => t(`checkIn.triggers.${v}`))}
            value={draft.trigger}
            onChange={(v) => update("trigger", v)}
          />
          <h3 className="fold-subtitle">{t("checkIn.helpedTitle")}</h3>
          <MultiChoice<Strategy>
            legend={t("checkIn.helpedStrategy")}
            options={labelled(strategies, (v) => t(`checkIn.strategies.${v}`))}
            values={draft.helped.map((h) => h.strategy)}
            onChange={(chosen) =>
              update(
                "helped",
                chosen.map(
                  (strategy) =>
                    draft.helped.find((h) => h.strategy === strategy) ?? { strategy, effect: null },
                ),
              )
            }
          />
          {draft.helped.map((h) => (
            <ChoiceGroup<Effect>
              key={h.strategy}
              legend={t("checkIn.helpedEffectFor", { strategy: t(`checkIn.strategies.${h.strategy}`) })}
              options={labelled(effects, (v) => t(`checkIn.effects.${v}`))}
              value={h.effect}
              onChange={(effect) =>
                update(
                  "helped",
                  draft.helped.map((other) => (other.strategy === h.strategy ? { ...other, effect } : other)),
                )
              }
              error={fieldError(`helped.${h.strategy}`)}
            />
          ))}
        </Fold>

        <Fold title={t("checkIn.noteLabel")} open={draft.note.length > 0}>
          <div className="field">
            <label htmlFor={noteId}>{t("checkIn.noteLabel")}</label>
            <span className="hint" id={`${noteId}-hint`}>
              {t("checkIn.noteHint")}
            </span>
            <textarea
              id={noteId}
              value={draft.note}
              onChange={(event) => update("note", event.target.value)}
              aria-describedby={`${noteId}-hint${fieldError("note") ? ` ${noteId}-error` : ""}`}
              aria-invalid={fieldError("note") ? true : undefined}
              rows={4}
            />
            {fieldError("note") ? (
              <p className="field-error" id={`${noteId}-error`}>
                {fieldError("note")}
              </p>
            ) : null}
          </div>
        </Fold>
      </Fold>

      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("common.saving") : t("checkIn.save")}
        </button>
        {saved ? (
          <button type="button" className="button danger secondary" onClick={remove} disabled={busy}>
            {t("checkIn.deleteDay")}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** True when any optional part holds an answer, so the folded parts open by themselves. */
function hasOptional(draft: CheckInDraft): boolean {
  return (
    draft.feelings.length > 0 ||
    draft.company.length > 0 ||
    draft.reassuranceCount !== null ||
    draft.reassuranceFelt !== null ||
    draft.decisionsAlone !== null ||
    draft.decisionsAfterApproval !== null ||
    draft.comfortAlone !== null ||
    draft.trigger !== null ||
    draft.helped.length > 0 ||
    draft.note.length > 0
  );
}

/** A folded optional part; opens by itself when it already holds an answer. */
function Fold({
  title,
  open,
  outer,
  children,
}: {
  title: string;
  open: boolean;
  outer?: boolean;
  children: ReactNode;
}) {
  return (
    <details className={outer ? "fold fold-outer" : "fold"} open={open || undefined}>
      <summary>{title}</summary>
      <div className="fold-body">{children}</div>
    </details>
  );
}
