// The measurement engine's public surface. Everything else in this folder is an implementation detail
// that may move; import from here.

export {
  answerItem,
  assessmentProgress,
  assessmentScores,
  nextItem,
  type StartAssessmentInput,
  startAssessment,
} from "./adaptive-test";
export {
  type AssessmentAnswer,
  type AssessmentItem,
  type AssessmentMode,
  type AssessmentOptions,
  type AssessmentState,
  DEFAULT_ASSESSMENT_OPTIONS,
  type ScaleProgress,
} from "./assessment-state";
export {
  type CalibratedItem,
  type CalibrationOptions,
  type CalibrationResult,
  calibrateGradedResponse,
  EM_MAX_ITERATIONS,
  EM_PARAMETER_TOLERANCE,
} from "./calibrate-em";
export { classicalScaleNorms } from "./classical-norms";
export { classicalMean, keyedCategory, rawFromKeyedCategory } from "./classical-score";
export { type ContentBalanceRule, leastAdministeredFacetRule, noContentBalanceRule } from "./content-balance";
export {
  mean,
  pearsonCorrelation,
  quantile,
  rootMeanSquareError,
  sampleVariance,
} from "./descriptive-statistics";
export {
  type EapOptions,
  estimateEap,
  gridFor,
  type NormalPrior,
  summarisePosterior,
  type ThetaEstimate,
} from "./estimate-eap";
export { estimateMap, type MapEstimate } from "./estimate-map";
export { gradedResponseModel, interceptsFromThresholds, thresholdsFromIntercepts } from "./graded-response";
export type { GradedResponseParameters, ItemModel } from "./item-model";
export { itemRestCorrelations } from "./item-rest-correlation";
export { logSigmoid, logSigmoidDifference, logSumExp, sigmoid } from "./log-logistic";
export {
  addResponseToLogPosterior,
  logPosteriorOnGrid,
  normalisedPosterior,
  type ScoredResponse,
} from "./log-posterior";
export { cachedGradedModel, cachedLogProbabilityTable, cachedRectangularGrid } from "./model-cache";
export { credibleInterval } from "./posterior-interval";
export {
  DEFAULT_SCORING_GRID,
  gaussHermiteNormalGrid,
  type QuadratureGrid,
  rectangularNormalGrid,
} from "./quadrature";
export { cronbachAlpha } from "./reliability-alpha";
export { type OmegaResult, omegaTotal } from "./reliability-omega";
export {
  type ChangeClass,
  DEFAULT_CLASSICAL_RELIABILITY,
  DEFAULT_CLASSICAL_SD,
  DEFAULT_CRITICAL_VALUE,
  type ReliableChange,
  type ReliableChangeOptions,
  reliableChange,
} from "./reliable-change";
export { improvementDirection, scaleOrder } from "./scale-direction";
export type { ScaleScore } from "./scale-score";
export { scoreCalibratedResponses } from "./score-calibrated";
export {
  DEFAULT_BAND_COVERAGE,
  type ScalePosterior,
  type ScorableItem,
  type ScoreScalesOptions,
  scalePosteriors,
  scoreScales,
} from "./score-inventory";
export {
  type ItemSelectionRule,
  maxInformationRule,
  type SelectionCandidate,
} from "./select-max-information";
export {
  type ScaleSimulationFigures,
  type SimulationInput,
  type SimulationReport,
  simulate,
} from "./simulate";
export { simulateCategory } from "./simulate-response";
export {
  exhaustedRule,
  maxItemsRule,
  noImprovementRule,
  precisionRule,
  type ScaleStatus,
  type ScaleStopReason,
  type StopRule,
} from "./stop-rules";
export { type SyntheticBankSpec, syntheticBank } from "./synthetic-bank";
export { T_SCORE_MEAN, T_SCORE_SD, thetaFromTScore, toTScore, tScoreInterval } from "./t-score";
