import { type Checkin, companyIds } from "./checkin";
import type { CompanyComparison } from "./comparison";
import { compareMeans, summariseGroup } from "./mean-difference";
import { minimums } from "./minimums";

/**
 * For each kind of company, mood on the days spent with it against the other days where company was
 * noted; days without a company noted are left out (not noting is not "nobody"). A day with friends
 * and family counts in both groups. Not yet corrected for multiplicity. O(G · n).
 */
export function companyComparisons(checkins: readonly Checkin[]): CompanyComparison[] {
  const noted = checkins.filter((c) => c.company != null && c.company.length > 0);
  return companyIds.map((company) => {
    const withMoods = noted.filter((c) => c.company!.includes(company)).map((c) => c.mood);
    const otherMoods = noted.filter((c) => !c.company!.includes(company)).map((c) => c.mood);
    const outcome = compareMeans(withMoods, otherMoods, minimums.groupDays);
    return {
      id: `company:${company}`,
      kind: "company",
      company,
      n: noted.length,
      ...outcome,
      adjustedPValue: null,
      text: null,
      withDays: summariseGroup(withMoods),
      otherDays: summariseGroup(otherMoods),
    };
  });
}
