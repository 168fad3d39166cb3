import { chiSquareResult } from './distributions.js';
import { informativeStrata } from './informative-strata.js';
import type { NoTestReason, StatWarning, TestResult, TwoByTwo } from './types.js';

const METHOD = 'Breslow-Day test on Homogeneity of Odds Ratios (with Tarone correction)';

/**
 * The Breslow–Day test that the odds ratio is the same in every stratum, with Tarone's (1985)
 * correction, df = K − 1 over the K informative strata.
 *
 * Method (Breslow & Day 1980, §4.4; Tarone 1985): with ψ the Mantel–Haenszel common odds
 * ratio, each stratum's fitted count A_k of yes1 is the root in [max(0, t − n2), min(n1, t)] of
 * A (n2 − t + A) = ψ (n1 − A)(t − A) (t = yes total), Var_k = 1 / (1/A + 1/B + 1/C + 1/D) over
 * the four fitted cells, and
 *   X² = Σ (a_k − A_k)² / Var_k − (Σ a_k − Σ A_k)² / Σ Var_k.
 * The fitted cells come from a quadratic solved for the distance to the nearer end of the
 * admissible range, so that tiny fitted cells keep their digits (see fittedTable).
 * Reference: the definition of DescTools::BreslowDayTest(x, correct = TRUE); verified against
 * an R computation with uniroot for the fitted cells in tests/reference/reference.R.
 *
 * Uninformative strata (fewer than 2 cases or an empty margin) are dropped first
 * (`strata-dropped`). Fewer than two strata left → `too-few-strata`; a common odds ratio of 0
 * or ∞ (no fitted tables exist) → `undefined-common-odds-ratio`.
 */
export function breslowDayTarone(strata: readonly TwoByTwo[]): TestResult {
  const { kept, dropped } = informativeStrata(strata);
  const warnings: StatWarning[] = dropped > 0 ? ['strata-dropped'] : [];
  // Degenerate: homogeneity needs at least two odds ratios to compare.
  if (kept.length < 2) return noTest('too-few-strata', warnings);

  let diagonal = 0;
  let offDiagonal = 0;
  // Indexed loops: a for-of allocates a step object per stratum until V8 optimises it.
  for (let index = 0; index < kept.length; index++) {
    const { yes1, no1, yes2, no2 } = kept[index]!;
    const total = yes1 + no1 + yes2 + no2;
    diagonal += (yes1 * no2) / total;
    offDiagonal += (no1 * yes2) / total;
  }
  // Degenerate: with ψ = 0 or ∞ every fitted table sits on its boundary with a zero cell.
  if (diagonal === 0 || offDiagonal === 0) return noTest('undefined-common-odds-ratio', warnings);
  const commonOddsRatio = diagonal / offDiagonal;

  let breslowDay = 0;
  let deviationSum = 0;
  let varianceSum = 0;
  for (let index = 0; index < kept.length; index++) {
    const fitted = fittedTable(kept[index]!, commonOddsRatio);
    const variance = 1 / (1 / fitted.yes1 + 1 / fitted.no1 + 1 / fitted.yes2 + 1 / fitted.no2);
    breslowDay += (fitted.deviation * fitted.deviation) / variance;
    deviationSum += fitted.deviation;
    varianceSum += variance;
  }
  // Tarone's term removes the bias from using the MH estimate instead of the conditional MLE.
  const statistic = Math.max(0, breslowDay - (deviationSum * deviationSum) / varianceSum);
  const parameter = kept.length - 1;
  return chiSquareResult('breslow-day-tarone', METHOD, statistic, parameter, warnings);
}

/** A fitted table (real-valued cells) and the observed yes1 minus the fitted one. */
interface FittedTable {
  readonly yes1: number;
  readonly no1: number;
  readonly yes2: number;
  readonly no2: number;
  readonly deviation: number;
}

/**
 * The table with the stratum's margins whose odds ratio is ψ. Its yes1 cell A lies in
 * (low, high) = (max(0, t − n2), min(n1, t)); when A is within a fraction of a case of either
 * end, one fitted cell is tiny (1e-7 next to 9e4 happens) and computing it as a difference of
 * large numbers would keep only a few digits. So we solve for the distance to each end
 * instead — u = A − low or v = high − A — whose quadratics have integer coefficients and a
 * root that the "citardauq" form −2c / (b + √(b² − 4ac)) gives without cancellation, and build
 * every cell as an integer plus or minus the nearer of the two distances.
 */
function fittedTable(stratum: TwoByTwo, psi: number): FittedTable {
  const group1 = stratum.yes1 + stratum.no1;
  const group2 = stratum.yes2 + stratum.no2;
  const yesTotal = stratum.yes1 + stratum.yes2;
  const low = Math.max(0, yesTotal - group2);
  const high = Math.min(group1, yesTotal);

  // From the low end: cells low + u, (n1 − low) − u, (t − low) − u, (n2 − t + low) + u, and
  // low · (n2 − t + low) = 0, so (1 − ψ) u² + (low + e + ψ (p + q)) u − ψ p q = 0.
  const p = group1 - low;
  const q = yesTotal - low;
  const e = group2 - yesTotal + low;
  const fromLow = smallPositiveRoot(1 - psi, low + e + psi * (p + q), psi * p * q);
  // From the high end: cells high − v, (n1 − high) + v, (t − high) + v, (n2 − t + high) − v,
  // and (n1 − high)(t − high) = 0, so (1 − ψ) v² − (high + h + ψ (g1 + g2)) v + high · h = 0.
  const g1 = group1 - high;
  const g2 = yesTotal - high;
  const h = group2 - yesTotal + high;
  const fromHigh = smallPositiveRoot(-(1 - psi), high + h + psi * (g1 + g2), high * h);

  if (fromLow <= fromHigh) {
    return {
      yes1: low + fromLow,
      no1: p - fromLow,
      yes2: q - fromLow,
      no2: e + fromLow,
      deviation: stratum.yes1 - low - fromLow,
    };
  }
  return {
    yes1: high - fromHigh,
    no1: g1 + fromHigh,
    yes2: g2 + fromHigh,
    no2: h - fromHigh,
    deviation: stratum.yes1 - high + fromHigh,
  };
}

/**
 * The smallest positive root of a x² + b x − c = 0 for b > 0, c > 0, as 2c / (b + √(b² + 4ac)):
 * both terms of the denominator are positive, so nothing cancels.
 */
function smallPositiveRoot(a: number, b: number, c: number): number {
  return (2 * c) / (b + Math.sqrt(Math.max(0, b * b + 4 * a * c)));
}

function noTest(reason: NoTestReason, warnings: readonly StatWarning[]): TestResult {
  return { test: null, method: null, statistic: null, parameter: null, pValue: null, reason, warnings };
}
