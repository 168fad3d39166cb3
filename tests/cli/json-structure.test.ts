/**
 * What the JSON report promises, checked on the big runs by structure instead of bytes.
 *
 * The bytes of the JSON are pinned only on small runs (one golden per input shape in
 * tests/golden/analyze-*-json.txt); its numbers are checked against R
 * (tests/analysis/reference.test.ts, tests/stats/reference.test.ts) and, unrounded, by the
 * CSV goldens. Here every run of the fixtures must keep the documented shape (README, "JSON
 * schema"): every key present and typed, every row accounted for, p and q probabilities with
 * q ≥ p, flags that follow the thresholds, arithmetic that agrees with the counts, every
 * group of every `by`, hidden values `null`, and inputs holding the same data giving the
 * same results whatever their encoding, language or aggregation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectAccounting } from '../helpers/accounting.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { yieldToEventLoop } from '../helpers/yield.js';

// ---------------------------------------------------------------------------------------
// The report as the tests read it (README, "JSON schema").

type Maybe<T> = T | null;
interface Cell {
  n: Maybe<number>;
  yes: Maybe<number>;
  share: Maybe<number>;
}
interface Estimate {
  estimate: number;
  ci95: [number, number];
}
interface Adjusted {
  criterion: string;
  p: Maybe<number>;
  q: Maybe<number>;
  homogeneityP: Maybe<number>;
}
interface Result {
  step: string;
  by: Maybe<string>;
  group: Maybe<string>;
  period: Maybe<string>;
  female: Cell;
  male: Cell;
  other: Cell;
  diffPp: Maybe<number>;
  ci95: Maybe<[number, number]>;
  detectableDiffPp: Maybe<number>;
  test: Maybe<'chi2' | 'fisher'>;
  statistic: Maybe<number>;
  df: Maybe<number>;
  p: Maybe<number>;
  q: Maybe<number>;
  flag: boolean;
  reason: Maybe<string>;
  riskRatio: Maybe<Estimate & { haldane: boolean }>;
  oddsRatio: Maybe<Estimate & { haldane: boolean }>;
  shortfall: Maybe<{ male: Maybe<number>; female: Maybe<number> }>;
  warnings: string[];
  allCategories: Maybe<{ p: Maybe<number> }>;
  adjusted: Adjusted[];
  verdict: string;
  overTime: Maybe<{ homogeneity: { p: Maybe<number> }; change: Maybe<{ p: Maybe<number>; q: Maybe<number> }> }>;
  suppressed: boolean;
}
interface RateSide {
  cases: Maybe<number>;
  population: Maybe<number>;
  per1000: Maybe<number>;
}
interface Rate {
  step: string;
  by: Maybe<string>;
  group: Maybe<string>;
  female: RateSide;
  male: RateSide;
  rateRatio: Maybe<Estimate>;
  p: Maybe<number>;
  q: Maybe<number>;
  flag: boolean;
  suppressed: boolean;
}
interface Step {
  name: string;
  rows: Maybe<number>;
  used: Maybe<number>;
  cases: Maybe<number>;
  persons?: Maybe<number>;
  notSelected: Maybe<number>;
  excluded: { reason: string; rows: Maybe<number> }[];
}
interface Report {
  schemaVersion: number;
  input: {
    files: { path: string; encoding: string; bom: boolean; delimiter: string; lineEnding: string; titleLines: number; rows: number }[];
    rows: number;
    excluded: { reason: string; rows: number }[];
  };
  settings: { alpha: number; minDiffPp: number; minN: number; yates: boolean; unit: string; by: string[]; suppressBelow: Maybe<number>; countColumn: Maybe<string> };
  steps: Step[];
  results: Result[];
  rates: Rate[];
  categoryResults?: CategoryRow[];
  measureResults?: MeasureRow[];
}
interface CategoryRow {
  step: string;
  by: Maybe<string>;
  group: Maybe<string>;
  female: { n: Maybe<number> };
  male: { n: Maybe<number> };
  other: { n: Maybe<number> };
  categories: { value: string; female: Cell; male: Cell; other: Cell }[];
}
interface MeasureRow {
  step: string;
  by: Maybe<string>;
  group: Maybe<string>;
  female: { n: Maybe<number> };
  male: { n: Maybe<number> };
  other: { n: Maybe<number> };
}

/** Which table holds a step's rows: yes/no `results`, `categoryResults` or `measureResults`. */
function stepKind(report: Report, step: string): 'yes-no' | 'categories' | 'measure' {
  if ((report.categoryResults ?? []).some((row) => row.step === step)) return 'categories';
  if ((report.measureResults ?? []).some((row) => row.step === step)) return 'measure';
  return 'yes-no';
}

/** A step's rows of every kind as (step, by, group, period, n per sex). */
function rowsOfEveryKind(report: Report): { step: string; by: Maybe<string>; group: Maybe<string>; period: Maybe<string>; female: { n: Maybe<number> }; male: { n: Maybe<number> }; other: { n: Maybe<number> } }[] {
  return [...report.results, ...(report.categoryResults ?? []).map((row) => ({ ...row, period: null })), ...(report.measureResults ?? []).map((row) => ({ ...row, period: null }))];
}

