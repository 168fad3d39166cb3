/**
 * Detecting merged cells (src/inspect/fill-down.ts): grouping columns at the left whose
 * blank cells continue the value above, and not columns that only have blanks.
 */
import { describe, expect, it } from 'vitest';
import { fillDownColumns } from '../../src/inspect/fill-down.js';
import { inspect } from '../../src/inspect/inspect.js';
import { renderInspectTable } from '../../src/report/render-inspect.js';

const HEADER = ['Stadsdelsområde', 'Åldersgrupp', 'Kön', 'Antal', 'Kommentar'];

describe('fillDownColumns', () => {
  it('finds the merged grouping columns at the left', () => {
    const rows = [
      ['Norrmalm', '0–6', 'Flicka', '4', ''],
      ['', '', 'Pojke', '5', ''],
      ['', '7–12', 'Flicka', '6', 'Reviderad'],
      ['', '', 'Pojke', '7', ''],
      ['Kista', '0–6', 'Flicka', '8', ''],
      ['', '', 'Pojke', '9', ''],
      ['', '7–12', 'Flicka', '10', 'Ny'],
      ['', '', 'Pojke', '11', ''],
    ];
    // Åldersgrupp comes back (0–6 under Kista): not one run per value, so not proposed.
    expect(fillDownColumns(HEADER, rows)).toEqual(['Stadsdelsområde']);
  });

  it('finds nothing in a filled table, nor in a column of sparse comments right of the counts', () => {
    const rows = [
      ['Norrmalm', '0–6', 'Flicka', '4', 'a'],
      ['Norrmalm', '0–6', 'Pojke', '5', ''],
      ['Kista', '0–6', 'Flicka', '8', 'b'],
      ['Kista', '0–6', 'Pojke', '9', ''],
    ];
    expect(fillDownColumns(HEADER, rows)).toEqual([]);
  });
});

describe('missing values sorted last are no merge', () => {
  it('does not propose a column whose blank cells all follow its last value (empty sex sorted after Flicka, Pojke, Annat)', () => {
    const rows = [
      ['Flicka', 'Bromma', '4'],
      ['Flicka', 'Kista', '5'],
      ['Pojke', 'Bromma', '6'],
      ['Pojke', 'Kista', '7'],
      ['Annat', 'Bromma', '1'],
      ['', 'Bromma', '2'],
      ['', 'Kista', '3'],
    ];
    expect(fillDownColumns(['Kön', 'Stadsdelsområde', 'Antal'], rows)).toEqual([]);
  });

  it('does not propose fill for fixtures/aggregerad.csv, whose empty Kön cells are missing sex', async () => {
    const report = await inspect('fixtures/aggregerad.csv');
    expect(report.fillDown).toEqual([]);
  });
});

describe('inspect', () => {
  it('says which columns to fill, with the line to add (fixtures/layouts/fill-down.csv)', async () => {
    const report = await inspect('fixtures/layouts/fill-down.csv');
    expect(report.fillDown).toEqual(['Stadsdelsområde']);
    expect(report.rows).toBe(16);
    expect(report.notes).toHaveLength(2);
    expect(renderInspectTable(report, 'sv')).toContain('Lägg till i konfigurationen: fill: [Stadsdelsområde]');
    expect(renderInspectTable(report, 'en')).toContain('Add to the configuration: fill: [Stadsdelsområde]');
  });
  it('proposes nothing for a filled table (fixtures/layouts/notes.csv)', async () => {
    expect((await inspect('fixtures/layouts/notes.csv')).fillDown).toEqual([]);
  });
});

describe('init', () => {
  it('writes the fill: line inspect proposes', async () => {
    const { proposeConfig } = await import('../../src/init/propose.js');
    const { starterConfig } = await import('../../src/init/starter-config.js');
    const proposal = proposeConfig(await inspect('fixtures/layouts/fill-down.csv'));
    expect(proposal.fill).toEqual(['Stadsdelsområde']);
    expect(starterConfig(proposal, 'fill-down.csv', 'jamstat.yml', 'sv')).toContain('\nfill: [Stadsdelsområde]\n');
  });
});
