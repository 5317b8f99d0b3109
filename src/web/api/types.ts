import type { ScaleScore } from "../../core/measurement/scale-score";
import type { AfterEffect, CompanyId, StrategyId, TriggerId } from "../../core/patterns/checkin";
import type { Profile, RegionId } from "../../core/profile/types";
import type { SafetySignal } from "../../core/safety/types";

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

// The check-in's vocabularies are the core's (src/core/patterns/checkin.ts, feelings.ts): the API
// validates against the same lists, so an id the web offers can never be one the server refuses.
export type Company = CompanyId;
export type Trigger = TriggerId;
export type Strategy = StrategyId;
export type Effect = AfterEffect;
/** A feeling id from the core's fixed list (`feelings` in src/core/patterns/feelings.ts). */
export type Feeling = string;

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
  /** What was tried when it happened, and how it left the person: one per day, as the core records it. */
  helped?: { strategy: Strategy; effect: Effect };
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
  helped: { strategy: Strategy; effect: Effect } | null;
  note: string | null;
  createdAt?: string;
  updatedAt?: string;
}

/** What the server's scan of a text just saved found (issue 5); never stored. */
export interface SafetyScan {
  signals: SafetySignal[];
}

/** A check-in as a PUT answers it: with what the server's scan of its note found. */
export type CheckInSaved = CheckIn & { safety: SafetyScan };

/** A journal entry as a POST or PUT answers it: with what the server's scan of its words found. */
export type JournalEntrySaved = JournalEntry & { safety: SafetyScan };

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