// ---------------------------------------------------------------------------------------
// A small shape checker: every problem is listed with its key path.

type Check = (value: unknown, path: string, problems: string[]) => void;

const describeValue = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const primitive = (name: string, test: (value: unknown) => boolean): Check => (value, path, problems) => {
  if (!test(value)) problems.push(`${path}: expected ${name}, got ${describeValue(value)} ${JSON.stringify(value)}`);
};
const number = primitive('a finite number', (value) => typeof value === 'number' && Number.isFinite(value));
const count = primitive('a count', (value) => Number.isInteger(value) && (value as number) >= 0);
const integer = primitive('an integer', (value) => Number.isInteger(value));
const string = primitive('a string', (value) => typeof value === 'string');
const boolean = primitive('a boolean', (value) => typeof value === 'boolean');
const oneOf = (...allowed: readonly unknown[]): Check => primitive(`one of ${JSON.stringify(allowed)}`, (value) => allowed.includes(value));
const nullable = (check: Check): Check => (value, path, problems) => {
  if (value !== null) check(value, path, problems);
};
const arrayOf = (check: Check): Check => (value, path, problems) => {
  if (!Array.isArray(value)) return void problems.push(`${path}: expected an array, got ${describeValue(value)}`);
  value.forEach((item, index) => check(item, `${path}[${index}]`, problems));
};
const pair = (check: Check): Check => (value, path, problems) => {
  if (!Array.isArray(value) || value.length !== 2) return void problems.push(`${path}: expected a pair, got ${JSON.stringify(value)}`);
  value.forEach((item, index) => check(item, `${path}[${index}]`, problems));
};
const recordOf = (check: Check): Check => (value, path, problems) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void problems.push(`${path}: expected an object`);
  for (const [key, item] of Object.entries(value)) check(item, `${path}.${key}`, problems);
};
const OPTIONAL = Symbol('optional');
const optional = (check: Check): Check => Object.assign((value: unknown, path: string, problems: string[]) => check(value, path, problems), { [OPTIONAL]: true });
/** An object with exactly these keys (those marked optional may be absent). */
const object = (keys: Record<string, Check>): Check => (value, path, problems) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void problems.push(`${path}: expected an object, got ${describeValue(value)}`);
  for (const [key, check] of Object.entries(keys)) {
    if (key in value) check((value as Record<string, unknown>)[key], `${path}.${key}`, problems);
    else if (!(OPTIONAL in check)) problems.push(`${path}: no key "${key}"`);
  }
  for (const key of Object.keys(value)) if (!(key in keys)) problems.push(`${path}: unexpected key "${key}"`);
};

const probability = nullable(primitive('a probability', (value) => typeof value === 'number' && value >= 0 && value <= 1));
const interval = pair(number);
const estimate = object({ estimate: number, ci95: interval });
const ratio = object({ estimate: number, ci95: interval, haldane: boolean });
const cell = object({ n: nullable(count), yes: nullable(count), share: probability });
const excluded = arrayOf(object({ reason: string, rows: nullable(count) }));
const testOutcome = object({ statistic: nullable(number), df: nullable(count), p: probability, reason: nullable(string) });

const ADJUSTED: Check = arrayOf(object({
    criterion: oneOf('need', 'otherSupport', 'consent', 'participation'),
    for: arrayOf(string),
    test: nullable(string),
    statistic: nullable(number),
    p: probability,
    q: probability,
    oddsRatio: nullable(estimate),
    riskDiffPp: nullable(estimate),
    homogeneityP: probability,
    strata: object({ used: count, dropped: count }),
    reason: nullable(oneOf('too-few-strata', 'single-stratum')),
    homogeneityQ: probability,
    strataRange: nullable(object({ highest: object({ stratum: string, diffPp: number }), lowest: object({ stratum: string, diffPp: number }) })),
    warnings: arrayOf(oneOf('p-underflow', 'strata-dropped', 'heterogeneous-strata')),
  }));
