import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { locales } from "../../../core/locale";
import {
  afterEffects,
  checkinRanges,
  companyIds,
  strategyIds,
  triggerIds,
} from "../../../core/patterns/checkin";
import { feelingIds, feelings } from "../../../core/patterns/feelings";
import {
  afterEffectLabels,
  companyLabels,
  strategyLabels,
  triggerLabels,
} from "../../../core/patterns/labels";
import { en } from "../../i18n/en";
import { fr } from "../../i18n/fr";
import { renderWithI18n } from "../../test-support";
import { CheckInForm } from "./check-in-form";

// The form must offer exactly the ids the API accepts, which are the core's lists: a trigger the web
// invented ("being-alone") was once refused with a 400. These tests read the rendered form.

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const span = ({ min, max }: { min: number; max: number }) =>
  Array.from({ length: max - min + 1 }, (_, i) => String(min + i));

/** The values of every input in the fieldset whose legend (visible or not) is `legend`. */
function valuesIn(legend: string): string[] {
  const group = screen.getByRole("group", { name: legend });
  return [...group.querySelectorAll("input")].map((input) => input.value);
}

function renderOpen(language: "en" | "fr") {
  renderWithI18n(
    <CheckInForm
      date="2025-03-04"
      dateLabel="4 March 2025"
      saved={{
        date: "2025-03-04",
        mood: 0,
        energy: null,
        feelings: [],
        company: [],
        reassurance: null,
        decisions: null,
        comfortAlone: null,
        trigger: null,
        // A strategy is chosen, so the effect's group shows too.
        helped: { strategy: "write", effect: "same" },
        note: null,
      }}
      onSave={async () => undefined}
      onDelete={async () => {}}
    />,
    language,
  );
}

describe("the check-in form's vocabularies", () => {
  it.each(["en", "fr"] as const)("offers exactly the core's ids and ranges (%s)", (language) => {
    renderOpen(language);
    const texts = language === "en" ? en : fr;
    const c = texts.checkIn;
    expect(valuesIn(c.moodLegend)).toEqual(span(checkinRanges.mood));
    expect(valuesIn(c.energyLegend)).toEqual(span(checkinRanges.energy));
    expect(valuesIn(c.comfortLegend)).toEqual(span(checkinRanges.comfortAlone));
    expect([...valuesIn(c.feelingsPleasant), ...valuesIn(c.feelingsUnpleasant)].sort()).toEqual(
      [...feelingIds].sort(),
    );
    expect(valuesIn(c.companyLegend)).toEqual([...companyIds]);
    expect(valuesIn(c.triggerLegend)).toEqual(["none", ...triggerIds]);
    expect(valuesIn(c.helpedStrategy)).toEqual(["none", ...strategyIds]);
    expect(valuesIn(c.reassuranceFelt)).toEqual([...afterEffects]);
    const counters = [...document.querySelectorAll<HTMLInputElement>("input[type=number]")];
    expect(counters.map((input) => [input.min, input.max])).toEqual([
      [String(checkinRanges.reassuranceCount.min), String(checkinRanges.reassuranceCount.max)],
      [String(checkinRanges.decisions.min), String(checkinRanges.decisions.max)],
      [String(checkinRanges.decisions.min), String(checkinRanges.decisions.max)],
    ]);
  });

  it.each(["en", "fr"] as const)("names every choice in the language shown (%s)", (language) => {
    renderOpen(language);
    const other = language === "en" ? "fr" : "en";
    const choices = [...document.querySelectorAll("label.choice")];
    expect(choices.length).toBeGreaterThan(40);
    for (const choice of choices) {
      const name = choice.textContent?.trim() ?? "";
      expect(name, choice.innerHTML).not.toBe("");
      // No raw id or i18n key shown instead of a label.
      expect(name).not.toMatch(/^[a-z]+(-[a-z]+)+$|checkIn\./);
    }
    // The French form shows the French label of a trigger, not the English one (and vice versa).
    expect(screen.getByRole("radio", { name: new RegExp(triggerLabels.alone[language], "i") })).toBeTruthy();
    expect(
      screen.queryByRole("radio", { name: new RegExp(`^${triggerLabels.alone[other]}$`, "i") }),
    ).toBeNull();
  });

  it("has an English and a French label for every id and every value of the core's lists", () => {
    const labelSets = [
      [triggerIds, triggerLabels],
      [strategyIds, strategyLabels],
      [companyIds, companyLabels],
      [afterEffects, afterEffectLabels],
    ] as const;
    for (const [ids, labels] of labelSets) {
      expect(Object.keys(labels).sort()).toEqual([...ids].sort());
      for (const id of ids) {
        for (const locale of locales)
          expect((labels as Record<string, Record<string, string>>)[id]?.[locale]?.trim()).toBeTruthy();
      }
    }
    for (const feeling of feelings)
      for (const locale of locales) expect(feeling.label[locale].trim()).not.toBe("");
    for (const texts of [en, fr]) {
      expect(Object.keys(texts.checkIn.moods).sort()).toEqual(span(checkinRanges.mood).sort());
      expect(Object.keys(texts.checkIn.energies)).toEqual(span(checkinRanges.energy));
      expect(Object.keys(texts.checkIn.comforts)).toEqual(span(checkinRanges.comfortAlone));
    }
  });
});
