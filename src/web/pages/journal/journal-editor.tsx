import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SafetySupport } from "../../../core/safety/support-for";
import { journal } from "../../api/endpoints";
import type { JournalEntry } from "../../api/types";
import { supportAfterWriting } from "../../app/support-after-writing";
import { FormStatus } from "../../components/form-status";
import { SupportPanel } from "../../components/support-panel";
import { useApiErrors } from "../../components/use-api-error";
import { currentLocale } from "../../i18n/setup";
import { readNewEntryDraft, writeNewEntryDraft } from "./journal-drafts";
import type { Prompt } from "./reflection-prompts";

/**
 * A new entry, with a reflection question chosen for the person's focus facets. Writing about the
 * question is a choice ("Write about this"), and then the entry remembers which question it answers.
 * The draft survives errors, an expired session and reloads in the same tab.
 */
export function JournalEditor({
  prompts,
  onSaved,
}: {
  prompts: Prompt[];
  onSaved: (entry: JournalEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [support, setSupport] = useState<SafetySupport | null>(null);
  const [text, setText] = useState(() => readNewEntryDraft());
  const [promptIndex, setPromptIndex] = useState(0);
  const [answering, setAnswering] = useState(false);
  const [busy, setBusy] = useState(false);
  const { errors, show, set, clear } = useApiErrors();
  const prompt = prompts.length > 0 ? prompts[promptIndex % prompts.length]! : null;

  useEffect(() => writeNewEntryDraft(text), [text]);
  // The focus facets arrive after the first render: start again from the first question.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the list of prompts changes.
  useEffect(() => setPromptIndex(0), [prompts]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return set({ fields: { text: t("journal.empty") } });
    clear();
    setBusy(true);
    try {
      const { safety, ...entry } = await journal.create({
        text,
        promptId: answering && prompt ? prompt.id : null,
      });
      setSupport(supportAfterWriting(safety.signals, currentLocale(i18n)));
      setText("");
      setAnswering(false);
      onSaved(entry);
    } catch (error) {
      show(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {support ? <SupportPanel support={support} /> : null}
      <section className="card journal-editor" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t("journal.newEntry")}</h2>
        {prompt ? (
          <div className="prompt">
            <p className="prompt-label">{t("journal.promptTitle")}</p>
            <p className="prompt-text" id={`${id}-prompt`}>
              {prompt.text}
            </p>
            <div className="button-row compact">
              <button
                type="button"
                className="button quiet"
                aria-pressed={answering}
                onClick={() => setAnswering((on) => !on)}
              >
                {t("journal.usePrompt")}
              </button>
              <button
                type="button"
                className="button quiet"
                onClick={() => {
                  setPromptIndex((i) => i + 1);
                  setAnswering(false);
                }}
              >
                {t("journal.anotherPrompt")}
              </button>
            </div>
          </div>
        ) : null}
        <form onSubmit={submit} noValidate>
          {errors.form ? <FormStatus kind="error">{errors.form}</FormStatus> : null}
          <div className="field">
            <label htmlFor={id}>{t("journal.entryLabel")}</label>
            <textarea
              id={id}
              value={text}
              onChange={(event) => setText(event.target.value)}
              rows={8}
              aria-invalid={errors.fields.text ? true : undefined}
              aria-describedby={
                [answering && prompt ? `${id}-prompt` : null, errors.fields.text ? `${id}-error` : null]
                  .filter(Boolean)
                  .join(" ") || undefined
              }
            />
            {errors.fields.text ? (
              <p className="field-error" id={`${id}-error`}>
                {errors.fields.text}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("common.saving") : t("journal.save")}
          </button>
        </form>
      </section>
    </>
  );
}