const VERDICT_FIELDS = {
  verdict: oneOf('none', 'candidate', 'explained', 'insufficient', 'inconclusive'),
  explainedBy: arrayOf(string),
  insufficientFor: arrayOf(string),
  inconclusiveFor: arrayOf(string),
};
const DISTRIBUTION_ADJUSTED: Check = arrayOf(object({
  criterion: oneOf('need', 'otherSupport', 'consent', 'participation'),
  for: arrayOf(string),
  test: nullable(oneOf('cmh', 'van-elteren')),
  statistic: nullable(number),
  df: nullable(count),
  p: probability,
  q: probability,
  strata: object({ used: count, dropped: count }),
  reason: nullable(string),
  warnings: arrayOf(string),
}));
const sexN = object({ n: nullable(count) });
const summary = object({ n: nullable(count), median: nullable(number), q1: nullable(number), q3: nullable(number), mean: nullable(number), sd: nullable(number) });
/** Rows of steps with `categories:` (README, "Categories and measures"). */
const CATEGORY_RESULTS: Check = arrayOf(object({
  step: string,
  by: nullable(string),
  group: nullable(string),
  female: sexN,
  male: sexN,
  other: sexN,
  ordered: boolean,
  test: nullable(oneOf('chi2', 'fisher')),
  statistic: nullable(number),
  df: nullable(count),
  p: probability,
  q: probability,
  reason: nullable(string),
  warnings: arrayOf(string),
  trend: nullable(object({ test: nullable(oneOf('wilcoxon')), statistic: nullable(number), p: probability, q: probability, reason: nullable(string), higher: nullable(oneOf('female', 'male')) })),
  categories: arrayOf(object({
    value: string,
    female: cell,
    male: cell,
    other: cell,
    diffPp: nullable(number),
    ci95: nullable(interval),
    test: nullable(oneOf('chi2', 'fisher')),
    statistic: nullable(number),
    p: probability,
    q: probability,
    flag: boolean,
    reason: nullable(string),
    warnings: arrayOf(string),
    adjusted: ADJUSTED,
    ...VERDICT_FIELDS,
    suppressed: boolean,
  })),
  adjusted: DISTRIBUTION_ADJUSTED,
  flag: boolean,
  suppressed: boolean,
}));
/** Rows of steps with `measure:`. */
const MEASURE_RESULTS: Check = arrayOf(object({
  step: string,
  by: nullable(string),
  group: nullable(string),
  unit: nullable(string),
  female: summary,
  male: summary,
  other: summary,
  test: nullable(oneOf('wilcoxon')),
  exact: nullable(boolean),
  statistic: nullable(number),
  p: probability,
  q: probability,
  reason: nullable(string),
  warnings: arrayOf(string),
  estimate: nullable(number),
  ci95: nullable(interval),
  welch: nullable(object({ statistic: number, df: number, p: probability, estimate: number, ci95: interval })),
  minShift: number,
  flag: boolean,
  adjusted: DISTRIBUTION_ADJUSTED,
  ...VERDICT_FIELDS,
  suppressed: boolean,
}));

const REPORT: Check = object({
  schemaVersion: oneOf(1),
  generator: primitive('"jamstat <version>"', (value) => typeof value === 'string' && /^jamstat \d+\.\d+\.\d+/.test(value)),
  input: object({
    files: arrayOf(object({
      path: string,
      encoding: oneOf('utf-8', 'windows-1252'),
      bom: boolean,
      delimiter: oneOf(';', ',', '\t'),
      lineEnding: oneOf('crlf', 'lf', 'cr', 'mixed'),
      titleLines: count,
      rows: count,
      blankLines: count,
    })),
    rows: count,
    excluded: arrayOf(object({ reason: string, rows: count })),
  }),
  settings: object({
    alpha: number,
    minDiffPp: number,
    minShift: number,
    minN: count,
    correction: oneOf('bh', 'by', 'holm', 'hochberg', 'bonferroni', 'none'),
    yates: boolean,
    familySize: count,
    adjustedFamilySize: count,
    homogeneityFamilySize: count,
    unit: oneOf('case', 'person'),
    sexSource: oneOf('column', 'personnummer'),
    countColumn: nullable(string),
    by: arrayOf(string),
    unitId: optional(string),
    unitRule: optional(string),
    period: optional(object({ column: string, per: string })),
    criteria: recordOf(arrayOf(object({ criterion: oneOf('need', 'otherSupport', 'consent', 'participation'), for: arrayOf(string) }))),
    suppressBelow: nullable(count),
  }),
  sexTerms: oneOf('children', 'adults', 'neutral'),
  steps: arrayOf(object({
    name: string,
    rows: nullable(count),
    used: nullable(count),
    cases: nullable(count),
    persons: optional(nullable(count)),
    notSelected: nullable(count),
    excluded,
  })),
  results: arrayOf(object({
    step: string,
    by: nullable(string),
    group: nullable(string),
    period: nullable(string),
    female: cell,
    male: cell,
    other: cell,
    diffPp: nullable(number),
    ci95: nullable(interval),
    detectableDiffPp: nullable(number),
    test: nullable(oneOf('chi2', 'fisher')),
    statistic: nullable(number),
    df: nullable(count),
    p: probability,
    q: probability,
    flag: boolean,
    reason: nullable(oneOf('no-cases', 'empty-margin')),
    riskRatio: nullable(ratio),
    oddsRatio: nullable(ratio),
    shortfall: nullable(object({ male: nullable(integer), female: nullable(integer) })),
    warnings: arrayOf(oneOf('haldane-correction', 'p-underflow', 'rows-dropped')),
    allCategories: nullable(testOutcome),
    adjusted: ADJUSTED,
    verdict: oneOf('none', 'candidate', 'explained', 'insufficient', 'inconclusive'),
    explainedBy: arrayOf(string),
    insufficientFor: arrayOf(string),
    inconclusiveFor: arrayOf(string),
    overTime: nullable(object({
      periods: arrayOf(string),
      homogeneity: testOutcome,
      change: nullable(object({ from: string, to: string, diffPp: number, ci95: interval, statistic: number, p: probability, q: probability })),
    })),
    suppressed: boolean,
  })),
  rates: arrayOf(object({
    step: string,
    by: nullable(string),
    group: nullable(string),
    female: object({ cases: nullable(count), population: nullable(count), per1000: nullable(number) }),
    male: object({ cases: nullable(count), population: nullable(count), per1000: nullable(number) }),
    rateRatio: nullable(estimate),
    test: nullable(string),
    p: probability,
    q: probability,
    flag: boolean,
    reason: nullable(string),
    suppressed: boolean,
  })),
  // The committed fixtures have nothing to warn about (tests/cli/data-quality.test.ts has runs that do).
  warnings: arrayOf(object({ code: oneOf('value-never-occurs', 'outcome-constant', 'excluded-rows'), args: object({}) })),
  categoryResults: optional(CATEGORY_RESULTS),
  measureResults: optional(MEASURE_RESULTS),
});

