import { SafetyScanSchema } from "../safety/safety-scan";
import { CheckinSchema } from "./checkins.schema";

/** What a PUT answers: the stored check-in and what the server's scan of its note found. */
export const CheckinSavedSchema = CheckinSchema.extend({ safety: SafetyScanSchema }).openapi("CheckinSaved");
