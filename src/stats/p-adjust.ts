import type { Correction } from './types.js';

/** Every multiple-comparison correction {@link pAdjust} knows, in the order offered to users. */
export const CORRECTIONS = ['bh', 'by', 'holm', 'hochberg', 'bonferroni', 'none'] as const satisfies readonly Correction[];

// Compile-time check that CORRECTIONS names every Correction: adding a method to the type
// without listing it here fails the build.
const everyCorrectionListed: [Exclude<Correction, (typeof CORRECTIONS)[number]>] extends [never] ? true : never = true;
void everyCorrectionListed;

/**
 * Adjusts p-values for multiple comparisons.
 *
 * Methods: Benjamini–Hochberg (1995) false discovery rate (`bh`), Benjamini–Yekutieli (2001)
 * under dependence (`by`), Holm (1979) step-down, Hochberg (1988) step-up, Bonferroni, none.
 * Reference: R's p.adjust(p, method), reproduced exactly, including its quirks:
 * - missing values (null) stay in place and are not counted in n (R's lazily evaluated
 *   default n = length(p) is only read after the NAs are removed);
 * - with n ≤ 1 the values come back unchanged;
 * - the same floating-point order of operations (n / i · p for BH, q · n / i · p for BY).
 * Results are capped at 1 and monotone in the raw p-values (cummax / cummin over the sorted
 * values). Throws on values that are not probabilities (a programmer error).
 */
export function pAdjust(pValues: ReadonlyArray<number | null>, method: Correction): (number | null)[] {
  pValues.forEach((p, index) => {
    if (p !== null && !(Number.isFinite(p) && p >= 0 && p <= 1)) {
      throw new Error(`stats: pValues[${index}] must be a probability in [0, 1] or null, got ${String(p)}`);
    }
  });
  const positions: number[] = [];
  const present: number[] = [];
  pValues.forEach((p, index) => {
    if (p !== null) {
      positions.push(index);
      present.push(p);
    }
  });
  const result: (number | null)[] = pValues.map((p) => p);
  const n = present.length;
  if (n <= 1) return result;

  const adjusted = adjustComplete(present, method);
  positions.forEach((position, index) => {
    result[position] = adjusted[index] ?? null;
  });
  return result;
}

function adjustComplete(p: readonly number[], method: Correction): number[] {
  const n = p.length;
  const at = (index: number): number => p[index] ?? 0;
  // Stable sorts, as R's order(): ties keep their input order (they get equal results anyway).
  const ascending = p.map((_, index) => index).sort((a, b) => at(a) - at(b));
  const descending = p.map((_, index) => index).sort((a, b) => at(b) - at(a));
  const out = new Array<number>(n).fill(0);
  switch (method) {
    case 'none':
      return [...p];
    case 'bonferroni':
      return p.map((value) => Math.min(1, n * value));
    case 'holm': {
      // Step-down: the i-th smallest is multiplied by n + 1 − i, then made non-decreasing.
      let running = -Infinity;
      ascending.forEach((index, rank) => {
        running = Math.max(running, (n - rank) * at(index));
        out[index] = Math.min(1, running);
      });
      return out;
    }
    case 'hochberg':
    case 'bh':
    case 'by': {
      // Step-up: walk from the largest p down, keeping a running minimum.
      const harmonic = method === 'by' ? harmonicNumber(n) : 1;
      let running = Infinity;
      descending.forEach((index, position) => {
        const i = n - position; // rank of this value from the smallest (R's i <- lp:1)
        const scaled =
          method === 'hochberg'
            ? (n + 1 - i) * at(index)
            : method === 'bh'
              ? (n / i) * at(index)
              : ((harmonic * n) / i) * at(index);
        running = Math.min(running, scaled);
        out[index] = Math.min(1, running);
      });
      return out;
    }
  }
}

/** Σ 1/k for k = 1 … n, summed in R's order (sum(1 / (1L:n))). */
function harmonicNumber(n: number): number {
  let sum = 0;
  for (let k = 1; k <= n; k++) sum += 1 / k;
  return sum;
}
