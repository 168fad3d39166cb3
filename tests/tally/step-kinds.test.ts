/**
 * Categorical (`categories:`) and numeric (`measure:`) steps in the tally (issue 15):
 * counted in every layout (case rows, a `count:` column, wide by sex), pooled into
 * `other`, their exclusions counted, persons' first and last rows, and the same tally
 * whatever the order of the rows or where the input is cut between threads.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../helpers/fast-check-seed.js';
import { validateConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { ColumnResolver } from '../../src/tally/columns.js';
import { DENSE_VALUES } from '../../src/tally/measure-store.js';
import { parseMeasure } from '../../src/tally/measure-value.js';
import { MAX_CATEGORIES, Tally } from '../../src/tally/tally.js';
import { tallyTables } from '../helpers/tally-tables.js';

const HEADER = ['Kön', 'Stadsdel', 'Orsak', 'Risk', 'Dagar', 'Antal', 'Pnr', 'Datum'];
type Row = [sex: string, district: string, reason: string, risk: string, days: string, count: string, id: string, date: string];

function makeTally(extra: Record<string, unknown> = {}, steps?: unknown[]): Tally {
  const config = validateConfig(
    {
      sex: { column: 'Kön' },
      by: ['Stadsdel'],
      explain: { need: ['Risk'] },
      steps: steps ?? [
        { name: 'Orsak', categories: { column: 'Orsak' } },
        { name: 'Risk', categories: { column: 'Risk', ordered: ['Låg', 'Medel', 'Hög'] } },
        { name: 'Dagar', measure: { column: 'Dagar' } },
      ],
      ...extra,
    },
    'test.yml',
  );
  return new Tally(config, new ColumnResolver(HEADER, 'x.csv', 'test.yml'));
}

function row(sex: string, district: string, reason: string, risk: string, days: string, count = '', id = '', date = ''): Row {
  return [sex, district, reason, risk, days, count, id, date];
}

/** A numeric step's sample as [value, count] pairs. */
function pairs(sample: { values: Float64Array; counts: Float64Array }): [number, number][] {
  return [...sample.values].map((value, index) => [value, sample.counts[index]!]);
}

