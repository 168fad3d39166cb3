/**
 * The numeric statistics against the values R computed in tests/reference/numeric-reference.R
 * (regenerate with `npm run reference`): at 1e-9 relative wherever R's answer is exact
 * (quantiles, mean, sd, W, p, Welch, the exact Hodges–Lehmann estimate and interval, van
 * Elteren), and at uniroot's tolerance for the normal-case estimate and interval, which R finds
 * with uniroot(tol = 1e-4) where jamstat computes the root exactly (or, for an estimate on a
 * gap where R's function is 0 throughout, runs the same Brent iterations).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vanElteren } from '../../src/stats/van-elteren.js';
import { describeSample, type WeightedSample } from '../../src/stats/weighted-sample.js';
import { welchTTest } from '../../src/stats/welch-t-test.js';
import { wilcoxonRankSum } from '../../src/stats/wilcoxon-rank-sum.js';
import { allCloseTo, closeTo, pValueCloseTo } from './tolerance.js';

type Maybe<T> = T | null;
interface SampleJson {
  values: number[];
  counts: number[];
}
interface Summary {
  n: number;
  median: Maybe<number>;
  q1: Maybe<number>;
  q3: Maybe<number>;
  mean: Maybe<number>;
  sd: Maybe<number>;
}
interface WilcoxonJson {
  reason: Maybe<string>;
  statistic?: number;
  pValue?: number;
  exact?: boolean;
  method?: string;
  estimate?: Maybe<number>;
  ci95?: Maybe<[number, number]>;
}
interface WelchJson {
  statistic: number;
  df: number;
  pValue: number;
  estimate: number;
  ci95: [number, number];
}
interface PairCase {
  kind: string;
  x: SampleJson;
  y: SampleJson;
  describeX: Summary;
  describeY: Summary;
  wilcoxon: WilcoxonJson;
  welch: Maybe<WelchJson>;
}
interface StratifiedCase {
  kind: string;
  strata: { x: SampleJson; y: SampleJson }[];
  vanElteren: { statistic: Maybe<number>; pValue: Maybe<number>; reason: Maybe<string>; strataUsed: number; strataDropped: number };
}

const reference = JSON.parse(readFileSync(new URL('../reference/numeric-reference-values.json', import.meta.url), 'utf8')) as {
  pairs: PairCase[];
  stratified: StratifiedCase[];
};

/** A sample as the tally hands it over: typed arrays. */
const toSample = (s: SampleJson): WeightedSample => ({ values: Float64Array.from(s.values), counts: Float64Array.from(s.counts) });

function checkSummary(actual: ReturnType<typeof describeSample>, expected: Summary, label: string): void {
  expect(actual.n, `${label}.n`).toBe(expected.n);
  for (const key of ['median', 'q1', 'q3', 'mean', 'sd'] as const) closeTo(actual[key], expected[key], `${label}.${key}`);
}

/**
 * R's uniroot stops within tol = 1e-4 of the jump of its step function (plus rounding of the
 * order of the values): an absolute tolerance, widened a little for large values.
 */
function rootTolerance(x: WeightedSample, y: WeightedSample): number {
  const scale = Math.max(Math.abs(x.values[0]!), Math.abs(x.values[x.values.length - 1]!), Math.abs(y.values[0]!), Math.abs(y.values[y.values.length - 1]!));
  return 1.01e-4 + 1e-12 * scale;
}

function checkRoot(actual: number, expected: number, x: WeightedSample, y: WeightedSample, label: string): void {
  if (!(Math.abs(actual - expected) <= rootTolerance(x, y))) throw new Error(`${label}: expected ${expected} (R's uniroot), got ${actual}`);
}

const pairName = (c: PairCase, index: number): string =>
  `${index} ${c.kind} (${c.describeX.n} vs ${c.describeY.n}, ${c.x.values.length}/${c.y.values.length} distinct)`;

