/**
 * The tables as the repositories see them (Kysely's Database type). Timestamps are ISO-8601 UTC text
 * ("2026-11-25T18:22:07.123Z"), which sorts and compares the same way on SQLite and PostgreSQL; days are
 * "YYYY-MM-DD". Columns ending in `_sealed` hold AES-256-GCM ciphertext, never plain text.
 */
export interface Database {
  instance_settings: InstanceSettingsTable;
  users: UsersTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
  checkins: CheckinsTable;
  journal_entries: JournalEntriesTable;
  assessments: AssessmentsTable;
  practice_plans: PracticePlansTable;
  practice_completions: PracticeCompletionsTable;
}

export interface InstanceSettingsTable {
  name: string;
  value: string;
}

export interface UsersTable {
  id: string;
  /** Trimmed and lower-cased. */
  email: string;
  password_hash: string;
  locale: string;
  wrapped_data_key: string;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a copy of the database does not let anyone sign in. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  window_start: string;
}

export interface CheckinsTable {
  user_id: string;
  day: string;
  mood: number;
  energy: number | null;
  /** JSON array of feeling ids. */
  feelings: string | null;
  /** JSON array of company ids. */
  company: string | null;
  reassurance_count: number | null;
  reassurance_felt_after: string | null;
  decisions_alone: number | null;
  decisions_after_approval: number | null;
  comfort_alone: number | null;
  trigger_kind: string | null;
  helped_strategy: string | null;
  helped_effect: string | null;
  note_sealed: string | null;
  created_at: string;
  updated_at: string;
}

export interface JournalEntriesTable {
  id: string;
  user_id: string;
  title_sealed: string | null;
  text_sealed: string;
  prompt_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface AssessmentsTable {
  id: string;
  user_id: string;
  mode: string;
  locale: string;
  status: string;
  /** The measurement engine's AssessmentState as JSON (answers included). */
  state: string;
  /** Bumped on every answer; an update names the revision it read (optimistic concurrency). */
  revision: number;
  /** JSON ScaleScore[] once finished. */
  scores: string | null;
  started_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface PracticePlansTable {
  id: string;
  user_id: string;
  /** Monday of the plan's week, "YYYY-MM-DD"; one plan per person and week. */
  week_start: string;
  /** JSON array of practice ids, in plan order. */
  practice_ids: string;
  /** JSON array of { practiceId, reason, facet }: why each practice is in the plan. */
  reasons: string;
  /** 1 when the person picked all three practices themselves, else 0. */
  chosen: number;
  /** The finished check whose profile the plan came from; null for the starter plan (no check yet). */
  assessment_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface PracticeCompletionsTable {
  id: string;
  user_id: string;
  practice_id: string;
  /** The day it was done, "YYYY-MM-DD". */
  day: string;
  /** The optional reflection, sealed like journal text. */
  reflection_sealed: string | null;
  created_at: string;
  updated_at: string;
}
