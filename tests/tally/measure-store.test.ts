/**
 * The numeric step's store on its own, against the plainest model of what it must hold: a
 * map per (table, sex) from value to the sum of the weights added. Its blocks are made
 * lazily and hold 16-bit counts until one overflows, then 64-bit ones; none of that may
 * show in what it reads back, merges or sends (fast-check seed convention in
 * tests/helpers/fast-check-seed.ts).
 */
import '../helpers/fast-check-seed.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK, DENSE_VALUES, MeasureCells } from '../../src/tally/measure-store.js';

const SEXES = 3;

/** The model: per table and sex, value → summed weight. */
class ModelCells {
  readonly cells = new Map<string, Map<number, number>>();

  add(table: number, sex: number, value: number, weight: number): void {
    const key = `${table}/${sex}`;
    let counts = this.cells.get(key);
    if (counts === undefined) this.cells.set(key, (counts = new Map()));
    counts.set(value, (counts.get(value) ?? 0) + weight);
  }

  /** Positive counts, ascending by value. */
  pairs(table: number, sex: number): [number, number][] {
    return [...(this.cells.get(`${table}/${sex}`) ?? new Map<number, number>())].filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  }
}

function pairsOf(store: MeasureCells, table: number, sex: number): [number, number][] {
  const { values, counts, n } = store.countsOf(table, sex);
  const pairs = [...values].map((value, index): [number, number] => [value, counts[index]!]);
  expect(n).toBe(pairs.reduce((sum, [, count]) => sum + count, 0));
  return pairs;
}

/** One row: a value counted with a weight for one sex in the tables of some layers. */
interface Addition {
  readonly value: number;
  readonly sex: number;
  readonly weight: number;
  readonly layers: readonly number[];
}

const TABLES = 6;
const LAYERS = 3;

/** Values from a small set (the dense blocks) or a large one (past DENSE_VALUES distinct values: maps), weights small or large. */
const addition = (values: number): fc.Arbitrary<Addition> =>
  fc.record({
    value: fc.integer({ min: 0, max: values - 1 }).map((value) => value / 4 - 3),
    sex: fc.integer({ min: 0, max: SEXES - 1 }),
    weight: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 30_000, max: 70_000 }), fc.constant(2 ** 32 - 1)),
    layers: fc.subarray([0, 1, 2], { minLength: 1 }),
  });

/**
 * Counts the additions into a store and the model; tableOf[layer] per row is drawn from
 * `placements`. `seenBefore` values are interned first and never counted, so that the
 * values counted get ids up to and past DENSE_VALUES (blocks and maps side by side).
 */
function countBoth(additions: readonly Addition[], placements: readonly (readonly number[])[], seenBefore = 0): { store: MeasureCells; model: ModelCells } {
  const store = new MeasureCells();
  const model = new ModelCells();
  for (let value = 0; value < seenBefore; value++) store.values.idOf(1e6 + value);
  store.reserve(TABLES);
  additions.forEach(({ value, sex, weight, layers }, row) => {
    const tableOf = Int32Array.from(placements[row % placements.length]!);
    store.addToTables(tableOf, layers, sex, store.values.idOf(value), weight);
    for (const layer of layers) model.add(tableOf[layer]!, sex, value, weight);
  });
  return { store, model };
}

const placement = fc.array(fc.integer({ min: 0, max: TABLES - 1 }), { minLength: LAYERS, maxLength: LAYERS });

function expectSame(store: MeasureCells, model: ModelCells, tables = TABLES): void {
  for (let table = 0; table < tables; table++) {
    for (let sex = 0; sex < SEXES; sex++) expect(pairsOf(store, table, sex), `table ${table}, sex ${sex}`).toEqual(model.pairs(table, sex));
    expect(store.isEmpty(table)).toBe([0, 1, 2].every((sex) => model.pairs(table, sex).length === 0));
  }
}

