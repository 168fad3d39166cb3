import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/load.js';
import { DEFAULT_TOTAL_LABELS, TotalLabels } from '../../src/ingest/total-rows.js';
import { ColumnResolver } from '../../src/tally/columns.js';
import { Tally } from '../../src/tally/tally.js';

const HEADER = ['Kön', 'Stadsdel', 'Beslut', 'Antal'];

function makeTally(extra: Record<string, unknown> = {}): Tally {
  const config = validateConfig(
    { sex: { column: 'Kön' }, by: ['Stadsdel'], count: 'Antal', steps: [{ name: 'Beviljad', outcome: { column: 'Beslut', equals: 'Ja' } }], ...extra },
    'test.yml',
  );
  return new Tally(config, new ColumnResolver(HEADER, 'x.csv', 'test.yml'));
}

/** The same rows through the text path and the interned path (as the scanner hands them over). */
function addBoth(rows: readonly string[][], extra: Record<string, unknown> = {}): Tally[] {
  const text = makeTally(extra);
  const interned = makeTally(extra);
  rows.forEach((row, index) => {
    text.add(row, false, index + 2);
    interned.valueTables.forEach((table, slot) => (interned.row.ids[slot] = table.idOf(row[interned.usedColumns[slot]!]!)));
    interned.addInterned(index + 2);
  });
  return [text, interned];
}

describe('TotalLabels', () => {
  it('knows the default labels, trimmed and in any case', () => {
    const labels = new TotalLabels(DEFAULT_TOTAL_LABELS);
    for (const label of ['Totalt', ' SUMMA ', 'båda könen', 'Hela staden', 'Riket', 'All', 'Samtliga']) expect(labels.isLabel(label), label).toBe(true);
    expect(labels.isLabel('Allmänt')).toBe(false);
    expect(labels.isTotalRow(['', ' Totalt', '', '12'])).toBe(true);
    expect(labels.mayStartTotalRow('B')).toBe(true);
    expect(labels.mayStartTotalRow('h')).toBe(true);
    expect(labels.mayStartTotalRow('F')).toBe(false);
  });
});

describe('total rows in any grouping or sex column', () => {
  const ROWS = [
    ['Flicka', 'Bromma', 'Ja', '10'],
    ['Pojke', 'Bromma', 'Ja', '12'],
    ['Båda könen', 'Bromma', 'Ja', '22'],
    ['Flicka', 'Hela staden', 'Ja', '10'],
    ['Flicka', 'Bromma', 'Nej', '5'],
    ['Totalt', '', '', '27'],
  ];

  it('excludes them (total-row) on the text path and the interned path alike, never as other sex', () => {
    for (const tally of addBoth(ROWS)) {
      expect(tally.state.inputExcluded['total-row']).toBe(3);
      expect(tally.state.steps[0]!.takenBySex).toEqual([2, 1, 0]);
      expect(tally.state.steps[0]!.usedCases).toBe(27);
    }
  });

  it('checks each total against the sum of its parts, and a grand total against every row', () => {
    for (const tally of addBoth(ROWS)) expect(tally.totalsFindings()).toEqual({ checked: 3, differing: 0, withHiddenParts: 0, largest: null });
  });

  it('reports the total that differs most, and whether its parts were hidden', () => {
    const rows = [...ROWS.slice(0, 2), ['Båda könen', 'Bromma', 'Ja', '25'], ['Flicka', 'Farsta', 'Ja', '..'], ['Pojke', 'Farsta', 'Ja', '7'], ['Samtliga', 'Farsta', 'Ja', '9']];
    for (const tally of addBoth(rows)) {
      expect(tally.totalsFindings()).toEqual({
        checked: 2,
        differing: 2,
        withHiddenParts: 1,
        largest: { where: [{ column: 'Kön', value: 'Båda könen' }, { column: 'Stadsdel', value: 'Bromma' }, { column: 'Beslut', value: 'Ja' }], total: 25, parts: 22 },
      });
      expect(tally.state.inputExcluded['hidden-in-source']).toBe(1);
    }
  });

  it('takes the labels of the configuration', () => {
    const [tally] = addBoth([['Flicka', 'Alla', 'Ja', '3'], ['Flicka', 'Bromma', 'Ja', '3'], ['Flicka', 'Hela', 'Ja', '3']], { totals: { labels: ['Hela'] } });
    expect(tally!.state.inputExcluded['total-row']).toBe(1);
    expect(tally!.state.steps[0]!.usedCases).toBe(6);
  });
});

describe('markers in the count column', () => {
  it('counts zero markers as 0, excludes hidden and not-applicable cells with their reasons', () => {
    const rows = [['Flicka', 'Bromma', 'Ja', '-'], ['Flicka', 'Bromma', 'Nej', '..'], ['Pojke', 'Bromma', 'Ja', 'x'], ['Pojke', 'Bromma', 'Nej', '.'], ['Pojke', 'Farsta', 'Ja', '1 200']];
    for (const tally of addBoth(rows)) {
      expect(tally.state.inputExcluded).toMatchObject({ 'hidden-in-source': 2, 'not-applicable': 1, 'invalid-count': 0 });
      const step = tally.state.steps[0]!;
      expect(step.usedRows).toBe(2);
      expect(step.usedCases).toBe(1200);
      // The data-quality gate charges hidden cells to the step and their sex.
      expect([step.hidden, ...step.hiddenBySex]).toEqual([2, 1, 1, 0]);
    }
  });

  it('refuses a rate in the count column on either path', () => {
    for (const tally of [makeTally(), makeTally()]) {
      expect(() => tally.add(['Flicka', 'Bromma', 'Ja', '1112,37'], false, 9)).toThrow(expect.objectContaining({ code: 'count-not-whole', place: expect.objectContaining({ line: 9, column: 4 }) }));
    }
  });
});
