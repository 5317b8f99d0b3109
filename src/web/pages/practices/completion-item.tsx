import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Completion, practicesApi } from "../../api/practices";
import { FormStatus } from "../../components/form-status";
import { useApiErrors } from "../../components/use-api-error";

export interface CompletionItemProps {
  completion: Completion;
  /** The day written out in the person's language. */
  dayLabel: string;
  /** The practice's reflection question, as a hint while writing. */
  question: string;
  busy: boolean;
  onUndo: () => void;
  /** Called once the reflection was saved. */
  onSaved: (completion: Completion) => void;
  /** Sends the changed reflection; the API's PUT by default. */
  save?: (completion: Completion, reflection: string | null) => Promise<Completion>;
}

const putReflection = (completion: Completion, reflection: string | null) =>
  practicesApi.update(completion.id, completion.date, reflection);

/**
 * One day a practice was done: the day, its reflection, and ways to add, change or clear the
 * reflection in place, or to undo the day. What is being written stays on screen if saving fails.
 */
export function CompletionItem({
  completion,
  dayLabel,
  question,
  busy,
  onUndo,
  onSaved,
  save = putReflection,
}: CompletionItemProps) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(completion.reflection ?? "");
  const [saving, setSaving] = useState(false);
  const { errors, show, clear } = useApiErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    clear();
    try {
      const saved = await save(completion, text.trim() ? text : null);
      setEditing(false);
      onSaved(saved);
    } catch (error) {
      show(error);
    } finally {
      setSaving(false);
    }
  }

  if (editing) {
    return (
      <li className="completion-editing">
        <span className="completion-day">{dayLabel}</span>
        <form className="practice-form" onSubmit={(event) => void submit(event)}>
          {errors.form ? <FormStatus kind="error">{errors.form}</FormStatus> : null}
          <div className="field">
            <label htmlFor={id}>{t("practices.reflectionFor", { date: dayLabel })}</label>
            <span className="hint" id={`${id}-hint`}>
              {t("practices.reflectionHint", { question })}
            </span>
            <textarea
              id={id}
              className="reflection-input"
              value={text}
              maxLength={4000}
              aria-describedby={`${id}-hint${errors.fields.reflection ? ` ${id}-error` : ""}`}
              aria-invalid={errors.fields.reflection ? true : undefined}
              onChange={(event) => setText(event.target.value)}
            />
            {errors.fields.reflection ? (
              <p className="field-error" id={`${id}-error`}>
                {errors.fields.reflection}
              </p>
            ) : null}
          </div>
          <div className="button-row compact">
            <button type="submit" className="button" disabled={saving}>
              {saving ? t("common.saving") : t("common.save")}
            </button>
            <button
              type="button"
              className="button quiet"
              onClick={() => {
                clear();
                setText(completion.reflection ?? "");
                setEditing(false);
              }}
            >
              {t("common.cancel")}
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li>
      <span className="completion-day">{dayLabel}</span>
      {completion.reflection ? <q className="completion-reflection">{completion.reflection}</q> : null}
      <button
        type="button"
        className="link-button"
        disabled={busy}
        onClick={() => {
          setText(completion.reflection ?? "");
          setEditing(true);
        }}
      >
        {t(completion.reflection ? "practices.editReflection" : "practices.addReflection")}
        <span className="sr-only"> · {dayLabel}</span>
      </button>
      <button
        type="button"
        className="link-button"
        disabled={busy}
        aria-label={t("practices.undoLabel", { date: dayLabel })}
        onClick={onUndo}
      >
        {t("practices.undo")}
      </button>
    </li>
  );
}