describe('categorical steps', () => {
  it('count every value seen, shown in Swedish collation order, per sex and group', () => {
    const tally = makeTally();
    for (const cells of [
      row('Flicka', 'Farsta', 'Psykisk ohälsa', 'Låg', '3'),
      row('Flicka', 'Farsta', 'Beteende', 'Hög', '4'),
      row('Pojke', 'Bromma', 'Beteende', 'Hög', '10'),
      row('Pojke', 'Bromma', 'Ålder', 'Medel', '10'),
      row('Pojke', 'Farsta', ' Beteende ', 'Låg', '2,5'),
      row('Annat', 'Farsta', 'Annat', 'Låg', '1'),
    ]) tally.add(cells);
    expect(tally.categoryValues(0)).toEqual(['Annat', 'Beteende', 'Psykisk ohälsa', 'Ålder']);
    expect(tally.categoryTable(0, 0, 0, 0)).toEqual({ female: [0, 1, 1, 0], male: [0, 2, 0, 1], other: [1, 0, 0, 0] });
    const byDistrict = tally.layerIndex(1, 0);
    expect(tally.groupings[1]!.values).toEqual([['Farsta'], ['Bromma']]);
    expect(tally.categoryTable(0, byDistrict, 1, 0)).toEqual({ female: [0, 0, 0, 0], male: [0, 1, 0, 1], other: [0, 0, 0, 0] });
    // Listed values keep the list's order, with zeros for a value never seen.
    expect(tally.categoryValues(1)).toEqual(['Låg', 'Medel', 'Hög']);
    expect(tally.categoryTable(1, 0, 0, 0)).toEqual({ female: [1, 0, 1], male: [1, 1, 1], other: [1, 0, 0] });
    // A table the step never counted in has zeros.
    expect(tally.categoryTable(0, byDistrict, 7, 0)).toEqual({ female: [0, 0, 0, 0], male: [0, 0, 0, 0], other: [0, 0, 0, 0] });
  });

  it('give the strata of a criterion ordered by value, as splitTables does', () => {
    const tally = makeTally();
    for (const cells of [row('Flicka', 'Farsta', 'A', 'Hög', '1'), row('Pojke', 'Farsta', 'B', 'Låg', '2'), row('Pojke', 'Farsta', 'B', 'Hög', '3')]) tally.add(cells);
    const split = tally.criterionSplits[0]![0]!;
    const strata = tally.categorySplitTables(0, 0, split, 0);
    expect(strata.map((stratum) => tally.splits[split]!.values[stratum.split])).toEqual([['Hög'], ['Låg']]);
    expect(strata.map((stratum) => stratum.table)).toEqual([
      { female: [1, 0], male: [0, 1], other: [0, 0] },
      { female: [0, 0], male: [0, 1], other: [0, 0] },
    ]);
  });

  it('exclude a blank value as missing-outcome and an unlisted one as unlisted-category, counted per sex', () => {
    const tally = makeTally();
    tally.add(row('Flicka', 'Farsta', '', 'Okänd', '1'));
    tally.add(row('Pojke', 'Farsta', 'A', '  ', '1'));
    tally.add(row('Pojke', 'Farsta', 'A', 'Extrem', '1'));
    const [reason, risk] = tally.state.steps;
    expect(reason!.excluded).toMatchObject({ 'missing-outcome': 1, 'unlisted-category': 0 });
    expect(risk!.excluded).toMatchObject({ 'missing-outcome': 1, 'unlisted-category': 2 });
    expect(risk!.missingOutcomeBySex).toEqual([1, 2, 0]);
    expect(risk).toMatchObject({ taken: 3, usedRows: 0, usedCases: 0 });
    expect(tally.categoryTable(1, 0, 0, 0)).toEqual({ female: [0, 0, 0], male: [0, 0, 0], other: [0, 0, 0] });
  });

  it('pool values not listed into other, listed last', () => {
    const tally = makeTally({}, [{ name: 'Urval', categories: { column: 'Orsak', values: ['B', 'A'], other: 'Övrigt' } }]);
    for (const reason of ['A', 'B', 'C', 'D', 'Övrigt', 'A']) tally.add(row('Flicka', 'Farsta', reason, '', ''));
    expect(tally.categoryValues(0)).toEqual(['B', 'A', 'Övrigt']);
    expect(tally.categoryTable(0, 0, 0, 0).female).toEqual([1, 2, 3]);
    expect(tally.state.steps[0]!.excluded['unlisted-category']).toBe(0);
  });

  it('with other and no list, pool the values with fewer than minN cases in the overall table, in every table alike', () => {
    const tally = makeTally({ thresholds: { minN: 3 } }, [{ name: 'Orsak', categories: { column: 'Orsak', other: 'Övrigt' } }]);
    const rows = [
      ...Array.from({ length: 3 }, () => row('Flicka', 'Farsta', 'Vanlig', '', '')),
      row('Pojke', 'Bromma', 'Vanlig', '', ''),
      ...Array.from({ length: 2 }, () => row('Pojke', 'Bromma', 'Sällsynt', '', '')),
      row('Flicka', 'Bromma', 'Ovanlig', '', ''),
      ...Array.from({ length: 3 }, () => row('Pojke', 'Farsta', 'Annan', '', '')),
    ];
    rows.forEach((cells) => tally.add(cells));
    expect(tally.categoryValues(0)).toEqual(['Annan', 'Vanlig', 'Övrigt']);
    expect(tally.categoryTable(0, 0, 0, 0)).toEqual({ female: [0, 3, 1], male: [3, 1, 2], other: [0, 0, 0] });
    // Bromma has none of Annan, and its rare values in other, as decided overall.
    expect(tally.categoryTable(0, tally.layerIndex(1, 0), 1, 0)).toEqual({ female: [0, 0, 1], male: [0, 1, 2], other: [0, 0, 0] });
    // With nothing rare, there is nothing to pool and no other.
    const common = makeTally({ thresholds: { minN: 1 } }, [{ name: 'Orsak', categories: { column: 'Orsak', other: 'Övrigt' } }]);
    rows.forEach((cells) => common.add(cells));
    expect(common.categoryValues(0)).toEqual(['Annan', 'Ovanlig', 'Sällsynt', 'Vanlig']);
  });

  it(`stop the run at more than ${MAX_CATEGORIES} categories, naming the column and the count`, () => {
    const tally = makeTally({}, [{ name: 'Orsak', categories: { column: 'Orsak' } }]);
    for (let value = 0; value <= MAX_CATEGORIES; value++) tally.add(row('Flicka', 'Farsta', `Orsak ${value}`, '', ''));
    expect(() => tally.categoryValues(0)).toThrow(expect.objectContaining({ code: 'too-many-categories', args: { step: 'Orsak', column: 'Orsak', count: 51, limit: 50 } }));
    // Pooled, they fit.
    const pooled = makeTally({}, [{ name: 'Orsak', categories: { column: 'Orsak', other: 'Övrigt' } }]);
    for (let value = 0; value <= MAX_CATEGORIES; value++) pooled.add(row('Flicka', 'Farsta', `Orsak ${value}`, '', ''));
    expect(pooled.categoryValues(0)).toEqual(['Övrigt']);
    // A column of near-unique values stops the pass at limits.maxGroups distinct values.
    const unique = makeTally({ limits: { maxGroups: 10 } }, [{ name: 'Orsak', categories: { column: 'Orsak', other: 'Övrigt' } }]);
    expect(() => {
      for (let value = 0; value <= 10; value++) unique.add(row('Flicka', 'Farsta', `Id ${value}`, '', ''), false, value + 2);
    }).toThrow(InputError);
  });

  it('refuse a value that looks like a personnummer as a category', () => {
    const tally = makeTally({}, [{ name: 'Orsak', categories: { column: 'Orsak' } }]);
    expect(() => tally.add(row('Flicka', 'Farsta', '201001012384', '', ''), false, 2)).toThrow(expect.objectContaining({ code: 'personnummer-as-group' }));
  });

  it('refuse counts and splitTables for a step that is not yes/no', () => {
    const tally = makeTally();
    expect(() => tally.counts(0, 0, 0, 0)).toThrow(/not a yes\/no step/);
    expect(() => tally.measureTable(0, 0, 0, 0)).toThrow(/not a numeric step/);
    expect(() => tally.categoryValues(2)).toThrow(/not a categorical step/);
    expect(tally.stepKind(2)).toBe('measure');
    expect(tally.plan.steps.map((step) => step.kind)).toEqual([
      { kind: 'categories', values: null, ordered: false, other: null },
      { kind: 'categories', values: ['Låg', 'Medel', 'Hög'], ordered: true, other: null },
      { kind: 'measure' },
    ]);
  });
});

