export { practiceById, practices } from "./library";
export { planInputFromProfile } from "./plan-input-from-profile";
export { PLAN_SIZE, type PlanReason, type PlanWeekInput, planWeek, type WeekPlan } from "./plan-week";
export { MAX_PRACTICE_MINUTES, type Practice } from "./practice";
export {
  type CompletionRecord,
  type PracticeProgress,
  practiceProgress,
  type WeekProgress,
} from "./progress";
export { progressSummary } from "./progress-summary";
