/**
 * Published tables end to end: blank continuation cells (merged cells from Excel) gave
 * a false candidate before `fill:` (a blank group of the later rows); with `fill:` the
 * districts compare as they should, and without it the report says the column looks
 * merged. Notes below a table are no rows, and the report lists them.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { loadConfigFile, validateConfig } from '../../src/config/load.js';
import { say } from '../../src/i18n/catalogue.js';

const FILL = 'fixtures/layouts/fill-down.csv';

describe('fill-down', () => {
  it('with fill: every district compares equal shares, nothing is flagged, nothing warned', async () => {
    const report = await analyze([FILL], loadConfigFile('fixtures/layouts/fill-down.yml'));
    expect(report.input.rows).toBe(16);
    const groups = report.results.filter((result) => result.by === 'Stadsdelsområde');
    expect(groups.map((result) => result.group)).toEqual(['Kungsholmen', 'Norrmalm', 'Södermalm', 'Östermalm']);
    for (const result of groups) expect([result.female.n, result.female.yes, result.male.n, result.male.yes]).toEqual([100, 40, 100, 40]);
    expect(report.results.some((result) => result.flag)).toBe(false);
    expect(report.warnings.map((warning) => warning.code)).toEqual(['notes-below-table']);
  });

  it('without fill: the blank group is a false candidate, and the report says the column looks merged', async () => {
    const config = validateConfig(
      { sex: { column: 'Kön' }, count: 'Antal', by: ['Stadsdelsområde'], steps: [{ name: 'Utredning inleds', outcome: { column: 'Förhandsbedömning', equals: 'Utredning inleds' } }] },
      'test.yml',
    );
    const report = await analyze([FILL], config);
    expect(report.results.find((result) => result.group === '')?.flag).toBe(true);
    const merged = report.warnings.find((warning) => warning.code === 'column-looks-merged');
    expect(merged?.args).toEqual({ column: 'Stadsdelsområde' });
    expect(say('sv', 'warning', 'column-looks-merged', { column: 'Stadsdelsområde' })).toContain('lägg till fill: [Stadsdelsområde]'.replace('lägg', 'Lägg'));
    expect(say('en', 'warning', 'column-looks-merged', { column: 'Stadsdelsområde' })).toContain('Add fill: [Stadsdelsområde]');
  });

  it('refuses a fill column that is not in the file, naming the key', async () => {
    const config = validateConfig(
      { sex: { column: 'Kön' }, count: 'Antal', fill: ['Stadsdel'], steps: [{ name: 'Utredning inleds', outcome: { column: 'Förhandsbedömning', equals: 'Utredning inleds' } }] },
      'test.yml',
    );
    await expect(analyze([FILL], config)).rejects.toMatchObject({ code: 'config-missing-column', keyPath: 'fill[0]' });
  });
});

describe('notes below the table', () => {
  it('are not rows, and the report lists how many and their first words', async () => {
    const report = await analyze(['fixtures/layouts/notes.csv'], loadConfigFile('fixtures/layouts/notes.yml'));
    expect(report.input.rows).toBe(16);
    expect(report.input.excluded).toEqual([]);
    const notice = report.warnings.find((warning) => warning.code === 'notes-below-table');
    expect(notice?.args).toMatchObject({ file: 'fixtures/layouts/notes.csv', count: 3 });
    const text = say('sv', 'warning', 'notes-below-table', notice!.args as never);
    expect(text).toContain('3 rader under tabellen lästes som noter');
    expect(text).toContain('"* Preliminära uppgifter"');
  });
});