describe('numeric steps', () => {
  it('count each distinct value per sex and table, ascending, with decimal commas and spaces between thousands', () => {
    const tally = makeTally();
    for (const days of ['3', '3,0', '1 200', '-2', '0,5', '', 'tre', '3.0', '1e2']) tally.add(row('Flicka', 'Farsta', 'A', 'Låg', days));
    tally.add(row('Pojke', 'Bromma', 'A', 'Låg', '7'));
    const table = tally.measureTable(2, 0, 0, 0);
    expect(pairs(table.female)).toEqual([[-2, 1], [0.5, 1], [3, 3], [100, 1], [1200, 1]]);
    expect(table.female.n).toBe(7);
    expect(pairs(table.male)).toEqual([[7, 1]]);
    expect(table.other).toEqual({ values: new Float64Array(0), counts: new Float64Array(0), n: 0 });
    expect(tally.state.steps[2]!.excluded).toMatchObject({ 'missing-outcome': 1, 'invalid-measure': 1 });
    expect(tally.state.steps[2]!.missingOutcomeBySex).toEqual([2, 0, 0]);
    expect(pairs(tally.measureTable(2, tally.layerIndex(1, 0), 1, 0).male)).toEqual([[7, 1]]);
    const split = tally.criterionSplits[2]![0]!;
    expect(tally.measureSplitTables(2, 0, split, 0).map((stratum) => stratum.table.female.n)).toEqual([7]);
  });

  it(`count values past the first ${DENSE_VALUES} distinct ones (held in maps) alike, and merge them by value`, () => {
    const values = Array.from({ length: DENSE_VALUES + 60 }, (_, index) => (index * 37) % 1000 + 0.5);
    const rows = values.flatMap((value, index) => [row(index % 3 ? 'Flicka' : 'Pojke', index % 2 ? 'Farsta' : 'Bromma', 'A', 'Låg', String(value).replace('.', ','))]);
    const whole = makeTally();
    [...rows, ...rows.slice(0, 40)].forEach((cells) => whole.add(cells));
    const first = makeTally();
    const second = makeTally();
    rows.slice(0, 100).forEach((cells) => first.add(cells));
    [...rows.slice(100), ...rows.slice(0, 40)].reverse().forEach((cells) => second.add(cells));
    first.merge(structuredClone(second.snapshot()));
    const female = whole.measureTable(2, 0, 0, 0).female;
    expect([...female.values]).toEqual([...female.values].sort((a, b) => a - b));
    expect(female.n).toBe(rows.slice(0, 40).filter((cells) => cells[0] === 'Flicka').length + rows.filter((cells) => cells[0] === 'Flicka').length);
    expect(tallyTables(first)).toEqual(tallyTables(whole));
  });

  it('read numbers as Swedish extracts and Excel write them, and nothing else', () => {
    expect(['12', '+12', '-12', '\u221212', '12,5', '12.5', '1 234', '1\u00a0234,5', '1\u202f234\u202f567', ',5', '-0', '0', '1,5e-7', '007']
      .map(parseMeasure)).toEqual([12, 12, -12, -12, 12.5, 12.5, 1234, 1234.5, 1234567, 0.5, 0, 0, 1.5e-7, 7]);
    for (const text of ['', ' ', 'tolv', '12 dagar', '1 23', '12,', '1.234,5', '1,2,3', '--1', 'NaN', 'Infinity', '1e999', '12 345 6']) expect(parseMeasure(text), text).toBeNull();
    expect(Object.is(parseMeasure('-0'), 0)).toBe(true);
  });
});

