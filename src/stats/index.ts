/** The statistics library: one method per module, plain serialisable results. */
export type * from './types.js';
export { chiSquareUpperTail, normalQuantile, twoSidedNormalPValue } from './distributions.js';
export { chiSquareTest2x2, type ChiSquare2x2Result, type ExpectedCounts } from './chi-square-2x2.js';
export { fisherExactTest2x2 } from './fisher-exact-2x2.js';
export { compareTwoByTwo, minimumExpectedCount, MINIMUM_EXPECTED_FOR_CHI_SQUARE } from './compare-two-by-two.js';
export { chiSquareTestRx2 } from './chi-square-rx2.js';
export { fisherExactRx2, FISHER_RX2_MAX_WORK } from './fisher-exact-rx2.js';
export { categoriesTest, smallestExpectedCount } from './categories-test.js';
export { generalizedCmh, type GeneralizedCmhResult } from './generalized-cmh.js';
export { pAdjust, CORRECTIONS } from './p-adjust.js';
export { wilsonInterval, newcombeDifference } from './proportion-difference.js';
export { riskRatio, oddsRatio, type RatioEstimate } from './ratio-estimates.js';
export { shortfall, type Shortfall } from './shortfall.js';
export {
  cochranMantelHaenszel,
  mantelHaenszelOddsRatio,
  type CochranMantelHaenszelResult,
} from './cochran-mantel-haenszel.js';
export { mantelHaenszelRiskDifference } from './mantel-haenszel-risk-difference.js';
export { breslowDayTarone } from './breslow-day.js';
export { poissonRateTest, type PoissonRateTestResult } from './poisson-rate-test.js';
export { binomialTest, type BinomialTestResult } from './binomial-test.js';
export { informativeStrata, type InformativeStrata } from './informative-strata.js';
export { twoByTwoMargins, hasEmptyMargin, type TwoByTwoMargins } from './margins.js';
export { floorPValue, floorLogPValue, SMALLEST_P_VALUE, type FlooredPValue } from './p-value-floor.js';
export { differenceOfDifferences, type DifferenceOfDifferences } from './difference-of-differences.js';
export { detectableDifference, DETECTABLE_POWER, type DetectableDifference } from './detectable-difference.js';
export {
  describeSample,
  sampleMean,
  sampleQuantile,
  sampleSize,
  sampleVariance,
  type SampleSummary,
  type WeightedSample,
} from './weighted-sample.js';
export { wilcoxonRankSum, EXACT_WILCOXON_BELOW, type WilcoxonResult } from './wilcoxon-rank-sum.js';
export { welchTTest, type WelchTest } from './welch-t-test.js';
export { vanElteren, type SampleStratum, type VanElterenResult } from './van-elteren.js';
