import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { checkIns } from "../../api/endpoints";
import type { CheckIn } from "../../api/types";
import { formatLongDate, monthBounds, parseIsoDay, todayIso } from "../../app/dates";
import { usePageTitle } from "../../app/page-title";
import { currentLocale } from "../../i18n/setup";
import { CheckInCalendar } from "./check-in-calendar";
import { checkInFromDraft } from "./check-in-draft";
import { CheckInForm } from "./check-in-form";

/** The daily check-in for today or any past day (?date=YYYY-MM-DD), with the calendar of days done. */
export function CheckInPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  usePageTitle(t("checkIn.title"));
  const [params] = useSearchParams();
  const today = todayIso();
  const requested = parseIsoDay(params.get("date"));
  const date = requested && params.get("date")! <= today ? params.get("date")! : today;
  const [month, setMonth] = useState(() => {
    const d = parseIsoDay(date)!;
    return new Date(d.getFullYear(), d.getMonth(), 1);
  });
  const [monthItems, setMonthItems] = useState<CheckIn[] | null>(null);
  const [selected, setSelected] = useState<{ date: string; checkIn: CheckIn | null } | null>(null);
  const [loadError, setLoadError] = useState(false);

  // Follow the chosen day into its month.
  useEffect(() => {
    const d = parseIsoDay(date)!;
    setMonth((m) =>
      m.getFullYear() === d.getFullYear() && m.getMonth() === d.getMonth()
        ? m
        : new Date(d.getFullYear(), d.getMonth(), 1),
    );
  }, [date]);

  const loadMonth = useCallback((m: Date, signal?: AbortSignal) => {
    const { from, to } = monthBounds(m);
    return checkIns.list(from, to, signal);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setMonthItems(null);
    loadMonth(month, controller.signal)
      .then(setMonthItems)
      .catch((error: unknown) => {
        if (!(error instanceof DOMException)) setLoadError(true);
      });
    return () => controller.abort();
  }, [month, loadMonth]);

  // The selected day's saved check-in.
  useEffect(() => {
    const controller = new AbortController();
    setSelected(null);
    checkIns
      .get(date, controller.signal)
      .then((checkIn) => setSelected({ date, checkIn }))
      .catch((error: unknown) => {
        if (!(error instanceof DOMException)) setLoadError(true);
      });
    return () => controller.abort();
  }, [date]);

  const done = useMemo(() => new Set((monthItems ?? []).map((c) => c.date)), [monthItems]);
  const dateLabel = formatLongDate(date, locale);

  return (
    <div className="check-in-page">
      <h1>{t("checkIn.title")}</h1>
      <p className="page-intro">{t("checkIn.intro")}</p>
      <p className="day-line">
        <strong>{t("checkIn.day")}</strong> {dateLabel}
        {date === today ? ` (${t("checkIn.today")})` : null}
      </p>
      {loadError ? (
        <p role="alert" className="form-status">
          {t("common.errorNetwork")}
        </p>
      ) : null}
      <div className="check-in-layout">
        {selected && selected.date === date ? (
          <CheckInForm
            key={date}
            date={date}
            dateLabel={dateLabel}
            saved={selected.checkIn}
            onSave={async (draft) => {
              const { safety, ...record } = await checkIns.put(date, checkInFromDraft(draft)!);
              setSelected({ date, checkIn: record });
              setMonthItems((items) => (items ? [...items.filter((c) => c.date !== date), record] : items));
              return safety;
            }}
            onDelete={async () => {
              await checkIns.remove(date);
              setSelected({ date, checkIn: null });
              setMonthItems((items) => (items ? items.filter((c) => c.date !== date) : items));
            }}
          />
        ) : (
          <p role="status" className="muted">
            {t("common.loading")}
          </p>
        )}
        <CheckInCalendar month={month} today={today} selected={date} done={done} onMonthChange={setMonth} />
      </div>
    </div>
  );
}