describe('layouts', () => {
  const STEPS = [
    { name: 'Orsak', categories: { column: 'Orsak' } },
    { name: 'Dagar', measure: { column: 'Dagar' } },
  ];

  it('weigh categories and values by a count: column as that many case rows', () => {
    const cases = makeTally({}, STEPS);
    const counted = makeTally({ count: 'Antal' }, STEPS);
    const aggregated: [Row, number][] = [
      [row('Flicka', 'Farsta', 'A', '', '4'), 3],
      [row('Pojke', 'Farsta', 'B', '', '4'), 2],
      [row('Pojke', 'Bromma', 'A', '', '2,5'), 1],
      [row('Pojke', 'Bromma', 'B', '', 'x'), 2],
      [row('Flicka', 'Bromma', '', '', '1'), 4],
    ];
    for (const [cells, count] of aggregated) {
      counted.add(row(...(cells.slice(0, 5) as [string, string, string, string, string]), String(count)));
      for (let copy = 0; copy < count; copy++) cases.add(cells);
    }
    for (const tally of [cases, counted]) {
      expect(tally.categoryTable(0, 0, 0, 0)).toEqual({ female: [3, 0], male: [1, 4], other: [0, 0] });
      expect(pairs(tally.measureTable(1, 0, 0, 0).female)).toEqual([[1, 4], [4, 3]]);
      expect(pairs(tally.measureTable(1, 0, 0, 0).male)).toEqual([[2.5, 1], [4, 2]]);
    }
    expect(counted.state.steps[1]).toMatchObject({ usedCases: 10, usedRows: 4, excluded: expect.objectContaining({ 'invalid-measure': 1 }) });
    expect(cases.state.steps[1]!.excluded['invalid-measure']).toBe(2);
  });

  it('wide by sex: each sex column weighs the row for its sex', () => {
    const header = ['Orsak', 'Dagar', 'Flickor', 'Pojkar', 'Totalt'];
    const config = validateConfig({ sex: { columns: { Flickor: 'female', Pojkar: 'male', Totalt: 'total' } }, steps: STEPS }, 'test.yml');
    const tally = new Tally(config, new ColumnResolver(header, 'x.csv', 'test.yml'));
    tally.add(['A', '5', '3', '1', '4']);
    tally.add(['B', '7,5', '0', '2', '2']);
    tally.add(['', '7,5', '1', '1', '2']);
    tally.add(['Ö', 'ej', '2', '0', '2']);
    expect(tally.categoryValues(0)).toEqual(['A', 'B', 'Ö']);
    expect(tally.categoryTable(0, 0, 0, 0)).toEqual({ female: [3, 0, 2], male: [1, 2, 0], other: [0, 0, 0] });
    expect(pairs(tally.measureTable(1, 0, 0, 0).female)).toEqual([[5, 3], [7.5, 1]]);
    expect(pairs(tally.measureTable(1, 0, 0, 0).male)).toEqual([[5, 1], [7.5, 3]]);
    expect(tally.state.steps[0]!.excluded['missing-outcome']).toBe(1);
    expect(tally.state.steps[0]!.missingOutcomeBySex).toEqual([1, 1, 0]);
    expect(tally.state.steps[1]!.excluded['invalid-measure']).toBe(1);
  });
});

