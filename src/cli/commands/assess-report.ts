import type { Locale, LocalizedText } from "../../core/locale";
import {
  formatPercent,
  type Profile,
  regionIds,
  regionTexts,
  SPECTRUM_SEGMENTS,
} from "../../core/profile/index";

/** The command line's own words around the profile, in both languages. */
export const assessTexts = {
  title: { en: "Poise: the balance check", fr: "Poise : le bilan d’équilibre" },
  intro: {
    en: "Read each statement and say how much you agree with it, as things are for you these days. There are no right or wrong answers.",
    fr: "Lisez chaque affirmation et indiquez à quel point vous êtes d’accord, telle que les choses sont pour vous ces temps-ci. Il n’y a pas de bonne ou de mauvaise réponse.",
  },
  help: {
    en: "↑/↓ then Enter, or press 1–5 · Ctrl+C to stop",
    fr: "↑/↓ puis Entrée, ou touches 1 à 5 · Ctrl+C pour arrêter",
  },
  statement: { en: "Statement", fr: "Affirmation" },
  cancelled: {
    en: "Stopped before the end. Nothing was kept.",
    fr: "Arrêt avant la fin. Rien n’a été conservé.",
  },
  done: { en: "Thank you. Here is your profile.", fr: "Merci. Voici votre profil." },
  heading: { en: "Your balance profile", fr: "Votre profil d’équilibre" },
  checkAdaptive: {
    en: "adaptive check: {n} of {total} statements",
    fr: "bilan adaptatif : {n} affirmations sur {total}",
  },
  checkFull: {
    en: "full check: {n} of {total} statements",
    fr: "bilan complet : {n} affirmations sur {total}",
  },
  map: { en: "Balance map", fr: "Carte de l’équilibre" },
  spectrum: { en: "In one line", fr: "En une ligne" },
  scales: { en: "Scales (T-score, 90% band)", fr: "Échelles (score T, intervalle à 90 %)" },
  strengths: { en: "Strengths to build on", fr: "Des forces sur lesquelles construire" },
  focus: { en: "Where to start", fr: "Par où commencer" },
  dailyLife: { en: "In daily life", fr: "Au quotidien" },
  firstStep: { en: "A first step", fr: "Un premier pas" },
  notes: { en: "Good to know", fr: "Bon à savoir" },
} satisfies Record<string, LocalizedText>;

/** A message of the table above in one language, with `{name}` placeholders filled. */
export function say(
  key: keyof typeof assessTexts,
  locale: Locale,
  values: Record<string, string | number> = {},
) {
  return assessTexts[key][locale].replace(/\{(\w+)\}/g, (_m, name: string) =>
    String(values[name] ?? `{${name}}`),
  );
}

/** ": " in English, " : " (no-break space before) in French typography. */
export function colon(locale: Locale): string {
  return locale === "fr" ? "\u00a0: " : ": ";
}

