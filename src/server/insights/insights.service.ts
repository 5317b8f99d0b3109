import type { Locale } from "../../core/locale";
import { computeInsights, type InsightsReport, type InsightWindow } from "../../core/patterns/index";
import type { Access } from "../access/access";
import type { ServerContext } from "../context";
import { createInsightsRepository } from "./insights.repository";
import { personSeed, personToday } from "./person-day";

/** Insights from the person's own check-ins (src/core/patterns), computed on request, never stored. */
export function createInsightsService(ctx: ServerContext) {
  const repository = createInsightsRepository(ctx.database.db);
  return {
    /**
     * The report over the `days` days ending the person's today. Reads every check-in up to today
     * (the week-over-week change estimates day-to-day correlation over the whole history) but never
     * a note. Deterministic: the same check-ins always give the same report.
     */
    async report(
      access: Access,
      query: { days: InsightWindow; today?: string; locale: Locale },
    ): Promise<InsightsReport> {
      const today = personToday(ctx.clock(), query.today);
      const checkins = await repository.checkinsUpTo(access, today);
      return computeInsights(checkins, {
        today,
        days: query.days,
        locale: query.locale,
        seed: personSeed(access.ownerId),
      });
    },
  };
}
