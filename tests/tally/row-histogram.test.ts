/**
 * Repeated rows held in a histogram (row-histogram.ts) and counted per combination: on
 * its own (holding, growth, the cap, the fallback to row by row), and in a tally, which
 * must count exactly as one pass row by row does (text rows are never held), whenever it
 * is read, merged or snapshotted, with errors at the same lines and persons never held.
 */
import { describe, expect, it, vi } from 'vitest';
import { validateConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { ColumnResolver } from '../../src/tally/columns.js';
import { MAX_HELD, RowHistogram, WARM_UP_ROWS } from '../../src/tally/row-histogram.js';
import { Tally } from '../../src/tally/tally.js';
import { tallyTables } from '../helpers/tally-tables.js';

/** A histogram over `ids` whose columns have the given numbers of distinct values; hand-backs are recorded. */
function histogram(ids: Int32Array, distinct: number[], limits: { warmUpRows?: number; maxEntries?: number } = {}) {
  const handedBack: { ids: number[]; rows: number }[] = [];
  const held = new RowHistogram(ids, { length: ids.length, distinct: (slot) => distinct[slot]! }, (rows) => handedBack.push({ ids: [...ids], rows }), {
    warmUpRows: 0,
    ...limits,
  });
  return { held, handedBack };
}

describe('RowHistogram', () => {
  it('holds the repeats of a combination and hands them back once, with their ids', () => {
    const ids = new Int32Array(2);
    const { held, handedBack } = histogram(ids, [2, 3]);
    const feed = (first: number, second: number) => {
      ids[0] = first;
      ids[1] = second;
      return held.hold();
    };
    expect([feed(1, 2), feed(1, 2), feed(1, 2), feed(0, 2), feed(0, 0), feed(0, 2)]).toEqual([false, true, true, false, false, true]);
    ids.set([1, 1]);
    held.flush();
    expect(handedBack).toEqual([
      { ids: [1, 2], rows: 2 },
      { ids: [0, 2], rows: 1 },
    ]);
    // The row being read is kept, and what was handed back is forgotten.
    expect([...ids]).toEqual([1, 1]);
    held.flush();
    expect(handedBack).toHaveLength(2);
    expect(feed(1, 2)).toBe(false);
  });

  it('hands the repeats of a combination back when its count is full', () => {
    const ids = new Int32Array([0]);
    const { held, handedBack } = histogram(ids, [1]);
    const results = Array.from({ length: 70_000 }, () => held.hold());
    expect(results.filter((result) => !result)).toHaveLength(1);
    // Handed back each time the count is full: 70,000 − 1 repeats in 274 full loads and a rest.
    expect(handedBack).toEqual(Array.from({ length: Math.floor(69_999 / MAX_HELD) }, () => ({ ids: [0], rows: MAX_HELD })));
    held.flush();
    expect(handedBack.reduce((rows, back) => rows + back.rows, 0)).toBe(70_000 - 1);
  });

  it('counts the warm-up rows one by one', () => {
    const ids = new Int32Array(1);
    const { held } = histogram(ids, [1], { warmUpRows: 3 });
    expect([held.hold(), held.hold(), held.hold(), held.hold(), held.hold()]).toEqual([false, false, false, false, true]);
  });

  it('grows when a new value comes: what is held is handed back first', () => {
    const ids = new Int32Array(2);
    const { held, handedBack } = histogram(ids, [1, 1]);
    ids.set([0, 0]);
    held.hold();
    held.hold();
    ids.set([0, 5]);
    expect(held.hold()).toBe(false);
    expect(handedBack).toEqual([{ ids: [0, 0], rows: 1 }]);
    expect([...ids]).toEqual([0, 5]);
    expect(held.hold()).toBe(true);
    expect(held.hold()).toBe(true);
    ids.set([0, 0]);
    expect(held.hold()).toBe(false);
    expect(held.hold()).toBe(true);
    held.flush();
    expect(handedBack.slice(1)).toEqual([
      { ids: [0, 5], rows: 2 },
      { ids: [0, 0], rows: 1 },
    ]);
  });

  it('leaves a cell that is not interned to be counted now', () => {
    const ids = new Int32Array([0, -1]);
    const { held } = histogram(ids, [1, 1]);
    expect([held.hold(), held.hold()]).toEqual([false, false]);
  });

  it('counts row by row for good when the combinations would not fit', () => {
    const ids = new Int32Array(2);
    const { held, handedBack } = histogram(ids, [4, 4], { maxEntries: 20 });
    ids.set([3, 3]);
    expect([held.hold(), held.hold()]).toEqual([false, true]);
    // 4 × 5 fits; 4 × 7 (a quarter more room) and 4 × 6 do not.
    ids.set([3, 4]);
    expect(held.hold()).toBe(false);
    expect(held.isStopped).toBe(false);
    ids.set([3, 5]);
    expect(held.hold()).toBe(false);
    expect(held.isStopped).toBe(true);
    expect(handedBack).toEqual([{ ids: [3, 3], rows: 1 }]);
    expect(held.hold()).toBe(false);
    const { held: tooLarge } = histogram(ids, [100, 100], { maxEntries: 1000 });
    expect(tooLarge.hold()).toBe(false);
    expect(tooLarge.isStopped).toBe(true);
  });

  it('stops holding when most rows are the first of their combination', () => {
    const ids = new Int32Array(1);
    const { held } = histogram(ids, [1 << 20], { maxEntries: 1 << 20 });
    for (let id = 0; id < 1 << 18; id++) {
      ids[0] = id;
      held.hold();
    }
    expect(held.isStopped).toBe(true);
  });
});

const HEADER = ['Kön', 'Stadsdel', 'Ålder', 'Beslut', 'Antal', 'Id', 'Risk'];
const CASES = {
  sex: { column: 'Kön' },
  count: 'Antal',
  by: ['Stadsdel', 'Stadsdel*Åldersgrupp'],
  derive: { Åldersgrupp: { bins: { column: 'Ålder', edges: [0, 7, 13, 18] } } },
  explain: { need: ['Risk', 'Åldersgrupp'] },
  steps: [
    { name: 'Beviljad', outcome: { column: 'Beslut', equals: 'Ja' } },
    { name: 'Bland ja', among: { column: 'Beslut', in: ['Ja', 'Nej'] }, outcome: { column: 'Stadsdel', in: ['Farsta'] } },
  ],
};
const CELLS = [
  ['Flicka', 'Pojke', 'flicka', ' Pojke', '', 'Annat'],
  ['Farsta', 'Bromma', 'Älvsjö', '', ' Farsta'],
  ['3', '8', '15', '17', '', 'x', '20'],
  ['Ja', 'Nej', '', 'Kanske'],
  ['1', '12', '0', '', 'tolv', '..', '-', '.'],
  ['1', '2', '3'],
  ['Låg', 'Hög', ''],
];

function makeTally(config: Record<string, unknown> = CASES): Tally {
  return new Tally(validateConfig(config, 'test.yml'), new ColumnResolver(HEADER, 'x.csv', 'test.yml'));
}

/**
 * `count` rows drawn by a seeded generator from 400 combinations of CELLS (an extract
 * repeats itself); late rows bring new values (after the warm-up).
 */
function rows(count: number, seed = 1): string[][] {
  let state = seed;
  const next = (below: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % below;
  };
  const pool = Array.from({ length: 400 }, () => CELLS.map((cells) => cells[next(cells.length)]!));
  return Array.from({ length: count }, (_, index) => {
    const row = [...pool[next(pool.length)]!];
    if (index > WARM_UP_ROWS && next(500) === 0) row[2] = String(index % 40);
    return row;
  });
}

/** Feeds a row interned, as the scanner does. */
function addInterned(tally: Tally, row: readonly string[], line: number): void {
  tally.usedColumns.forEach((column, slot) => {
    tally.row.ids[slot] = tally.valueTables[slot]!.idOf(row[column]!);
  });
  tally.addInterned(line);
}

/** Everything a tally says, keyed by values. */
function dump(tally: Tally) {
  const { rows: read, inputExcluded, steps } = tally.state;
  return {
    read,
    inputExcluded,
    steps: steps.map(({ taken, notSelected, usedRows, usedCases, persons, excluded }) => ({ taken, notSelected, usedRows, usedCases, persons, excluded })),
    ...tallyTables(tally),
  };
}

describe('Tally with repeated rows held', () => {
  const extract = rows(3 * WARM_UP_ROWS);

  it('counts as one pass row by row does, read mid-way or not', () => {
    const byRow = makeTally();
    const held = makeTally();
    const readMidway = makeTally();
    const hold = vi.spyOn(RowHistogram.prototype, 'hold');
    extract.forEach((row, index) => {
      byRow.add(row, false, index + 2);
      addInterned(held, row, index + 2);
      addInterned(readMidway, row, index + 2);
      if (index % 5000 === 4999) {
        expect(readMidway.state.rows).toBe(index + 1);
        expect(dump(readMidway)).toEqual(dump(byRow));
      }
    });
    for (const tally of [byRow, held, readMidway]) tally.finish();
    // Most rows were held (the test would prove nothing otherwise).
    expect(hold.mock.results.filter((result) => result.value === true).length).toBeGreaterThan(extract.length);
    hold.mockRestore();
    expect(dump(held)).toEqual(dump(byRow));
    expect(dump(readMidway)).toEqual(dump(byRow));
  });

  it('merges and snapshots as one pass does, wherever the rows are cut', () => {
    const whole = makeTally();
    extract.forEach((row, index) => whole.add(row, false, index + 2));
    whole.finish();
    for (const cut of [1000, WARM_UP_ROWS + 7, 2 * WARM_UP_ROWS]) {
      const first = makeTally();
      const second = makeTally();
      extract.forEach((row, index) => addInterned(index < cut ? first : second, row, index + 2));
      first.merge(second.snapshot());
      // The first part goes on counting after the merge (the next file).
      const next = makeTally();
      extract.slice(0, 100).forEach((row, index) => {
        addInterned(first, row, index + 2);
        next.add(row, false, index + 2);
      });
      const reference = makeTally();
      extract.forEach((row, index) => reference.add(row, false, index + 2));
      extract.slice(0, 100).forEach((row, index) => reference.add(row, false, index + 2));
      first.finish();
      reference.finish();
      expect(dump(first)).toEqual(dump(reference));
    }
  });

  it('stops at the line of the first row of a combination that is an error', () => {
    const tally = makeTally();
    const line = extract.length + 2;
    extract.forEach((row, index) => addInterned(tally, row, index + 2));
    const personnummer = ['Pojke', '19121212-1212', '3', 'Ja', '1', '1', 'Låg'];
    let caught: unknown = null;
    try {
      addInterned(tally, personnummer, line);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).place).toMatchObject({ line });
  });

  it('lets its histogram go when counting ends, and still counts a row added after', () => {
    const byRow = makeTally();
    const held = makeTally();
    extract.forEach((row, index) => {
      byRow.add(row, false, index + 2);
      addInterned(held, row, index + 2);
    });
    held.finish();
    const hold = vi.spyOn(RowHistogram.prototype, 'hold');
    extract.slice(0, 50).forEach((row, index) => {
      byRow.add(row, false, index + 2);
      addInterned(held, row, index + 2);
    });
    expect(hold.mock.results.every((result) => result.value === false)).toBe(true);
    hold.mockRestore();
    byRow.finish();
    held.finish();
    expect(dump(held)).toEqual(dump(byRow));
  });

  it('never holds rows when persons are counted', () => {
    const { count: _, ...withoutCount } = CASES;
    const persons = { ...withoutCount, unit: { id: 'Id', rule: 'any' } };
    const byRow = makeTally(persons);
    const interned = makeTally(persons);
    extract.forEach((row, index) => {
      byRow.add(row, false, index + 2);
      addInterned(interned, row, index + 2);
    });
    byRow.finish();
    interned.finish();
    expect(dump(interned)).toEqual(dump(byRow));
    expect(interned.state.steps[0]!.persons).toBeGreaterThan(0);
  });
});

