/**
 * Disclosure control: small counts are hidden, and no hidden count can be computed back
 * from what the published report shows, by the relations a reader has: n = yes + no,
 * the overall row = the sum of each variable's groups (and of an intersection's groups
 * per margin), share = yes / n, and the difference, interval and shortfall of a row.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suppressReport } from '../../src/report/suppress.js';
import type { PublishedReport, Report, Result, SexCounts } from '../../src/model/report.js';

const SEXES = ['female', 'male', 'other'] as const;
type Cells = readonly [number, number, number, number, number, number];

function counts(yes: number, no: number): SexCounts {
  return { n: yes + no, yes, share: yes + no > 0 ? yes / (yes + no) : null };
}

/** A result with every derived figure filled in, so that the test sees whether it is hidden. */
function result(step: string, by: string | null, group: string | null, cells: Cells, flag = false): Result {
  return {
    step, by, group, period: null,
    female: counts(cells[0], cells[1]), male: counts(cells[2], cells[3]), other: counts(cells[4], cells[5]),
    diffPp: 1, ci95: [0, 2], test: 'chi2', statistic: 1, df: 1, p: 0.5, q: 0.5, flag, reason: null,
    riskRatio: { estimate: 1, ci95: [0.5, 2], haldane: false }, oddsRatio: { estimate: 1, ci95: [0.5, 2], haldane: false },
    shortfall: { male: 1, female: -1 }, warnings: [], allCategories: { statistic: 1, df: 2, p: 0.5, reason: null },
    adjusted: [], verdict: flag ? 'candidate' : 'none', explainedBy: [], insufficientFor: [], overTime: null,
  };
}

const add = (a: Cells, b: Cells): Cells => a.map((value, index) => value + b[index]!) as unknown as Cells;
const ZERO: Cells = [0, 0, 0, 0, 0, 0];

/** A report of one step: groups of variable A, of variable B, and optionally of A*B. */
function reportOf(table: readonly (readonly Cells[])[], intersections: boolean): Report {
  const aGroups = table.map((row) => row.reduce(add, ZERO));
  const bGroups = table[0]!.map((_, column) => table.reduce((sum, row) => add(sum, row[column]!), ZERO));
  const overall = aGroups.reduce(add, ZERO);
  const results = [
    result('S', null, null, overall, true),
    ...aGroups.map((cells, index) => result('S', 'A', `a${index}`, cells, index === 0)),
    ...bGroups.map((cells, index) => result('S', 'B', `b${index}`, cells)),
    ...(intersections ? table.flatMap((row, a) => row.map((cells, b) => result('S', 'A*B', `a${a} × b${b}`, cells))) : []),
  ].filter((entry) => entry.by === null || entry.female.n + entry.male.n + entry.other.n > 0);
  const used = overall.reduce((sum, value) => sum + value, 0);
  return {
    schemaVersion: 1, generator: 'test', input: { files: [], rows: used, excluded: [] },
    settings: { alpha: 0.05, minDiffPp: 5, minN: 20, correction: 'bh', yates: true, familySize: 1, adjustedFamilySize: 0, unit: 'case', criteria: {}, sexSource: 'column', countColumn: null, by: ['A', 'B'] },
    sexTerms: 'children', steps: [{ name: 'S', rows: used, used, cases: used, notSelected: 0, excluded: [] }], results, rates: [], warnings: [],
  };
}

/** Exact rank of a matrix of small integers, by fraction-free elimination over BigInt. */
function rank(matrix: readonly (readonly number[])[]): number {
  const rows = matrix.map((row) => row.map(BigInt));
  let found = 0;
  const width = rows[0]?.length ?? 0;
  for (let column = 0; column < width && found < rows.length; column++) {
    const pivot = rows.findIndex((row, index) => index >= found && row[column] !== 0n);
    if (pivot < 0) continue;
    [rows[found], rows[pivot]] = [rows[pivot]!, rows[found]!];
    for (let other = found + 1; other < rows.length; other++) {
      const [a, b] = [rows[found]![column]!, rows[other]![column]!];
      if (b !== 0n) rows[other] = rows[other]!.map((value, index) => value * a - rows[found]![index]! * b);
    }
    found++;
  }
  return found;
}

/**
 * The hidden counts a reader can compute: unknowns are each hidden yes and no; the
 * equations are the sums over groups (per sex, per yes and no) and the step's case total.
 */
