/**
 * Categorical and numeric steps against R, end to end: the built CLI's JSON on
 * tests/fixtures/issue15/arenden.csv against what tests/reference/distribution-reference.R
 * computes from the same raw CSV (regenerate with `Rscript tests/reference/distribution-reference.R`):
 * the overall rows of Kontaktorsak (chisq.test, each category's 2×2, mantelhaen.test on the
 * r×2×K array under need), Riskbedömning (ordered: the trend by wilcox.test) and
 * Handläggningstid (quantile type 7, wilcox.test with conf.int, t.test).
 * R-exact numbers agree at 1e-9 relative; the Hodges–Lehmann estimate and interval, which R finds
 * with uniroot in the normal case, to R's tolerance.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { closeTo, pValueCloseTo } from '../stats/tolerance.js';
import type { CategoryResult, MeasureResult, Report } from '../../src/model/report.js';

interface CategoryReference {
  step: string;
  femaleN: number;
  maleN: number;
  test: string;
  statistic: number | null;
  df: number | null;
  p: number;
  categories: { value: string; femaleYes: number; maleYes: number; p: number }[];
  cmh: { statistic: number; df: number; p: number };
  trend: { statistic: number; p: number } | null;
}
interface Summary {
  n: number;
  q1: number;
  median: number;
  q3: number;
  mean: number;
  sd: number;
}
interface MeasureReference {
  step: string;
  female: Summary;
  male: Summary;
  statistic: number;
  p: number;
  exact: boolean;
  estimate: number;
  ci95: [number, number];
  welch: { statistic: number; df: number; p: number; estimate: number; ci95: [number, number] };
}

const reference = JSON.parse(readFileSync('tests/reference/distribution-reference-values.json', 'utf8')) as { categories: CategoryReference[]; measures: MeasureReference[] };
let report: Report;

beforeAll(() => {
  const run = runCli(['analyze', 'tests/fixtures/issue15/arenden.csv', '-c', 'tests/fixtures/issue15/arenden.yml', '-f', 'json', '--no-suppress']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  report = JSON.parse(run.stdout) as Report;
});

describe.each(reference.categories.map((expected) => [expected.step, expected] as const))('categorical step %s, overall row, against R', (step, expected) => {
  const row = (): CategoryResult => report.categoryResults!.find((result) => result.step === step && result.by === null)!;
  it('has R\'s counts and distribution test', () => {
    expect(row()).toMatchObject({ female: { n: expected.femaleN }, male: { n: expected.maleN }, test: expected.test, df: expected.df });
    closeTo(row().statistic, expected.statistic, 'statistic');
    pValueCloseTo(row().p, expected.p, 'p');
  });
  it('has R\'s 2×2 test of each category against the rest', () => {
    for (const category of expected.categories) {
      const found = row().categories.find((candidate) => candidate.value === category.value)!;
      expect(found).toMatchObject({ female: { yes: category.femaleYes, n: expected.femaleN }, male: { yes: category.maleYes, n: expected.maleN } });
      pValueCloseTo(found.p, category.p, `p of ${category.value}`);
    }
  });
  it('has R\'s generalized CMH test under need', () => {
    const need = row().adjusted.find((adjusted) => adjusted.criterion === 'need')!;
    expect(need).toMatchObject({ test: 'cmh', df: expected.cmh.df });
    closeTo(need.statistic, expected.cmh.statistic, 'CMH statistic');
    pValueCloseTo(need.p, expected.cmh.p, 'CMH p');
  });
  it('has R\'s trend test when the categories are ordered', () => {
    if (expected.trend === null) {
      expect(row().trend).toBeNull();
      return;
    }
    closeTo(row().trend!.statistic, expected.trend.statistic, 'W');
    pValueCloseTo(row().trend!.p, expected.trend.p, 'trend p');
  });
});

describe.each(reference.measures.map((expected) => [expected.step, expected] as const))('numeric step %s, overall row, against R', (step, expected) => {
  const row = (): MeasureResult => report.measureResults!.find((result) => result.step === step && result.by === null)!;
  it('summarises each sex as R', () => {
    for (const sex of ['female', 'male'] as const) {
      const summary = row()[sex];
      expect(summary.n).toBe(expected[sex].n);
      for (const key of ['q1', 'median', 'q3', 'mean', 'sd'] as const) closeTo(summary[key], expected[sex][key], `${sex} ${key}`);
    }
  });
  it('has R\'s Wilcoxon test, and the Hodges–Lehmann shift to R\'s uniroot tolerance', () => {
    expect(row()).toMatchObject({ test: 'wilcoxon', exact: expected.exact });
    closeTo(row().statistic, expected.statistic, 'W');
    pValueCloseTo(row().p, expected.p, 'p');
    expect(Math.abs(row().estimate! - expected.estimate)).toBeLessThan(1e-3);
    expect(Math.abs(row().ci95![0] - expected.ci95[0])).toBeLessThan(1e-3);
    expect(Math.abs(row().ci95![1] - expected.ci95[1])).toBeLessThan(1e-3);
  });
  it('has R\'s Welch test', () => {
    const welch = row().welch!;
    closeTo(welch.statistic, expected.welch.statistic, 'Welch t');
    closeTo(welch.df, expected.welch.df, 'Welch df');
    pValueCloseTo(welch.p, expected.welch.p, 'Welch p');
    closeTo(welch.estimate, expected.welch.estimate, 'Welch estimate');
    closeTo(welch.ci95[0], expected.welch.ci95[0], 'Welch lower');
    closeTo(welch.ci95[1], expected.welch.ci95[1], 'Welch upper');
  });
});

describe('--fail-on-flag', () => {
  it('exits with 1 when only a category of a categorical step is flagged', () => {
    const config = 'tests/fixtures/issue15/kontaktorsak.yml';
    const run = runCli(['analyze', 'tests/fixtures/issue15/arenden.csv', '-c', config, '-f', 'json', '--fail-on-flag']);
    expect(run.code).toBe(1);
    const quiet = runCli(['analyze', 'tests/fixtures/issue15/arenden.csv', '-c', config, '-f', 'json']);
    expect(quiet.code).toBe(0);
  });
});
