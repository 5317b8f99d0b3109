import { SafetyScanSchema } from "../safety/safety-scan";
import { JournalEntrySchema } from "./journal.schema";

/** What a POST or PUT answers: the stored entry and what the server's scan of its words found. */
export const JournalEntrySavedSchema = JournalEntrySchema.extend({ safety: SafetyScanSchema }).openapi(
  "JournalEntrySaved",
);
