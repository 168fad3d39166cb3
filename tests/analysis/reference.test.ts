/**
 * The whole analysis against R, end to end: the built CLI's JSON on the fixtures against what
 * tests/reference/analysis-reference.R computes from the same raw CSV files (regenerate with
 * `Rscript tests/reference/analysis-reference.R`).
 *
 * - criteria: `analyze fixtures/exempel.csv -c fixtures/kriterier.yml -f json` — every result
 *   row's counts, difference, test, p, q, flag, verdict (with explainedBy, inconclusiveFor and
 *   insufficientFor, under the rules of the README's "Unwarranted differences: criteria and
 *   verdicts"), and each criterion's CMH statistic, p, q, Mantel–Haenszel odds ratio and risk
 *   difference, Breslow–Day–Tarone p and q, warnings (heterogeneous-strata, …), the strata with
 *   the highest and lowest difference, strata counts and reason (single-stratum, …);
 * - periods: `analyze fixtures/personnummer.csv -c fixtures/perioder.yml -f json` — the same
 *   with persons (rule any) and quarters, plus each row's change over time and homogeneity
 *   across periods, and the rates per 1,000 with poisson.test;
 * - berkeley: `analyze fixtures/berkeley.csv -c fixtures/berkeley.yml -f json` — the Berkeley
 *   admissions (aggregated): explained by need on average with heterogeneous strata overall,
 *   and need single-stratum in each department's row.
 *
 * Numbers match at 1e-9 relative (1e-12 absolute near 0); p- and q-values at 1e-9 relative
 * with no absolute allowance (see tests/stats/tolerance.ts); everything else exactly.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { closeTo, pValueCloseTo } from '../stats/tolerance.js';

type Maybe<T> = T | null;
interface Interval {
  estimate: number;
  ci95: [number, number];
}
interface SexCounts {
  n: number;
  yes: number;
}
interface Adjusted {
  criterion: string;
  for: string[];
  statistic: Maybe<number>;
  p: Maybe<number>;
  q: Maybe<number>;
  oddsRatio: Maybe<Interval>;
  riskDiffPp: Maybe<Interval>;
  homogeneityP: Maybe<number>;
  strata: { used: number; dropped: number };
  reason: Maybe<string>;
  homogeneityQ: Maybe<number>;
  strataRange: Maybe<{ highest: { stratum: string; diffPp: number }; lowest: { stratum: string; diffPp: number } }>;
  warnings: string[];
}
interface OverTime {
  periods: string[];
  homogeneity: { statistic: Maybe<number>; df: Maybe<number>; p: Maybe<number>; reason: Maybe<string> };
  change: Maybe<{ from: string; to: string; diffPp: number; ci95: [number, number]; statistic: number; p: number; q: Maybe<number> }>;
}
interface Result {
  step: string;
  by: Maybe<string>;
  group: Maybe<string>;
  period: Maybe<string>;
  female: SexCounts;
  male: SexCounts;
  other: SexCounts;
  diffPp: Maybe<number>;
  detectableDiffPp: Maybe<number>;
  test: Maybe<string>;
  statistic: Maybe<number>;
  p: Maybe<number>;
  q: Maybe<number>;
  flag: boolean;
  reason: Maybe<string>;
  verdict: string;
  explainedBy: string[];
  insufficientFor: string[];
  inconclusiveFor: string[];
  adjusted: Adjusted[];
  overTime: Maybe<OverTime>;
}
interface RateSide {
  cases: number;
  population: number;
  per1000: Maybe<number>;
}
interface Rate {
  step: string;
  by: Maybe<string>;
  group: Maybe<string>;
  female: RateSide;
  male: RateSide;
  rateRatio: Maybe<Interval>;
  p: Maybe<number>;
  q: Maybe<number>;
  flag: boolean;
  reason: Maybe<string>;
}
interface Step {
  name: string;
  rows: number;
  used: number;
  persons?: number;
}
interface Run {
  args: string[];
  familySize: number;
  adjustedFamilySize: number;
  homogeneityFamilySize: number;
  steps: Step[];
  results: Result[];
  rates: Rate[];
}
interface CliReport {
  settings: { familySize: number; adjustedFamilySize: number; homogeneityFamilySize: number; unit: string };
  steps: Step[];
  results: Result[];
  rates: Rate[];
}

const reference = JSON.parse(
  readFileSync(new URL('../reference/analysis-reference-values.json', import.meta.url), 'utf8'),
) as { criteria: Run; periods: Run; berkeley: Run };

/** Values compared, counted so that the summary can say how much was checked. */
const compared = { numbers: 0, exact: 0 };
/**
 * Disagreements of the current test: every value of a row is checked even after one fails,
 * and the test then fails once, listing them all.
 */
