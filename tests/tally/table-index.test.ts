/** The table index: numbers tables on first use, finds them again, lists them per layer, also past its grid. */
import { describe, expect, it } from 'vitest';
import { TableIndex } from '../../src/tally/table-index.js';

describe('TableIndex', () => {
  it('numbers tables in the order they appear and finds them again', () => {
    const index = new TableIndex([{ grouping: 0, split: 0 }, { grouping: 0, split: 1 }, { grouping: 1, split: 1 }]);
    expect(index.indexOf(0, 0, 0)).toBe(0);
    expect(index.indexOf(2, 5, 1)).toBe(1);
    expect(index.indexOf(1, 0, 3)).toBe(2);
    expect(index.indexOf(2, 5, 1)).toBe(1);
    expect(index.find(1, 0, 3)).toBe(2);
    expect(index.find(1, 0, 2)).toBe(-1);
    expect(index.find(0, 1, 0)).toBe(-1);
    expect(index.count).toBe(3);
    expect([...index.tablesIn(2)]).toEqual([1]);
    expect(index.addressOf(2)).toEqual({ layer: 1, group: 0, split: 3 });
  });

  it('places a row in every layer at once, by its groups and splits', () => {
    const index = new TableIndex([{ grouping: 0, split: 0 }, { grouping: 0, split: 1 }, { grouping: 1, split: 1 }]);
    const rowTables = new Int32Array(3);
    index.placeRow(Int32Array.from([0, 4]), Int32Array.from([0, 2]), rowTables);
    expect([...rowTables]).toEqual([0, 1, 2]);
    expect(index.addressOf(2)).toEqual({ layer: 2, group: 4, split: 2 });
    index.placeRow(Int32Array.from([0, 5]), Int32Array.from([0, 2]), rowTables);
    expect([...rowTables]).toEqual([0, 1, 3]);
    expect(index.find(2, 5, 2)).toBe(3);
  });

  it('keeps tables where it put them while its grid grows, and past the grid in a map', () => {
    const index = new TableIndex([{ grouping: 0, split: 0 }]);
    const seen = new Map<string, number>();
    // Many strata push the grid's stride up; many groups push it past its limit.
    const addresses: [number, number][] = [];
    for (let group = 0; group < 3000; group += 7) for (const split of [0, 3, 700, 1500]) addresses.push([group, split]);
    for (const [group, split] of addresses) seen.set(`${group}/${split}`, index.indexOf(0, group, split));
    expect(index.count).toBe(addresses.length);
    for (const [group, split] of addresses) {
      expect(index.find(0, group, split)).toBe(seen.get(`${group}/${split}`));
      expect(index.indexOf(0, group, split)).toBe(seen.get(`${group}/${split}`));
    }
    expect(index.count).toBe(addresses.length);
    expect(index.tablesIn(0)).toHaveLength(addresses.length);
    const plain = index.toPlain();
    for (let table = 0; table < index.count; table++) expect(seen.get(`${plain.groups[table]}/${plain.splits[table]}`)).toBe(table);
  });
});
