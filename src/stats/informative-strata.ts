import type { TwoByTwo } from './types.js';
import { assertTwoByTwo, isTwoByTwoOfCounts } from './validate.js';

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
  assertStrata(strata);
  const kept = strata.filter(isInformativeStratum);
  return { kept, dropped: strata.length - kept.length };
}

/**
 * Whether one stratum carries information about a common odds ratio (see
 * informativeStrata): at least two cases and no empty row or column. Expects counts.
 */
export function isInformativeStratum(stratum: TwoByTwo): boolean {
  const group1 = stratum.yes1 + stratum.no1;
  const group2 = stratum.yes2 + stratum.no2;
  return group1 + group2 >= 2 && group1 !== 0 && group2 !== 0 && stratum.yes1 + stratum.yes2 !== 0 && stratum.no1 + stratum.no2 !== 0;
}

/** Checks every stratum's cells; the name `strata[i]` is made only for a stratum that fails (the criteria check thousands per run). */
export function assertStrata(strata: readonly TwoByTwo[]): void {
  for (let index = 0; index < strata.length; index++) {
    const stratum = strata[index]!;
    if (!isTwoByTwoOfCounts(stratum)) assertTwoByTwo(stratum, `strata[${index}]`);
  }
}
