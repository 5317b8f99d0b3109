export { BOTH_PULLS_NOTE, buildProfile, type ProfileInput } from "./build-profile";
export { facetGuidance } from "./facet-guidance";
export {
  chooseFocusFacets,
  directionOf,
  FACET_DEVIATION_WEIGHT,
  type FacetNeed,
  FOCUS_COUNT,
  facetNeeds,
  MARKED_NEED,
  MAX_FOCUS_PER_SCALE,
} from "./focus-facets";
export { findForbiddenWords, forbiddenWords } from "./forbidden-words";
export {
  frenchTypography,
  frenchTypographyIssues,
  NARROW_NO_BREAK_SPACE,
  NO_BREAK_SPACE,
} from "./french-typography";
export { normalCdf, probabilityAbove } from "./normal-cdf";
export { CERTAINTY_CUTS, certaintyOf, HIGH_CUT, rankRegions, regionProbabilities } from "./region";
export {
  readingOfRegion,
  SPECTRUM_REACH,
  SPECTRUM_SEGMENTS,
  type SpectrumPosition,
  spectrumPosition,
  Z_BOX_80,
} from "./spectrum";
export { isTentative, STRENGTH_CUTS, strengthLevel, TENTATIVE_SE } from "./strengths";
export {
  certaintyTexts,
  fillText,
  focusWhyTexts,
  focusWhyTogetherTexts,
  formatPercent,
  noteTexts,
  regionTexts,
  spectrumTexts,
  strengthTexts,
} from "./texts";
export * from "./types";
