import { hasEmptyMargin, twoByTwoMargins } from './margins.js';
import type { TwoByTwo } from './types.js';
import { assertTwoByTwo } from './validate.js';

/** The strata that carry information about a common odds ratio, and how many were left out. */
export interface InformativeStrata {
  readonly kept: readonly TwoByTwo[];
  readonly dropped: number;
}

/**
 * Keeps the strata with at least two cases and no empty row or column. The others contribute
 * exactly zero to the Mantel–Haenszel statistic, its variance and the common odds ratio's
 * numerator and denominator, but R's mantelhaen.test refuses strata with fewer than 2 cases
 * (their variance term is 0/0), so we drop them all up front and count them.
 */
export function informativeStrata(strata: readonly TwoByTwo[]): InformativeStrata {
  strata.forEach((stratum, index) => assertTwoByTwo(stratum, `strata[${index}]`));
  const kept = strata.filter((stratum) => {
    const margins = twoByTwoMargins(stratum);
    return margins.total >= 2 && !hasEmptyMargin(margins);
  });
  return { kept, dropped: strata.length - kept.length };
}