describe('persons', () => {
  const STEPS = [
    { name: 'Orsak', categories: { column: 'Orsak' } },
    { name: 'Dagar', measure: { column: 'Dagar' } },
  ];

  it("take the first or last row's category and value, by date", () => {
    for (const [rule, reason, days] of [['first', 'A', 10], ['last', 'C', 30]] as const) {
      const tally = makeTally({ unit: { id: 'Pnr', rule, date: 'Datum' } }, STEPS);
      tally.add(row('Flicka', 'Farsta', 'B', '', '20', '', 'p1', '2024-02-01'));
      tally.add(row('Flicka', 'Farsta', 'C', '', '30', '', 'p1', '2024-03-01'));
      tally.add(row('Flicka', 'Farsta', 'A', '', '10', '', 'p1', '2024-01-01'));
      tally.add(row('Pojke', 'Farsta', 'B', '', '5', '', 'p2', '2024-01-01'));
      tally.finish();
      const values = tally.categoryValues(0);
      expect(values).toEqual(['A', 'B', 'C']);
      expect(tally.categoryTable(0, 0, 0, 0).female).toEqual(values.map((value) => (value === reason ? 1 : 0)));
      expect(tally.categoryTable(0, 0, 0, 0).male).toEqual([0, 1, 0]);
      expect(pairs(tally.measureTable(1, 0, 0, 0).female)).toEqual([[days, 1]]);
      expect(tally.state.steps[0]!.persons).toBe(2);
    }
  });

  it('settle rows of the same date by the values, never by the order of the rows', () => {
    const rows = [
      row('Flicka', 'Farsta', 'Ö', '', '20', '', 'p1', '2024-02-01'),
      row('Flicka', 'Farsta', 'B', '', '30', '', 'p1', '2024-02-01'),
      row('Flicka', 'Farsta', 'Å', '', '10', '', 'p1', '2024-02-01'),
    ];
    for (const order of [rows, [...rows].reverse(), [rows[1]!, rows[0]!, rows[2]!]]) {
      const tally = makeTally({ unit: { id: 'Pnr', rule: 'first', date: 'Datum' } }, STEPS);
      order.forEach((cells) => tally.add(cells));
      tally.finish();
      expect(tally.categoryValues(0)).toEqual(['B', 'Å', 'Ö']);
      expect(tally.categoryTable(0, 0, 0, 0).female).toEqual([1, 0, 0]);
      expect(pairs(tally.measureTable(1, 0, 0, 0).female)).toEqual([[10, 1]]);
    }
  });
});

/** Rows of every kind of cell, for the property tests. */
const ROW = fc.tuple(
  fc.constantFrom('Flicka', 'Pojke', '', 'Annat', 'Totalt'),
  fc.constantFrom('Farsta', 'Bromma', 'Älvsjö', ''),
  fc.constantFrom('A', 'B', 'Ö', 'Å', '', ' A', 'Övrigt'),
  fc.constantFrom('Låg', 'Medel', 'Hög', '', 'Extrem'),
  fc.constantFrom('1', '2,5', '2.5', '', 'x', '-3', '1 000', '0'),
  fc.constantFrom('1', '3', '0', '', '..'),
  fc.constantFrom('p1', 'p2', 'p3'),
  fc.constantFrom('2024-01-05', '2024-02-29', '2024-03-31'),
) as fc.Arbitrary<Row>;

