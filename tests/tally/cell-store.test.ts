/**
 * The cell store on its own: its layout is its business, readers get counts by name.
 * The binary kind is what the tally uses; a store of four categories (not wired to any
 * configuration) shows that another categorical outcome is the same store.
 */
import { describe, expect, it } from 'vitest';
import { binaryCounts, CategoryCells, cellStoreFor, EMPTY_TABLE, isEmptyTable, NO, YES } from '../../src/tally/cell-store.js';

const FEMALE = 0;
const MALE = 1;
const OTHER = 2;

describe('cell store, binary outcome', () => {
  it('counts a row in every table of its layers, and reads them back by name', () => {
    const store = cellStoreFor({ kind: 'binary' });
    const tableOf = Int32Array.from([0, 5, 9]);
    store.reserve(10);
    store.addToTables(tableOf, [0, 2], FEMALE, YES, 3);
    store.addToTables(tableOf, [0, 1], MALE, NO, 1);
    store.addToTables(tableOf, [0], OTHER, YES, 2);
    expect(binaryCounts(store, 0)).toEqual({ female: { yes: 3, no: 0 }, male: { yes: 0, no: 1 }, other: { yes: 2, no: 0 } });
    expect(binaryCounts(store, 5)).toEqual({ female: { yes: 0, no: 0 }, male: { yes: 0, no: 1 }, other: { yes: 0, no: 0 } });
    expect(binaryCounts(store, 9)).toEqual({ female: { yes: 3, no: 0 }, male: { yes: 0, no: 0 }, other: { yes: 0, no: 0 } });
    expect(store.isEmpty(1)).toBe(true);
    expect(store.isEmpty(9)).toBe(false);
  });

  it('reads zeros for tables beyond what it holds, and grows on add', () => {
    const store = cellStoreFor({ kind: 'binary' });
    expect(binaryCounts(store, 10_000)).toEqual(EMPTY_TABLE);
    expect(store.isEmpty(10_000)).toBe(true);
    store.add(10_000, MALE, YES, 1);
    expect(binaryCounts(store, 10_000).male).toEqual({ yes: 1, no: 0 });
    expect(isEmptyTable(binaryCounts(store, 10_000))).toBe(false);
    expect(isEmptyTable(EMPTY_TABLE)).toBe(true);
  });

  it('merges plain cells by table number, as a second tally sends them', () => {
    const first = cellStoreFor({ kind: 'binary' });
    const second = cellStoreFor({ kind: 'binary' });
    first.add(0, FEMALE, YES, 1);
    second.add(0, FEMALE, NO, 2);
    second.add(1, MALE, YES, 4);
    const plain = second.toPlain(2);
    expect(plain).toHaveLength(2 * first.cellsPerTable);
    // The second tally's table 0 is the first's table 3; its table 1 is the first's table 0.
    first.addPlain(plain, [3, 0]);
    expect(binaryCounts(first, 0)).toEqual({ female: { yes: 1, no: 0 }, male: { yes: 4, no: 0 }, other: { yes: 0, no: 0 } });
    expect(binaryCounts(first, 3)).toEqual({ female: { yes: 0, no: 2 }, male: { yes: 0, no: 0 }, other: { yes: 0, no: 0 } });
  });
});

describe('cell store, four categories (a categorical outcome)', () => {
  it('keeps one count per sex and category, apart from its neighbours', () => {
    const store = new CategoryCells(4);
    expect(store.cellsPerTable).toBe(12);
    const tableOf = Int32Array.from([0, 1]);
    store.reserve(2);
    for (let category = 0; category < 4; category++) {
      store.addToTables(tableOf, [0, 1], FEMALE, category, category + 1);
      store.addToTables(tableOf, [1], OTHER, category, 10 * (category + 1));
    }
    store.add(0, MALE, 3, 7);
    const read = (table: number, sex: number) => [0, 1, 2, 3].map((category) => store.count(table, sex, category));
    expect(read(0, FEMALE)).toEqual([1, 2, 3, 4]);
    expect(read(0, MALE)).toEqual([0, 0, 0, 7]);
    expect(read(0, OTHER)).toEqual([0, 0, 0, 0]);
    expect(read(1, FEMALE)).toEqual([1, 2, 3, 4]);
    expect(read(1, OTHER)).toEqual([10, 20, 30, 40]);
    const copy = new CategoryCells(4);
    copy.addPlain(store.toPlain(2), [1, 0]);
    expect([0, 1, 2, 3].map((category) => copy.count(0, OTHER, category))).toEqual([10, 20, 30, 40]);
  });
});

describe('cell store, categories discovered while reading', () => {
  it('grows its room for categories, keeping every count where it was', () => {
    const store = new CategoryCells(2);
    store.reserve(3);
    const tableOf = Int32Array.from([2, 0]);
    store.addToTables(tableOf, [0, 1], MALE, 1, 5);
    store.growCategories(3);
    expect(store.categories).toBe(4);
    store.addToTables(tableOf, [0], MALE, 2, 1);
    expect([0, 1, 2, 3].map((category) => store.count(2, MALE, category))).toEqual([0, 5, 1, 0]);
    expect([0, 1, 2, 3].map((category) => store.count(0, MALE, category))).toEqual([0, 5, 0, 0]);
    expect(store.count(0, FEMALE, 1)).toBe(0);
  });

  it('adds the cells of another part whose categories are numbered otherwise', () => {
    const part = new CategoryCells(3);
    part.add(0, FEMALE, 0, 2);
    part.add(1, OTHER, 2, 4);
    const whole = new CategoryCells(2);
    whole.add(0, FEMALE, 1, 1);
    // The part's category 0 is the whole's 1, its 1 the whole's 0, its 2 a new one (2); its table 1 is the whole's 0.
    whole.addPlainCategories(part.toPlain(2), part.categories, [1, 0, 2], [1, 0]);
    expect(whole.categories).toBeGreaterThanOrEqual(3);
    expect([0, 1, 2].map((category) => whole.count(0, FEMALE, category))).toEqual([0, 1, 0]);
    expect([0, 1, 2].map((category) => whole.count(0, OTHER, category))).toEqual([0, 0, 4]);
    expect([0, 1, 2].map((category) => whole.count(1, FEMALE, category))).toEqual([0, 2, 0]);
  });
});
