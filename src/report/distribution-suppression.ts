/**
 * Disclosure control of the rows of steps with `categories:` and `measure:` (issue 15),
 * on the same machinery as the yes/no rows (secondary-suppression.ts,
 * accounting-suppression.ts).
 *
 * A categorical row shows, per sex, a count per category and the sex's n, which is their
 * sum; each category's count and each n also sums over the groups of a `by` variable to the
 * overall row. Every one of those numbers is a unit of its own: a count from 1 to
 * below − 1 is hidden, and complements are taken, one relation at a time, until no hidden
 * unit follows from the visible ones. Complements come from another category of the same
 * row before an n, and from a group before the overall row, so that the n per sex (the
 * headline) stays whenever it can.
 *
 * A numeric row shows, per sex, n and a summary (median, quartiles, mean, sd). A sex with
 * fewer than `below` values has its whole summary hidden (a median of three cases is a
 * person's value); its n is protected like a count (over the groups and the step's
 * accounting), and a complement loses its n only.
 */
import type {
  AdjustedComparison,
  CategoryComparison,
  CategoryResult,
  DistributionAdjusted,
  MeasureResult,
  MeasureSummary,
  PublishedCategoryComparison,
  PublishedCategoryResult,
  PublishedMeasureResult,
  PublishedMeasureSummary,
  PublishedSexCounts,
} from '../model/report.js';
import type { AccountedTable } from './accounting-suppression.js';
import { cellKey, hiddenCells, isSmallCount, type UnitTable } from './secondary-suppression.js';
import { sumRelations, type RowPlace, type SumRelation } from './sum-relations.js';

const SEXES = ['female', 'male', 'other'] as const;
const FEMALE = 0;
const MALE = 1;

const placeOf = (row: { readonly step: string; readonly by: string | null; readonly group: string | null }): RowPlace => ({ step: row.step, period: null, by: row.by, group: row.group });

/** Where each categorical row's units are: its categories first, then its n. */
export class CategoryUnits {
  private readonly base: number[] = [];
  readonly count: number;
  /** Per unit, its row and its category (-1: the row's n): size and tier are asked for at every comparison of the search for complements, and a located object each time was garbage. */
  private readonly rowOf: Int32Array;
  private readonly categoryOf: Int32Array;
  /** The rows' places, one array for the table's life (sum-relations.ts makes the relations of an array once). */
  readonly places: readonly RowPlace[];

  constructor(readonly rows: readonly CategoryResult[]) {
    this.places = rows.map(placeOf);
    let next = 0;
    for (const row of rows) {
      this.base.push(next);
      next += row.categories.length + 1;
    }
    this.count = next;
    this.rowOf = new Int32Array(next);
    this.categoryOf = new Int32Array(next);
    rows.forEach((row, at) => {
      for (let index = 0; index <= row.categories.length; index++) {
        this.rowOf[this.base[at]! + index] = at;
        this.categoryOf[this.base[at]! + index] = index < row.categories.length ? index : -1;
      }
    });
  }

  /** The unit of category `index` of `row`. */
  category(row: number, index: number): number {
    return this.base[row]! + index;
  }

  /** The unit of the row's n. */
  n(row: number): number {
    return this.base[row]! + this.rows[row]!.categories.length;
  }

  /** The row a unit belongs to, and the category it is (null: the row's n). */
  locate(unit: number): { readonly row: number; readonly category: number | null } {
    const category = this.categoryOf[unit]!;
    return { row: this.rowOf[unit]!, category: category < 0 ? null : category };
  }

  /** The row a unit belongs to. */
  rowOfUnit(unit: number): number {
    return this.rowOf[unit]!;
  }

  /** True when the unit is its row's n. */
  isN(unit: number): boolean {
    return this.categoryOf[unit]! < 0;
  }

  /** The count a unit holds for one sex. */
  size(unit: number, sex: number): number {
    const result = this.rows[this.rowOf[unit]!]!;
    const category = this.categoryOf[unit]!;
    return category < 0 ? result[SEXES[sex]!].n : result.categories[category]![SEXES[sex]!].yes;
  }
}

/** The relations of each categorical table, made once (the suppression and the accounting both ask, at every round). */
const CATEGORY_RELATIONS = new WeakMap<CategoryUnits, SumRelation[][]>();

