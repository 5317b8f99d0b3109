import type { ScaleScore } from "../../core/measurement/scale-score";
import type { Profile, RegionId } from "../../core/profile/types";

/** The signed-in person as `GET /api/me` returns them. */
export interface User {
  id: string;
  email: string;
  locale?: string;
  createdAt?: string;
}

export type AssessmentMode = "adaptive" | "full";

export interface AnswerOption {
  value: number;
  label: string;
}

/** One statement to answer (its text in the requested language). */
export interface AssessmentItem {
  id: string;
  text: string;
  options: AnswerOption[];
}

/** How far along a check is: for an adaptive check the total is the server's honest estimate. */
export interface AssessmentProgress {
  answered: number;
  estimatedTotal: number;
  fraction: number;
  finished: boolean;
}

/** One check as `GET /api/assessments/{id}` and the answer route return it. */
export interface AssessmentState {
  id: string;
  mode: AssessmentMode;
  locale: string;
  status: "in-progress" | "finished";
  startedAt: string;
  finishedAt: string | null;
  progress: AssessmentProgress;
  /** The next statement to answer; null once finished. */
  item: AssessmentItem | null;
  /** Answers so far, in the order first given (for going back). */
  answers: { itemId: string; value: number; text: string }[];
  result: { scores: ScaleScore[]; profile: Profile } | null;
}

export type { Profile, RegionId } from "../../core/profile/types";

/** A finished check in the history list. */
export interface AssessmentSummary {
  id: string;
  mode: AssessmentMode;
  startedAt: string;
  finishedAt: string;
  scores: ScaleScore[];
  region: { id: RegionId; name: string; probability: number; probabilities: Record<RegionId, number> };
}

/** `GET /api/assessments`: finished checks (oldest first) and the check in progress, if any. */
export interface AssessmentList {
  assessments: AssessmentSummary[];
  inProgress: { id: string; mode: AssessmentMode; startedAt: string; progress: AssessmentProgress } | null;
  provisional: boolean;
}

export type Company = "alone" | "partner" | "family" | "friends" | "colleagues" | "others";
export type Trigger =
  | "no-reply"
  | "conflict"
  | "being-alone"
  | "criticism"
  | "their-plans"
  | "decision-pressure"
  | "other";
export type Strategy = "pause-breathe" | "name-feeling" | "write" | "talk" | "move" | "wait";
export type Effect = "better" | "same" | "worse";

/** The fixed feeling ids of a check-in (src/server/checkins/checkins.schema.ts); the app translates them. */
export const feelingIds = [
  "calm",
  "content",
  "joyful",
  "grateful",
  "hopeful",
  "proud",
  "relieved",
  "loved",
  "confident",
  "connected",
  "anxious",
  "lonely",
  "sad",
  "angry",
  "frustrated",
  "ashamed",
  "jealous",
  "guilty",
  "overwhelmed",
  "insecure",
  "rejected",
  "numb",
  "tired",
  "restless",
] as const;
export type Feeling = (typeof feelingIds)[number];

/** The body of `PUT /api/checkins/{date}`; it replaces the whole day, so a part left out is cleared. */
export interface CheckInInput {
  mood: number;
  energy?: number;
  feelings?: Feeling[];
  company?: Company[];
  reassurance?: { count: number; feltAfter?: Effect };
  decisions?: { alone: number; afterApproval: number };
  comfortAlone?: number;
  trigger?: Trigger;
  helped?: { strategy: Strategy; effect: Effect }[];
  note?: string;
}

/** A saved check-in as the API returns it: absent parts are null or empty. */
export interface CheckIn {
  date: string;
  mood: number;
  energy: number | null;
  feelings: Feeling[];
  company: Company[];
  reassurance: { count: number; feltAfter: Effect | null } | null;
  decisions: { alone: number; afterApproval: number } | null;
  comfortAlone: number | null;
  trigger: Trigger | null;
  helped: { strategy: Strategy; effect: Effect }[];
  note: string | null;
  createdAt?: string;
  updatedAt?: string;
}

export interface JournalEntry {
  id: string;
  title: string | null;
  text: string;
  promptId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface JournalPage {
  entries: JournalEntry[];
  nextCursor: string | null;
}
