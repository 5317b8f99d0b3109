import type { ScaleId } from "../../core/inventory/types";
import type { Locale } from "../../core/locale";
import type { PlanReason } from "../../core/practices/index";
import { apiRequest } from "./client";

// The shapes of /api/practices/* (docs/api.md); the server's Zod schemas are the source of truth.

export interface PracticeFacet {
  id: string;
  scale: ScaleId;
  name: string;
}

/** A practice of the library in the person's language. */
export interface PracticeView {
  id: string;
  title: string;
  why: string;
  steps: string[];
  reflection: string;
  rungs: string[] | null;
  minutes: number;
  scale: ScaleId;
  facets: PracticeFacet[];
}

export interface Completion {
  id: string;
  practiceId: string;
  date: string;
  reflection: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PlannedPractice {
  practice: PracticeView;
  reason: PlanReason;
  facet: PracticeFacet | null;
  completions: Completion[];
}

export interface WeekPlanView {
  weekStart: string;
  basis: { kind: "profile" | "starter"; assessmentId: string | null };
  chosen: boolean;
  practices: PlannedPractice[];
  createdAt: string;
  updatedAt: string;
}

export interface ProgressView {
  summary: string;
  totalCompletions: number;
  activeWeeks: number;
  reflections: number;
  weeks: { weekStart: string; planned: string[]; done: string[]; plannedDone: number; completions: number }[];
  practices: { practiceId: string; title: string; completions: number; lastDate: string }[];
  facets: (PracticeFacet & { completions: number })[];
}

const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

/** One small function per practices route. Pages call these, never fetch directly. */
export const practicesApi = {
  library: (locale: Locale, signal?: AbortSignal) =>
    apiRequest<{ practices: PracticeView[] }>(`/api/practices${query({ locale })}`, { signal }).then(
      (body) => body.practices,
    ),
  plan: (today: string, locale: Locale, signal?: AbortSignal) =>
    apiRequest<WeekPlanView>(`/api/practices/plan${query({ today, locale })}`, { signal }),
  choose: (today: string, locale: Locale, practiceIds: string[]) =>
    apiRequest<WeekPlanView>(`/api/practices/plan${query({ today, locale })}`, {
      method: "PUT",
      body: { practiceIds },
    }),
  complete: (practiceId: string, date: string, reflection: string | null) =>
    apiRequest<Completion>("/api/practices/completions", {
      method: "POST",
      body: { practiceId, date, reflection },
    }),
  /** Changes the day or the reflection of a practice marked done (null clears the reflection). */
  update: (id: string, date: string, reflection: string | null) =>
    apiRequest<Completion>(`/api/practices/completions/${encodeURIComponent(id)}`, {
      method: "PUT",
      body: { date, reflection },
    }),
  undo: (id: string) =>
    apiRequest<void>(`/api/practices/completions/${encodeURIComponent(id)}`, { method: "DELETE" }),
  progress: (locale: Locale, signal?: AbortSignal) =>
    apiRequest<ProgressView>(`/api/practices/progress${query({ locale })}`, { signal }),
};