/** Every sum a reader knows among a categorical table's units, grouped by step. */
function categoryRelations(units: CategoryUnits): SumRelation[][] {
  let relations = CATEGORY_RELATIONS.get(units);
  if (relations === undefined) CATEGORY_RELATIONS.set(units, (relations = relationsAmongUnits(units)));
  return relations;
}

function relationsAmongUnits(units: CategoryUnits): SumRelation[][] {
  const rows = units.rows;
  const places = units.places;
  const byStep = new Map<string, SumRelation[]>();
  const add = (relation: SumRelation): void => {
    const step = places[units.rowOfUnit(relation.total)]!.step;
    const relations = byStep.get(step);
    if (relations === undefined) byStep.set(step, [relation]);
    else relations.push(relation);
  };
  rows.forEach((row, at) => add({ total: units.n(at), parts: row.categories.map((_, index) => units.category(at, index)) }));
  for (const relation of sumRelations(places)) {
    const total = rows[relation.total]!;
    total.categories.forEach((category, index) => {
      const parts = relation.parts.flatMap((part) => {
        const found = rows[part]!.categories.findIndex((candidate) => candidate.value === category.value);
        return found < 0 ? [] : [units.category(part, found)];
      });
      add({ total: units.category(relation.total, index), parts });
    });
    add({ total: units.n(relation.total), parts: relation.parts.map((part) => units.n(part)) });
  }
  return [...byStep.values()];
}

/** The categorical rows as a table of units to protect. */
export function categoryUnitTable(units: CategoryUnits, below: number): UnitTable {
  return {
    units: units.count,
    sexes: SEXES.length,
    size: (unit, sex) => units.size(unit, sex),
    small: (unit, sex) => isSmallCount(units.size(unit, sex), below),
    // Another category of a group first, then of the overall row, then a group's n, the overall n last.
    tier: (unit) => (units.isN(unit) ? 2 : 0) + (units.rows[units.rowOfUnit(unit)]!.by === null ? 1 : 0),
    relationGroups: categoryRelations(units),
    prune: true,
  };
}

/** The equations of each categorical table's sums, made once (they do not depend on what is hidden). */
const CATEGORY_EQUATIONS = new WeakMap<CategoryUnits, AccountedTable['equations']>();

function categoryEquations(units: CategoryUnits): AccountedTable['equations'] {
  let equations = CATEGORY_EQUATIONS.get(units);
  if (equations === undefined) {
    equations = categoryRelations(units)
      .flat()
      .flatMap((relation) => SEXES.map((_, sex) => [[cellKey(relation.total, sex), 1] as const, ...relation.parts.map((part) => [cellKey(part, sex), -1] as const)]));
    CATEGORY_EQUATIONS.set(units, equations);
  }
  return equations;
}

/** The categorical rows as the row accounting sees them: each row's n, and the sums of the categories. */
export function categoryAccounting(units: CategoryUnits, hidden: ReadonlySet<string>): AccountedTable {
  const equations = categoryEquations(units);
  return {
    places: units.places,
    n: (row, sex) => units.rows[row]![SEXES[sex]!].n,
    nKey: (row, sex) => cellKey(units.n(row), sex),
    hidden,
    stepOf: (key) => units.rows[units.locate(Number(key.split(':')[0])).row]!.step,
    equations,
  };
}

/** The places of each array of numeric rows, one array for the rows' life (sum-relations.ts makes the relations of an array once). */
const MEASURE_PLACES = new WeakMap<readonly MeasureResult[], readonly RowPlace[]>();
function measurePlaces(rows: readonly MeasureResult[]): readonly RowPlace[] {
  let places = MEASURE_PLACES.get(rows);
  if (places === undefined) MEASURE_PLACES.set(rows, (places = rows.map(placeOf)));
  return places;
}

/** The hidden cells (cellKey(row, sex)) of the numeric rows: n from 1 to below − 1, and the complements that protect them. */
export function hiddenMeasureCells(rows: readonly MeasureResult[], below: number, alsoHidden: ReadonlySet<string>): Set<string> {
  return hiddenCells({ places: measurePlaces(rows), counts: rows.map((row) => SEXES.map((sex) => [row[sex].n])), sexes: SEXES.length }, below, alsoHidden);
}

/** The numeric rows as the row accounting sees them: each row's n per sex. */
export function measureAccounting(rows: readonly MeasureResult[], hidden: ReadonlySet<string>): AccountedTable {
  return {
    places: measurePlaces(rows),
    n: (row, sex) => rows[row]![SEXES[sex]!].n,
    nKey: cellKey,
    hidden,
    stepOf: (key) => rows[Number(key.split(':')[0])]!.step,
    equations: [],
  };
}

