import type { Locale } from "../../core/locale";
import type { InsightsReport, InsightWindow } from "../../core/patterns/index";
import { apiRequest } from "./client";

export type { InsightsReport, InsightWindow };

/** GET /api/insights: the report over `days` days ending the person's own today, in their language. */
export function fetchInsights(
  query: { days: InsightWindow; today: string; locale: Locale },
  signal?: AbortSignal,
): Promise<InsightsReport> {
  const params = new URLSearchParams({ days: String(query.days), today: query.today, locale: query.locale });
  return apiRequest<InsightsReport>(`/api/insights?${params}`, { signal });
}