const CONFIGS: Record<string, [extra: Record<string, unknown>, steps: unknown[]]> = {
  cases: [
    { thresholds: { minN: 2 }, period: { column: 'Datum', per: 'month' } },
    [
      { name: 'Orsak', categories: { column: 'Orsak', other: 'Övrigt' } },
      { name: 'Risk', among: { column: 'Orsak', notIn: ['B'] }, categories: { column: 'Risk', ordered: ['Låg', 'Medel', 'Hög'] } },
      { name: 'Dagar', measure: { column: 'Dagar' } },
      { name: 'Ja', outcome: { column: 'Orsak', equals: 'A' } },
    ],
  ],
  counts: [{ count: 'Antal' }, [{ name: 'Orsak', categories: { column: 'Orsak' } }, { name: 'Dagar', measure: { column: 'Dagar' } }]],
};

/** Everything a tally says about its steps, keyed by values rather than ids. */
function dump(tally: Tally) {
  const { rows, inputExcluded, steps } = tally.state;
  return { rows, inputExcluded, steps: steps.map(({ name: _name, ...counts }) => counts), ...tallyTables(tally) };
}

describe('order and threads change nothing', () => {
  it('the order of the rows changes no table, category order or exclusion', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(CONFIGS)), fc.array(ROW, { maxLength: 80 }), fc.nat(), (name, rows, seed) => {
        const [extra, steps] = CONFIGS[name]!;
        const forward = makeTally(extra, steps);
        rows.forEach((cells) => forward.add(cells));
        const shuffled = makeTally(extra, steps);
        const order = rows.map((cells, index) => ({ cells, key: (index * 7919 + seed) % 104729 })).sort((a, b) => a.key - b.key);
        order.forEach(({ cells }) => shuffled.add(cells));
        const tables = (tally: Tally) => {
          const { tables: byKey } = tallyTables(tally);
          return Object.fromEntries(Object.entries(byKey).sort(([a], [b]) => (a < b ? -1 : 1)));
        };
        expect(tables(shuffled)).toEqual(tables(forward));
        expect(shuffled.state.steps).toEqual(forward.state.steps);
      }),
      { numRuns: 200 },
    );
  });

  it('tallies of consecutive parts merged through a structured clone (as from a worker thread) equal one pass', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(CONFIGS)), fc.array(ROW, { maxLength: 100 }), fc.nat(), (name, rows, cutAt) => {
        const [extra, steps] = CONFIGS[name]!;
        const whole = makeTally(extra, steps);
        rows.forEach((cells, index) => whole.add(cells, false, index + 2));
        const cut = rows.length === 0 ? 0 : cutAt % (rows.length + 1);
        const first = makeTally(extra, steps);
        const second = makeTally(extra, steps);
        rows.forEach((cells, index) => (index < cut ? first : second).add(cells, false, index + 2));
        first.merge(structuredClone(second.snapshot()));
        expect(dump(first)).toEqual(dump(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('interned rows (the byte-level reader, with repeats held) count as rows of text', () => {
    fc.assert(
      fc.property(fc.array(ROW, { maxLength: 80 }), (rows) => {
        const [extra, steps] = CONFIGS.cases!;
        const text = makeTally(extra, steps);
        const interned = makeTally(extra, steps);
        rows.forEach((cells, index) => {
          text.add(cells, false, index + 2);
          if (cells[0] === 'Totalt') {
            interned.add(cells, false, index + 2);
            return;
          }
          interned.usedColumns.forEach((column, slot) => {
            interned.row.ids[slot] = interned.valueTables[slot]!.idOf(cells[column]!);
          });
          interned.addInterned(index + 2);
        });
        expect(dump(interned)).toEqual(dump(text));
      }),
      { numRuns: 200 },
    );
  });
});
