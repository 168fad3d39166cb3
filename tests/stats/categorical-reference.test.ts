/**
 * fisherExactRx2, categoriesTest and generalizedCmh against the values R computed in
 * tests/reference/categorical-reference.R (regenerate with `npm run reference`): every number at
 * 1e-9 relative; p-values below 1e-290 only need to be as small (tolerance.ts).
 *
 * The "large" r×2 tables are the exception: there R's FEXACT merges past path values within its
 * tolerance (3.45254e-7, keeping the first value for the merged mass), so R's p is itself only
 * good to about 1e-8; ours agrees with itself to 1e-13 whatever the merging and split. Those are
 * compared at 1e-7, and with a larger work budget than the default (the budget is a time
 * policy, not part of the method).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { categoriesTest } from '../../src/stats/categories-test.js';
import { fisherExactRx2 } from '../../src/stats/fisher-exact-rx2.js';
import { generalizedCmh } from '../../src/stats/generalized-cmh.js';
import { closeTo, isClose, pValueCloseTo } from './tolerance.js';

type Maybe<T> = T | null;
type Rows = [number, number][];
interface Rx2Case {
  rows: Rows;
  large: boolean;
  rowsDropped: boolean;
  reason: Maybe<string>;
  minimumExpected: Maybe<number>;
  chi2: Maybe<{ statistic: number; parameter: number; pValue: number }>;
  fisher: Maybe<{ pValue: Maybe<number>; error: Maybe<string> }>;
}
interface StrataCase {
  strata: Rows[];
  statistic: Maybe<number>;
  parameter: Maybe<number>;
  pValue: Maybe<number>;
  reason: Maybe<string>;
  strataUsed: number;
  strataDropped: number;
  rowsDropped: boolean;
  error: Maybe<string>;
}
interface Reference {
  rx2: Rx2Case[];
  strata: StrataCase[];
}

const reference = JSON.parse(
  readFileSync(new URL('../reference/categorical-reference-values.json', import.meta.url), 'utf8'),
) as Reference;

const describeRows = (rows: Rows): string => JSON.stringify(rows);

/** R's FEXACT is good to about 1e-8 on the large tables (see above). */
const LARGE_TABLE_TOLERANCE = 1e-7;
const LARGE_TABLE_WORK = 50_000_000;

function largePValueCloseTo(actual: number | null, expected: number, label: string): void {
  if (actual === null || !isClose(actual, expected, LARGE_TABLE_TOLERANCE, 0)) {
    throw new Error(`${label}: expected ${expected}, got ${String(actual)}`);
  }
}

describe('categorical tests against R', () => {
  it('has enough cases, including Fisher choices and huge counts', () => {
    expect(reference.rx2.length).toBeGreaterThanOrEqual(300);
    expect(reference.strata.length).toBeGreaterThanOrEqual(300);
    expect(reference.rx2.filter((c) => c.fisher?.pValue != null && (c.minimumExpected ?? 5) < 5).length).toBeGreaterThan(100);
    expect(reference.rx2.some((c) => c.rows.flat().some((count) => count >= 1e5))).toBe(true);
    expect(reference.rx2.some((c) => c.rows.length === 12)).toBe(true);
    expect(reference.rx2.filter((c) => c.large && c.fisher?.pValue != null).length).toBeGreaterThanOrEqual(20);
  });

  it("fisherExactRx2 matches R's fisher.test wherever R gives a p-value", () => {
    let compared = 0;
    for (const c of reference.rx2) {
      const label = `fisher ${describeRows(c.rows)}`;
      const result = fisherExactRx2(c.rows, c.large ? { maxWork: LARGE_TABLE_WORK } : undefined);
      expect(result.warnings.includes('rows-dropped'), label).toBe(c.rowsDropped);
      if (c.reason !== null) {
        expect(result, label).toMatchObject({ test: null, pValue: null, reason: c.reason });
        continue;
      }
      if (c.fisher?.pValue == null) continue; // R failed (workspace); recorded in the JSON
      expect(result.test, label).toBe('fisher-rx2');
      if (c.large) largePValueCloseTo(result.pValue, c.fisher.pValue, label);
      else pValueCloseTo(result.pValue, c.fisher.pValue, label);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(300);
  });

  it('categoriesTest picks the test as gtsummary does and matches R', () => {
    for (const c of reference.rx2) {
      // The large tables test the exact algorithm (above), not the default time budget.
      if (c.large) continue;
      const label = `categories ${describeRows(c.rows)}`;
      const result = categoriesTest(c.rows);
      if (c.reason !== null) {
        expect(result, label).toMatchObject({ test: null, pValue: null, reason: c.reason });
        continue;
      }
      const minimumExpected = c.minimumExpected as number;
      if (minimumExpected >= 5) {
        expect(result.test, label).toBe('chi2-rx2');
        closeTo(result.statistic, c.chi2?.statistic, `${label} statistic`);
        expect(result.parameter, label).toBe(c.chi2?.parameter);
        pValueCloseTo(result.pValue, c.chi2?.pValue, `${label} p`);
      } else if (c.fisher?.pValue != null) {
        expect(result.test, label).toBe('fisher-rx2');
        pValueCloseTo(result.pValue, c.fisher.pValue, `${label} p`);
      }
    }
  });

  it("generalizedCmh matches R's mantelhaen.test", () => {
    let compared = 0;
    for (const c of reference.strata) {
      const label = `cmh ${JSON.stringify(c.strata)}`;
      const result = generalizedCmh(c.strata);
      expect(result, label).toMatchObject({ strataUsed: c.strataUsed, strataDropped: c.strataDropped });
      expect(result.warnings.includes('strata-dropped'), label).toBe(c.strataDropped > 0);
      expect(result.warnings.includes('rows-dropped'), label).toBe(c.rowsDropped);
      if (c.reason !== null) {
        expect(result, label).toMatchObject({ test: null, statistic: null, pValue: null, reason: c.reason });
        continue;
      }
      expect(result.test, label).toBe('cmh-generalized');
      closeTo(result.statistic, c.statistic, `${label} statistic`);
      expect(result.parameter, label).toBe(c.parameter);
      pValueCloseTo(result.pValue, c.pValue, `${label} p`);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(300);
  });
});
