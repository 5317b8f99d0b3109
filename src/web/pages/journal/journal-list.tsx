import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SafetySupport } from "../../../core/safety/support-for";
import { journal } from "../../api/endpoints";
import type { JournalEntry, SafetyScan } from "../../api/types";
import { formatLongDate } from "../../app/dates";
import { supportAfterWriting } from "../../app/support-after-writing";
import { FormStatus } from "../../components/form-status";
import { SupportPanel } from "../../components/support-panel";
import { useApiErrors } from "../../components/use-api-error";
import { currentLocale } from "../../i18n/setup";
import { clearEditDraft, readEditDraft, writeEditDraft } from "./journal-drafts";
import { promptText } from "./reflection-prompts";

export interface JournalListProps {
  entries: JournalEntry[];
  loaded: boolean;
  /** What is typed in the search box, and the search the list currently shows. */
  query: string;
  search: string;
  onQueryChange: (query: string) => void;
  hasMore: boolean;
  onLoadMore: () => void;
  onUpdated: (entry: JournalEntry) => void;
  onDeleted: (id: string) => void;
}

/** The entries, newest first, with a search box that looks only through the person's own entries. */
export function JournalList(props: JournalListProps) {
  const { entries, loaded, query, search, onQueryChange, hasMore, onLoadMore, onUpdated, onDeleted } = props;
  const { t } = useTranslation();
  const searchId = useId();
  const status = !loaded
    ? t("common.loading")
    : search
      ? entries.length === 0
        ? t("journal.noResults", { query: search })
        : t("journal.results", { count: entries.length })
      : entries.length === 0
        ? t("journal.noEntries")
        : "";

  return (
    <section aria-labelledby={`${searchId}-title`} className="journal-list">
      <h2 id={`${searchId}-title`}>{t("journal.entriesTitle")}</h2>
      <search className="field">
        <label htmlFor={searchId}>{t("journal.searchLabel")}</label>
        <span className="hint" id={`${searchId}-hint`}>
          {t("journal.searchHint")}
        </span>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          aria-describedby={`${searchId}-hint`}
        />
      </search>
      <p role="status" className="muted small">
        {status}
      </p>
      <ol className="entries">
        {entries.map((entry) => (
          <li key={entry.id}>
            <JournalEntryCard entry={entry} onUpdated={onUpdated} onDeleted={onDeleted} />
          </li>
        ))}
      </ol>
      {hasMore ? (
        <button type="button" className="button secondary" onClick={onLoadMore}>
          {t("journal.loadMore")}
        </button>
      ) : null}
    </section>
  );
}

export interface JournalEntryCardProps {
  entry: JournalEntry;
  onUpdated: (entry: JournalEntry) => void;
  onDeleted: (id: string) => void;
  /** Sends the changed entry; the API's PUT by default. */
  /** Saves the new text; answers the entry, with what the server's scan found when it did. */
  save?: (entry: JournalEntry, text: string) => Promise<JournalEntry & { safety?: SafetyScan }>;
}

const putEntry = (entry: JournalEntry, text: string) =>
  journal.update(entry.id, { text, title: entry.title, promptId: entry.promptId });

/**
 * One entry, read or edited in place. Changes being made are kept in this tab's session storage, as
 * a new entry's draft is, so an error, an expired session or leaving the page never loses them: the
 * entry opens again in editing with them.
 */
export function JournalEntryCard({ entry, onUpdated, onDeleted, save = putEntry }: JournalEntryCardProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const id = useId();
  const [restored] = useState(() => {
    const draft = readEditDraft(entry.id);
    return draft !== null && draft !== entry.text ? draft : null;
  });
  const [editing, setEditing] = useState(restored !== null);
  const [text, setText] = useState(restored ?? entry.text);
  const [busy, setBusy] = useState(false);
  const [support, setSupport] = useState<SafetySupport | null>(null);
  const { errors, show, set, clear } = useApiErrors();
  const edited = entry.updatedAt && entry.updatedAt !== entry.createdAt;
  const question = promptText(entry.promptId, locale);

  useEffect(() => {
    if (editing) writeEditDraft(entry.id, text, entry.text);
  }, [editing, entry.id, entry.text, text]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return set({ fields: { text: t("journal.empty") } });
    clear();
    setBusy(true);
    try {
      const { safety, ...updated } = await save(entry, text);
      clearEditDraft(entry.id);
      onUpdated(updated);
      setSupport(supportAfterWriting(safety?.signals, locale));
      setEditing(false);
    } catch (error) {
      show(error);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!window.confirm(t("journal.confirmDelete"))) return;
    setBusy(true);
    try {
      await journal.remove(entry.id);
      clearEditDraft(entry.id);
      onDeleted(entry.id);
    } catch (error) {
      show(error);
      setBusy(false);
    }
  }

  return (
    <article className="entry card" aria-labelledby={`${id}-date`}>
      {/* A titled entry shows its title, with the day beneath; otherwise the day is the heading. */}
      <h3 id={`${id}-date`} className="entry-date">
        {entry.title ?? t("journal.writtenOn", { date: formatLongDate(new Date(entry.createdAt), locale) })}
      </h3>
      {entry.title || edited ? (
        <p className="muted small entry-edited">
          {entry.title
            ? t("journal.writtenOn", { date: formatLongDate(new Date(entry.createdAt), locale) })
            : null}
          {entry.title && edited ? " · " : null}
          {edited ? t("journal.editedOn", { date: formatLongDate(new Date(entry.updatedAt), locale) }) : null}
        </p>
      ) : null}
      {question ? <p className="entry-prompt">{question}</p> : null}
      {support ? <SupportPanel support={support} /> : null}
      {errors.form ? <FormStatus kind="error">{errors.form}</FormStatus> : null}
      {editing ? (
        <form onSubmit={submit} noValidate>
          {restored !== null && text === restored ? (
            <p className="muted small" role="status">
              {t("journal.draftRestored")}
            </p>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-text`}>{t("journal.editEntry")}</label>
            <textarea
              id={`${id}-text`}
              value={text}
              onChange={(event) => setText(event.target.value)}
              rows={8}
              aria-invalid={errors.fields.text ? true : undefined}
              aria-describedby={errors.fields.text ? `${id}-error` : undefined}
            />
            {errors.fields.text ? (
              <p className="field-error" id={`${id}-error`}>
                {errors.fields.text}
              </p>
            ) : null}
          </div>
          <div className="button-row compact">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t("common.saving") : t("common.save")}
            </button>
            <button
              type="button"
              className="button quiet"
              onClick={() => {
                clearEditDraft(entry.id);
                setText(entry.text);
                setEditing(false);
              }}
            >
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : (
        <>
          <div className="entry-text">{entry.text}</div>
          <div className="button-row compact">
            <button type="button" className="button quiet" onClick={() => setEditing(true)}>
              {t("common.edit")}
              <span className="sr-only">
                {" "}
                · {t("journal.writtenOn", { date: formatLongDate(new Date(entry.createdAt), locale) })}
              </span>
            </button>
            <button type="button" className="button quiet" onClick={remove} disabled={busy}>
              {t("common.delete")}
              <span className="sr-only">
                {" "}
                · {t("journal.writtenOn", { date: formatLongDate(new Date(entry.createdAt), locale) })}
              </span>
            </button>
          </div>
        </>
      )}
    </article>
  );
}
