import { type FormEvent, type ReactNode, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Locale, LocalizedText } from "../../../core/locale";
import {
  type AfterEffect,
  afterEffects,
  type CompanyId,
  checkinRanges,
  companyIds,
  type StrategyId,
  strategyIds,
  type TriggerId,
  triggerIds,
} from "../../../core/patterns/checkin";
import { feelings } from "../../../core/patterns/feelings";
import {
  afterEffectLabels,
  companyLabels,
  strategyLabels,
  triggerLabels,
} from "../../../core/patterns/labels";
import type { SafetySupport } from "../../../core/safety/support-for";
import type { CheckIn, SafetyScan } from "../../api/types";
import { supportAfterWriting } from "../../app/support-after-writing";
import { type Choice, ChoiceGroup, MultiChoice } from "../../components/choice-group";
import { CounterField } from "../../components/counter-field";
import { FormStatus } from "../../components/form-status";
import { SupportPanel } from "../../components/support-panel";
import { useApiErrors } from "../../components/use-api-error";
import { currentLocale } from "../../i18n/setup";
import { type CheckInDraft, draftFromCheckIn, draftProblems } from "./check-in-draft";
import { clearStoredDraft, readStoredDraft, storeDraft } from "./draft-storage";

// Every vocabulary and range is the core's (src/core/patterns), which the API validates against.
const span = ({ min, max }: { min: number; max: number }) =>
  Array.from({ length: max - min + 1 }, (_, i) => min + i);
const moods = span(checkinRanges.mood);
const energies = span(checkinRanges.energy);
const comforts = span(checkinRanges.comfortAlone);
const pleasant = feelings.filter((f) => f.tone === "pleasant");
const unpleasant = feelings.filter((f) => f.tone === "unpleasant");

/** The core's label in the person's language, starting with a capital like every other choice. */
const labelIn = (text: LocalizedText, locale: Locale) =>
  text[locale].charAt(0).toLocaleUpperCase(locale) + text[locale].slice(1);

export interface CheckInFormProps {
  date: string;
  /** The day written out in the person's language, for the delete confirmation. */
  dateLabel: string;
  saved: CheckIn | null;
  /** Saves the day; answers what the server's scan of the note found, when it did. */
  onSave: (draft: CheckInDraft) => Promise<SafetyScan | undefined>;
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
      const scan = await onSave(draft);
      clearStoredDraft(date);
      setStatus(t("checkIn.savedNew"));
      setSupport(supportAfterWriting(scan?.signals, currentLocale(i18n)));
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

  const locale = currentLocale(i18n);
  const labelled = <V extends string | number>(values: readonly V[], key: (v: V) => string): Choice<V>[] =>
    values.map((value) => ({ value, label: key(value) }));
  const moodLabel = (m: number) => t(`checkIn.moods.${m}` as "checkIn.moods.0");
  const fieldError = (name: string) => errors.fields[name];
  const effectChoices = labelled<AfterEffect>(afterEffects, (v) => labelIn(afterEffectLabels[v], locale));
  const feelingGroup = (legend: string, group: typeof feelings) => (
    <MultiChoice<string>
      legend={legend}
      options={group.map((f) => ({ value: f.id, label: labelIn(f.label, locale) }))}
      values={draft.feelings}
      onChange={(v) => update("feelings", v)}
    />
  );

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
            <span>{moodLabel(checkinRanges.mood.min)}</span>
            <span className="scale-chosen">{draft.mood !== null ? moodLabel(draft.mood) : ""}</span>
            <span>{moodLabel(checkinRanges.mood.max)}</span>
          </div>
        }
      />

      <ChoiceGroup<number>
        legend={t("checkIn.energyLegend")}
        layout="row"
        options={labelled(energies, (v) => t(`checkIn.energies.${v}` as "checkIn.energies.1"))}
        value={draft.energy}
        onChange={(v) => update("energy", v)}
        error={fieldError("energy")}
      />

      <Fold title={t("checkIn.moreTitle")} open={hasOptional(draft)} outer>
        <Fold title={t("checkIn.feelingsLegend")} open={draft.feelings.length > 0}>
          {feelingGroup(t("checkIn.feelingsPleasant"), pleasant)}
          {feelingGroup(t("checkIn.feelingsUnpleasant"), unpleasant)}
        </Fold>

        <Fold title={t("checkIn.companyLegend")} open={draft.company.length > 0}>
          <MultiChoice<CompanyId>
            legend={<span className="sr-only">{t("checkIn.companyLegend")}</span>}
            options={labelled(companyIds, (v) => labelIn(companyLabels[v], locale))}
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
            min={checkinRanges.reassuranceCount.min}
            max={checkinRanges.reassuranceCount.max}
            onChange={(v) => update("reassuranceCount", v)}
            error={fieldError("reassurance.count")}
          />
          <ChoiceGroup<AfterEffect>
            legend={t("checkIn.reassuranceFelt")}
            options={effectChoices}
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
            min={checkinRanges.decisions.min}
            max={checkinRanges.decisions.max}
            onChange={(v) => update("decisionsAlone", v)}
            error={fieldError("decisions.alone")}
          />
          <CounterField
            label={t("checkIn.decisionsApproval")}
            value={draft.decisionsAfterApproval ?? 0}
            min={checkinRanges.decisions.min}
            max={checkinRanges.decisions.max}
            onChange={(v) => update("decisionsAfterApproval", v)}
            error={fieldError("decisions.afterApproval")}
          />
        </Fold>

        <Fold title={t("checkIn.comfortLegend")} open={draft.comfortAlone !== null}>
          <ChoiceGroup<number>
            legend={<span className="sr-only">{t("checkIn.comfortLegend")}</span>}
            layout="list"
            options={labelled(comforts, (v) => t(`checkIn.comforts.${v}` as "checkIn.comforts.1"))}
            value={draft.comfortAlone}
            onChange={(v) => update("comfortAlone", v)}
          />
        </Fold>

        <Fold
          title={t("checkIn.triggerLegend")}
          open={draft.trigger !== null || draft.strategy !== null || draft.effect !== null}
        >
          <ChoiceGroup<TriggerId | "none">
            legend={<span className="sr-only">{t("checkIn.triggerLegend")}</span>}
            options={[
              { value: "none", label: t("checkIn.triggerNone") },
              ...labelled<TriggerId>(triggerIds, (v) => labelIn(triggerLabels[v], locale)),
            ]}
            value={draft.trigger}
            onChange={(v) => update("trigger", v)}
            error={fieldError("trigger")}
          />
          <ChoiceGroup<StrategyId | "none">
            legend={t("checkIn.helpedStrategy")}
            options={[
              { value: "none", label: t("checkIn.strategyNone") },
              ...labelled<StrategyId>(strategyIds, (v) => labelIn(strategyLabels[v], locale)),
            ]}
            value={draft.strategy}
            onChange={(v) => update("strategy", v)}
            error={fieldError("helped.strategy") ?? fieldError("helped")}
          />
          {draft.strategy !== null && draft.strategy !== "none" ? (
            <ChoiceGroup<AfterEffect>
              legend={t("checkIn.helpedEffectFor", {
                strategy: labelIn(strategyLabels[draft.strategy], locale),
              })}
              options={effectChoices}
              value={draft.effect}
              onChange={(effect) => update("effect", effect)}
              error={fieldError("helped.effect")}
            />
          ) : null}
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
    draft.strategy !== null ||
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
