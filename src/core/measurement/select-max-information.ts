import type { ItemModel } from "./item-model";

/** An item the adaptive test may give next, with what selection needs to know about it. */
export interface SelectionCandidate {
  /** Position of the item in the assessment's bank (stable tie-breaker). */
  index: number;
  model: ItemModel;
  facet: string;
}

/** One way of choosing the next item among eligible candidates. */
export interface ItemSelectionRule {
  /** Picks one candidate; `random` is a uniform draw in [0, 1) supplied by the caller (seeded, replayable). */
  choose(candidates: readonly SelectionCandidate[], theta: number, random: number): SelectionCandidate;
}

/**
 * Maximum Fisher information at the current estimate, with randomesque exposure control: the next item is
 * drawn uniformly from the `randomesqueCount` most informative candidates, so that the same few items are
 * not shown to everyone at the same trait level. With randomesqueCount = 1 it is plain maximum information.
 * Ties in information go to the earlier item in the bank, so the choice is reproducible.
 *
 * Reference: Lord (1980), Applications of IRT to Practical Testing Problems, ch. 10; Kingsbury & Zara (1989),
 * Applied Measurement in Education 2(4) for the randomesque method. Complexity O(n log n) in candidates.
 *
 * @example maxInformationRule(1).choose(candidates, 0.3, 0.5) // the single most informative candidate
 */
export function maxInformationRule(randomesqueCount: number): ItemSelectionRule {
  if (!Number.isInteger(randomesqueCount) || randomesqueCount < 1) {
    throw new Error(`maxInformationRule requires a randomesque count of at least 1, got ${randomesqueCount}`);
  }
  return {
    choose(candidates, theta, random) {
      if (candidates.length === 0) throw new Error("maxInformationRule requires at least one candidate");
      if (!(random >= 0 && random < 1))
        throw new Error(`maxInformationRule requires a draw in [0, 1), got ${random}`);
      const top = mostInformative(candidates, theta, randomesqueCount);
      return top[Math.floor(random * top.length)] as SelectionCandidate;
    },
  };
}

/**
 * The `count` most informative candidates at theta, best first (ties: earlier in the bank), by one pass
 * that keeps a small sorted list: O(n · count), no sort of the whole pool.
 */
export function mostInformative(
  candidates: readonly SelectionCandidate[],
  theta: number,
  count: number,
): SelectionCandidate[] {
  const best: SelectionCandidate[] = [];
  const bestInformation: number[] = [];
  for (const candidate of candidates) {
    const information = candidate.model.information(theta);
    let position = best.length;
    while (
      position > 0 &&
      (information > (bestInformation[position - 1] as number) ||
        (information === bestInformation[position - 1] &&
          candidate.index < (best[position - 1] as SelectionCandidate).index))
    ) {
      position--;
    }
    if (position >= count) continue;
    best.splice(position, 0, candidate);
    bestInformation.splice(position, 0, information);
    if (best.length > count) {
      best.pop();
      bestInformation.pop();
    }
  }
  return best;
}

/** Candidates sorted by information at theta, most informative first, ties by bank position. O(n log n). */
export function rankByInformation(
  candidates: readonly SelectionCandidate[],
  theta: number,
): SelectionCandidate[] {
  return candidates
    .map((candidate) => ({ candidate, information: candidate.model.information(theta) }))
    .sort((x, y) => y.information - x.information || x.candidate.index - y.candidate.index)
    .map(({ candidate }) => candidate);
}
