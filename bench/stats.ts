/**
 * What each statistical method costs on large counts: Fisher's exact test with 10^7
 * cases in one table, CMH over 12 strata, the interval estimates, the adjustment of
 * 10^5 p-values… Each is timed over repeated calls (median of batches) and printed as a
 * table. `npx tsx bench/stats.ts`; bench/run.ts puts the table in BENCHMARKS.md.
 */
import { pathToFileURL } from 'node:url';
import {
  binomialTest,
  breslowDayTarone,
  chiSquareTest2x2,
  categoriesTest,
  chiSquareTestRx2,
  cochranMantelHaenszel,
  compareTwoByTwo,
  fisherExactRx2,
  fisherExactTest2x2,
  mantelHaenszelRiskDifference,
  newcombeDifference,
  oddsRatio,
  pAdjust,
  poissonRateTest,
  riskRatio,
  type TwoByTwo,
} from '../src/stats/index.js';

export interface StatsCost {
  readonly method: string;
  readonly input: string;
  /** Median time of one call, in microseconds. */
  readonly microseconds: number;
}

/** A table with n cases in all, shares close to those of the example extract. */
function table(n: number, shift = 0): TwoByTwo {
  const female = Math.round(n * 0.46);
  const male = n - female;
  const femaleYes = Math.round(female * (0.425 + shift));
  const maleYes = Math.round(male * 0.337);
  return { yes1: femaleYes, no1: female - femaleYes, yes2: maleYes, no2: male - maleYes };
}

/** Median microseconds per call of `run`, over batches of about 50 ms. */
function time(run: () => unknown): number {
  const start = performance.now();
  run();
  const once = Math.max(performance.now() - start, 0.001);
  const perBatch = Math.max(1, Math.min(100_000, Math.round(50 / once)));
  const samples: number[] = [];
  for (let batch = 0; batch < 7; batch++) {
    const begin = performance.now();
    for (let call = 0; call < perBatch; call++) run();
    samples.push(((performance.now() - begin) * 1000) / perBatch);
  }
  return samples.sort((a, b) => a - b)[3]!;
}

/** Times every method on large inputs. */
export function measureStats(): StatsCost[] {
  const strata12 = Array.from({ length: 12 }, (_, index) => table(400_000 + index * 50_000, index % 3 === 0 ? 0.01 : -0.01));
  const pValues = Array.from({ length: 100_000 }, (_, index) => ((index * 7919) % 100_000) / 100_000 + 1e-9);
  const bromma: [number, number][] = [[51, 91], [95, 73], [0, 5], [50, 57], [61, 54], [4, 11]];
  const norrmalm: [number, number][] = [[11, 40], [47, 44], [0, 1], [27, 24], [24, 26], [5, 10]];
  const rows = Array.from({ length: 14 }, (_, index): [number, number] => [300_000 + index * 1000, 500_000 - index * 2000]);
  const cases: [string, string, () => unknown][] = [
    ['Fisher exact 2×2', 'n = 10^7, balanced', () => fisherExactTest2x2(table(10_000_000))],
    ['Fisher exact 2×2', 'n = 10^7, one small cell', () => fisherExactTest2x2({ yes1: 3, no1: 4_999_997, yes2: 12, no2: 4_999_988 })],
    ['Fisher exact 2×2', 'n = 10^5', () => fisherExactTest2x2(table(100_000))],
    ['chi-square 2×2 (Yates)', 'n = 10^7', () => chiSquareTest2x2(table(10_000_000), { yates: true })],
    ['compare 2×2 (test choice)', 'n = 10^7', () => compareTwoByTwo(table(10_000_000), { yates: true })],
    ['chi-square R×2', '14 rows, n ≈ 10^7', () => chiSquareTestRx2(rows)],
    // A 6-row table of the 20,000-row example (Bromma × 7–12): the exact test runs out of its
    // 100,000 units and categoriesTest falls back to chi-square; the second finishes (Norrmalm).
    ['Fisher exact R×2 (too complex)', '6 rows, n = 552, 100,000 units', () => fisherExactRx2(bromma, { maxWork: 100_000 })],
    ['Fisher exact R×2', '6 rows, n = 259', () => fisherExactRx2(norrmalm)],
    ['categories test (R×2 choice)', '6 rows, n = 552', () => categoriesTest(bromma)],
    ['CMH (corrected)', '12 strata, n ≈ 8·10^6', () => cochranMantelHaenszel(strata12)],
    ['Breslow–Day–Tarone', '12 strata, n ≈ 8·10^6', () => breslowDayTarone(strata12)],
    ['MH risk difference', '12 strata, n ≈ 8·10^6', () => mantelHaenszelRiskDifference(strata12)],
    ['Newcombe difference CI', 'n = 10^7', () => newcombeDifference(table(10_000_000))],
    ['risk ratio + odds ratio', 'n = 10^7', () => [riskRatio(table(10_000_000)), oddsRatio(table(10_000_000))]],
    ['binomial test', 'n = 10^7', () => binomialTest(4_600_123, 10_000_000, 0.46)],
    ['Poisson rate test', 'counts ≈ 10^6', () => poissonRateTest(1_000_000, 4_600_000, 1_100_000, 5_400_000)],
    ['p.adjust BH', '10^5 p-values', () => pAdjust(pValues, 'bh')],
    ['p.adjust Holm', '10^5 p-values', () => pAdjust(pValues, 'holm')],
  ];
  return cases.map(([method, input, run]) => ({ method, input, microseconds: time(run) }));
}

/** The costs as a Markdown table. */
export function statsTable(costs: readonly StatsCost[]): string {
  const format = (microseconds: number) =>
    microseconds >= 1000 ? `${(microseconds / 1000).toFixed(1)} ms` : microseconds >= 10 ? `${microseconds.toFixed(0)} µs` : `${microseconds.toFixed(2)} µs`;
  return [
    '| method | input | time per call |',
    '|---|---|---:|',
    ...costs.map((cost) => `| ${cost.method} | ${cost.input} | ${format(cost.microseconds)} |`),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${statsTable(measureStats())}\n`);
}
