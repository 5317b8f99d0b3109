/**
 * Published reference values used by the measurement tests. Every number below is copied from the
 * place named beside it; none is produced by this project.
 */

/**
 * mirt 2PL fit of LSAT7 (`mirt(expand.table(LSAT7), 1)`), from mirt's documentation page
 * reference/PLCI.mirt.md (philchalmers/mirt), column "value"; log-likelihood −2658.805 as printed by the
 * same call in its iteration trace (ggmirt README, masurp/ggmirt).
 */
export const LSAT7_MIRT = {
  items: [
    { a: 0.9879254, d: [1.8560605] },
    { a: 1.0808847, d: [0.8079786] },
    { a: 1.7058006, d: [1.8042187] },
    { a: 0.7651853, d: [0.4859966] },
    { a: 0.735798, d: [1.8545127] },
  ],
  logLik: -2658.805,
  /**
   * EAP scores of the first six response patterns (00000, 00001, 00010, 00011, 00100, 00101), from mirt's
   * own test suite, tests/testthat/test-01-mirtOne.R (`fscores(modm1, full.scores = FALSE)`), checked there
   * to 1e-2.
   */
  eapFirstPatterns: [-1.8665957, -1.526692, -1.5134024, -1.1852276, -1.094683, -0.7666992],
  /** MAP of the same patterns, same file (`fscores(modm2, method = "MAP")`), checked there to 1e-2. */
  mapFirstPatterns: [-1.8165552, -1.4946906, -1.4822982, -1.1789899, -1.0958928, -0.7951026],
  /**
   * mirt's fit with two answers removed (`data[1,1] <- data[2,2] <- NA`), same test file, a and d per item,
   * checked there to 1e-2.
   */
  withTwoMissing: [
    { a: 0.969, d: 1.851 },
    { a: 1.074, d: 0.808 },
    { a: 1.717, d: 1.811 },
    { a: 0.763, d: 0.486 },
    { a: 0.731, d: 1.852 },
  ],
};

/**
 * mirt graded fit of Science (`mirt(Science, 1)`), from reference/PLCI.mirt.md (philchalmers/mirt);
 * log-likelihood −1608.870 from reference/anova-method.md and reference/logLik-method.md.
 */
export const SCIENCE_MIRT = {
  items: [
    { name: "Comfort", a: 1.0417547, d: [4.8641542, 2.6399417, -1.4660135] },
    { name: "Work", a: 1.2259618, d: [2.9240027, 0.9011651, -2.2665647] },
    { name: "Future", a: 2.2933717, d: [5.2339928, 2.2137728, -1.9637062] },
    { name: "Benefit", a: 1.0949151, d: [3.3479196, 0.9916289, -1.6882599] },
  ],
  logLik: -1608.87,
  /**
   * EAP and its SE for six response patterns (answers 1..4), from reference/fscores.md
   * (`fscores(mod, full.scores = FALSE)`).
   */
  eap: [
    { pattern: [1, 1, 1, 1], theta: -2.7492669, se: 0.6293525 },
    { pattern: [1, 3, 2, 1], theta: -1.4198318, se: 0.5772364 },
    { pattern: [1, 4, 2, 3], theta: -0.7141976, se: 0.6200139 },
    { pattern: [1, 4, 3, 1], theta: -0.4469265, se: 0.6509531 },
    { pattern: [2, 1, 1, 1], theta: -2.5437807, se: 0.5909114 },
    { pattern: [2, 1, 2, 4], theta: -1.247857, se: 0.5840105 },
  ],
  /** MAP with a N(0, 1) prior, same page (`fscores(mod, method = "MAP", response.pattern = …)`), 3 digits. */
  map: [
    { pattern: [1, 2, 3, 4], theta: -0.37, se: 0.605 },
    { pattern: [2, 2, 1, 3], theta: -1.694, se: 0.577 },
  ],
  /** MAP with a diffuse N(0, 1000) prior (`cov = matrix(1000)`), same page, 3 digits. */
  mapDiffuse: [
    { pattern: [2, 2, 2, 2], theta: -1.911, se: 0.588 },
    { pattern: [3, 3, 3, 3], theta: 0.086, se: 0.687 },
    { pattern: [4, 4, 4, 3], theta: 2.39, se: 1.015 },
  ],
};
