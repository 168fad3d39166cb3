/**
 * The terminal table fits the width it is given (issue 16, item 4): columns are left out
 * in DROP_ORDER, then cells wrap; every line of a step table is at most the width, a note
 * under the table names what was left out, and hidden counts stay "..".
 */
import { describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { runMain } from '../helpers/run-main.js';
import { smallReport, smallResult } from '../helpers/small-report.js';
import { suppressReport } from '../../src/report/suppress.js';
import { DROP_ORDER, renderTable } from '../../src/report/render-table.js';
import { fitColumns, wordLines, wrapLines, wholeLines } from '../../src/report/fit-columns.js';
import type { PublishedReport } from '../../src/model/report.js';

async function exampleReport(): Promise<PublishedReport> {
  const run = await runMain(['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as PublishedReport;
}

/** The lines drawn by cli-table3 (its borders), colour codes removed. */
const tableLines = (text: string): string[] =>
  stripVTControlCharacters(text)
    .split('\n')
    .filter((line) => /^[┌│└├]/.test(line));

describe('the terminal table at a width', () => {
  // 40 and 50: the categorical and numeric steps' tables (issue 15) too, down to a very narrow terminal.
  for (const width of [40, 50, 60, 80, 100, 140]) {
    for (const language of ['sv', 'en'] as const) {
      it(`keeps every line of the example's tables within ${width} columns (${language}, in colour)`, async () => {
        const text = renderTable(await exampleReport(), { language, color: true, width });
        const lines = tableLines(text);
        expect(lines.length).toBeGreaterThan(20);
        for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(width);
      });
    }
  }

  it('breaks a category count of the categorical steps as a yes/no cell, never inside a number or a share', async () => {
    const text = renderTable(await exampleReport(), { language: 'sv', color: false, width: 60 });
    const section = text.slice(text.indexOf('Steg: Kontaktorsak'), text.indexOf('Steg: Riskbedömning'));
    expect(section).toMatch(/│ +453 av │/);
    expect(section).toMatch(/│ +\(11,7 %\) │/);
    // Before, "453 av 3 877 (11,7 %)" was one piece cut where the column ended: "453 av 3 877 (" and "11,7 %)".
    expect(section).not.toMatch(/\( +│/);
  });

  it('shows yes of n (share) per sex and names both sexes with their N in the heads', async () => {
    const text = renderTable(await exampleReport(), { language: 'en', color: false });
    expect(text).toMatch(/│ Overall\s+│ 3,877 of 9,123 \(42\.5%\) │ 3,710 of 10,780 \(34\.4%\) │/);
    expect(text).toContain('Girls, N = 9,123 yes of n (share)'.split(' yes')[0]);
    expect(text).toContain('Boys, N = 10,780');
    expect(text).not.toContain('% share');
    const swedish = renderTable(await exampleReport(), { language: 'sv', color: false });
    expect(swedish).toContain('3 877 av 9 123 (42,5 %)');
    expect(swedish).toContain('Flickor, N = 9 123');
    expect(swedish).toContain('Pojkar, N = 10 780');
  });

  it('leaves out columns in the documented order and says so under the table', async () => {
    const report = await exampleReport();
    expect(DROP_ORDER).toEqual(['test', 'ci95', 'p', 'other-n', 'q']);
    const wide = renderTable(report, { language: 'sv', color: false });
    expect(wide).not.toContain('Smal terminal');
    const narrow = renderTable(report, { language: 'sv', color: false, width: 80 });
    expect(narrow).toContain('Smal terminal: kolumnerna Annat/okänt kön n, 95 % KI, Test, p, q visas inte; --wide visar alla.');
    const english = renderTable(report, { language: 'en', color: false, width: 100 });
    expect(english).toContain('Narrow terminal: columns Other/unknown sex n, 95% CI, Test, p not shown; --wide shows all.');
    // The group, both sexes, the difference and the verdict stay at any width.
    for (const head of ['Grupp', 'Flickor', 'Pojkar', 'Skillnad', 'Bedömning']) expect(narrow).toContain(head);
  });

  it('shows a hidden count as ".." and never the number, at any width', () => {
    const report = smallReport([smallResult(null, null, [50, 50, 50, 50]), smallResult('A', 'a1', [47, 50, 50, 50]), smallResult('A', 'a2', [2, 1, 50, 50])]);
    const published = suppressReport(report, { below: 5 });
    for (const width of [undefined, 60, 80]) {
      const text = renderTable(published, { language: 'sv', color: false, width });
      const row = text.split('\n').find((line) => line.includes('a2'))!;
      expect(row).toMatch(/│ +a2 +│ +\.\. │/);
      // a1 is hidden too, so that a2 cannot be computed from the total.
      expect(text.split('\n').find((line) => line.includes('a1'))).toMatch(/│ +a1 +│ +\.\. │/);
      expect(text).not.toMatch(/\b(2|47) av\b/);
    }
  });
});

describe('wrapping cells', () => {
  it('never cuts a number while a word can break', () => {
    expect(wrapLines([{ indent: '', atoms: ['3 877 av', '9 123', '(42,5 %)'] }], 14)).toBe('3 877 av 9 123\n(42,5 %)');
    expect(wrapLines(wordLines('  Enskede Årsta'), 9)).toBe('  Enskede\n  Årsta');
    expect(wrapLines(wholeLines('10 780'), 4)).toBe('10 7\n80');
  });

  it('breaks glued atoms only where they do not fit together, and reads them without a space', () => {
    const median = { indent: '', atoms: ['98', '(72,8–', '124)'], glued: [false, false, true] };
    expect(wrapLines([median], 20)).toBe('98 (72,8–124)');
    // The range goes whole to the next line rather than break after its dash.
    expect(wrapLines([median], 11)).toBe('98\n(72,8–124)');
    expect(wrapLines([median], 7)).toBe('98\n(72,8–\n124)');
  });

  it('never makes a line wider than the column, even when the indentation would', () => {
    expect(wrapLines(wordLines('    Beteendeproblematik'), 4)).toBe(['  Be', '  te', '  en', '  de', '  pr', '  ob', '  le', '  ma', '  ti', '  k'].join('\n'));
  });

  it('keeps every column without a width', () => {
    const column = { head: wordLines('Head'), cells: [wordLines('a b c')], dropRank: 0 };
    expect(fitColumns([column, column], undefined)).toEqual({ kept: [0, 1], widths: [5, 5] });
    expect(fitColumns([column, { ...column, dropRank: null }], 12).kept).toEqual([1]);
  });
});
