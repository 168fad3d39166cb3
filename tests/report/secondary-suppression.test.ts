/**
 * The secondary suppression hides exactly the units that the straightforward version hides
 * (tests/helpers/reference-hidden-units.ts, which solves the whole system at every step):
 * the fast one solves only what a change can reach and skips trials that must fail, which
 * must never change a hidden set. Random tables of the shapes the reports have (groups,
 * intersections, a second margin, periods, categories that a group lacks) and random
 * relations of no particular shape, random small counts, random cells hidden beforehand.
 * Property tests draw new cases locally and fixed ones in CI (tests/helpers/fast-check-seed.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellKey, hiddenCells, hiddenUnits, isSmallCount, relationsByStep, type UnitTable } from '../../src/report/secondary-suppression.js';
import { CategoryUnits, categoryUnitTable } from '../../src/report/distribution-suppression.js';
import type { CategoryResult } from '../../src/model/report.js';
import type { RowPlace, SumRelation } from '../../src/report/sum-relations.js';
import { determinedUnknowns } from '../../src/report/determined-unknowns.js';
import { referenceDeterminedUnknowns, referenceHiddenUnits } from '../helpers/reference-hidden-units.js';

const SEXES = ['female', 'male', 'other'] as const;
/** Every table solved a connected part at a time, as tables too large for a whole echelon form are. */
const BY_PARTS = { mostEchelonEntries: 0 };

/** Counts as extracts have them: many zeros and small counts, some large. */
const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 3, arbitrary: fc.integer({ min: 5, max: 30 }) },
  { weight: 1, arbitrary: fc.integer({ min: 31, max: 500 }) },
);

/** What a call gives: the hidden keys in order, or the error it throws. */
function outcome(run: () => Set<string>): string[] | string {
  try {
    return [...run()].sort();
  } catch (error) {
    return (error as Error).message;
  }
}

interface StepShape {
  readonly districts: number;
  readonly ages: number;
  readonly ageRows: boolean;
  readonly categories: number;
  readonly dropEmpty: boolean;
  /** Per district, per age (at least one), per category, per sex. */
  readonly counts: readonly (readonly (readonly (readonly number[])[])[])[];
}

const stepShape: fc.Arbitrary<StepShape> = fc
  .record({
    districts: fc.integer({ min: 1, max: 5 }),
    ages: fc.integer({ min: 0, max: 3 }),
    ageRows: fc.boolean(),
    categories: fc.integer({ min: 2, max: 6 }),
    dropEmpty: fc.boolean(),
  })
  .chain((shape) =>
    fc
      .array(fc.array(fc.array(fc.array(count, { minLength: 3, maxLength: 3 }), { minLength: shape.categories, maxLength: shape.categories }), { minLength: Math.max(shape.ages, 1), maxLength: Math.max(shape.ages, 1) }), {
        minLength: shape.districts,
        maxLength: shape.districts,
      })
      .map((counts) => ({ ...shape, counts })),
  );

/** The categorical rows of one step: overall, districts, their intersections with an age band, and the age bands. */
function categoryRows(step: string, shape: StepShape): CategoryResult[] {
  const row = (by: string | null, group: string | null, cells: readonly (readonly (readonly number[])[])[], dropEmpty: boolean): CategoryResult => {
    const total = (category: number, sex: number): number => cells.reduce((sum, cell) => sum + cell[category]![sex]!, 0);
    const kept = Array.from({ length: shape.categories }, (_, category) => category).filter((category) => !dropEmpty || [0, 1, 2].some((sex) => total(category, sex) > 0));
    const n = (sex: number) => ({ n: kept.reduce((sum, category) => sum + total(category, sex), 0) });
    const categories = kept.map((category) => ({ value: `c${category}`, ...Object.fromEntries(SEXES.map((sex, index) => [sex, { yes: total(category, index) }])) }));
    return { step, by, group, female: n(0), male: n(1), other: n(2), categories } as unknown as CategoryResult;
  };
  const ages = Math.max(shape.ages, 1);
  const all = shape.counts.flat();
  const rows = [row(null, null, all, false)];
  shape.counts.forEach((district, d) => rows.push(row('D', `d${d}`, district, shape.dropEmpty)));
  if (shape.ages > 0) {
    shape.counts.forEach((district, d) => district.forEach((cell, a) => rows.push(row('D*A', `d${d} × a${a}`, [cell], shape.dropEmpty))));
    if (shape.ageRows) for (let a = 0; a < ages; a++) rows.push(row('A', `a${a}`, shape.counts.map((district) => district[a]!), shape.dropEmpty));
  }
  return rows;
}

/** Some units hidden beforehand (as the twins and the accounting ask for), as indices into the units. */
const alsoHiddenPicks = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 })), { maxLength: 4 });

function alsoHiddenOf(picks: readonly (readonly [number, number])[], units: number, sexes: number): Set<string> {
  return new Set(units === 0 ? [] : picks.map(([unit, sex]) => cellKey(unit % units, sex % sexes)));
}