// ---------------------------------------------------------------------------------------
// The runs: each made once, by the built CLI.

const runs = new Map<string, { text: string; report: Report }>();
/** `jamstat analyze ARGS… -f json`: its output, parsed; the run must succeed. */
function analyze(...args: string[]): Report {
  return analyzeText(...args).report;
}
function analyzeText(...args: string[]): { text: string; report: Report } {
  const key = args.join('\u0000');
  let run = runs.get(key);
  if (run === undefined) {
    const cli = runCli(['analyze', ...args, '-f', 'json']);
    expect(cli.code, cli.stderr).toBe(0);
    run = { text: cli.stdout, report: JSON.parse(cli.stdout) as Report };
    runs.set(key, run);
  }
  return run;
}

const EXEMPEL = ['fixtures/exempel.csv', '-c', 'fixtures/exempel.yml'];
const KRITERIER = ['fixtures/exempel.csv', '-c', 'fixtures/kriterier.yml'];
const PERIODER = ['fixtures/personnummer.csv', '-c', 'fixtures/perioder.yml'];
const PERSONNUMMER = ['fixtures/personnummer.csv', '-c', 'fixtures/personnummer.yml'];
const UTF8 = ['fixtures/utf8.csv', '-c', 'fixtures/exempel.yml'];
const AGGREGATED = ['fixtures/aggregerad.csv', '-c', 'fixtures/aggregerad.yml'];

/** Every configuration of the fixtures, on the extract it is written for. */
const RUNS: ReadonlyArray<readonly [name: string, args: readonly string[]]> = [
  ['exempel', EXEMPEL],
  ['criteria and an intersection', KRITERIER],
  ['persons, periods and rates', PERIODER],
  ['personnummer', PERSONNUMMER],
  ['aggregated with a count column', AGGREGATED],
  ['utf8', UTF8],
  ['Windows-1252', ['fixtures/windows-1252.csv', '-c', 'fixtures/exempel.yml']],
  ['comma, LF, quoted fields', ['fixtures/lf-comma.csv', '-c', 'fixtures/exempel.yml']],
  ['title lines', ['fixtures/titelrader.csv', '-c', 'fixtures/exempel.yml']],
  ['no Yates correction', [...UTF8, '--no-yates']],
];

const sum = (list: readonly { rows: Maybe<number> }[]): number => list.reduce((total, entry) => total + (entry.rows ?? Number.NaN), 0);
const SEXES = ['female', 'male', 'other'] as const;
/** Doubles computed two ways agree to a few ulps (the relative tolerance of one rounding chain). */
const near = (actual: number, expected: number): boolean => Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
const keyOf = (row: { step: string; by: Maybe<string>; group: Maybe<string>; period?: Maybe<string> }): string =>
  [row.step, row.by ?? '(overall)', row.group ?? '', row.period ?? ''].join(' | ');

