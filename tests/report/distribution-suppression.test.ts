/**
 * Disclosure control of the steps with `categories:` and `measure:` (issue 15): small
 * counts are hidden, and no hidden count can be computed back from what is published, by
 * the sums a reader has: a row's categories add up to the sex's n, each category and each n
 * of the groups add up to the overall row, and the step's accounting (cases = the overall
 * row's n summed over the sexes, used = cases, rows = used + excluded).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suppressReport } from '../../src/report/suppress.js';
import type { CategoryComparison, CategoryResult, MeasureResult, PublishedReport, Report, SexCounts } from '../../src/model/report.js';
import { distributionReport } from '../helpers/distribution-report.js';
import { smallResult } from '../helpers/small-report.js';
import { rank } from '../helpers/exact-rank.js';

const SEXES = ['female', 'male', 'other'] as const;


/** The hidden values that the equations pin down, from a list of unknown names and equations as (name, coefficient) terms. */
function pinned(unknowns: readonly string[], terms: ReadonlyArray<ReadonlyArray<readonly [string, number]>>): string[] {
  const position = new Map(unknowns.map((name, index) => [name, index]));
  const equations = terms
    .map((equation) => {
      const vector = unknowns.map(() => 0);
      for (const [name, sign] of equation) {
        const at = position.get(name);
        if (at !== undefined) vector[at]! += sign;
      }
      return vector;
    })
    .filter((vector) => vector.some((value) => value !== 0));
  const base = rank(equations);
  return unknowns.filter((name, index) => !name.startsWith('step') && rank([...equations, unknowns.map((_, at) => (at === index ? 1 : 0))]) === base);
}

/** The step accounting's equations, with its hidden fields as unknowns (added to `unknowns`). */
function accountingTerms(published: PublishedReport, overallN: (sex: number) => string, unknowns: string[]): Array<Array<readonly [string, number]>> {
  const step = published.steps[0]!;
  const field = (name: string, value: number | null): string => {
    if (value === null) unknowns.push(`step:${name}`);
    return `step:${name}`;
  };
  return [
    [[field('cases', step.cases), 1], ...SEXES.map((_, sex) => [overallN(sex), -1] as const)],
    [[field('used', step.used), 1], ['step:cases', -1]],
    [[field('rows', step.rows), 1], ['step:used', -1], ...step.excluded.map((exclusion, index) => [field(`excluded${index}`, exclusion.rows), -1] as const)],
    [['step:rows', 1], [field('notSelected', step.notSelected), 1]],
  ];
}

/** Hidden category counts and n's a reader can compute from the categorical rows and the step's accounting. */
function recoverableCategories(published: PublishedReport): string[] {
  const rows = published.categoryResults!;
  const unknowns: string[] = [];
  const name = (row: number, sex: number, category: number | 'n') => `${row}:${sex}:${category}`;
  rows.forEach((row, at) => SEXES.forEach((sex, s) => {
    if (row[sex].n === null) unknowns.push(name(at, s, 'n'));
    row.categories.forEach((category, index) => {
      if (category[sex].yes === null) unknowns.push(name(at, s, index));
    });
  }));
  const overall = rows.findIndex((row) => row.by === null);
  const groups = rows.flatMap((row, at) => (row.by !== null ? [at] : []));
  const terms: Array<Array<readonly [string, number]>> = [];
  SEXES.forEach((_, sex) => {
    rows.forEach((row, at) => terms.push([[name(at, sex, 'n'), 1], ...row.categories.map((__, index) => [name(at, sex, index), -1] as const)]));
    for (const category of [...rows[0]!.categories.map((__, index) => index), 'n' as const]) {
      terms.push([[name(overall, sex, category), 1], ...groups.map((group) => [name(group, sex, category), -1] as const)]);
    }
  });
  terms.push(...accountingTerms(published, (sex) => name(overall, sex, 'n'), unknowns));
  return pinned(unknowns, terms);
}

const sexCounts = (yes: number, n: number): SexCounts => ({ n, yes, share: n > 0 ? yes / n : null });

