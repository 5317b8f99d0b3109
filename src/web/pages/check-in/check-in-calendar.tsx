import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isoDay, monthWeeks } from "../../app/dates";
import { currentLocale } from "../../i18n/setup";

export interface CheckInCalendarProps {
  month: Date;
  today: string;
  selected: string;
  done: ReadonlySet<string>;
  onMonthChange: (month: Date) => void;
}

/**
 * A month of days: those with a check-in carry a dot and say so in words; any past day opens its
 * check-in. There is deliberately no streak count.
 */
export function CheckInCalendar({ month, today, selected, done, onMonthChange }: CheckInCalendarProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric" }).format(month);
  const weekdayLong = new Intl.DateTimeFormat(locale, { weekday: "long" });
  const weekdayShort = new Intl.DateTimeFormat(locale, { weekday: "narrow" });
  const dayLabel = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long" });
  // 2024-01-01 was a Monday: the column headers in the person's language.
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(2024, 0, 1 + i));
  const isCurrentMonth = isoDay(month).slice(0, 7) === today.slice(0, 7);

  return (
    <section className="calendar card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t("checkIn.calendarTitle")}</h2>
      <p className="small muted">{t("checkIn.calendarNote")}</p>
      <div className="calendar-head">
        <button
          type="button"
          className="button quiet"
          onClick={() => onMonthChange(new Date(month.getFullYear(), month.getMonth() - 1, 1))}
        >
          <span aria-hidden="true">‹</span>
          <span className="sr-only">{t("checkIn.previousMonth")}</span>
        </button>
        <p className="calendar-month" aria-live="polite">
          {monthName}
        </p>
        <button
          type="button"
          className="button quiet"
          aria-disabled={isCurrentMonth}
          onClick={() => {
            if (!isCurrentMonth) onMonthChange(new Date(month.getFullYear(), month.getMonth() + 1, 1));
          }}
        >
          <span aria-hidden="true">›</span>
          <span className="sr-only">{t("checkIn.nextMonth")}</span>
        </button>
      </div>
      <table className="calendar-grid">
        <caption className="sr-only">
          {monthName}. {t("checkIn.calendarLegend")}
        </caption>
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th key={day.getDay()} scope="col" abbr={weekdayLong.format(day)}>
                {weekdayShort.format(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week.find(Boolean)?.toISOString()}>
              {week.map((day, index) => {
                // biome-ignore lint/suspicious/noArrayIndexKey: empty cells have no identity but their place.
                if (!day) return <td key={`empty-${index}`} />;
                const iso = isoDay(day);
                const isDone = done.has(iso);
                const label = `${dayLabel.format(day)}${isDone ? `, ${t("checkIn.calendarDone")}` : ""}`;
                const className = ["day", isDone ? "day-done" : "", iso === today ? "day-today" : ""].join(
                  " ",
                );
                return (
                  <td key={iso}>
                    {iso > today ? (
                      <span className={`${className} day-future`}>{day.getDate()}</span>
                    ) : (
                      <Link
                        to={`/check-in?date=${iso}`}
                        className={className}
                        aria-label={label}
                        aria-current={iso === selected ? "date" : undefined}
                      >
                        {day.getDate()}
                        {isDone ? <span className="day-dot" aria-hidden="true" /> : null}
                      </Link>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted calendar-legend">
        <span className="day-dot legend-dot" aria-hidden="true" /> {t("checkIn.calendarLegend")}
      </p>
    </section>
  );
}