describe('the JSON report keeps its documented shape', () => {
  afterEach(yieldToEventLoop);

  for (const [name, args] of RUNS) {
    for (const suppress of [[], ['--no-suppress']] as const) {
      describe(`${name}${suppress.length > 0 ? ', --no-suppress' : ''}`, () => {
        const report = (): Report => analyze(...args, ...suppress);

        it('has every key, typed, and nothing else', () => {
          const text = analyzeText(...args, ...suppress).text;
          const keys = ['schemaVersion', 'generator', 'input', 'settings', 'sexTerms', 'steps', 'results', 'rates', 'warnings'];
          // The rows of categorical and numeric steps come last, and only when the run has such steps.
          const kinds = new Set(report().steps.map((step) => stepKind(report(), step.name)));
          expect(Object.keys(JSON.parse(text) as object)).toEqual([...keys, ...(kinds.has('categories') ? ['categoryResults'] : []), ...(kinds.has('measure') ? ['measureResults'] : [])]);
          const problems: string[] = [];
          REPORT(report(), '$', problems);
          expect(problems.slice(0, 20)).toEqual([]);
        });

        it('accounts for every row read', () => {
          const { input, steps } = report();
          expect(input.rows).toBe(input.files.reduce((total, file) => total + file.rows, 0));
          // Disclosure control hides the split (used, cases, persons, exclusions) together,
          // and rows with rows not in the step together; what is shown still adds up.
          for (const step of steps) {
            const split = [step.used, step.cases, ...(step.persons === undefined ? [] : [step.persons]), ...step.excluded.map((exclusion) => exclusion.rows)];
            expect(new Set(split.map((value) => value === null)).size, `step ${step.name}: the split is hidden whole or not at all`).toBe(1);
            expect(step.rows === null, `step ${step.name}: rows and rows not in the step`).toBe(step.notSelected === null);
            if (step.rows !== null && step.used !== null) {
              expectAccounting({ input, steps: [step as Step & { rows: number; used: number; notSelected: number; excluded: { reason: string; rows: number }[] }] });
            } else if (step.rows !== null) {
              const inputExcluded = input.excluded.reduce((total, exclusion) => total + exclusion.rows, 0);
              expect(inputExcluded + step.rows + step.notSelected!, `rows read, step ${step.name}`).toBe(input.rows);
            }
          }
          if (suppress.length > 0) expect(steps.every((step) => step.rows !== null)).toBe(true);
          for (const step of steps) {
            if (step.used === null) continue;
            if (report().settings.countColumn === null) expect(step.cases).toBe(step.used);
            if (step.persons !== undefined) expect(step.persons).toBeLessThanOrEqual(step.used);
          }
        });

        it('gives probabilities, adjusted ones no smaller than the raw', () => {
          const pairs: [p: Maybe<number>, q: Maybe<number>, label: string][] = [];
          for (const row of report().results) {
            pairs.push([row.p, row.q, keyOf(row)]);
            for (const adjusted of row.adjusted) pairs.push([adjusted.p, adjusted.q, `${keyOf(row)} ${adjusted.criterion}`]);
            if (row.overTime?.change) pairs.push([row.overTime.change.p, row.overTime.change.q, `${keyOf(row)} change`]);
          }
          for (const rate of report().rates) pairs.push([rate.p, rate.q, `rate ${keyOf(rate)}`]);
          for (const [p, q, label] of pairs) {
            if (p !== null && q !== null) expect(q, label).toBeGreaterThanOrEqual(p);
            if (p === null && suppress.length > 0) expect(q, label).toBeNull();
          }
        });

        it('flags exactly the rows past every threshold', () => {
          const { settings, results } = report();
          for (const row of results) {
            if (row.suppressed) continue;
            const past = row.q !== null && row.q < settings.alpha && Math.abs(row.diffPp!) >= settings.minDiffPp && row.female.n! >= settings.minN && row.male.n! >= settings.minN;
            expect(row.flag, keyOf(row)).toBe(past);
            expect(row.verdict === 'none', keyOf(row)).toBe(!row.flag);
          }
        });

        it('has a test where there is a contrast, and says why where there is none', () => {
          for (const row of report().results) {
            if (row.test === null) expect(row.reason, keyOf(row)).not.toBeNull();
            else expect(row.reason, keyOf(row)).toBeNull();
            if (row.test === 'fisher') expect([row.statistic, row.df], keyOf(row)).toEqual([null, null]);
            if (row.test === 'chi2') expect(row.df, keyOf(row)).toBe(1);
            if (row.suppressed) continue;
            if (row.test === 'chi2') expect(row.statistic, keyOf(row)).not.toBeNull();
            if (row.test !== null) expect(row.p, keyOf(row)).not.toBeNull();
            // A female/male/other test exactly when `other` has cases.
            if (row.other.n !== null) expect(row.allCategories !== null, keyOf(row)).toBe(row.other.n > 0);
          }
        });

        it('derives shares, differences, ratios and shortfalls from the counts', () => {
          for (const row of report().results) {
            const label = keyOf(row);
            for (const sex of SEXES) {
              const { n, yes, share } = row[sex];
              if (n !== null && yes !== null) expect(yes, label).toBeLessThanOrEqual(n);
              if (share !== null) expect(near(share, yes! / n!), `${label}: ${sex}.share`).toBe(true);
            }
            const [female, male] = [row.female.share, row.male.share];
            // What the counts could have shown: positive where both sexes have cases and both outcomes occur.
            if (row.detectableDiffPp !== null) expect(row.detectableDiffPp, `${label}: detectableDiffPp`).toBeGreaterThan(0);
            if (row.diffPp !== null) {
              expect(near(row.diffPp, 100 * (female! - male!)), `${label}: diffPp`).toBe(true);
              expect(row.ci95![0], label).toBeLessThanOrEqual(row.diffPp);
              expect(row.ci95![1], label).toBeGreaterThanOrEqual(row.diffPp);
            }
            for (const [ratio, expected] of [
              [row.riskRatio, female! / male!],
              [row.oddsRatio, (female! / (1 - female!)) / (male! / (1 - male!))],
            ] as const) {
              if (ratio === null) continue;
              expect(ratio.ci95[0], label).toBeLessThanOrEqual(ratio.estimate);
              expect(ratio.ci95[1], label).toBeGreaterThanOrEqual(ratio.estimate);
              // With a zero cell, 0.5 is added to every cell (Haldane), and the row says so.
              expect(row.warnings.includes('haldane-correction'), label).toBe(row.riskRatio!.haldane || row.oddsRatio!.haldane);
              if (!ratio.haldane) expect(Math.abs(ratio.estimate - expected), `${label}: ratio`).toBeLessThanOrEqual(1e-9 * expected);
            }
            if (row.shortfall !== null && row.shortfall.male !== null && !row.suppressed) {
              // Rounded to whole cases (tests/stats/shortfall.test.ts checks how halves go).
              expect(Math.abs(row.shortfall.male - (row.male.n! * female! - row.male.yes!)), `${label}: shortfall.male`).toBeLessThanOrEqual(0.5 + 1e-9);
              expect(Math.abs(row.shortfall.female! - (row.female.n! * male! - row.female.yes!)), `${label}: shortfall.female`).toBeLessThanOrEqual(0.5 + 1e-9);
            }
          }
          for (const rate of report().rates) {
            for (const side of [rate.female, rate.male]) {
              if (side.per1000 !== null) expect(near(side.per1000, (1000 * side.cases!) / side.population!), `rate ${keyOf(rate)}`).toBe(true);
            }
            if (rate.rateRatio !== null) {
              expect(near(rate.rateRatio.estimate, rate.female.per1000! / rate.male.per1000!), `rate ${keyOf(rate)}`).toBe(true);
              expect(rate.rateRatio.ci95[0]).toBeLessThanOrEqual(rate.rateRatio.estimate);
              expect(rate.rateRatio.ci95[1]).toBeGreaterThanOrEqual(rate.rateRatio.estimate);
            }
          }
        });

        it('has one overall row per step, and per `by` the groups of the first step (those with cases), in its order', () => {
          const { settings, steps } = report();
          const results = rowsOfEveryKind(report());
          const groupsOf = (step: string, by: string): string[] =>
            results.filter((row) => row.step === step && row.by === by && row.period === null).map((row) => row.group!);
          for (const step of steps) {
            expect(results.filter((row) => row.step === step.name && row.by === null && row.period === null), step.name).toHaveLength(1);
            for (const by of settings.by) {
              // A categorical step has no rows by its own column (README, "Categories and measures").
              if (by === 'Kontaktorsak' && step.name === 'Kontaktorsak') {
                expect(groupsOf(step.name, by)).toEqual([]);
                continue;
              }
              const first = groupsOf(steps[0]!.name, by);
              expect(groupsOf(step.name, by), `${step.name} by ${by}`).toEqual(first.filter((group) => groupsOf(step.name, by).includes(group)));
              expect(groupsOf(step.name, by).length, `${step.name} by ${by}`).toBeGreaterThan(1);
            }
          }
          expect(new Set(results.map((row) => row.step))).toEqual(new Set(steps.map((step) => step.name)));
          expect(new Set(results.map((row) => row.by ?? null))).toEqual(new Set([null, ...settings.by]));
        });
      });
    }
  }
});

