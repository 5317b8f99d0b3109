import type { Migration } from "kysely";
import * as initial from "./20261125180000_initial";
import * as practices from "./20261125190000_practices";
import * as assessmentHistoryIndex from "./20261125200000_assessment_history_index";

/**
 * Every migration this version of Poise knows, by name; names sort in the order they run. A database
 * that has run a migration missing from this list was written by a newer Poise.
 */
export const migrations: Record<string, Migration> = {
  "20261125180000_initial": initial,
  "20261125190000_practices": practices,
  "20261125200000_assessment_history_index": assessmentHistoryIndex,
};
