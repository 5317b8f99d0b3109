import type { Locale } from "../locale";
import { frenchTypography } from "../profile/french-typography";
import type {
  ChangeComparison,
  CompanyComparison,
  Comparison,
  Effect,
  StrategyComparison,
  TriggerComparison,
} from "./comparison";
import { formatMood, formatNumber, formatPercent, pointsWord, timesText } from "./format";
import { companyDaysPhrase, strategyTriedPhrase, triggerDaysPhrase } from "./labels";

// Every sentence reports what was observed, how many days it rests on and how sure it is; none of
// them judges the person or tells them what to do.

/** Size and interval of an effect, as positive magnitudes in the effect's direction. */
function magnitudes(effect: Effect): { size: number; near: number; far: number; up: boolean } {
  const up = effect.estimate > effect.noEffect;
  const size = Math.abs(effect.estimate - effect.noEffect);
  const a = Math.abs(effect.low - effect.noEffect);
  const b = Math.abs(effect.high - effect.noEffect);
  return { size, near: Math.min(a, b), far: Math.max(a, b), up };
}

function moodDifference(
  days: number,
  phrase: { en: string; fr: string },
  effect: Effect,
  otherDays: { en: string; fr: string },
  locale: Locale,
): string {
  const { size, near, far, up } = magnitudes(effect);
  const x = formatNumber(size, 1, locale);
  const lo = formatNumber(near, 1, locale);
  const hi = formatNumber(far, 1, locale);
  if (locale === "fr") {
    return (
      `Sur les ${days} jours ${phrase.fr}, votre humeur était en moyenne plus ${up ? "haute" : "basse"} ` +
      `de ${x} ${pointsWord(size, "fr")} que ${otherDays.fr} ` +
      `(probablement entre ${lo} et ${hi} ${pointsWord(far, "fr")} de ${up ? "plus" : "moins"}).`
    );
  }
  return (
    `On the ${days} days ${phrase.en}, your mood was on average ${x} ${pointsWord(size, "en")} ` +
    `${up ? "higher" : "lower"} than ${otherDays.en} (likely between ${lo} and ${hi} ${up ? "higher" : "lower"}).`
  );
}

function triggerText(c: TriggerComparison, locale: Locale): string {
  return moodDifference(
    c.withDays.days,
    triggerDaysPhrase[c.trigger],
    c.effect!,
    { en: "on days when nothing set you off", fr: "les jours sans déclencheur" },
    locale,
  );
}

function companyText(c: CompanyComparison, locale: Locale): string {
  return moodDifference(
    c.withDays.days,
    companyDaysPhrase[c.company],
    c.effect!,
    {
      en: "on the other days when you noted who you were with",
      fr: "les autres jours où vous avez noté votre compagnie",
    },
    locale,
  );
}

function strategyText(c: StrategyComparison, locale: Locale): string {
  const effect = c.effect!;
  const helped = effect.estimate > effect.noEffect;
  const share = helped ? effect.estimate : 1 - effect.estimate;
  const low = helped ? effect.low : 1 - effect.high;
  const high = helped ? effect.high : 1 - effect.low;
  const range = `${formatPercent(low, locale)} ${locale === "fr" ? "et" : "and"} ${formatPercent(high, locale)}`;
  const phrase = strategyTriedPhrase[c.strategy];
  if (locale === "fr") {
    const first = helped
      ? `ça allait mieux ensuite ${timesText(c.better, "fr")}`
      : `ça allait moins bien ensuite ${timesText(c.worse, "fr")}`;
    const second = helped
      ? c.worse === 0
        ? "et jamais moins bien"
        : `et moins bien ${timesText(c.worse, "fr")}`
      : c.better === 0
        ? "et jamais mieux"
        : `et mieux ${timesText(c.better, "fr")}`;
    return (
      `Quand vous avez essayé ${phrase.fr} (${timesText(c.uses, "fr")}), ${first} ${second}. ` +
      `Quand cela a changé quelque chose, c'était ${helped ? "en mieux" : "en moins bien"} ` +
      `${formatPercent(share, "fr")} du temps (probablement entre ${range}).`
    );
  }
  const first = helped
    ? `you felt better afterwards ${timesText(c.better, "en")}`
    : `you felt worse afterwards ${timesText(c.worse, "en")}`;
  const second = helped
    ? c.worse === 0
      ? "and never worse"
      : `and worse ${timesText(c.worse, "en")}`
    : c.better === 0
      ? "and never better"
      : `and better ${timesText(c.better, "en")}`;
  return (
    `When you tried ${phrase.en} (${timesText(c.uses, "en")}), ${first} ${second}. ` +
    `When it changed how you felt, it was for the ${helped ? "better" : "worse"} ` +
    `${formatPercent(share, "en")} of the time (likely between ${range}).`
  );
}

