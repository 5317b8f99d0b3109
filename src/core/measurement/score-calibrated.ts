import type { CalibratedItem } from "./calibrate-em";
import { type EapOptions, gridFor, summarisePosterior, type ThetaEstimate } from "./estimate-eap";
import { cachedGradedModel, cachedLogProbabilityTable } from "./model-cache";

/**
 * EAP theta and posterior SD for each row of a response matrix, using calibrated items (answers are the
 * original values, mapped through each item's `categories`; null = missing). A row with no answer gets
 * the prior. Default grid and prior as in mirt's `fscores`: 121 nodes on [−6, 6], N(0, 1).
 *
 * Complexity O(rows · items · nodes).
 *
 * @example scoreCalibratedResponses(calibrateGradedResponse(data).items, data)
 */
export function scoreCalibratedResponses(
  items: readonly CalibratedItem[],
  responses: readonly (readonly (number | null)[])[],
  options: EapOptions = {},
): ThetaEstimate[] {
  const caller = "scoreCalibratedResponses";
  const grid = options.quadrature ?? gridFor(options);
  const tables = items.map((item) => {
    cachedGradedModel(item);
    return cachedLogProbabilityTable(grid, item);
  });
  const lookups = items.map((item) => new Map(item.categories.map((value, k) => [value, k])));
  return responses.map((row, r) => {
    if (!Array.isArray(row) || row.length !== items.length) {
      throw new Error(`${caller} requires rows of ${items.length} entries (row ${r + 1})`);
    }
    const logPosterior = Float64Array.from(grid.logWeights);
    row.forEach((value, j) => {
      if (value === null || value === undefined) return;
      const category = (lookups[j] as Map<number, number>).get(value);
      if (category === undefined) {
        throw new Error(
          `${caller} requires values seen in calibration, got ${value} (row ${r + 1}, item ${j + 1})`,
        );
      }
      const rowTable = (tables[j] as Float64Array[])[category] as Float64Array;
      for (let q = 0; q < logPosterior.length; q++)
        logPosterior[q] = (logPosterior[q] as number) + (rowTable[q] as number);
    });
    return summarisePosterior(grid, logPosterior);
  });
}