let failures: string[] = [];

function record(check: () => void): void {
  try {
    check();
  } catch (error) {
    failures.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
}
function number(actual: Maybe<number> | undefined, expected: Maybe<number>, label: string): void {
  compared.numbers++;
  record(() => closeTo(actual, expected, label));
}
function probability(actual: Maybe<number> | undefined, expected: Maybe<number>, label: string): void {
  compared.numbers++;
  record(() => pValueCloseTo(actual, expected, label));
}
function exact(actual: unknown, expected: unknown, label: string): void {
  compared.exact++;
  record(() => {
    if (!Object.is(actual, expected) && JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new Error(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  });
}
/** Runs a test's checks and fails it with every disagreement found. */
function checking(checks: () => void): void {
  failures = [];
  checks();
  if (failures.length > 0) throw new Error(`${failures.length} disagreement(s) with R:\n${failures.join('\n')}`);
}
function interval(actual: Maybe<Interval> | undefined, expected: Maybe<Interval>, label: string): void {
  if (expected === null || actual == null) {
    exact(actual ?? null, expected, label);
    return;
  }
  number(actual.estimate, expected.estimate, `${label}.estimate`);
  number(actual.ci95[0], expected.ci95[0], `${label}.ci95[0]`);
  number(actual.ci95[1], expected.ci95[1], `${label}.ci95[1]`);
}

const keyOf = (row: { step: string; by: Maybe<string>; group: Maybe<string>; period?: Maybe<string> }): string =>
  [row.step, row.by ?? '(overall)', row.group ?? '', row.period ?? ''].join(' | ');

function checkResult(actual: Result, expected: Result): void {
  const label = keyOf(expected);
  for (const sex of ['female', 'male', 'other'] as const) {
    exact(actual[sex].n, expected[sex].n, `${label}: ${sex}.n`);
    exact(actual[sex].yes, expected[sex].yes, `${label}: ${sex}.yes`);
  }
  number(actual.diffPp, expected.diffPp, `${label}: diffPp`);
  number(actual.detectableDiffPp, expected.detectableDiffPp, `${label}: detectableDiffPp`);
  exact(actual.test, expected.test, `${label}: test`);
  number(actual.statistic, expected.statistic, `${label}: statistic`);
  probability(actual.p, expected.p, `${label}: p`);
  probability(actual.q, expected.q, `${label}: q`);
  exact(actual.reason, expected.reason, `${label}: reason`);
  exact(actual.flag, expected.flag, `${label}: flag`);
  exact(actual.verdict, expected.verdict, `${label}: verdict`);
  exact(actual.explainedBy, expected.explainedBy, `${label}: explainedBy`);
  exact(actual.insufficientFor, expected.insufficientFor, `${label}: insufficientFor`);
  exact(actual.inconclusiveFor, expected.inconclusiveFor, `${label}: inconclusiveFor`);

  exact(actual.adjusted.map((a) => a.criterion), expected.adjusted.map((a) => a.criterion), `${label}: criteria`);
  expected.adjusted.forEach((want, index) => {
    const got = actual.adjusted[index]!;
    const at = `${label}: adjusted ${want.criterion}`;
    exact(got.for, want.for, `${at}.for`);
    number(got.statistic, want.statistic, `${at}.statistic`);
    probability(got.p, want.p, `${at}.p`);
    probability(got.q, want.q, `${at}.q`);
    interval(got.oddsRatio, want.oddsRatio, `${at}.oddsRatio`);
    interval(got.riskDiffPp, want.riskDiffPp, `${at}.riskDiffPp`);
    probability(got.homogeneityP, want.homogeneityP, `${at}.homogeneityP`);
    exact(got.strata.used, want.strata.used, `${at}.strata.used`);
    exact(got.strata.dropped, want.strata.dropped, `${at}.strata.dropped`);
    exact(got.reason, want.reason, `${at}.reason`);
    probability(got.homogeneityQ, want.homogeneityQ, `${at}.homogeneityQ`);
    exact(got.warnings, want.warnings, `${at}.warnings`);
    if (want.strataRange === null || got.strataRange == null) exact(got.strataRange ?? null, want.strataRange, `${at}.strataRange`);
    else
      for (const end of ['highest', 'lowest'] as const) {
        exact(got.strataRange[end].stratum, want.strataRange[end].stratum, `${at}.strataRange.${end}.stratum`);
        number(got.strataRange[end].diffPp, want.strataRange[end].diffPp, `${at}.strataRange.${end}.diffPp`);
      }
  });

  if (expected.overTime === null || actual.overTime === null) {
    exact(actual.overTime, expected.overTime, `${label}: overTime`);
    return;
  }
  const [got, want] = [actual.overTime, expected.overTime];
  exact(got.periods, want.periods, `${label}: overTime.periods`);
  number(got.homogeneity.statistic, want.homogeneity.statistic, `${label}: overTime.homogeneity.statistic`);
  exact(got.homogeneity.df, want.homogeneity.df, `${label}: overTime.homogeneity.df`);
  probability(got.homogeneity.p, want.homogeneity.p, `${label}: overTime.homogeneity.p`);
  exact(got.homogeneity.reason, want.homogeneity.reason, `${label}: overTime.homogeneity.reason`);
  if (want.change === null || got.change === null) {
    exact(got.change, want.change, `${label}: overTime.change`);
    return;
  }
  exact([got.change.from, got.change.to], [want.change.from, want.change.to], `${label}: overTime.change.from/to`);
  number(got.change.diffPp, want.change.diffPp, `${label}: overTime.change.diffPp`);
  number(got.change.ci95[0], want.change.ci95[0], `${label}: overTime.change.ci95[0]`);
  number(got.change.ci95[1], want.change.ci95[1], `${label}: overTime.change.ci95[1]`);
  number(got.change.statistic, want.change.statistic, `${label}: overTime.change.statistic`);
  probability(got.change.p, want.change.p, `${label}: overTime.change.p`);
  probability(got.change.q, want.change.q, `${label}: overTime.change.q`);
}

function checkRate(actual: Rate, expected: Rate): void {
  const label = `rate ${keyOf(expected)}`;
  for (const sex of ['female', 'male'] as const) {
    exact(actual[sex].cases, expected[sex].cases, `${label}: ${sex}.cases`);
    exact(actual[sex].population, expected[sex].population, `${label}: ${sex}.population`);
    number(actual[sex].per1000, expected[sex].per1000, `${label}: ${sex}.per1000`);
  }
  interval(actual.rateRatio, expected.rateRatio, `${label}: rateRatio`);
  probability(actual.p, expected.p, `${label}: p`);
  probability(actual.q, expected.q, `${label}: q`);
  exact(actual.flag, expected.flag, `${label}: flag`);
  exact(actual.reason, expected.reason, `${label}: reason`);
}

/**
 * R's values are the analysis itself, every count shown. When the CLI hides small counts for
 * publication (`--suppress-below`, on by default where the option exists), the comparison asks
 * for the unsuppressed output with `--no-suppress`; a CLI without the option shows every count.
 */
const unsuppressed = runCli(['analyze', '--help']).stdout.includes('--no-suppress') ? ['--no-suppress'] : [];

for (const [name, expected] of [
  ['criteria', reference.criteria],
  ['periods', reference.periods],
  ['berkeley', reference.berkeley],
] as const) {
  describe(`${name}: jamstat ${expected.args.join(' ')} against R`, () => {
    let report: CliReport;
    beforeAll(() => {
      const run = runCli([...expected.args, ...unsuppressed]);
      expect(run.code, run.stderr).toBe(0);
      report = JSON.parse(run.stdout) as CliReport;
    });

    it('has the same result rows, in the same order', () =>
      checking(() => exact(report.results.map(keyOf), expected.results.map(keyOf), 'result rows')));

    it('has the same family sizes and step counts', () => checking(() => {
      exact(report.settings.familySize, expected.familySize, 'settings.familySize');
      exact(report.settings.adjustedFamilySize, expected.adjustedFamilySize, 'settings.adjustedFamilySize');
      exact(report.settings.homogeneityFamilySize, expected.homogeneityFamilySize, 'settings.homogeneityFamilySize');
      exact(report.steps.map((step) => step.name), expected.steps.map((step) => step.name), 'steps');
      expected.steps.forEach((step, index) => {
        exact(report.steps[index]!.rows, step.rows, `${step.name}: rows`);
        exact(report.steps[index]!.used, step.used, `${step.name}: used`);
        if (report.settings.unit === 'person') exact(report.steps[index]!.persons, step.persons, `${step.name}: persons`);
      });
    }));

    it.each(expected.results.map((row) => [keyOf(row), row] as const))('%s', (key, row) => {
      const actual = report.results.find((candidate) => keyOf(candidate) === key);
      expect(actual, key).toBeDefined();
      checking(() => checkResult(actual!, row));
    });

    it('has the same rates', () =>
      checking(() => {
        exact(report.rates.map(keyOf), expected.rates.map(keyOf), 'rate rows');
        expected.rates.forEach((rate, index) => checkRate(report.rates[index]!, rate));
      }));
  });
}

afterAll(() => {
  console.log(`analysis against R: ${compared.numbers} numbers and ${compared.exact} exact values compared`);
});