describe('hiddenUnits hides what the straightforward version hides', () => {
  it('on categorical tables: groups, intersections, a second margin, one or two steps', () => {
    fc.assert(
      fc.property(fc.array(stepShape, { minLength: 1, maxLength: 2 }), fc.constantFrom(3, 5, 10), alsoHiddenPicks, (shapes, below, picks) => {
        const units = new CategoryUnits(shapes.flatMap((shape, step) => categoryRows(`S${step}`, shape)));
        const table = categoryUnitTable(units, below);
        const alsoHidden = alsoHiddenOf(picks, table.units, table.sexes);
        const expected = outcome(() => referenceHiddenUnits(table, alsoHidden));
        expect(outcome(() => hiddenUnits(table, alsoHidden))).toEqual(expected);
        expect(outcome(() => hiddenUnits(table, alsoHidden, BY_PARTS))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('on yes/no tables with period rows (no pruning)', () => {
    const shape = fc.record({
      districts: fc.integer({ min: 1, max: 6 }),
      periods: fc.integer({ min: 0, max: 3 }),
      intersections: fc.boolean(),
    });
    fc.assert(
      fc.property(shape, fc.infiniteStream(fc.array(count, { minLength: 6, maxLength: 6 })), fc.constantFrom(3, 5), alsoHiddenPicks, (form, draws, below, picks) => {
        const places: RowPlace[] = [];
        for (const period of [null, ...Array.from({ length: form.periods }, (_, index) => `p${index}`)]) {
          places.push({ step: 'S', period, by: null, group: null });
          for (let d = 0; d < form.districts; d++) places.push({ step: 'S', period, by: 'D', group: `d${d}` });
          for (let b = 0; b < 2; b++) places.push({ step: 'S', period, by: 'B', group: `b${b}` });
          if (form.intersections) for (let d = 0; d < form.districts; d++) for (let b = 0; b < 2; b++) places.push({ step: 'S', period, by: 'D*B', group: `d${d} × b${b}` });
        }
        const iterator = draws[Symbol.iterator]();
        const counts = places.map(() => {
          const cells = iterator.next().value as number[];
          return [0, 1, 2].map((sex) => [cells[2 * sex]!, cells[2 * sex + 1]!]);
        });
        const alsoHidden = alsoHiddenOf(picks, places.length, 3);
        // As hiddenCells builds its table of units.
        const table: UnitTable = {
          units: places.length,
          sexes: 3,
          size: (row, sex) => counts[row]![sex]!.reduce((sum, value) => sum + value, 0),
          small: (row, sex) => counts[row]![sex]!.some((value) => isSmallCount(value, below)),
          tier: (row) => (places[row]!.by === null ? 1 : 0),
          relationGroups: relationsByStep(places),
        };
        expect(outcome(() => hiddenCells({ places, counts, sexes: 3 }, below, alsoHidden))).toEqual(outcome(() => referenceHiddenUnits(table, alsoHidden)));
      }),
      { numRuns: 200 },
    );
  });

  it('on relations of no particular shape, with and without pruning', () => {
    const relation = (units: number): fc.Arbitrary<SumRelation> =>
      fc
        .tuple(fc.nat({ max: units - 1 }), fc.uniqueArray(fc.nat({ max: units - 1 }), { minLength: 1, maxLength: Math.min(units - 1, 8) }))
        .filter(([total, parts]) => !parts.includes(total))
        .map(([total, parts]) => ({ total, parts }));
    const table = fc.integer({ min: 2, max: 30 }).chain((units) =>
      fc.record({
        units: fc.constant(units),
        sexes: fc.integer({ min: 1, max: 3 }),
        sizes: fc.array(fc.array(count, { minLength: 3, maxLength: 3 }), { minLength: units, maxLength: units }),
        tiers: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: units, maxLength: units }),
        relations: fc.array(relation(units), { minLength: 1, maxLength: 12 }),
        prune: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(table, fc.constantFrom(3, 5), alsoHiddenPicks, (drawn, below, picks) => {
        const unitTable: UnitTable = {
          units: drawn.units,
          sexes: drawn.sexes,
          size: (unit, sex) => drawn.sizes[unit]![sex]!,
          small: (unit, sex) => isSmallCount(drawn.sizes[unit]![sex]!, below),
          tier: (unit) => drawn.tiers[unit]!,
          relationGroups: [drawn.relations],
          prune: drawn.prune,
        };
        const alsoHidden = alsoHiddenOf(picks, drawn.units, drawn.sexes);
        const expected = outcome(() => referenceHiddenUnits(unitTable, alsoHidden));
        expect(outcome(() => hiddenUnits(unitTable, alsoHidden))).toEqual(expected);
        expect(outcome(() => hiddenUnits(unitTable, alsoHidden, BY_PARTS))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('determinedUnknowns', () => {
  it('pins down the unknowns the sparse elimination of the whole system pins down, in the same order', () => {
    // Sums of a few unknowns with coefficients ±1 (sometimes 2), as the row accounting writes them; some unknowns in no equation.
    const system = fc.integer({ min: 1, max: 40 }).chain((unknowns) =>
      fc.record({
        unknowns: fc.constant(unknowns),
        equations: fc.array(fc.array(fc.tuple(fc.nat({ max: unknowns - 1 }), fc.constantFrom(1, -1, 1, -1, 2)), { minLength: 0, maxLength: 6 }), { maxLength: 40 }),
      }),
    );
    fc.assert(
      fc.property(system, ({ unknowns, equations }) => {
        expect([...determinedUnknowns(equations, unknowns)]).toEqual([...referenceDeterminedUnknowns(equations, unknowns)]);
      }),
      { numRuns: 500 },
    );
  });
});
