import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { assessments, journal } from "../../api/endpoints";
import type { JournalEntry } from "../../api/types";
import { useRequest } from "../../api/use-request";
import { usePageTitle } from "../../app/page-title";
import { currentLocale } from "../../i18n/setup";
import { JournalEditor } from "./journal-editor";
import { JournalList } from "./journal-list";
import { promptsFor } from "./reflection-prompts";

/** Write, read back, edit, delete and search one's own journal entries. */
export function JournalPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t("journal.title"));
  const locale = currentLocale(i18n);
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState("");
  const [entries, setEntries] = useState<JournalEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  // The reflection prompts follow the focus facets of the latest check.
  const history = useRequest((signal) => assessments.latest(locale, signal), []);
  const focusFacets = useMemo(
    () =>
      history.status === "done" ? (history.data.latest?.profile.focusFacets.map((f) => f.facet) ?? []) : [],
    [history],
  );
  const prompts = useMemo(() => promptsFor(focusFacets, locale), [focusFacets, locale]);

  // The server searches the person's own (encrypted) entries; wait for a pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(query.trim()), 250);
    return () => clearTimeout(timer);
  }, [query]);

  const loadPage = useCallback(async (from: string | null, q: string, signal?: AbortSignal) => {
    try {
      const page = await journal.list({ cursor: from, query: q || undefined }, signal);
      setEntries((current) => (from ? [...current, ...page.entries] : page.entries));
      setCursor(page.nextCursor);
      setLoaded(true);
      setLoadError(false);
    } catch (error) {
      if (!(error instanceof DOMException)) setLoadError(true);
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setLoaded(false);
    void loadPage(null, search, controller.signal);
    return () => controller.abort();
  }, [search, loadPage]);

  return (
    <div className="journal-page">
      <h1>{t("journal.title")}</h1>
      <p className="page-intro">{t("journal.intro")}</p>
      {notice ? (
        <p className="form-status success" role="status">
          {notice}
        </p>
      ) : null}
      <JournalEditor
        prompts={prompts}
        onSaved={(entry) => {
          if (!search) setEntries((current) => [entry, ...current]);
          setNotice(t("journal.savedNew"));
        }}
      />
      {loadError ? (
        <p role="alert" className="form-status">
          {t("common.errorNetwork")}
        </p>
      ) : null}
      <JournalList
        entries={entries}
        loaded={loaded}
        query={query}
        search={search}
        onQueryChange={setQuery}
        hasMore={cursor !== null}
        onLoadMore={() => loadPage(cursor, search)}
        onUpdated={(entry) => {
          setEntries((current) => current.map((e) => (e.id === entry.id ? entry : e)));
          setNotice(t("journal.updated"));
        }}
        onDeleted={(id) => {
          setEntries((current) => current.filter((e) => e.id !== id));
          setNotice(t("journal.deleted"));
        }}
      />
    </div>
  );
}
