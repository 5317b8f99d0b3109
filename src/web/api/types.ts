import type { ScaleId } from "../../core/inventory/types";
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

/** One statement to answer. */
export interface AssessmentItem {
  id: string;
  text: string;
  options: AnswerOption[];
  scale?: ScaleId;
}

/** How far along an assessment is; adaptive checks report a range rather than a fixed total. */
export interface AssessmentProgress {
  answered: number;
  /** Known total (full check). */
  total?: number;
  /** Typical range for an adaptive check. */
  expectedMin?: number;
  expectedMax?: number;
  /** Hard maximum number of statements. */
  max?: number;
}

export type { Profile, RegionId } from "../../core/profile/types";

export interface ReliableChange {
  scale: ScaleId;
  z: number;
  outcome: "reliable-increase" | "no-reliable-change" | "reliable-decrease";
}

export interface AssessmentSummary {
  id: string;
  mode: AssessmentMode;
  finishedAt: string;
  scores: ScaleScore[];
  region?: RegionId;
  profile?: Profile;
  /** The raw answers (1..5); when present the profile is rebuilt in the person's current language. */
  answers?: { itemId: string; value: number }[];
  change?: ReliableChange[] | null;
}

/** A step of the check: the next statement, or the finished result. */
export interface AssessmentState {
  id: string;
  mode: AssessmentMode;
  status: "in-progress" | "finished";
  item: AssessmentItem | null;
  progress: AssessmentProgress;
  /** The answer already given to `item`, when it was answered before (going back). */
  value?: number | null;
  previous?: { itemId: string } | null;
  result?: AssessmentSummary;
  answers?: { itemId: string; value: number }[];
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