describe('the groups add up', () => {
  afterEach(yieldToEventLoop);

  /** Each `by` variable's groups, and each group's periods, sum to the row above them (cases, not persons). */
  it.each(RUNS.filter(([name]) => !name.startsWith('person')))('%s', (_name, args) => {
    const report = analyze(...args, '--no-suppress');
    const { steps, settings, results } = report;
    const find = (step: string, by: Maybe<string>, group: Maybe<string>, period: Maybe<string>): Result =>
      results.find((row) => row.step === step && row.by === by && row.group === group && row.period === period)!;
    // Categorical rows: the categories add up to each sex's n, and each category's groups to the overall row.
    for (const row of report.categoryResults ?? []) {
      for (const sex of SEXES) expect(row.categories.reduce((total, category) => total + category[sex].yes!, 0), `${keyOf({ ...row })}: ${sex}`).toBe(row[sex].n);
    }
    for (const step of steps.filter((each) => stepKind(report, each.name) !== 'yes-no')) {
      const rows = rowsOfEveryKind(report).filter((row) => row.step === step.name);
      const overall = rows.find((row) => row.by === null)!;
      expect(overall.female.n! + overall.male.n! + overall.other.n!, `${step.name}: cases`).toBe(step.cases);
      for (const by of settings.by) {
        // A categorical step has no rows by its own column (README, "Categories and measures").
        if (rows.every((row) => row.by !== by)) continue;
        for (const sex of SEXES) expect(rows.filter((row) => row.by === by).reduce((total, row) => total + row[sex].n!, 0), `${step.name} by ${by}: ${sex}`).toBe(overall[sex].n);
      }
      const categorical = (report.categoryResults ?? []).filter((row) => row.step === step.name);
      const top = categorical.find((row) => row.by === null);
      for (const by of top ? settings.by.filter((each) => categorical.some((row) => row.by === each)) : []) {
        top!.categories.forEach((category, index) => {
          for (const sex of SEXES) {
            const groups = categorical.filter((row) => row.by === by).reduce((total, row) => total + row.categories[index]![sex].yes!, 0);
            expect(groups, `${step.name} by ${by}: ${category.value} ${sex}`).toBe(category[sex].yes);
          }
        });
      }
    }
    for (const step of steps.filter((each) => stepKind(report, each.name) === 'yes-no')) {
      const overall = find(step.name, null, null, null);
      expect(overall.female.n! + overall.male.n! + overall.other.n!, `${step.name}: cases`).toBe(step.cases);
      for (const by of settings.by) {
        const groups = results.filter((row) => row.step === step.name && row.by === by && row.period === null);
        for (const sex of SEXES) {
          for (const key of ['n', 'yes'] as const) {
            expect(groups.reduce((total, row) => total + row[sex][key]!, 0), `${step.name} by ${by}: ${sex}.${key}`).toBe(overall[sex][key]);
          }
        }
      }
      for (const row of results.filter((each) => each.step === step.name && each.period !== null)) {
        const parent = find(row.step, row.by, row.group, null);
        expect(parent, keyOf(row)).toBeDefined();
      }
    }
  });

  it('over periods, for cases (kvartal.yml on utf8.csv)', () => {
    const { results } = analyze('fixtures/utf8.csv', '-c', 'fixtures/kvartal.yml', '--no-suppress');
    const periods = results.filter((row) => row.period !== null);
    expect(periods.map((row) => row.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    const overall = results.find((row) => row.period === null)!;
    for (const sex of SEXES) {
      expect(periods.reduce((total, row) => total + row[sex].n!, 0), sex).toBe(overall[sex].n);
      expect(periods.reduce((total, row) => total + row[sex].yes!, 0), sex).toBe(overall[sex].yes);
    }
  });

  it('over groups, for persons, at least (a person can be in several groups)', () => {
    const { steps, settings, results } = analyze(...PERIODER, '--no-suppress');
    for (const step of steps) {
      const overall = results.find((row) => row.step === step.name && row.by === null && row.period === null)!;
      expect(overall.female.n! + overall.male.n! + overall.other.n!, step.name).toBe(step.persons);
      for (const by of settings.by) {
        const groups = results.filter((row) => row.step === step.name && row.by === by && row.period === null);
        expect(groups.reduce((total, row) => total + row.female.n!, 0), `${step.name} by ${by}`).toBeGreaterThanOrEqual(overall.female.n!);
      }
    }
  });
});

/** The distinct values of a column of a semicolon extract without quoted fields. */
function distinctValues(file: string, column: string): Set<string> {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...lines] = text.split('\r\n').filter((line) => line !== '');
  const index = header!.split(';').indexOf(column);
  expect(index, column).toBeGreaterThanOrEqual(0);
  return new Set(lines.map((line) => line.split(';')[index]!));
}

describe('every value of every `by` column is a group', () => {
  it.each([
    ['exempel.csv', EXEMPEL],
    ['utf8.csv', UTF8],
  ] as const)('%s', (file, args) => {
    const { settings, results } = analyze(...args);
    for (const by of settings.by) {
      const groups = new Set(results.filter((row) => row.by === by).map((row) => row.group));
      expect(groups, by).toEqual(distinctValues(`fixtures/${file}`, by));
    }
  });
});

describe('hidden values are null, and nothing else changes', () => {
  afterEach(yieldToEventLoop);

  it.each(RUNS)('%s', (_name, args) => {
    const hidden = analyze(...args);
    const shown = analyze(...args, '--no-suppress');
    const below = hidden.settings.suppressBelow!;
    expect(below).toBe(5);
    expect(shown.settings.suppressBelow).toBeNull();
    expect(hidden.results.map(keyOf)).toEqual(shown.results.map(keyOf));
    expect(hidden.rates.map(keyOf)).toEqual(shown.rates.map(keyOf));
    let hiddenCells = 0;
    hidden.results.forEach((row, index) => {
      const truth = shown.results[index]!;
      const label = keyOf(row);
      // Every value shown is the true one; the test, the flag and the verdict always stay.
      expectShownEqual(row, truth, label);
      expect([row.test, row.flag, row.verdict], label).toEqual([truth.test, truth.flag, truth.verdict]);
      expect(truth.suppressed, label).toBe(false);
      for (const sex of SEXES) {
        const { n, yes } = row[sex];
        if (n === null || yes === null) {
          hiddenCells++;
          expect(row.suppressed, label).toBe(true);
          continue;
        }
        // A cell is shown only when neither its yes nor its no count is from 1 to below − 1.
        for (const shownCount of [yes, n - yes]) expect(shownCount === 0 || shownCount >= below, `${label}: ${sex}`).toBe(true);
      }
      if (row.female.n === null || row.male.n === null) {
        for (const key of ['diffPp', 'ci95', 'statistic', 'p', 'q', 'riskRatio', 'oddsRatio', 'shortfall', 'overTime'] as const) expect(row[key], `${label}: ${key}`).toBeNull();
        expect([row.female.share, row.male.share], label).toEqual([null, null]);
      }
      // A row not marked suppressed shows all its own values; only its change over time may
      // be hidden, by a hidden period row.
      if (!row.suppressed) expect({ ...row, overTime: null }, label).toEqual({ ...truth, overTime: null, suppressed: false });
    });
    // Each fixture has small cells: the check above is not empty.
    expect(hiddenCells).toBeGreaterThan(0);
  });
});

/** Every value not hidden (null) in `shown` equals the one in `truth`, at any depth. */
function expectShownEqual(shown: unknown, truth: unknown, path: string): void {
  if (shown === null || path.endsWith('.suppressed')) return;
  if (typeof shown === 'object') {
    for (const [key, value] of Object.entries(shown)) expectShownEqual(value, (truth as Record<string, unknown>)[key], `${path}.${key}`);
    return;
  }
  expect(shown, path).toBe(truth);
}

describe('the same data gives the same results', () => {
  afterEach(yieldToEventLoop);

  const withoutFiles = (report: Report): Omit<Report, 'input'> & { input: Omit<Report['input'], 'files'> } => {
    const { input, ...rest } = report;
    const { files: _files, ...counts } = input;
    return { ...rest, input: counts };
  };

  it('in UTF-8, UTF-8 with a BOM and Windows-1252: only input.files tells them apart', () => {
    const utf8 = analyze(...UTF8);
    const bom = analyze('fixtures/utf8-bom.csv', '-c', 'fixtures/exempel.yml');
    const windows = analyze('fixtures/windows-1252.csv', '-c', 'fixtures/exempel.yml');
    expect(withoutFiles(bom)).toEqual(withoutFiles(utf8));
    expect(withoutFiles(windows)).toEqual(withoutFiles(utf8));
    expect(utf8.input.files.map(({ encoding, bom: hasBom }) => [encoding, hasBom])).toEqual([['utf-8', false]]);
    expect(bom.input.files.map(({ encoding, bom: hasBom }) => [encoding, hasBom])).toEqual([['utf-8', true]]);
    expect(windows.input.files.map(({ encoding, bom: hasBom }) => [encoding, hasBom])).toEqual([['windows-1252', false]]);
  });

  it('in English and Swedish: the JSON holds codes, not words, so the bytes are the same', () => {
    expect(analyzeText(...UTF8, '--lang', 'en').text).toBe(analyzeText(...UTF8).text);
    expect(analyzeText(...PERIODER, '--lang', 'en').text).toBe(analyzeText(...PERIODER).text);
  });

  it('read through title lines, a comma and LF: the files are detected as they are', () => {
    expect(analyze('fixtures/titelrader.csv', '-c', 'fixtures/exempel.yml').input.files[0]).toMatchObject({ titleLines: 2, delimiter: ';', lineEnding: 'crlf', bom: true, rows: 300 });
    expect(analyze('fixtures/lf-comma.csv', '-c', 'fixtures/exempel.yml').input.files[0]).toMatchObject({ titleLines: 0, delimiter: ',', lineEnding: 'lf', bom: false, rows: 500 });
  });

  it('aggregated with a count column as at case level (aggregerad.csv sums utf8.csv)', () => {
    const aggregated = analyze(...AGGREGATED, '--no-suppress');
    const cases = analyze(...UTF8, '--no-suppress');
    expect(aggregated.settings.countColumn).toBe('Antal');
    // Both steps of aggregerad.yml are steps of exempel.yml; q differs with the number of tests.
    const same = (row: Result) => ({ ...row, q: undefined, flag: undefined, verdict: undefined });
    for (const row of aggregated.results) {
      const twin = cases.results.find((candidate) => keyOf(candidate) === keyOf(row));
      expect(twin, keyOf(row)).toBeDefined();
      expect(same(row), keyOf(row)).toEqual(same(twin!));
    }
    for (const step of aggregated.steps) {
      const twin = cases.steps.find((candidate) => candidate.name === step.name)!;
      expect(step.cases, step.name).toBe(twin.cases);
    }
  });

  it('without Yates’ correction: only the chi-square rows change, each to a larger statistic', () => {
    const corrected = analyze(...UTF8, '--no-suppress');
    const plain = analyze(...UTF8, '--no-yates', '--no-suppress');
    expect([corrected.settings.yates, plain.settings.yates]).toEqual([true, false]);
    let changed = 0;
    plain.results.forEach((row, index) => {
      const twin = corrected.results[index]!;
      const label = keyOf(row);
      expect(keyOf(twin)).toBe(label);
      expect(row.test, label).toBe(twin.test);
      const { statistic, p, q, flag, verdict, allCategories, ...rest } = row;
      const { statistic: statistic2, p: p2, q: q2, flag: flag2, verdict: verdict2, allCategories: allCategories2, ...rest2 } = twin;
      expect(rest, label).toEqual(rest2);
      // Yates' correction applies to 2×2 tables only.
      expect(allCategories, label).toEqual(allCategories2);
      if (row.test === 'chi2') {
        expect(statistic!, label).toBeGreaterThanOrEqual(statistic2!);
        expect(p!, label).toBeLessThanOrEqual(p2!);
        if (statistic !== statistic2) changed++;
      } else {
        expect([statistic, p], label).toEqual([statistic2, p2]);
      }
      void [q, flag, verdict, q2, flag2, verdict2];
    });
    expect(changed).toBeGreaterThan(0);
  });
});
