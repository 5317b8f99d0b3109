import type { Locale } from "../locale";
import { frenchTypography } from "../profile/french-typography";
import { practiceById } from "./library";
import type { PracticeProgress } from "./progress";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * One or two warm sentences about practice so far, in the person's language: how often, over how
 * many weeks, and the practice done most. Counts only; nothing about gaps or missed weeks. O(1).
 * Example (en): "You have practised 5 times, in 3 different weeks. Most often: Name it to tame it (2 times)."
 */
export function progressSummary(progress: PracticeProgress, locale: Locale): string {
  const text = summaryIn(progress, locale);
  return locale === "fr" ? frenchTypography(text) : text;
}

function summaryIn(progress: PracticeProgress, locale: Locale): string {
  const fr = locale === "fr";
  if (progress.totalCompletions === 0) {
    return fr
      ? "Votre parcours commence avec la première pratique que vous marquerez comme faite."
      : "Your practice history starts with the first practice you mark as done.";
  }
  const times = fr
    ? plural(progress.totalCompletions, "fois", "fois")
    : plural(progress.totalCompletions, "time", "times");
  const weeks = fr
    ? progress.activeWeeks === 1
      ? "en une semaine"
      : `au cours de ${progress.activeWeeks} semaines différentes`
    : progress.activeWeeks === 1
      ? "in one week"
      : `in ${progress.activeWeeks} different weeks`;
  let text = fr ? `Vous avez pratiqué ${times}, ${weeks}.` : `You have practised ${times}, ${weeks}.`;
  if (progress.reflections > 0) {
    text += fr
      ? ` Vous avez écrit ${plural(progress.reflections, "réflexion", "réflexions")} en chemin.`
      : ` You wrote ${plural(progress.reflections, "reflection", "reflections")} along the way.`;
  }
  const top = progress.practices[0];
  const practice = top ? practiceById(top.practiceId) : undefined;
  if (top && practice && progress.practices.length > 1) {
    text += fr
      ? ` Le plus souvent : ${practice.title.fr} (${top.completions} fois).`
      : ` Most often: ${practice.title.en} (${plural(top.completions, "time", "times")}).`;
  }
  return text;
}
