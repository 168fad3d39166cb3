/**
 * Tallies of consecutive parts merged (Tally.merge, as the two-thread reader does) equal
 * the tally of one pass over all rows: counts, exclusions, every table, the order of
 * group and stratum ids, and the sex values seen. Rows given as text (`add`) and as
 * interned ids (`addInterned`) count the same.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateConfig } from '../../src/config/load.js';
import { ColumnResolver } from '../../src/tally/columns.js';
import { Tally } from '../../src/tally/tally.js';
import { tallyTables } from '../helpers/tally-tables.js';

const HEADER = ['Kön', 'Stadsdel', 'Ålder', 'Beslut', 'Antal', 'Datum', 'Risk'];

const CONFIGS: Record<string, Record<string, unknown>> = {
  cases: {
    sex: { column: 'Kön' },
    by: ['Stadsdel', 'Stadsdel*Åldersgrupp'],
    derive: { Åldersgrupp: { bins: { column: 'Ålder', edges: [0, 7, 13, 18] } } },
    explain: { need: ['Risk', 'Åldersgrupp'] },
    period: { column: 'Datum', per: 'month' },
    steps: [
      { name: 'Beviljad', outcome: { column: 'Beslut', equals: 'Ja' } },
      { name: 'Bland ja', among: { column: 'Beslut', in: ['Ja', 'Nej'] }, outcome: { column: 'Stadsdel', in: ['Farsta'] } },
    ],
  },
  counts: {
    sex: { column: 'Kön', values: { '1': 'male', '2': 'female' } },
    count: 'Antal',
    by: ['Risk'],
    steps: [{ name: 'Beviljad', outcome: { column: 'Beslut', notIn: ['Nej'] } }],
  },
};

const ROW = fc.tuple(
  fc.constantFrom('Flicka', 'Pojke', 'flicka', ' Pojke', '', 'Annat', '1', '2', 'Totalt'),
  fc.constantFrom('Farsta', 'Bromma', 'Älvsjö', '', ' Farsta', 'Hela staden'),
  fc.constantFrom('3', '8', '15', '17', '', 'x', '20'),
  fc.constantFrom('Ja', 'Nej', '', 'Kanske'),
  fc.constantFrom('1', '12', '0', '', 'tolv', '..', '-', '.'),
  fc.constantFrom('2024-01-05', '2024-02-29', '2024-13-01', '2024-03-31', ''),
  fc.constantFrom('Låg', 'Hög', ''),
);

function makeTally(name: string): Tally {
  return new Tally(validateConfig(CONFIGS[name]!, 'test.yml'), new ColumnResolver(HEADER, 'x.csv', 'test.yml'));
}

const sortedOrNull = (values: ReadonlySet<string> | null): string[] | null => (values === null ? null : [...values].sort());

/** Everything a tally says, keyed by values rather than ids. */
function dump(tally: Tally) {
  const { rows, inputExcluded, steps } = tally.state;
  return {
    rows,
    inputExcluded,
    steps: steps.map(({ taken, notSelected, usedRows, usedCases, excluded, takenBySex, missingOutcomeBySex, hidden, hiddenBySex }) => ({ taken, notSelected, usedRows, usedCases, excluded, takenBySex, missingOutcomeBySex, hidden, hiddenBySex })),
    // Totals against their parts, and the hidden cells of the overall table (issue 14).
    totals: tally.totalsFindings(),
    overallHidden: tally.hiddenShare(0, 0, 0, 0),
    // The distinct values the check of configured values reads (analysis/value-check.ts), as sets.
    distinct: Object.fromEntries(['Beslut', 'Stadsdel', 'Åldersgrupp', 'Risk'].map((name) => [name, sortedOrNull(tally.distinctValues(name))])),
    sexCells: sortedOrNull(tally.distinctSexCells()),
    ...tallyTables(tally),
  };
}