function hideComparisonEvidence(comparison: AdjustedComparison): AdjustedComparison {
  return { ...comparison, statistic: null, p: null, q: null, oddsRatio: null, riskDiffPp: null, homogeneityP: null, homogeneityQ: null, strataRange: null };
}

function hideDistributionEvidence(adjusted: DistributionAdjusted): DistributionAdjusted {
  return { ...adjusted, statistic: null, p: null, q: null };
}

/** One category as published: a hidden count or n is null, and so is every figure of the female–male comparison it enters. */
function publishCategory(category: CategoryComparison, nHidden: readonly boolean[], countHidden: readonly boolean[]): PublishedCategoryComparison {
  const side = (sex: number): PublishedSexCounts => {
    const counts = category[SEXES[sex]!];
    const hidden = nHidden[sex]! || countHidden[sex]!;
    return { n: nHidden[sex] ? null : counts.n, yes: countHidden[sex] ? null : counts.yes, share: hidden ? null : counts.share };
  };
  const published = { ...category, female: side(0), male: side(1), other: side(2), suppressed: SEXES.some((_, sex) => nHidden[sex] || countHidden[sex]) };
  const compared = [FEMALE, MALE].some((sex) => nHidden[sex] || countHidden[sex]);
  if (!compared) return published;
  return { ...published, diffPp: null, ci95: null, statistic: null, p: null, q: null, adjusted: category.adjusted.map(hideComparisonEvidence) };
}

/** The categorical rows as published, given their hidden units. */
export function publishCategoryRows(units: CategoryUnits, hidden: ReadonlySet<string>): PublishedCategoryResult[] {
  return units.rows.map((row, at) => {
    const nHidden = SEXES.map((_, sex) => hidden.has(cellKey(units.n(at), sex)));
    const categories = row.categories.map((category, index) =>
      publishCategory(category, nHidden, SEXES.map((_, sex) => hidden.has(cellKey(units.category(at, index), sex)))),
    );
    const sexHidden = (sex: number): boolean => nHidden[sex]! || row.categories.some((_, index) => hidden.has(cellKey(units.category(at, index), sex)));
    const n = (sex: number) => ({ n: nHidden[sex] ? null : row[SEXES[sex]!].n });
    const published = { ...row, female: n(0), male: n(1), other: n(2), categories, suppressed: SEXES.some((_, sex) => sexHidden(sex)) };
    // The whole table's tests are computed from every count of both sexes: one hidden count, and they could give it back.
    if (!sexHidden(FEMALE) && !sexHidden(MALE)) return published;
    return {
      ...published,
      statistic: null,
      p: null,
      q: null,
      trend: row.trend === null ? null : { ...row.trend, statistic: null, p: null, q: null, higher: null },
      adjusted: row.adjusted.map(hideDistributionEvidence),
    };
  });
}

const HIDDEN_SUMMARY: PublishedMeasureSummary = { n: null, median: null, q1: null, q3: null, mean: null, sd: null };

function publishSummary(summary: MeasureSummary, hidden: boolean, below: number): PublishedMeasureSummary {
  if (!hidden) return summary;
  // Too few values: every figure is close to a person's value. A complement keeps its figures and loses its n.
  return isSmallCount(summary.n, below) ? HIDDEN_SUMMARY : { ...summary, n: null };
}

/** The numeric rows as published, given their hidden cells. */
export function publishMeasureRows(rows: readonly MeasureResult[], hidden: ReadonlySet<string>, below: number): PublishedMeasureResult[] {
  return rows.map((row, at) => {
    const sexHidden = SEXES.map((_, sex) => hidden.has(cellKey(at, sex)));
    const published = {
      ...row,
      female: publishSummary(row.female, sexHidden[0]!, below),
      male: publishSummary(row.male, sexHidden[1]!, below),
      other: publishSummary(row.other, sexHidden[2]!, below),
      suppressed: sexHidden.some(Boolean),
    };
    if (!sexHidden[FEMALE] && !sexHidden[MALE]) return published;
    return { ...published, statistic: null, p: null, q: null, estimate: null, ci95: null, welch: null, adjusted: row.adjusted.map(hideDistributionEvidence) };
  });
}