function changeText(c: ChangeComparison, locale: Locale): string {
  const { size, near, far, up } = magnitudes(c.effect!);
  const now = c.thisWeek.mean!;
  if (c.metric === "decisionShare") {
    const [x, lo, hi] = [size, near, far].map((v) => formatNumber(v * 100, 0, locale)) as [
      string,
      string,
      string,
    ];
    // "1 point", "2 points" as shown (French: singular below 2).
    const word = (shown: string) => pointsWord(Number(shown.replace(",", ".")), locale);
    return locale === "fr"
      ? `Vous avez pris ${formatPercent(now, "fr")} de vos décisions par vous-même cette semaine, soit ${x} ${word(x)} ` +
          `de ${up ? "plus" : "moins"} que la semaine précédente (probablement entre ${lo} et ${hi} ${word(hi)}).`
      : `You made ${formatPercent(now, "en")} of your decisions on your own this week, ${up ? "up" : "down"} ${x} ` +
          `percentage ${word(x)} from the week before (likely between ${lo} and ${hi} ${word(hi)} ${up ? "up" : "down"}).`;
  }
  const [x, lo, hi] = [size, near, far].map((v) => formatNumber(v, 1, locale));
  if (c.metric === "reassurance") {
    return locale === "fr"
      ? `Vous avez cherché à vous faire rassurer ${formatNumber(now, 1, "fr")} fois par jour en moyenne cette semaine, ` +
          `${x} fois de ${up ? "plus" : "moins"} que la semaine précédente (probablement entre ${lo} et ${hi} de ${up ? "plus" : "moins"}).`
      : `You sought reassurance ${formatNumber(now, 1, "en")} times a day on average this week, ${x} ` +
          `${up ? "more" : "fewer"} a day than the week before (likely between ${lo} and ${hi} ${up ? "more" : "fewer"}).`;
  }
  const fr = {
    mood: {
      subject: "Votre humeur moyenne",
      value: formatMood(now, "fr"),
      up: "plus haute",
      down: "plus basse",
    },
    energy: {
      subject: "Votre énergie moyenne",
      value: `${formatNumber(now, 1, "fr")} sur 5`,
      up: "plus élevée",
      down: "plus basse",
    },
    comfortAlone: {
      subject: "Votre aisance moyenne dans la solitude",
      value: `${formatNumber(now, 1, "fr")} sur 5`,
      up: "plus grande",
      down: "plus faible",
    },
  }[c.metric];
  const en = {
    mood: { subject: "Your mood", value: formatMood(now, "en") },
    energy: { subject: "Your energy", value: `${formatNumber(now, 1, "en")} out of 5` },
    comfortAlone: { subject: "Your ease with time alone", value: `${formatNumber(now, 1, "en")} out of 5` },
  }[c.metric];
  return locale === "fr"
    ? `${fr.subject} était de ${fr.value} cette semaine, ${up ? fr.up : fr.down} de ${x} ${pointsWord(size, "fr")} ` +
        `que la semaine précédente (probablement entre ${lo} et ${hi} ${pointsWord(far, "fr")} de ${up ? "plus" : "moins"}).`
    : `${en.subject} averaged ${en.value} this week, ${x} ${pointsWord(size, "en")} ${up ? "higher" : "lower"} ` +
        `than the week before (likely between ${lo} and ${hi} ${up ? "higher" : "lower"}).`;
}

/** The observation for a shown comparison, in the requested language (French with its typography). */
export function comparisonText(comparison: Comparison, locale: Locale): string {
  const text = englishOrFrench(comparison, locale);
  return locale === "fr" ? frenchTypography(text) : text;
}

function englishOrFrench(comparison: Comparison, locale: Locale): string {
  switch (comparison.kind) {
    case "trigger":
      return triggerText(comparison, locale);
    case "company":
      return companyText(comparison, locale);
    case "strategy":
      return strategyText(comparison, locale);
    case "change":
      return changeText(comparison, locale);
  }
}
