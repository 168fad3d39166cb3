/**
 * Counting layouts whose counts are in columns: a funnel (a step's `of` and `yes` count
 * columns) and wide by sex (one count column per sex, each measure's total checked).
 */
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/load.js';
import { ConfigError, InputError } from '../../src/errors.js';
import { ColumnResolver } from '../../src/tally/columns.js';
import { Tally, type TableCounts } from '../../src/tally/tally.js';
import { wideColumnIndex } from '../../src/tally/wide-columns.js';
import { tallyTables } from '../helpers/tally-tables.js';

/** A table's counts in reading order: female yes, no; male yes, no; other yes, no. */
function inOrder({ female, male, other }: TableCounts): number[] {
  return [female.yes, female.no, male.yes, male.no, other.yes, other.no];
}

function makeTally(raw: Record<string, unknown>, header: readonly string[]): Tally {
  const config = validateConfig({ quality: { allowExcluded: true }, ...raw }, 'test.yml');
  const tally = new Tally(config, new ColumnResolver(header, 'x.csv', 'test.yml'));
  tally.place.file = 'x.csv';
  return tally;
}

const FUNNEL_STEPS = [
  { name: 'Utredning', of: 'Aktualiseringar', yes: 'Utredningar' },
  { name: 'Insats', of: 'Utredningar', yes: 'Insatser' },
];
const FUNNEL_HEADER = ['Stadsdel', 'Kön', 'Typ', 'Aktualiseringar', 'Utredningar', 'Insatser'];

describe('a funnel of counts as columns', () => {
  it('counts yes = the yes column and no = of − yes, per sex, overall and per group', () => {
    const tally = makeTally({ sex: { column: 'Kön' }, by: ['Stadsdel'], steps: FUNNEL_STEPS }, FUNNEL_HEADER);
    tally.add(['Bromma', 'Flickor', 'Anmälan', '10', '4', '1'], false, 2);
    tally.add(['Bromma', 'Pojkar', 'Anmälan', '12', '3', '3'], false, 3);
    tally.add(['Farsta', 'Flickor', 'Ansökan', '5', '5', '0'], false, 4);
    expect(inOrder(tally.counts(0, 0, 0, 0))).toEqual([9, 6, 3, 9, 0, 0]);
    expect(inOrder(tally.counts(1, 0, 0, 0))).toEqual([1, 8, 3, 0, 0, 0]);
    expect(inOrder(tally.counts(0, tally.layerIndex(1, 0), 1, 0))).toEqual([5, 0, 0, 0, 0, 0]);
    expect(tally.state.steps.map((step) => [step.usedRows, step.usedCases])).toEqual([[3, 27], [3, 12]]);
  });

  it('takes among: as a filter of rows', () => {
    const steps = [{ ...FUNNEL_STEPS[0], among: { column: 'Typ', equals: 'Anmälan' } }];
    const tally = makeTally({ sex: { column: 'Kön' }, steps }, FUNNEL_HEADER);
    tally.add(['Bromma', 'Flickor', 'Anmälan', '10', '4', '1']);
    tally.add(['Farsta', 'Flickor', 'Ansökan', '5', '5', '0']);
    expect(inOrder(tally.counts(0, 0, 0, 0))).toEqual([4, 6, 0, 0, 0, 0]);
    expect(tally.state.steps[0]).toMatchObject({ taken: 1, notSelected: 1 });
  });

  it('excludes a row with a count cell that is no count, as invalid-count', () => {
    const tally = makeTally({ sex: { column: 'Kön' }, steps: FUNNEL_STEPS }, FUNNEL_HEADER);
    tally.add(['Bromma', 'Flickor', 'Anmälan', '10', '4', '1']);
    tally.add(['Bromma', 'Pojkar', 'Anmälan', '12', 'tre', '1']);
    expect(tally.state.inputExcluded['invalid-count']).toBe(1);
    expect(inOrder(tally.counts(0, 0, 0, 0))).toEqual([4, 6, 0, 0, 0, 0]);
  });

  it('stops at a row whose yes exceeds its of, naming the file, line, columns and values', () => {
    const tally = makeTally({ sex: { column: 'Kön' }, steps: FUNNEL_STEPS }, FUNNEL_HEADER);
    tally.add(['Bromma', 'Flickor', 'Anmälan', '10', '4', '1'], false, 2);
    let error: unknown;
    try {
      tally.add(['Bromma', 'Pojkar', 'Anmälan', '12', '3', '7'], false, 3);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'funnel-not-nested', args: { yesColumn: 'Insatser', yesValue: 7, ofColumn: 'Utredningar', ofValue: 3 }, place: { file: 'x.csv', line: 3 } });
  });

  it('refuses a count column the file lacks, with the nearest name and the key path', () => {
    expect(() => makeTally({ sex: { column: 'Kön' }, steps: [{ name: 'U', of: 'Aktualisering', yes: 'Utredningar' }] }, FUNNEL_HEADER)).toThrow(
      expect.objectContaining({ code: 'config-missing-column', keyPath: 'steps[0].of', args: expect.objectContaining({ suggestion: 'Aktualiseringar' }) }),
    );
  });
});

