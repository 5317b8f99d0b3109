import { computeInsights, type InsightWindow } from "./compute-insights";
import { type SimulationPlan, simulateCheckins } from "./simulate-checkins";

/** What a run of simulated people showed. */
export interface ClaimRate {
  datasets: number;
  /** Share of datasets with at least one insight shown. */
  rate: number;
  /** Mean number of comparisons tested per dataset (the size of the multiplicity problem). */
  comparisonsPerDataset: number;
  /** How many datasets showed each insight id. */
  byInsight: Record<string, number>;
}

/**
 * Runs computeInsights on `datasets` simulated people (windows cycling through `windows`, check-in
 * rates 60–100%) and counts how often something is shown. With `plan` planting no effect, this is
 * the false-claim rate of the insights; with a planted effect, `byInsight` gives how often it is
 * found. Deterministic for `firstSeed`. O(datasets · report).
 */
export function measureClaimRate(
  datasets: number,
  plan: Omit<SimulationPlan, "today" | "days" | "checkinRate">,
  firstSeed: number,
  windows: readonly InsightWindow[] = [30, 90, 365],
): ClaimRate {
  let withClaim = 0;
  let tested = 0;
  const byInsight: Record<string, number> = {};
  for (let i = 0; i < datasets; i++) {
    const days = windows[i % windows.length]!;
    const checkinRate = 0.6 + 0.4 * (((i * 37) % 100) / 100);
    const checkins = simulateCheckins(
      { ...plan, today: "2024-06-30", days: days + 14, checkinRate },
      firstSeed + i,
    );
    const report = computeInsights(checkins, { today: "2024-06-30", days, locale: "en", seed: i });
    tested += report.method.comparisonsTested;
    if (report.insights.length > 0) withClaim++;
    for (const insight of report.insights) byInsight[insight.id] = (byInsight[insight.id] ?? 0) + 1;
  }
  return { datasets, rate: withClaim / datasets, comparisonsPerDataset: tested / datasets, byInsight };
}