function recoverable(published: PublishedReport): string[] {
  const unknowns: string[] = [];
  published.results.forEach((row, index) => SEXES.forEach((sex) => {
    if (row[sex].n === null) unknowns.push(`${index}:${sex}:yes`, `${index}:${sex}:no`);
  }));
  const equations: number[][] = [];
  const indexOf = (by: string | null, group: string | null) => published.results.findIndex((row) => row.by === by && row.group === group);
  const equation = (terms: Array<[number, string, number]>) => {
    const vector = unknowns.map(() => 0);
    for (const [row, cell, sign] of terms) {
      const position = unknowns.indexOf(`${row}:${cell}`);
      if (position >= 0) vector[position]! += sign;
    }
    if (vector.some((value) => value !== 0)) equations.push(vector);
  };
  const overall = indexOf(null, null);
  for (const sex of SEXES) for (const kind of ['yes', 'no']) {
    for (const by of ['A', 'B', 'A*B']) {
      const parts = published.results.flatMap((row, index) => (row.by === by ? [index] : []));
      if (parts.length) equation([[overall, `${sex}:${kind}`, 1], ...parts.map((part): [number, string, number] => [part, `${sex}:${kind}`, -1])]);
    }
    published.results.forEach((row, index) => {
      if (row.by !== 'A*B') return;
      const [a, b] = row.group!.split(' × ');
      for (const [by, group] of [['A', a!], ['B', b!]] as const) {
        const margin = indexOf(by, group);
        const parts = published.results.flatMap((other, position) => (other.by === 'A*B' && other.group!.split(' × ')[by === 'A' ? 0 : 1] === group ? [position] : []));
        if (margin >= 0 && parts[0] === index) equation([[margin, `${sex}:${kind}`, 1], ...parts.map((part): [number, string, number] => [part, `${sex}:${kind}`, -1])]);
      }
    });
  }
  if (published.steps[0]!.cases !== null) {
    equation(SEXES.flatMap((sex) => [[overall, `${sex}:yes`, 1], [overall, `${sex}:no`, 1]] as Array<[number, string, number]>));
  }
  const base = rank(equations);
  return unknowns.filter((_, position) => rank([...equations, unknowns.map((__, index) => (index === position ? 1 : 0))]) === base);
}

const smallCounts = fc.integer({ min: 0, max: 14 });
const cellsArbitrary = fc.tuple(smallCounts, smallCounts, smallCounts, smallCounts, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 })) as fc.Arbitrary<Cells>;
const tableArbitrary = fc.integer({ min: 2, max: 4 }).chain((rows) =>
  fc.integer({ min: 2, max: 3 }).chain((columns) => fc.array(fc.array(cellsArbitrary, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })),
);

describe('suppressReport', () => {
  it('hides counts from 1 to 4 and everything computed from them, keeps zeros and flags', () => {
    const published = suppressReport(reportOf([[[3, 20, 30, 40, 0, 0], [30, 20, 30, 40, 0, 0]], [[30, 20, 30, 40, 0, 0], [30, 20, 30, 40, 0, 0]]], true), { below: 5 });
    const hidden = published.results.filter((row) => row.suppressed);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const row of hidden.filter((entry) => entry.female.n === null || entry.male.n === null)) {
      expect([row.diffPp, row.ci95, row.shortfall, row.p, row.q, row.riskRatio, row.oddsRatio, row.female.share, row.male.share]).toEqual([null, null, null, null, null, null, null, null, null]);
    }
    expect(published.results.find((row) => row.group === 'a0')!.flag).toBe(true);
    expect(published.results.find((row) => row.by === null)!.other).toEqual({ n: 0, yes: 0, share: null });
    expect(published.settings.suppressBelow).toBe(5);
  });

  it('publishes everything, marked not for publication, when turned off', () => {
    const report = reportOf([[[3, 20, 30, 40, 1, 0], [30, 20, 30, 40, 0, 0]], [[30, 20, 30, 40, 0, 0], [30, 20, 30, 40, 0, 0]]], false);
    const published = suppressReport(report, { below: null });
    expect(published.settings.suppressBelow).toBeNull();
    expect(published.results.every((row) => !row.suppressed)).toBe(true);
    expect(published.results.map((row) => row.female.n)).toEqual(report.results.map((row) => row.female.n));
  });

  it('leaves no hidden count recoverable from the published values (random tables)', () => {
    fc.assert(
      fc.property(tableArbitrary, fc.boolean(), fc.integer({ min: 3, max: 10 }), (table, intersections, below) => {
        const report = reportOf(table, intersections);
        const published = suppressReport(report, { below });
        report.results.forEach((row, index) => SEXES.forEach((sex) => {
          const small = [row[sex].yes, row[sex].n - row[sex].yes].some((value) => value >= 1 && value < below);
          if (small) expect(published.results[index]![sex].n).toBeNull();
        }));
        for (const row of published.results) {
          if (row.female.n === null || row.male.n === null) {
            expect([row.diffPp, row.ci95, row.shortfall, row.female.share, row.male.share, row.p, row.q]).toEqual([null, null, null, null, null, null, null]);
          }
          expect(row.flag).toBe(report.results.find((original) => original.by === row.by && original.group === row.group)!.flag);
        }
        expect(recoverable(published)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
