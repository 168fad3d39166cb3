/**
 * Cases of other or unknown sex are visible (issue 12, case 6): the terminal table,
 * Markdown and HTML get a column with their n, hidden like every count, so that
 * female n + male n + other n is the row's cases; an extract without such cases gets no
 * column.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { smallReport, smallResult } from '../helpers/small-report.js';
import { suppressReport } from '../../src/report/suppress.js';
import { renderTable } from '../../src/report/render-table.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';


describe('other and unknown sex', () => {
  it('get a column in the terminal table and Markdown, hidden when small', () => {
    const report = smallReport([smallResult(null, null, [50, 50, 50, 50, 100, 100]), smallResult('A', 'a1', [25, 25, 25, 25, 98, 99]), smallResult('A', 'a2', [25, 25, 25, 25, 2, 1])]);
    const published = suppressReport(report, { below: 5 });
    const table = renderTable(published, { language: 'en', color: false });
    expect(table).toContain('Other/unknown sex n');
    expect(table).toMatch(/Overall[^\n]*│\s+200 │/);
    expect(table).toMatch(/a2[^\n]*│\s+\.\. │/);
    const markdown = renderMarkdown(published, { language: 'sv' });
    expect(markdown).toContain('| Annat/okänt kön n |');
  });

  it('get no column when no row has any', () => {
    const report = smallReport([smallResult(null, null, [50, 50, 50, 50, 0, 0])]);
    expect(renderTable(suppressReport(report, { below: 5 }), { language: 'en', color: false })).not.toContain('Other/unknown');
  });

  it('make the overall row add up to the cases used on the example extract', async () => {
    const run = await runMain(['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-f', 'html']);
    expect(run.stdout).toContain('<td data-field="other-n">49</td>');
    // The overall row's three n, read from the output (not written out), add up to the cases used.
    const overall = run.stdout.match(/data-field="female-n">([\d ]+)<\/td>.*?data-field="male-n">([\d ]+)<\/td>.*?data-field="other-n">(\d+)<\/td>/s);
    const [female, male, other] = overall!.slice(1).map((n) => Number(n.replace(/ /g, '')));
    expect([female, male, other]).toEqual([9123, 10780, 49]);
    expect(female! + male! + other!).toBe(19952);
    expect(run.stdout).toContain('used 19 952'.replace('used', 'använda'));
  });
});
