/**
 * Published tables (issue 14, items 2, 3 and 6) through the whole command line: the
 * markers of Swedish official statistics, total rows and columns in the sex and grouping
 * columns, totals checked against their parts, thousands with a no-break space, in
 * UTF-8 with BOM and in Windows-1252 (fixtures/layouts/markers*.csv).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { ROOT } from '../helpers/run-cli.js';
import { tempFile } from '../helpers/temp.js';

const FIXTURES = join(ROOT, 'fixtures', 'layouts');
const CONFIG = join(FIXTURES, 'markers.yml');

async function analyzeJson(file: string): Promise<{ exitCode: number; report: Record<string, any> }> {
  const run = await runMain(['analyze', join(FIXTURES, file), '-c', CONFIG, '-f', 'json', '--no-suppress']);
  return { exitCode: run.code, report: JSON.parse(run.stdout) };
}

describe('a published table with markers and totals', () => {
  it('reads the same in UTF-8 with BOM and in Windows-1252', async () => {
    const utf8 = await analyzeJson('markers.csv');
    const windows = await analyzeJson('markers-1252.csv');
    expect(utf8.exitCode).toBe(0);
    expect(windows.exitCode).toBe(0);
    expect(windows.report.results).toEqual(utf8.report.results);
    expect(windows.report.input.excluded).toEqual(utf8.report.input.excluded);
  });

  it('excludes total rows (Båda könen, Hela staden, Totalt), hidden and not-applicable cells, each with its reason', async () => {
    const { report } = await analyzeJson('markers.csv');
    expect(report.input.excluded).toEqual([
      { reason: 'total-row', rows: 29 },
      { reason: 'hidden-in-source', rows: 2 },
      { reason: 'not-applicable', rows: 1 },
    ]);
    // No total is counted as a group or as other sex.
    expect(report.results.map((result: { group: string | null }) => result.group)).not.toContain('Hela staden');
    expect(report.results[0].female.n + report.results[0].male.n).toBe(report.steps[0].cases);
  });

  it('says the results rest on partly hidden sources, and that totals differ from their visible parts', async () => {
    const { report } = await analyzeJson('markers.csv');
    const codes = report.warnings.map((warning: { code: string }) => warning.code);
    expect(codes).toEqual(expect.arrayContaining(['hidden-in-source', 'totals-differ']));
    expect(report.warnings.find((warning: { code: string }) => warning.code === 'hidden-in-source').args).toEqual({
      cells: 2,
      unflagged: 'Insats beviljas: Stadsdelsområde Kungsholmen; Insats beviljas: Stadsdelsområde Östermalm',
    });
    expect(report.warnings.find((warning: { code: string }) => warning.code === 'totals-differ').args).toMatchObject({ checked: 29, differing: 6, withHiddenParts: 6, total: 8360, parts: 8355 });
  });

  it('publishes how many totals differ but not by how much: a difference between counts can be a small count', async () => {
    const run = await runMain(['analyze', join(FIXTURES, 'markers.csv'), '-c', CONFIG, '-f', 'json']);
    const published = JSON.parse(run.stdout);
    expect(published.warnings.find((warning: { code: string }) => warning.code === 'totals-differ').args).toEqual({
      checked: 29,
      differing: 6,
      withHiddenParts: 6,
      where: null,
      total: null,
      parts: null,
    });
    const html = await runMain(['analyze', join(FIXTURES, 'markers.csv'), '-c', CONFIG, '-f', 'html']);
    expect(html.stdout).toContain('storleken visas inte när små antal döljs');
    expect(html.stdout).not.toContain('8 360');
    // Standard error is the analyst's own screen, not a publication: it keeps the size.
    expect(run.stderr).toContain('8 360');
  });

  it('gives no flag to a group whose table rests on hidden cells (a hidden "yes" cell reads as 0 %)', async () => {
    const { report } = await analyzeJson('markers.csv');
    const kungsholmen = report.results.find((result: { group: string | null }) => result.group === 'Kungsholmen');
    expect(kungsholmen.female.yes).toBe(0);
    expect(kungsholmen.flag).toBe(false);
    expect(kungsholmen.warnings).toContain('hidden-in-source');
    const bromma = report.results.find((result: { group: string | null }) => result.group === 'Bromma');
    expect(bromma.warnings).not.toContain('hidden-in-source');
    expect(bromma.warnings).not.toContain('partly-hidden');
    // The overall table has 2 hidden cells of 44: flagged, but said to be less certain.
    expect(report.results[0].warnings).toContain('partly-hidden');
    expect(report.results[0].flag).toBe(true);
  });

  it('finds a total that does not match its parts when nothing was hidden: a broken export', async () => {
    const csv = tempFile(['Kön;Beslut;Antal', 'Flicka;Ja;30', 'Flicka;Nej;70', 'Pojke;Ja;40', 'Pojke;Nej;60', 'Totalt;Ja;75', 'Totalt;Nej;130', ''].join('\n'));
    const config = tempFile('sex: { column: Kön }\ncount: Antal\nsteps:\n  - name: Ja\n    outcome: { column: Beslut, equals: Ja }\n', { name: 'totals.yml' });
    const run = await runMain(['analyze', csv, '-c', config, '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/1 of 2 total rows differ from the sum of their parts; the largest difference: Kön = Totalt, Beslut = Ja: total 75, parts 70 \(\+5\)\. This is usual when the source hid small cells; otherwise it is a sign of a broken export\./);
  });

  it('stops at a table where many cells are hidden: no confident flag, and advice that does not ask to correct the table', async () => {
    const rows = ['Flicka;Ja;30', 'Flicka;Nej;70', 'Pojke;Ja;..', 'Pojke;Nej;60', 'Flicka;Ja;..', 'Pojke;Nej;12'].map((row, index) => `${index % 2 ? 'A' : 'B'};${row}`);
    const csv = tempFile(['Område;Kön;Beslut;Antal', ...rows, ''].join('\n'));
    const config = tempFile('sex: { column: Kön }\ncount: Antal\nby: [Område]\nsteps:\n  - name: Ja\n    outcome: { column: Beslut, equals: Ja }\n', { name: 'hidden.yml' });
    const run = await runMain(['analyze', csv, '-c', config, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/step "Ja" cannot support conclusions: 33\.3 % of the step's rows were excluded .*mainly: hidden in the source \(\.\.\)\..* Cells hidden in the source \(\.\.\) cannot be corrected in the extract/);
  });

  it('validate reports each marker on its own line and never asks to correct the published table', async () => {
    const run = await runMain(['validate', join(FIXTURES, 'markers.csv'), '-c', CONFIG, '-f', 'json', '--lang', 'en']);
    const problems = JSON.parse(run.stdout).problems as { code: string; count: number; message: string }[];
    const markers = problems.filter((found) => found.code === 'hidden-in-source' || found.code === 'count-marker');
    expect(markers.map((found) => [found.code, found.count])).toEqual([
      ['hidden-in-source', 2],
      ['count-marker', 1],
      ['count-marker', 1],
    ]);
    for (const found of markers) expect(found.message).not.toMatch(/correct the count/i);
    expect(problems.map((found) => found.code)).not.toContain('excluded-share');
    expect(run.code).toBe(0);
  });
});