describe('wide by sex', () => {
  const HEADER = ['Stadsdel', 'Beslut', 'Flickor', 'Pojkar', 'Annat', 'Totalt'];
  const SEX = { columns: { Flickor: 'female', Pojkar: 'male', Annat: 'other', Totalt: 'total' } };
  const STEPS = [{ name: 'Beviljad', outcome: { column: 'Beslut', equals: 'Ja' } }];

  it('adds each sex column to its sex, with the row’s outcome', () => {
    const tally = makeTally({ sex: SEX, by: ['Stadsdel'], steps: STEPS }, HEADER);
    tally.add(['Bromma', 'Ja', '3', '4', '1', '8']);
    tally.add(['Bromma', 'Nej', '5', '6', '0', '11']);
    tally.add(['Farsta', 'Ja', '2', '0', '0', '2']);
    expect(inOrder(tally.counts(0, 0, 0, 0))).toEqual([5, 5, 4, 6, 1, 0]);
    expect(inOrder(tally.counts(0, tally.layerIndex(1, 0), 1, 0))).toEqual([2, 0, 0, 0, 0, 0]);
    expect(tally.state.steps[0]).toMatchObject({ usedRows: 3, usedCases: 21, takenBySex: [3, 3, 3] });
    expect(tally.state.totalColumns).toEqual([{ column: 'Totalt', rows: 3, differing: 0, difference: 0, largest: 0 }]);
  });

  it('checks the total column against its parts without counting it', () => {
    const tally = makeTally({ sex: SEX, steps: STEPS }, HEADER);
    tally.add(['Bromma', 'Ja', '3', '4', '0', '9']);
    tally.add(['Bromma', 'Nej', '5', '6', '0', '11']);
    tally.add(['Farsta', 'Ja', '2', '0', '0', '5']);
    expect(tally.state.totalColumns).toEqual([{ column: 'Totalt', rows: 3, differing: 2, difference: 5, largest: 3 }]);
    expect(inOrder(tally.counts(0, 0, 0, 0))).toEqual([5, 5, 4, 6, 0, 0]);
  });

  it('excludes a row whose sex cell is no count', () => {
    const tally = makeTally({ sex: SEX, steps: STEPS }, HEADER);
    tally.add(['Bromma', 'Ja', '3', 'många', '0', '3']);
    expect(tally.state.inputExcluded['invalid-count']).toBe(1);
    expect(tally.state.steps[0]!.taken).toBe(0);
  });

  it('counts a row whose total cell is no count, and leaves it unchecked', () => {
    const tally = makeTally({ sex: SEX, steps: STEPS }, HEADER);
    tally.add(['Bromma', 'Ja', '3', '4', '0', '..']);
    expect(tally.state.inputExcluded['invalid-count']).toBe(0);
    expect(inOrder(tally.counts(0, 0, 0, 0))).toEqual([3, 0, 4, 0, 0, 0]);
    expect(tally.state.totalColumns[0]).toMatchObject({ rows: 0, differing: 0 });
  });

  it('reads a funnel wide by sex: each measure’s column per sex word', () => {
    const header = ['Stadsdel', 'Aktualiseringar flickor', 'AKTUALISERINGAR_POJKAR', 'Aktualiseringar totalt', 'flickor Utredningar', 'pojkar_Utredningar', 'Utredningar (totalt)'];
    const tally = makeTally({ sex: { columns: { flickor: 'female', pojkar: 'male', totalt: 'total' } }, steps: [FUNNEL_STEPS[0]] }, header);
    tally.add(['Bromma', '10', '12', '22', '4', '3', '8']);
    expect(inOrder(tally.counts(0, 0, 0, 0))).toEqual([4, 6, 3, 9, 0, 0]);
    expect(tally.state.totalColumns.map((check) => [check.column, check.differing, check.difference])).toEqual([
      ['Aktualiseringar totalt', 0, 0],
      ['Utredningar (totalt)', 1, 1],
    ]);
  });

  it('merges parts of the input into what one pass gives', () => {
    const raw = { sex: SEX, by: ['Stadsdel'], steps: STEPS };
    const rows = [
      ['Bromma', 'Ja', '3', '4', '1', '9'],
      ['Farsta', 'Nej', '5', '6', '0', '11'],
      ['Älvsjö', 'Ja', '2', '0', '0', '2'],
      ['Bromma', 'Nej', '1', '1', '0', '2'],
    ];
    const whole = makeTally(raw, HEADER);
    rows.forEach((row) => whole.add(row));
    const first = makeTally(raw, HEADER);
    const second = makeTally(raw, HEADER);
    rows.slice(0, 2).forEach((row) => first.add(row));
    rows.slice(2).forEach((row) => second.add(row));
    first.merge(second.snapshot());
    expect(tallyTables(first).tables).toEqual(tallyTables(whole).tables);
    expect(first.state).toEqual(whole.state);
  });
});