/** Wraps text to `width` columns, each line starting with `indent` (the first with `firstIndent`). */
export function wrap(text: string, width: number, indent: string, firstIndent = indent): string {
  const lines: string[] = [];
  let line = "";
  const prefix = () => (lines.length === 0 ? firstIndent : indent);
  // Only ordinary spaces break a line: the no-break spaces of French typography stay put.
  for (const word of text.split(/[ \t\n]+/)) {
    if (line !== "" && prefix().length + line.length + 1 + word.length > width) {
      lines.push(prefix() + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(prefix() + line);
  return lines.join("\n");
}

/**
 * The spectrum as a line of `width` cells, its middle third (the map's balanced region) between two
 * "┆": the estimate (●) with its likely range (═), or, when both pulls are strong, both ends marked
 * (◀══ … ══▶) and no dot, since one line cannot place that.
 */
export function spectrumLine(profile: Profile, width: number): string {
  const { spectrum } = profile;
  const cell = (position: number) => Math.min(width - 1, Math.max(0, Math.round(position * (width - 1))));
  const [border1, border2] = [cell(SPECTRUM_SEGMENTS.balanced[0]), cell(SPECTRUM_SEGMENTS.balanced[1])];
  let chars: string[];
  if (spectrum.showsDot) {
    const [low, high] = spectrum.positionInterval.map(cell) as [number, number];
    chars = Array.from({ length: width }, (_, i) => (i >= low && i <= high ? "═" : "─"));
    for (const border of [border1, border2]) chars[border] = chars[border] === "═" ? "╪" : "┆";
    chars[cell(spectrum.position)] = "●";
  } else {
    chars = Array.from({ length: width }, (_, i) => (i < border1 || i > border2 ? "═" : "─"));
    chars[border1] = "┆";
    chars[border2] = "┆";
    chars[0] = "◀";
    chars[width - 1] = "▶";
  }
  const [left, , right] = spectrum.labels;
  return `${left}  ${chars.join("")}  ${right}`;
}

/**
 * The profile as readable text for a terminal: region with every region's probability, the spectrum
 * line, the four scales, the strengths, the focus facets with a first step, and the notes.
 */
export function renderProfile(
  profile: Profile,
  check: { mode: "adaptive" | "full"; answered: number; bankSize: number },
  width = 78,
): string {
  const { locale } = profile;
  const out: string[] = [];
  const key = check.mode === "adaptive" ? "checkAdaptive" : "checkFull";
  out.push(
    `${say("heading", locale)} (${say(key, locale, { n: check.answered, total: check.bankSize })})`,
    "",
  );

  out.push(`${say("map", locale)}${colon(locale)}${profile.region.name}`);
  out.push(wrap(profile.region.summary, width, "  "));
  out.push(wrap(profile.region.certaintyText, width, "  "));
  out.push(
    wrap(
      regionIds
        .map(
          (id) =>
            `${regionTexts[id].name[locale]} ${formatPercent(profile.region.probabilities[id], locale)}`,
        )
        .join(" · "),
      width,
      "  ",
    ),
    "",
  );

  out.push(`${say("spectrum", locale)}`);
  out.push(`  ${spectrumLine(profile, 24)}`);
  out.push(wrap(profile.spectrum.summary, width, "  "));
  if (profile.spectrum.note) out.push(wrap(profile.spectrum.note, width, "  "));
  out.push("");

  out.push(say("scales", locale));
  const nameWidth = Math.max(...profile.scales.map((s) => s.name.length));
  for (const scale of profile.scales) {
    const band = `${Math.round(scale.tBand[0])}–${Math.round(scale.tBand[1])}`;
    out.push(`  ${scale.name.padEnd(nameWidth)}  ${String(Math.round(scale.tScore)).padStart(3)}  (${band})`);
  }
  out.push("");

  out.push(say("strengths", locale));
  for (const strength of profile.strengths) {
    out.push(`  ${strength.name}${colon(locale)}${strength.levelName}`);
    out.push(wrap(strength.reading, width, "    "));
    if (strength.caution) out.push(wrap(strength.caution, width, "    "));
  }
  out.push("");

  out.push(say("focus", locale));
  profile.focusFacets.forEach((facet, index) => {
    const scaleName = profile.scales.find((s) => s.scale === facet.scale)?.name ?? facet.scale;
    out.push(`  ${index + 1}. ${facet.name} (${scaleName})`);
    out.push(wrap(facet.why, width, "     "));
    out.push(wrap(`${say("dailyLife", locale)}${colon(locale)}${facet.dailyLife}`, width, "     "));
    out.push(wrap(`${say("firstStep", locale)}${colon(locale)}${facet.firstStep}`, width, "     "));
  });
  out.push("");

  out.push(say("notes", locale));
  for (const note of [profile.notes.notClinical, profile.notes.provisional, profile.notes.rightNow]) {
    if (note) out.push(wrap(note, width, "    ", "  • "));
  }
  return out.join("\n");
}