describe('measure store', () => {
  it('holds what a value → count map per table and sex holds, for few and many distinct values and any weights', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(addition(40), { maxLength: 300 }), fc.array(addition(400), { maxLength: 600 })),
        fc.array(placement, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(0, DENSE_VALUES - 30),
        (additions, placements, seenBefore) => {
          const { store, model } = countBoth(additions, placements, seenBefore);
          expectSame(store, model);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('merges plain cells from another store (by value, tables renumbered) as if it had counted them itself', () => {
    fc.assert(
      fc.property(
        fc.array(addition(400), { maxLength: 400 }),
        fc.array(addition(60), { maxLength: 200 }),
        fc.array(placement, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(0, DENSE_VALUES - 30),
        (firstPart, secondPart, placements, seenBefore) => {
          const { store: first, model } = countBoth(firstPart, placements, seenBefore);
          const { store: second } = countBoth(secondPart, placements, DENSE_VALUES - 10 - seenBefore);
          // The other store's table t is this store's table TABLES - 1 - t; its table 0 is left out.
          const tableIds = Array.from({ length: TABLES }, (_, table) => (table === 0 ? undefined : TABLES - 1 - table));
          const plain = structuredClone(second.toPlain(TABLES));
          expect(plain.buffer.byteLength).toBe(plain.byteLength);
          first.addPlain(plain, tableIds);
          secondPart.forEach(({ value, sex, weight, layers }, row) => {
            for (const layer of layers) {
              const into = tableIds[placements[row % placements.length]![layer]!];
              if (into !== undefined) model.add(into, sex, value, weight);
            }
          });
          expectSame(first, model);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('moves a block to wider counts when one passes 65,535, and stays exact past 2^32', () => {
    const store = new MeasureCells();
    store.reserve(1);
    const tableOf = Int32Array.from([0]);
    const [low, other] = [store.values.idOf(1), store.values.idOf(2)];
    store.addToTables(tableOf, [0], 0, other, 7);
    for (let row = 0; row < 65_535; row++) store.addToTables(tableOf, [0], 0, low, 1);
    expect(pairsOf(store, 0, 0)).toEqual([[1, 65_535], [2, 7]]);
    store.addToTables(tableOf, [0], 0, low, 1);
    expect(pairsOf(store, 0, 0)).toEqual([[1, 65_536], [2, 7]]);
    store.addToTables(tableOf, [0], 0, low, 2 ** 32 - 1);
    store.addToTables(tableOf, [0], 0, other, 2 ** 32 - 1);
    store.addToTables(tableOf, [0], 0, other, 2 ** 32 - 1);
    expect(pairsOf(store, 0, 0)).toEqual([[1, 65_536 + 2 ** 32 - 1], [2, 7 + 2 * (2 ** 32 - 1)]]);
    const copy = new MeasureCells();
    copy.addPlain(store.toPlain(1), [0]);
    expect(pairsOf(copy, 0, 0)).toEqual(pairsOf(store, 0, 0));
  });

  it('starts a block with wide counts when the first weight does not fit 16 bits', () => {
    const store = new MeasureCells();
    store.add(2, 1, store.values.idOf(5), 100_000);
    store.add(2, 1, store.values.idOf(5), 1);
    expect(pairsOf(store, 2, 1)).toEqual([[5, 100_001]]);
    expect(store.isEmpty(0)).toBe(true);
  });

  it('makes a block only for the ids a table and sex counts, and none for a weight of 0', () => {
    const store = new MeasureCells();
    // Values seen (interned) but counted in no table hold no room.
    for (let value = 0; value < 8 * BLOCK; value++) store.values.idOf(value);
    store.reserve(200);
    const tableOf = Int32Array.from({ length: 200 }, (_, table) => table);
    const all = Array.from({ length: 200 }, (_, table) => table);
    store.addToTables(tableOf, all, 0, 3, 1);
    store.addToTables(tableOf, all, 1, 3, 0);
    expect(pairsOf(store, 7, 0)).toEqual([[3, 1]]);
    expect(pairsOf(store, 7, 1)).toEqual([]);
    expect(store.isEmpty(7)).toBe(false);
    const held = store.byteLength;
    // A quarter of what 256 float counts per table and sex took.
    expect(held).toBeLessThan((200 * SEXES * 256 * 8) / 4);
    store.addToTables(tableOf, all, 0, 4, 1);
    expect(store.byteLength).toBe(held);
  });

  it('keeps counting right when the blocks of a page spill into chunks, and sends them', () => {
    const store = new MeasureCells();
    const model = new ModelCells();
    const tables = 70;
    store.reserve(tables);
    const values = Array.from({ length: DENSE_VALUES }, (_, id) => store.values.idOf(id * 0.5));
    const tableOf = Int32Array.from({ length: tables }, (_, table) => table);
    const before = store.byteLength;
    // Every table, sex and block of ids gets one count: far more blocks than a page holds in its own array.
    for (let table = 0; table < tables; table++) {
      for (let sex = 0; sex < SEXES; sex++) {
        for (let block = 0; block < DENSE_VALUES / BLOCK; block++) {
          const id = block * BLOCK + ((table + sex) % BLOCK);
          const weight = (table * 7 + block) % 5 === 0 ? 70_000 : 1 + (block % 3);
          store.addToTables(tableOf, [table], sex, values[id]!, weight);
          model.add(table, sex, id * 0.5, weight);
        }
      }
    }
    expect(store.byteLength).toBeGreaterThan(before);
    expectSame(store, model, tables);
    const copy = new MeasureCells();
    copy.addPlain(structuredClone(store.toPlain(tables)), Array.from({ length: tables }, (_, table) => table));
    expectSame(copy, model, tables);
  });
});