describe('numeric samples against R', () => {
  it('has at least 300 pairs, exact and normal Wilcoxon cases', () => {
    expect(reference.pairs.length).toBeGreaterThanOrEqual(300);
    expect(reference.pairs.filter((c) => c.wilcoxon.exact === true).length).toBeGreaterThanOrEqual(50);
    expect(reference.pairs.filter((c) => c.wilcoxon.exact === false).length).toBeGreaterThanOrEqual(150);
  });

  it.each(reference.pairs.map((c, index) => [pairName(c, index), c] as const))('%s', (_name, c) => {
    const x = toSample(c.x);
    const y = toSample(c.y);
    checkSummary(describeSample(x), c.describeX, 'describeX');
    checkSummary(describeSample(y), c.describeY, 'describeY');

    const welch = welchTTest(x, y);
    if (c.welch === null) {
      expect(welch).toBeNull();
    } else {
      expect(welch).not.toBeNull();
      closeTo(welch!.statistic, c.welch.statistic, 'welch.statistic');
      closeTo(welch!.df, c.welch.df, 'welch.df');
      pValueCloseTo(welch!.pValue, c.welch.pValue, 'welch.pValue');
      closeTo(welch!.estimate, c.welch.estimate, 'welch.estimate');
      allCloseTo(welch!.ci95, c.welch.ci95, 'welch.ci95');
    }

    const wilcoxon = wilcoxonRankSum(x, y);
    const expected = c.wilcoxon;
    expect(wilcoxon.reason, 'wilcoxon.reason').toBe(expected.reason);
    if (expected.reason !== null) {
      expect(wilcoxon).toMatchObject({ test: null, statistic: null, pValue: null, estimate: null, ci95: null });
      return;
    }
    expect(wilcoxon.exact, 'wilcoxon.exact').toBe(expected.exact);
    expect(wilcoxon.method, 'wilcoxon.method').toBe(expected.method);
    closeTo(wilcoxon.statistic, expected.statistic, 'wilcoxon.statistic');
    pValueCloseTo(wilcoxon.pValue, expected.pValue, 'wilcoxon.pValue');
    if (expected.estimate === null || expected.estimate === undefined) {
      // R stops in its uniroot (each sample constant, the two apart): jamstat's interval collapses onto the one difference.
      expect(wilcoxon.ci95![0]).toBe(wilcoxon.estimate);
      expect(wilcoxon.ci95![1]).toBe(wilcoxon.estimate);
      return;
    }
    if (expected.exact) {
      closeTo(wilcoxon.estimate, expected.estimate, 'wilcoxon.estimate');
      allCloseTo(wilcoxon.ci95, expected.ci95, 'wilcoxon.ci95');
    } else {
      checkRoot(wilcoxon.estimate!, expected.estimate, x, y, 'wilcoxon.estimate');
      checkRoot(wilcoxon.ci95![0], expected.ci95![0], x, y, 'wilcoxon.ci95[0]');
      checkRoot(wilcoxon.ci95![1], expected.ci95![1], x, y, 'wilcoxon.ci95[1]');
    }
  });
});

describe('van Elteren against the R implementation of the formula', () => {
  it('has at least 100 stratified cases', () => expect(reference.stratified.length).toBeGreaterThanOrEqual(100));

  it.each(reference.stratified.map((c, index) => [`${index} ${c.kind} (${c.strata.length} strata)`, c] as const))('%s', (_name, c) => {
    const result = vanElteren(c.strata.map((s) => ({ x: toSample(s.x), y: toSample(s.y) })));
    const expected = c.vanElteren;
    expect(result.reason, 'reason').toBe(expected.reason);
    expect(result.strataUsed, 'strataUsed').toBe(expected.strataUsed);
    expect(result.strataDropped, 'strataDropped').toBe(expected.strataDropped);
    expect(result.warnings.includes('strata-dropped'), 'strata-dropped warning').toBe(expected.strataDropped > 0);
    closeTo(result.statistic, expected.statistic, 'statistic');
    pValueCloseTo(result.pValue, expected.pValue, 'pValue');
  });
});