describe('Tally with a numeric step: its column is left out of the combinations', () => {
  const header = ['Kön', 'Stadsdel', 'Ålder', 'Beslut', 'Dagar', 'Risk', 'Timmar'];
  const config = {
    sex: { column: 'Kön' },
    by: ['Stadsdel', 'Stadsdel*Åldersgrupp'],
    derive: { Åldersgrupp: { bins: { column: 'Ålder', edges: [0, 7, 13, 18] } } },
    explain: { need: ['Risk'] },
    steps: [
      { name: 'Beviljad', outcome: { column: 'Beslut', equals: 'Ja' } },
      { name: 'Tid', among: { column: 'Beslut', equals: 'Ja' }, measure: { column: 'Dagar', unit: 'dagar' } },
      { name: 'Risk', categories: { column: 'Risk' } },
      // A numeric column that is also a `by` variable elsewhere would stay in the combination: Ålder here.
      { name: 'Ålder', measure: { column: 'Ålder', unit: 'år' } },
      { name: 'Timmar', measure: { column: 'Timmar', unit: 'timmar' } },
    ],
  };
  const cells = [
    ['Flicka', 'Pojke', 'flicka', ' Pojke', '', 'Annat'],
    ['Farsta', 'Bromma', 'Älvsjö', '', 'Totalt'],
    ['3', '8', '15', '17', '', 'x', '20'],
    ['Ja', 'Nej', ''],
    ['Låg', 'Hög', ''],
  ];
  const make = () => new Tally(validateConfig(config, 'test.yml'), new ColumnResolver(header, 'x.csv', 'test.yml'));
  /** Rows from 300 combinations of the other cells, each with its own draw of days (2,000 values, blanks, text, decimals) and hours. */
  function measureRows(count: number): string[][] {
    let state = 7;
    const next = (below: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % below;
    };
    const pool = Array.from({ length: 300 }, () => cells.map((column) => column[next(column.length)]!));
    return Array.from({ length: count }, () => {
      const [sex, district, age, decision, risk] = pool[next(pool.length)]!;
      const draw = next(2100);
      const days = draw < 2000 ? String(draw) : draw < 2040 ? '' : draw < 2070 ? 'okänt' : `${draw - 2070},5`;
      return [sex!, district!, age!, decision!, days, risk!, String(next(30))];
    });
  }
  const extract = measureRows(4 * WARM_UP_ROWS);

  it('counts as one pass row by row does, with the values in the same order, and holds most rows', () => {
    const byRow = make();
    const held = make();
    const hold = vi.spyOn(RowHistogram.prototype, 'hold');
    extract.forEach((row, index) => {
      byRow.add(row, false, index + 2);
      addInterned(held, row, index + 2);
      if (index === 2 * WARM_UP_ROWS) expect(dump(held)).toEqual(dump(byRow));
    });
    byRow.finish();
    held.finish();
    expect(hold.mock.results.filter((result) => result.value === true).length).toBeGreaterThan(extract.length / 2);
    hold.mockRestore();
    expect(dump(held)).toEqual(dump(byRow));
    // Every kind of row was there: blank and bad values, total rows.
    expect(held.state.steps[1]!.excluded['invalid-measure']).toBeGreaterThan(0);
    expect(held.state.steps[1]!.excluded['missing-outcome']).toBeGreaterThan(0);
    expect(held.state.inputExcluded['total-row']).toBeGreaterThan(0);
  });

  it('merges as one pass does, wherever the rows are cut', () => {
    const reference = make();
    extract.forEach((row, index) => reference.add(row, false, index + 2));
    reference.finish();
    for (const cut of [1000, WARM_UP_ROWS + 7, 3 * WARM_UP_ROWS]) {
      const first = make();
      const second = make();
      extract.forEach((row, index) => addInterned(index < cut ? first : second, row, index + 2));
      first.merge(second.snapshot());
      first.finish();
      expect(dump(first)).toEqual(dump(reference));
    }
  });
});
