import { isCalendarDate } from "./calendar-date";
import { afterEffects, type Checkin, checkinRanges, companyIds, strategyIds, triggerIds } from "./checkin";
import { feelingIds } from "./feelings";

/** One problem with a check-in, naming the field as a dotted path (e.g. "reassurance.count"). */
export interface CheckinIssue {
  field: string;
  message: string;
}

/** Absent or null: the field was not noted. */
function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkInteger(issues: CheckinIssue[], field: string, value: unknown, min: number, max: number) {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    issues.push({ field, message: `must be a whole number from ${min} to ${max}` });
  }
}

function checkChoice(issues: CheckinIssue[], field: string, value: unknown, allowed: readonly string[]) {
  if (typeof value !== "string" || !allowed.includes(value)) {
    issues.push({ field, message: `must be one of ${allowed.join(", ")}` });
  }
}

function checkList(issues: CheckinIssue[], field: string, value: unknown, allowed: readonly string[]) {
  if (!Array.isArray(value)) {
    issues.push({ field, message: "must be a list" });
    return;
  }
  if (new Set(value).size !== value.length) issues.push({ field, message: "must not repeat a value" });
  value.forEach((entry, index) => {
    checkChoice(issues, `${field}.${index}`, entry, allowed);
  });
}

/**
 * Everything wrong with a value that should be a check-in, as field-named issues (empty when it is
 * valid). The core's own functions rely on it; the server may use it beside its schema so the ranges
 * live in one place. Null counts as "not noted"; unknown extra fields are not reported.
 * O(size of the lists).
 * Example: `checkinIssues({ date: "2024-01-01", mood: 5 })` reports `mood`.
 */
export function checkinIssues(value: unknown): CheckinIssue[] {
  const issues: CheckinIssue[] = [];
  if (!isObject(value)) return [{ field: "", message: "must be an object" }];
  if (!isCalendarDate(value.date))
    issues.push({ field: "date", message: "must be a real date written YYYY-MM-DD" });
  checkInteger(issues, "mood", value.mood, checkinRanges.mood.min, checkinRanges.mood.max);
  const { energy, comfortAlone, reassurance, decisions, helped } = value;
  if (!isAbsent(energy))
    checkInteger(issues, "energy", energy, checkinRanges.energy.min, checkinRanges.energy.max);
  if (!isAbsent(comfortAlone)) {
    checkInteger(
      issues,
      "comfortAlone",
      comfortAlone,
      checkinRanges.comfortAlone.min,
      checkinRanges.comfortAlone.max,
    );
  }
  if (!isAbsent(value.feelings)) checkList(issues, "feelings", value.feelings, feelingIds);
  if (!isAbsent(value.company)) checkList(issues, "company", value.company, companyIds);
  if (!isAbsent(reassurance)) {
    if (!isObject(reassurance)) issues.push({ field: "reassurance", message: "must be an object" });
    else {
      const { min, max } = checkinRanges.reassuranceCount;
      checkInteger(issues, "reassurance.count", reassurance.count, min, max);
      if (!isAbsent(reassurance.feltAfter)) {
        checkChoice(issues, "reassurance.feltAfter", reassurance.feltAfter, afterEffects);
      }
    }
  }
  if (!isAbsent(decisions)) {
    if (!isObject(decisions)) issues.push({ field: "decisions", message: "must be an object" });
    else {
      const { min, max } = checkinRanges.decisions;
      checkInteger(issues, "decisions.alone", decisions.alone, min, max);
      checkInteger(issues, "decisions.afterApproval", decisions.afterApproval, min, max);
    }
  }
  if (!isAbsent(value.trigger)) checkChoice(issues, "trigger", value.trigger, triggerIds);
  if (!isAbsent(helped)) {
    if (!isObject(helped)) issues.push({ field: "helped", message: "must be an object" });
    else {
      checkChoice(issues, "helped.strategy", helped.strategy, strategyIds);
      checkChoice(issues, "helped.effect", helped.effect, afterEffects);
    }
  }
  if (!isAbsent(value.note) && typeof value.note !== "string") {
    issues.push({ field: "note", message: "must be text" });
  }
  return issues;
}

/** Narrows `value` to a check-in when it has no issues. */
export function isCheckin(value: unknown): value is Checkin {
  return checkinIssues(value).length === 0;
}