/** A categorical report of one step: groups of variable A, every figure filled in so that the test sees what is hidden. */
function categoryReport(table: ReadonlyArray<ReadonlyArray<readonly [number, number, number]>>): Report {
  const categoryCount = table[0]!.length;
  const overall = Array.from({ length: categoryCount }, (_, index) => [0, 1, 2].map((sex) => table.reduce((sum, group) => sum + group[index]![sex]!, 0)));
  const row = (by: string | null, group: string | null, cells: ReadonlyArray<readonly number[]>): CategoryResult => {
    const n = [0, 1, 2].map((sex) => cells.reduce((sum, cell) => sum + cell[sex]!, 0));
    return {
      step: 'K', by, group, female: { n: n[0]! }, male: { n: n[1]! }, other: { n: n[2]! }, ordered: true,
      test: 'chi2', statistic: 3, df: categoryCount - 1, p: 0.2, q: 0.3, reason: null, warnings: [],
      trend: { test: 'wilcoxon', statistic: 10, p: 0.2, q: 0.3, reason: null, higher: 'male' },
      categories: cells.map((cell, index): CategoryComparison => ({
        value: `c${index}`, female: sexCounts(cell[0]!, n[0]!), male: sexCounts(cell[1]!, n[1]!), other: sexCounts(cell[2]!, n[2]!),
        diffPp: 1, ci95: [0, 2], test: 'chi2', statistic: 1, p: 0.5, q: 0.5, flag: index === 0, reason: null, warnings: [], adjusted: [],
        verdict: index === 0 ? 'candidate' : 'none', explainedBy: [], insufficientFor: [], inconclusiveFor: [],
      })),
      adjusted: [{ criterion: 'need', for: ['B'], test: 'cmh', statistic: 2, df: categoryCount - 1, p: 0.3, q: 0.4, strata: { used: 2, dropped: 0 }, reason: null, warnings: [] }],
      flag: true,
    };
  };
  const rows = [row(null, null, overall), ...table.map((cells, index) => row('A', `a${index}`, cells))];
  const cases = overall.flat().reduce((sum, value) => sum + value, 0);
  return {
    schemaVersion: 1, generator: 'test', input: { files: [], rows: cases + 10, excluded: [] },
    settings: { alpha: 0.05, minDiffPp: 5, minN: 20, correction: 'bh', yates: true, familySize: 1, adjustedFamilySize: 0, homogeneityFamilySize: 0, unit: 'case', criteria: {}, sexSource: 'column', countColumn: null, by: ['A'] },
    sexTerms: 'children', steps: [{ name: 'K', rows: cases + 4, used: cases, cases, notSelected: 6, excluded: [{ reason: 'missing-outcome', rows: 4 }] }],
    results: [], rates: [], warnings: [], categoryResults: rows,
  };
}

const cellArbitrary = fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 2 }));
const categoryTableArbitrary = fc.integer({ min: 2, max: 4 }).chain((categories) =>
  fc.array(fc.array(cellArbitrary, { minLength: categories, maxLength: categories }), { minLength: 1, maxLength: 4 }),
);