describe('Tally.merge', () => {
  it('gives the tally of one pass, wherever the rows are cut', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(CONFIGS)), fc.array(ROW, { maxLength: 120 }), fc.nat(), (name, rows, cutAt) => {
        const whole = makeTally(name);
        rows.forEach((row, index) => whole.add(row, index % 17 === 16, index + 2));
        const cut = rows.length === 0 ? 0 : cutAt % (rows.length + 1);
        const first = makeTally(name);
        const second = makeTally(name);
        rows.forEach((row, index) => (index < cut ? first : second).add(row, index % 17 === 16, index + 2));
        first.merge(second.snapshot());
        whole.finish();
        first.finish();
        expect(dump(first)).toEqual(dump(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('merges into a tally that goes on counting (the next file)', () => {
    const rows = [
      ['Pojke', 'Farsta', '3', 'Ja', '1', '2024-01-05', 'Låg'],
      ['Flicka', 'Bromma', '15', 'Nej', '1', '2024-02-29', 'Hög'],
      ['Flicka', 'Älvsjö', '8', 'Ja', '1', '2024-03-31', ''],
    ];
    const whole = makeTally('cases');
    for (const row of [...rows, ...rows, ...rows]) whole.add(row);
    const merged = makeTally('cases');
    const part = makeTally('cases');
    rows.forEach((row) => merged.add(row));
    rows.forEach((row) => part.add(row));
    merged.merge(part.snapshot());
    rows.forEach((row) => merged.add(row));
    expect(dump(merged)).toEqual(dump(whole));
  });

  it('counts interned rows as it counts rows of text', () => {
    fc.assert(
      fc.property(fc.array(ROW, { maxLength: 80 }), (rows) => {
        const text = makeTally('cases');
        const interned = makeTally('cases');
        rows.forEach((row, index) => {
          text.add(row, false, index + 2);
          if (row[0] === 'Totalt') {
            interned.add(row, false, index + 2);
            return;
          }
          interned.usedColumns.forEach((column, slot) => {
            interned.row.ids[slot] = interned.valueTables[slot]!.idOf(row[column]!);
          });
          interned.addInterned(index + 2);
        });
        expect(dump(interned)).toEqual(dump(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('Tally.distinctValues', () => {
  it('reads a column trimmed, a derived variable from each distinct cell, and nothing for a variable the plan does not read', () => {
    const tally = makeTally('cases');
    tally.add(['Flicka', ' Farsta', '3', 'Ja', '1', '2024-01-05', 'Låg']);
    tally.add(['Pojke', 'Bromma', '15', 'Nej', '1', '2024-02-29', 'Hög']);
    tally.add(['Pojke', 'Bromma', '', '', '1', '2024-02-29', '']);
    expect(sortedOrNull(tally.distinctValues('Stadsdel'))).toEqual(['Bromma', 'Farsta']);
    expect(sortedOrNull(tally.distinctValues('Beslut'))).toEqual(['', 'Ja', 'Nej']);
    expect(sortedOrNull(tally.distinctValues('Åldersgrupp'))).toEqual(['', '0–6', '13–17']);
    expect(tally.distinctValues('Antal')).toBeNull();
    expect(sortedOrNull(tally.distinctSexCells())).toEqual(['Flicka', 'Pojke']);
  });

  it('counts the excluded rows per sex where the sex is known', () => {
    const tally = makeTally('cases');
    tally.add(['Flicka', 'Farsta', '3', '', '1', '2024-01-05', 'Låg']);
    tally.add(['Flicka', 'Farsta', '3', 'Ja', '1', '2024-01-05', 'Låg']);
    tally.add(['Pojke', 'Farsta', '3', 'Nej', '1', '2024-01-05', 'Låg']);
    tally.add(['', 'Farsta', '3', '', '1', '2024-01-05', 'Låg']);
    const step = tally.state.steps[0]!;
    expect([step.takenBySex, step.missingOutcomeBySex, step.excluded['missing-sex'], step.excluded['missing-outcome']]).toEqual([[2, 1, 0], [1, 0, 0], 1, 1]);
  });
});
