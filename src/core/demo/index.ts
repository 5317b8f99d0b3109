export { type DemoCheck, demoAnswerSheet, demoChecks } from "./demo-assessments";
export { DEMO_DAYS, demoCheckins, demoSimulationPlan } from "./demo-checkins";
export { DEMO_SEED, type DemoContent, demoContent } from "./demo-content";
export { DEMO_PRACTICE_WEEKS, type DemoPracticeDay, demoPracticeDays } from "./demo-practice";
export { demoMark } from "./demo-texts";