describe('suppressReport, categorical steps', () => {
  it('hides a cell of the overall row when the accounting has nothing to hide (every row taken, nothing excluded, a few of other sex)', () => {
    const report = categoryReport([[[30, 40, 1], [25, 20, 0]], [[20, 30, 0], [40, 35, 1]]]);
    const cases = report.steps[0]!.used;
    const bare: Report = { ...report, input: { ...report.input, rows: cases }, steps: [{ ...report.steps[0]!, rows: cases, notSelected: 0, excluded: [] }] };
    const published = suppressReport(bare, { below: 5 });
    const overall = published.categoryResults!.find((row) => row.by === null)!;
    expect(overall.other.n).toBeNull();
    expect([overall.female.n, overall.male.n].filter((n) => n === null)).toHaveLength(1);
    expect(recoverableCategories(published)).toEqual([]);
  });


  it('hides the small counts of the hand-made report and what they give away', () => {
    const published = suppressReport(distributionReport(), { below: 5 });
    const bromma = published.categoryResults!.find((row) => row.group === 'Bromma')!;
    const high = bromma.categories.find((category) => category.value === 'Hög')!;
    expect(high.female.yes).toBeNull();
    expect([high.female.share, high.diffPp, high.ci95, high.p, high.q, high.statistic]).toEqual([null, null, null, null, null, null]);
    expect(high.suppressed).toBe(true);
    expect([bromma.statistic, bromma.p, bromma.q, bromma.trend!.p, bromma.adjusted[0]!.p]).toEqual([null, null, null, null, null]);
    expect(bromma.suppressed).toBe(true);
    // The headline stays: every n of the overall row, and its flag.
    const overall = published.categoryResults!.find((row) => row.by === null)!;
    expect([overall.female.n, overall.male.n, overall.suppressed]).toEqual([225, 238, false]);
    expect(overall.categories.find((category) => category.value === 'Hög')!.flag).toBe(true);
    expect(recoverableCategories(published)).toEqual([]);
  });

  it('protects a categorical step whose `among` a yes/no step shares (the same n per sex in both)', () => {
    const report = categoryReport([[[30, 40, 1], [25, 20, 0]], [[20, 30, 0], [40, 35, 1]]]);
    const step = report.steps[0]!;
    // The yes/no step S counts the same rows: its overall n per sex equals K's (115, 125, 2).
    const results = [smallResult(null, null, [60, 55, 70, 55, 1, 1]), smallResult('A', 'a0', [30, 26, 30, 30, 1, 0]), smallResult('A', 'a1', [30, 29, 40, 25, 0, 1])];
    const both: Report = { ...report, steps: [{ ...step, name: 'S', excluded: [] , used: step.used, rows: step.used, notSelected: 10 }, { ...step, excluded: [], rows: step.used, notSelected: 10 }], results };
    const published = suppressReport(both, { below: 5 });
    const overall = published.categoryResults!.find((row) => row.by === null)!;
    expect(overall.other.n).toBeNull();
    const yesNoOverall = published.results.find((row) => row.by === null)!;
    expect(yesNoOverall.other.n).toBeNull();
    // Neither step's accounting may give the other sex back: rows used − girls − boys.
    for (const summary of published.steps) expect(summary.used === null || [overall.female.n, overall.male.n].includes(null)).toBe(true);
  });

  it('publishes everything when turned off', () => {
    const published = suppressReport(distributionReport(), { below: null });
    expect(published.categoryResults!.every((row) => !row.suppressed && row.categories.every((category) => !category.suppressed))).toBe(true);
    expect(published.measureResults!.every((row) => !row.suppressed)).toBe(true);
    expect(published.measureResults![3]!.female.n).toBe(3);
  });

  it('leaves no hidden count recoverable from the categories, the groups and the accounting (random tables)', () => {
    fc.assert(
      fc.property(categoryTableArbitrary, fc.integer({ min: 3, max: 10 }), (table, below) => {
        const report = categoryReport(table);
        const published = suppressReport(report, { below });
        report.categoryResults!.forEach((row, at) => {
          const shown = published.categoryResults![at]!;
          SEXES.forEach((sex) => {
            if (row[sex].n >= 1 && row[sex].n < below) expect(shown[sex].n).toBeNull();
            row.categories.forEach((category, index) => {
              if (category[sex].yes >= 1 && category[sex].yes < below) expect(shown.categories[index]![sex].yes).toBeNull();
            });
          });
          shown.categories.forEach((category, index) => {
            const hidden = (['female', 'male'] as const).some((sex) => category[sex].yes === null || category[sex].n === null);
            if (hidden) expect([category.diffPp, category.ci95, category.p, category.q]).toEqual([null, null, null, null]);
            for (const sex of SEXES) if (category[sex].yes === null || category[sex].n === null) expect(category[sex].share).toBeNull();
            expect(category.flag).toBe(row.categories[index]!.flag);
          });
        });
        expect(recoverableCategories(published)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

/** Hidden n's a reader can compute from the numeric rows and the step's accounting. */
function recoverableMeasures(published: PublishedReport): string[] {
  const rows = published.measureResults!;
  const unknowns: string[] = [];
  rows.forEach((row, at) => SEXES.forEach((sex, s) => {
    if (row[sex].n === null) unknowns.push(`${at}:${s}`);
  }));
  const overall = rows.findIndex((row) => row.by === null);
  const groups = rows.flatMap((row, at) => (row.by !== null ? [at] : []));
  const terms: Array<Array<readonly [string, number]>> = SEXES.map((_, sex) => [[`${overall}:${sex}`, 1], ...groups.map((group) => [`${group}:${sex}`, -1] as const)]);
  terms.push(...accountingTerms(published, (sex) => `${overall}:${sex}`, unknowns));
  return pinned(unknowns, terms);
}

function measureReport(table: ReadonlyArray<readonly [number, number, number]>): Report {
  const summary = (n: number) => ({ n, median: n > 0 ? 10 : null, q1: n > 0 ? 5 : null, q3: n > 0 ? 15 : null, mean: n > 0 ? 11 : null, sd: n > 1 ? 4 : null });
  const row = (by: string | null, group: string | null, n: readonly number[]): MeasureResult => ({
    step: 'M', by, group, unit: 'dagar', female: summary(n[0]!), male: summary(n[1]!), other: summary(n[2]!),
    test: 'wilcoxon', exact: false, statistic: 12, p: 0.2, q: 0.3, reason: null, warnings: [], estimate: 2, ci95: [-1, 5],
    welch: { statistic: 1, df: 10, p: 0.3, estimate: 2, ci95: [-1, 5] }, minShift: 0, flag: false,
    adjusted: [{ criterion: 'need', for: ['B'], test: 'van-elteren', statistic: 1.2, df: null, p: 0.2, q: 0.3, strata: { used: 2, dropped: 0 }, reason: null, warnings: [] }],
    verdict: 'none', explainedBy: [], insufficientFor: [], inconclusiveFor: [],
  });
  const overall = [0, 1, 2].map((sex) => table.reduce((sum, cells) => sum + cells[sex]!, 0));
  const cases = overall.reduce((sum, value) => sum + value, 0);
  return {
    schemaVersion: 1, generator: 'test', input: { files: [], rows: cases + 10, excluded: [] },
    settings: { alpha: 0.05, minDiffPp: 5, minN: 20, correction: 'bh', yates: true, familySize: 1, adjustedFamilySize: 0, homogeneityFamilySize: 0, unit: 'case', criteria: {}, sexSource: 'column', countColumn: null, by: ['A'] },
    sexTerms: 'adults', steps: [{ name: 'M', rows: cases + 10, used: cases, cases, notSelected: 0, excluded: [{ reason: 'invalid-measure' as never, rows: 10 }] }],
    results: [], rates: [], warnings: [], measureResults: [row(null, null, overall), ...table.map((cells, index) => row('A', `a${index}`, cells))],
  };
}

describe('suppressReport, numeric steps', () => {
  it('hides the summary of a sex with fewer values than the limit, and the tests that compare it', () => {
    const published = suppressReport(distributionReport(), { below: 5 });
    const skarholmen = published.measureResults!.find((row) => row.group === 'Skärholmen')!;
    expect(skarholmen.female).toEqual({ n: null, median: null, q1: null, q3: null, mean: null, sd: null });
    expect([skarholmen.estimate, skarholmen.ci95, skarholmen.p, skarholmen.q, skarholmen.welch, skarholmen.adjusted[0]!.p]).toEqual([null, null, null, null, null, null]);
    expect(skarholmen.male.n).toBe(21);
    expect(skarholmen.suppressed).toBe(true);
    expect(published.measureResults!.find((row) => row.group === 'Kista')!.flag).toBe(true);
    expect(recoverableMeasures(published)).toEqual([]);
  });

  it('leaves no hidden n recoverable from the groups and the accounting (random tables)', () => {
    const cell = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), fc.integer({ min: 3, max: 10 }), (table, below) => {
        const report = measureReport(table);
        const published = suppressReport(report, { below });
        report.measureResults!.forEach((row, at) => SEXES.forEach((sex) => {
          const shown = published.measureResults![at]!;
          if (row[sex].n >= 1 && row[sex].n < below) expect(shown[sex]).toEqual({ n: null, median: null, q1: null, q3: null, mean: null, sd: null });
          if (shown.female.n === null || shown.male.n === null) expect([shown.p, shown.estimate, shown.welch]).toEqual([null, null, null]);
        }));
        expect(recoverableMeasures(published)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
