/**
 * Time of the safety detector per note, as the server runs it on every check-in note and journal
 * entry it saves: the demo check-in notes (one or two short sentences) and the demo journal entries
 * (several sentences), in both languages, with the language given and without it (then detected).
 *
 *   npx tsx bench/safety-notes.ts                  µs per note, and the ratio to toLowerCase
 *   npx tsx bench/safety-notes.ts --against DIR    also the detector in DIR/src/core/safety, in the
 *                                                  same run (e.g. git archive COMMIT src/core | tar -x -C DIR)
 *   options: --rounds N (7) interleaved timed passes; the figure of each is its fastest pass
 *
 * Baseline: String.prototype.toLowerCase on the same notes, measured in the same passes. Each pass
 * reads every note of a kind many times; the fastest pass of each is kept, as the least disturbed
 * by other work on the machine. The rule books are built before the clock starts.
 */
import { demoJournalTexts, demoNotes } from "../src/core/demo/demo-texts";
import type { Locale } from "../src/core/locale";
import { detectSafetySignals } from "../src/core/safety/detect-safety-signals";
import { againstDetector, positiveOption } from "./bench-options";

const against = await againstDetector();
const other = against?.detect ?? null;
const againstDir = against?.dir ?? null;

const locales: Locale[] = ["en", "fr"];
interface Note {
  text: string;
  locale: Locale | undefined;
}
/** Each text with its language, then without (the detector finds it). */
const both = (texts: { text: string; locale: Locale }[]): Note[] => [
  ...texts,
  ...texts.map(({ text }) => ({ text, locale: undefined })),
];
const kinds: { name: string; notes: Note[]; repeats: number }[] = [
  {
    name: "check-in notes",
    notes: both(demoNotes.flatMap((note) => locales.map((locale) => ({ text: note.text[locale], locale })))),
    repeats: 200,
  },
  {
    name: "journal entries",
    notes: both(
      demoJournalTexts.flatMap((entry) => locales.map((locale) => ({ text: entry.text[locale], locale }))),
    ),
    repeats: 50,
  },
];

let sink = 0;
/** The fastest of the passes so far, in µs per note. */
function pass(notes: Note[], repeats: number, read: (note: Note) => number): number {
  const start = process.hrtime.bigint();
  for (let r = 0; r < repeats; r++) for (const note of notes) sink += read(note);
  return Number(process.hrtime.bigint() - start) / 1000 / (repeats * notes.length);
}

const rounds = positiveOption("rounds", 7);
for (const { name, notes, repeats } of kinds) {
  for (const note of notes) {
    detectSafetySignals(note.text, note.locale);
    other?.(note.text, note.locale);
  }
  const words = notes.reduce((n, note) => n + note.text.split(/\s+/).length, 0) / notes.length;
  let detector = Number.POSITIVE_INFINITY;
  let baseline = Number.POSITIVE_INFINITY;
  let against = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    baseline = Math.min(
      baseline,
      pass(notes, repeats * 20, (note) => note.text.toLowerCase().length),
    );
    detector = Math.min(
      detector,
      pass(notes, repeats, (note) => detectSafetySignals(note.text, note.locale).signals.length),
    );
    if (other)
      against = Math.min(
        against,
        pass(notes, Math.ceil(repeats / 20), (note) => other(note.text, note.locale).signals.length),
      );
  }
  console.log(
    `${name}: ${notes.length} readings (${notes.length / 2} texts, with and without the language), ` +
      `${words.toFixed(0)} words on average; ${detector.toFixed(1)} µs per note; ` +
      `toLowerCase ${baseline.toFixed(2)} µs, ratio ${(detector / baseline).toFixed(0)}×` +
      (other
        ? `; ${againstDir}: ${against.toFixed(1)} µs, this one takes ${(detector / against).toFixed(3)}× as long`
        : ""),
  );
}
if (sink < 0) console.log(sink);