describe('wideColumnIndex', () => {
  const columns = (header: readonly string[]) => new ColumnResolver(header, 'x.csv', 'test.yml');

  it('finds "M S", "M_S", "S M", "S_M" and "M (S)" without regard to case or repeated spaces', () => {
    for (const name of ['Antal kvinnor', 'antal_kvinnor', 'KVINNOR antal', 'kvinnor_antal', 'Antal (kvinnor)', 'Antal  kvinnor']) {
      expect(wideColumnIndex(columns(['Ort', name]), 'Antal', 'kvinnor', 'steps[0].of'), name).toBe(1);
    }
  });

  it('reads the sex word alone for a step with an outcome (no measure)', () => {
    expect(wideColumnIndex(columns(['Ort', 'Kvinnor']), null, 'Kvinnor', 'sex.columns.Kvinnor')).toBe(1);
  });

  it('refuses a name that matches two columns, naming both', () => {
    expect(() => wideColumnIndex(columns(['Antal kvinnor', 'kvinnor_antal']), 'Antal', 'kvinnor', 'steps[0].of')).toThrow(
      expect.objectContaining({ code: 'wide-column-ambiguous', keyPath: 'steps[0].of', args: { measure: 'Antal', sexColumn: 'kvinnor', columns: '"Antal kvinnor", "kvinnor_antal"' } }),
    );
  });

  it('says which column is missing, with the nearest name', () => {
    let error: unknown;
    try {
      wideColumnIndex(columns(['Antal kvinnor', 'Antal män']), 'Antal', 'man', 'steps[0].yes');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ code: 'config-missing-column', keyPath: 'steps[0].yes', args: { column: 'Antal man', suggestion: 'Antal män' } });
  });
});
