/**
 * The HTML report in a real browser (headless Chromium through playwright-core): no
 * console error, no network request, the title block and the Sammanfattning first, both
 * shares and the difference drawn for every group, text alternatives read but not shown,
 * section 4's fields typed in and printed, nothing wider than an A4 page in print, tables
 * that hold the JSON's numbers, and screenshots for the README (docs/report*.png).
 * Skipped, with a message, only when Chromium is missing outside CI; in CI (CI set) it must run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserTestsRun, openInChromium, type OpenedPage } from '../helpers/chromium-page.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempPath } from '../helpers/temp.js';
import { formatCount } from '../../src/report/published-values.js';
import { formatSignedPp } from '../../src/report/numbers.js';
import { formatSignedMeasure } from '../../src/report/distribution-rows.js';
import type { PublishedReport } from '../../src/model/report.js';


describe.skipIf(!browserTestsRun())('the HTML report in Chromium', () => {
  const html = tempPath('report.html');
  const json = tempPath('report.json');
  let opened: OpenedPage;
  let page: Page;
  let report: PublishedReport;

  beforeAll(async () => {
    const args = ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml'];
    expect(runCli([...args, '-o', html, '--title', 'Flickor och pojkar i handläggningen 2024', '--organisation', 'Exempelstaden, socialförvaltningen', '--report-period', '2024']).code).toBe(0);
    expect(runCli([...args, '-o', json]).code).toBe(0);
    report = JSON.parse(readFileSync(json, 'utf8')) as PublishedReport;
    opened = await openInChromium(html);
    page = opened.page;
  }, 60_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('loads without console errors or network requests', () => {
    expect(opened.problems).toEqual([]);
  });

  it('opens with the title block and the Sammanfattning, before the steps', async () => {
    expect(await page.locator('header.title-block h1').textContent()).toBe('Flickor och pojkar i handläggningen 2024');
    expect(await page.locator('header.title-block .organisation').textContent()).toBe('Exempelstaden, socialförvaltningen');
    expect(await page.locator('header.title-block dl.meta').textContent()).toContain('Period2024');
    const order = await page.$$eval('main > section', (sections) => sections.map((section) => section.id));
    expect(order.slice(0, 2)).toEqual(['summary', 'see']);
    const summary = (await page.locator('#summary').textContent())!.replace(/\u00a0/g, ' ');
    expect(summary).toContain('Utredning inleds: bland flickorna 42,5 % (3 877 av 9 123 ärenden), bland pojkarna 34,4 % (3 710 av 10 780) – 8,1 procentenheter högre bland flickorna.');
    expect(await page.locator('#summary .summary-part').evaluateAll((parts) => parts.map((part) => part.getAttribute('data-kind')))).toEqual(['candidates', 'explained', 'inconclusive', 'limits', 'excluded']);
  });

  it('draws both shares and the difference for every group with a difference shown, one chart per variable', async () => {
    // The yes/no steps (the categorical and numeric steps have charts of their own, tested below).
    for (const step of report.steps.filter((candidate) => report.results.some((result) => result.step === candidate.name))) {
      const shown = report.results.filter((result) => result.step === step.name && result.period === null && result.female.n !== null && result.male.n !== null && result.diffPp !== null && result.ci95 !== null);
      const figure = page.locator(`figure.chart[data-step="${step.name}"]`);
      expect(await figure.getAttribute('data-groups')).toBe(String(shown.length));
      const variables = [...new Set(shown.map((result) => result.by ?? ''))];
      expect(await figure.locator('.chart-part').evaluateAll((parts) => parts.map((part) => part.getAttribute('data-by')))).toEqual(variables);
      for (const by of variables) {
        const part = figure.locator(`.chart-part[data-by="${by}"]`);
        const groups = shown.filter((result) => (result.by ?? '') === by).length;
        // A dot per sex and group (the shares), one per group (the difference); the female dots are circles, the male squares.
        expect(await part.locator('.share_marks path').count()).toBe(2 * groups);
        expect(await part.locator('.difference_marks path').count()).toBe(groups);
        const fills = await part.locator('.share_marks path').evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
        expect(fills.filter((fill) => fill === '#E69F00')).toHaveLength(groups);
        expect(fills.filter((fill) => fill === '#009E73')).toHaveLength(groups);
        // Full group names: none cut with an ellipsis.
        expect(await part.locator('svg').textContent()).not.toContain('…');
      }
      // 0 is labelled on the difference axis.
      expect(await figure.locator('.role-axis-label text').evaluateAll((texts) => texts.map((text) => text.textContent))).toContain('0');
    }
  });

  it('draws every shown group of the categorical and numeric steps, one chart per variable', async () => {
    const steps = [
      ...new Set((report.categoryResults ?? []).map((row) => row.step)),
      ...new Set((report.measureResults ?? []).map((row) => row.step)),
    ];
    expect(steps).toEqual(['Kontaktorsak', 'Riskbedömning', 'Handläggningstid']);
    for (const step of steps) {
      // A group is drawn when neither sex's cases are hidden (a measure's, when both sexes have a median and quartiles).
      // Kontaktorsak split by Kontaktorsak has each group wholly in one category: left out of the chart, with a note.
      const selfSplit = (row: { readonly step: string; readonly by: string | null }): boolean => row.step === 'Kontaktorsak' && row.by === 'Kontaktorsak';
      const shown: ReadonlyArray<{ readonly by: string | null }> = [
        ...(report.categoryResults ?? []).filter((row) => row.step === step && !selfSplit(row) && row.female.n !== null && row.male.n !== null),
        ...(report.measureResults ?? []).filter((row) => row.step === step && row.female.n !== null && row.male.n !== null && [row.female, row.male].every((sex) => sex.median !== null && sex.q1 !== null && sex.q3 !== null)),
      ];
      const figure = page.locator(`figure.chart[data-step="${step}"]`);
      expect(await figure.getAttribute('data-groups')).toBe(String(shown.length));
      const variables = [...new Set(shown.map((row) => row.by ?? ''))];
      expect(await figure.locator('.chart-part').evaluateAll((parts) => parts.map((part) => part.getAttribute('data-by')))).toEqual(variables);
      for (const by of variables) {
        const part = figure.locator(`.chart-part[data-by="${by}"]`);
        expect(await part.getAttribute('data-groups')).toBe(String(shown.filter((row) => (row.by ?? '') === by).length));
        expect(await part.locator('svg').textContent()).not.toContain('…');
      }
      expect(await figure.locator('.role-axis-label text').evaluateAll((texts) => texts.map((text) => text.textContent))).toContain('0');
    }
    // A categorical step has no rows by its own column (analysis), so its chart has no panel for them.
    expect(await page.locator('figure.chart[data-step="Kontaktorsak"] .chart-part[data-by="Kontaktorsak"]').count()).toBe(0);
  });

  it('has text alternatives that are read, not shown', async () => {
    const figure = page.locator('figure.chart').first();
    const described = await figure.locator('[role="img"]').getAttribute('aria-labelledby');
    const text = page.locator(`#${described}`);
    expect(await text.textContent()).toContain('Utredning inleds');
    expect(await text.getAttribute('class')).toBe('visually-hidden');
    const box = await text.boundingBox();
    expect(box!.width * box!.height).toBeLessThanOrEqual(1);
  });

  it('lets section 4 be typed in, and prints what was typed', async () => {
    const field = page.locator('#notes-1');
    await field.click();
    await page.keyboard.type('Granska aktualiseringar för pojkar i Bromma.');
    expect(await field.textContent()).toBe('Granska aktualiseringar för pojkar i Bromma.');
    await page.emulateMedia({ media: 'print' });
    expect(await field.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('#change .notes-area[contenteditable="true"]').count()).toBe(3);
  });

  it('has a glossary of the terms the tables use', async () => {
    const terms = await page.locator('#glossary dt').allTextContents();
    for (const term of ['q', 'Benjamini–Hochberg', 'Kandidat', 'Förklarad', 'Osäker', 'CMH', 'Oddskvot', 'Homogenitet', 'Strata']) expect(terms.some((text) => text.startsWith(term))).toBe(true);
  });

  it('fits an A4 page in print: nothing is wider than the text column, and the PDF is A4', async () => {
    await page.emulateMedia({ media: 'print' });
    // A4 is 210 mm wide; less the 12 mm margins on each side, 186 mm = 703 CSS pixels.
    await page.setViewportSize({ width: 703, height: 1000 });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      wide: [...document.querySelectorAll('table, figure, svg, .notes-area')].filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((element) => element.tagName),
    }));
    expect(widths.wide).toEqual([]);
    expect(widths.page).toBeLessThanOrEqual(widths.client);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Math.round(Number(mediaBox![1]))).toBe(595);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1100, height: 1500 });
  });

  it('has tables holding the numbers of the JSON', async () => {
    // The yes/no steps' tables (the categorical and numeric steps' tables have other columns, tested below).
    const cells = await page.$$eval('table.results:not(.distribution) tbody tr[data-group]', (rows) =>
      rows.map((row) => ({
        step: row.closest('table')!.getAttribute('data-step'),
        by: row.getAttribute('data-by'),
        group: row.getAttribute('data-group'),
        femaleN: row.querySelector('[data-field="female-n"]')!.textContent,
        maleN: row.querySelector('[data-field="male-n"]')!.textContent,
        diff: row.querySelector('[data-field="diff"]')!.textContent,
      })),
    );
    const results = report.results.filter((result) => result.period === null);
    expect(cells).toHaveLength(results.length);
    for (const result of results) {
      const cell = cells.find((candidate) => candidate.step === result.step && candidate.by === (result.by ?? '') && candidate.group === (result.group ?? ''));
      expect(cell, `${result.step} ${result.by} ${result.group}`).toBeDefined();
      expect(cell!.femaleN).toBe(formatCount(result.female.n, 'sv'));
      expect(cell!.maleN).toBe(formatCount(result.male.n, 'sv'));
      expect(cell!.diff).toBe(result.diffPp === null ? '..' : formatSignedPp(result.diffPp, 'sv'));
    }
  });

  it('has tables of the categorical and numeric steps holding the numbers of the JSON', async () => {
    const lines = await page.$$eval('table.distribution tbody tr[data-group]', (rows) =>
      rows.map((row) => ({
        step: row.closest('table')!.getAttribute('data-step'),
        kind: row.className.split(' ')[0],
        by: row.getAttribute('data-by'),
        group: row.getAttribute('data-group'),
        value: row.getAttribute('data-value'),
        cells: Object.fromEntries([...row.querySelectorAll('[data-field]')].map((cell) => [cell.getAttribute('data-field'), cell.textContent])),
      })),
    );
    const line = (step: string, kind: string, by: string | null, group: string | null, value: string | null = null) => {
      const found = lines.find((candidate) => candidate.step === step && candidate.kind === kind && candidate.by === (by ?? '') && candidate.group === (group ?? '') && candidate.value === value);
      expect(found, `${step} ${kind} ${by} ${group} ${value}`).toBeDefined();
      return found!.cells;
    };
    const categoryRows = report.categoryResults ?? [];
    expect(categoryRows.length).toBeGreaterThan(0);
    for (const row of categoryRows) {
      const cells = line(row.step, 'group', row.by, row.group);
      expect(cells.female).toBe(formatCount(row.female.n, 'sv'));
      expect(cells.male).toBe(formatCount(row.male.n, 'sv'));
      for (const category of row.categories) {
        const hidden = [category.female.yes, category.female.n, category.male.yes, category.male.n].includes(null);
        expect(line(row.step, 'category', row.by, row.group, category.value).diff).toBe(hidden ? '..' : formatSignedPp(category.diffPp, 'sv'));
      }
    }
    const measureRows = report.measureResults ?? [];
    expect(measureRows.length).toBeGreaterThan(0);
    for (const row of measureRows) {
      const cells = line(row.step, 'group', row.by, row.group);
      expect(cells['female-n']).toBe(formatCount(row.female.n, 'sv'));
      expect(cells['male-n']).toBe(formatCount(row.male.n, 'sv'));
      expect(cells.diff).toBe(row.female.n === null || row.male.n === null ? '..' : formatSignedMeasure(row.estimate, 'sv'));
    }
  });

  it('is saved as screenshots for the README: the top with the summary, and the first step chart', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ROOT, 'docs', 'report.png') });
    await page.locator('figure.chart').first().screenshot({ path: join(ROOT, 'docs', 'report-chart.png') });
    expect(existsSync(join(ROOT, 'docs', 'report.png'))).toBe(true);
    expect(existsSync(join(ROOT, 'docs', 'report-chart.png'))).toBe(true);
  });
});
