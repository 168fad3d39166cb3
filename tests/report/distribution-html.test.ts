/**
 * The HTML report's sections for the categorical and numeric steps (issue 15;
 * src/report/distribution-html.ts): after the yes/no steps, one section per step with its
 * figure (a chart per variable, a text alternative read but not shown) and its table (a group
 * line, a line per category, the trend, the criteria's stratified tests), hidden values as
 * "..", the flagged categories and measures in sections 2 and 3, and the new glossary terms;
 * a report without such steps has none of it.
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/render-html.js';
import { distributionPublishedReport } from '../helpers/distribution-published-report.js';

const report = distributionPublishedReport();

/** The rows of a step's distribution table as [class, cells...]. */
function tableRows(html: string, step: string): string[][] {
  const table = new RegExp(`<table class="results distribution" data-kind="\\w+" data-step="${step}">(.*?)</table>`, 's').exec(html)![1]!;
  return [...table.matchAll(/<tr([^>]*)>(.*?)<\/tr>/gs)].map((row) => [
    /class="([^"]*)"/.exec(row[1]!)?.[1] ?? '',
    ...[...row[2]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/\u00a0/g, ' ')),
  ]);
}

describe('the HTML report of categorical and numeric steps', async () => {
  const html = await renderHtml(report, { language: 'sv' });
  const english = await renderHtml(report, { language: 'en' });

  it('has a section per step, after the yes/no steps, numbered on', () => {
    const sections = [...html.matchAll(/<section class="step"(?: data-kind="(\w+)")? id="(step-\d+)"><h3>Steg: ([^<]+)<\/h3>/g)].map((match) => [match[2], match[1] ?? 'yes/no', match[3]]);
    expect(sections).toEqual([
      ['step-1', 'yes/no', 'Utredning inleds'],
      ['step-2', 'categories', 'Kontaktorsak'],
      ['step-3', 'categories', 'Riskbedömning'],
      ['step-4', 'measure', 'Handläggningstid'],
    ]);
  });

  it('has a figure per step with a chart per variable and a text alternative', () => {
    const figure = /<figure class="chart" data-kind="categories" data-step="Kontaktorsak" data-groups="(\d+)">(.*?)<\/figure>/s.exec(html)!;
    expect(figure[1]).toBe('4');
    expect([...figure[2]!.matchAll(/<div class="chart-part" data-by="([^"]*)" data-groups="(\d+)">/g)].map((match) => [match[1], match[2]])).toEqual([
      ['', '1'],
      ['Stadsdelsområde', '3'],
    ]);
    expect(figure[2]).toMatch(/<div role="img" aria-labelledby="chart-text-2">/);
    expect(figure[2]).toMatch(/<p class="visually-hidden" id="chart-text-2">Diagram: andelen i varje kategori av Kontaktorsak bland flickor och bland pojkar, per grupp\. Flaggade kategorier: Totalt: Beteendeproblematik; Stadsdelsområde: Bromma: Psykisk ohälsa\.<\/p>/);
    expect(figure[2]).toContain('Grupper med dolda värden saknas i diagrammet: Stadsdelsområde: Farsta (Beteendeproblematik, Övrigt).');
    expect(html).toMatch(/<figure class="chart" data-kind="measure" data-step="Handläggningstid" data-groups="3">/);
  });

  it('has a categorical table: the group line, each category with counts, shares, difference and verdict, the criterion', () => {
    const rows = tableRows(html, 'Kontaktorsak');
    expect(rows[0]).toEqual(['', 'Grupp och kategori', 'Flickor antal (andel)', 'Pojkar antal (andel)', 'Skillnad (p.e.)', '95 % KI', 'Test', 'p', 'q', 'Bedömning']);
    expect(rows[1]).toEqual(['group flagged', 'Totalt', '500', '602', '', '', 'chi²', '< 0,001', '< 0,001', '']);
    expect(rows[2]).toEqual(['category flagged', 'Beteendeproblematik', '36 (7,2 %)', '139 (23,1 %)', '-15,9', '-20,0 – -11,8', 'chi²', '< 0,001', '< 0,001', 'kandidat']);
    expect(rows[6]).toEqual(['adjusted', 'Med hänsyn till behov (Riskbedömning)', 'gen. CMH-test', '< 0,001', '0,001', '']);
    expect(rows[7]).toEqual(['by', 'Stadsdelsområde']);
    const explained = rows.find((row) => row[1] === 'Psykisk ohälsa' && row[0]!.includes('flagged'))!;
    expect(explained.at(-1)).toBe('förklaras av behov');
    // Farsta: the suppressed categories' counts and everything they would give away read "..".
    const farsta = rows.findIndex((row) => row[1] === 'Farsta');
    expect(rows[farsta + 1]).toEqual(['category hidden', 'Beteendeproblematik', '..', '40 (.. %)', '..', '..', '–', '..', '..', '']);
  });

  it('has the trend of ordered categories', () => {
    const rows = tableRows(html, 'Riskbedömning');
    expect(rows.filter((row) => row[0] === 'trend')).toEqual([
      ['trend', 'Trend över ordningen', 'Wilcoxons test', '0,046', '0,090', ''],
      ['trend', 'Trend över ordningen', 'Wilcoxons test', '0,046', '0,090', ''],
    ]);
  });

  it('has a numeric table: n, median (q1–q3), mean (sd) per sex, the shift with its interval, the hidden group as ".."', () => {
    const rows = tableRows(html, 'Handläggningstid');
    expect(rows[0]).toEqual(['', 'Grupp', 'Flickor n', 'Flickor median (kvartiler)', 'Flickor medel (sd)', 'Pojkar n', 'Pojkar median (kvartiler)', 'Pojkar medel (sd)', 'Skillnad (dagar)', '95 % KI', 'Test', 'p', 'q', 'Bedömning']);
    expect(rows[1]).toEqual(['group flagged', 'Totalt', '250', '41 (27–60)', '45,3 (24,1)', '272', '33 (21–52)', '38,9 (22,7)', '+8', '3 – 13', 'Wilcoxons test', '< 0,001', '0,001', 'kandidat']);
    expect(rows[2]).toEqual(['adjusted', 'Med hänsyn till behov (Riskbedömning)', 'van Elterens test', '0,002', '0,006', '']);
    expect(rows.find((row) => row[1] === 'Farsta')).toEqual(['group hidden', 'Farsta', '..', '..', '..', '61', '30 (20–47)', '35,1 (19,9)', '..', '..', '–', '..', '..', '']);
    expect(html).toContain('Medelvärdena (Welchs t-test), totalt: skillnad +6,4 dagar (95&nbsp;% KI 2,3 – 10,5), p 0,002.');
  });

  it('lists the flagged categories and measures in sections 2 and 3', () => {
    const reflect = /<section id="reflect">(.*?)<\/section>/s.exec(html)![1]!;
    expect(reflect).toContain('<h3>Kontaktorsak, totalt: Beteendeproblematik</h3><p>Pojkar har oftare Beteendeproblematik (Kontaktorsak): 23,1\u00a0% mot 7,2\u00a0%; kandidat.</p>');
    const conclude = /<section id="conclude">(.*?)<\/section>/s.exec(html)![1]!;
    expect(conclude).toContain('<li>Kontaktorsak, totalt: Beteendeproblematik: kandidat</li>');
    expect(conclude).toContain('<li>Handläggningstid, totalt: kandidat</li>');
    expect(conclude).toContain('<li>Kontaktorsak, Stadsdelsområde Bromma: Psykisk ohälsa: förklaras av behov</li>');
  });

  it('explains the new terms in the glossary, in both languages', () => {
    for (const term of ['Kvartil', 'Wilcoxons rangsummetest', 'Skillnad i mått (Hodges–Lehmann)', 'Generaliserat CMH', 'van Elteren']) expect(html).toContain(`<dt>${term}</dt>`);
    for (const term of ['Quartile', 'Wilcoxon rank-sum test', 'Shift (Hodges–Lehmann)', 'Generalized CMH', 'van Elteren']) expect(english).toContain(`<dt>${term}</dt>`);
    expect(english).toContain('Boys more often have Beteendeproblematik (Kontaktorsak): 23.1% vs 7.2%.');
  });

  it('says the method of these steps in the method section', () => {
    const method = /<section id="method">(.*?)<\/section>/s.exec(html)![1]!;
    expect(method).toContain('generaliserade Cochran–Mantel–Haenszel-testet');
    expect(method).toContain('Hodges–Lehmanns skattning av skillnaden (flickor − pojkar, räknad par för par: medianen av skillnaderna mellan alla par, inte skillnaden mellan medianerna)');
  });

  it('says why a criterion has no test, also one that cannot be examined within the group', async () => {
    const changed = {
      ...report,
      measureResults: report.measureResults!.map((row) =>
        row.group === 'Bromma' ? { ...row, adjusted: [{ ...row.adjusted[0]!, test: null, statistic: null, p: null, q: null, reason: 'single-stratum' as const }] } : row,
      ),
    };
    const rows = tableRows(await renderHtml(changed, { language: 'sv' }), 'Handläggningstid');
    const bromma = rows.findIndex((row) => row[1] === 'Bromma');
    expect(rows[bromma + 1]).toEqual(['adjusted', 'Med hänsyn till behov (Riskbedömning)', 'kan inte prövas inom gruppen', '–', '–', '']);
  });

  it('leaves a report without such steps as it was: no section, style or glossary term of theirs', async () => {
    const { categoryResults: _categories, measureResults: _measures, ...rest } = report;
    const plain = await renderHtml({ ...rest, steps: rest.steps.slice(0, 1) }, { language: 'sv' });
    expect(plain).not.toContain('table.distribution');
    expect(plain).not.toContain('data-kind="categories"');
    expect(plain).not.toContain('<dt>Kvartil</dt>');
    expect(plain).not.toContain('Hodges–Lehmann');
  });
});
