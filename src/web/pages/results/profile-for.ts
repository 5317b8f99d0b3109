import type { Locale } from "../../../core/locale";
import { buildProfile } from "../../../core/profile/build-profile";
import type { Profile } from "../../../core/profile/types";
import type { AssessmentSummary } from "../../api/types";

/**
 * The profile to show, in the person's current language. The core builds it from the scale scores (and
 * the answers, when the server sends them, so the focus facets use each facet's own answers); a profile
 * the server built in the same language is used as is when the answers are not available.
 */
export function profileFor(summary: AssessmentSummary, locale: Locale): Profile {
  if (summary.profile && summary.profile.locale === locale && !summary.answers) return summary.profile;
  return buildProfile({ scores: summary.scores, locale, answers: summary.answers });
}
