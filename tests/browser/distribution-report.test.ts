/**
 * The HTML report's categorical and numeric steps (issue 15) in a real browser (headless
 * Chromium through playwright-core), from the hand-made published report: no console error
 * or network request, a bar per shown share and a dot per sex and group, the text
 * alternatives read but not shown, and nothing wider than an A4 page in print. Skipped,
 * with a message, only when Chromium is missing outside CI, as html-report.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserTestsRun, openInChromium, type OpenedPage } from '../helpers/chromium-page.js';
import { tempPath } from '../helpers/temp.js';
import { renderHtml } from '../../src/report/render-html.js';
import { distributionPublishedReport } from '../helpers/distribution-published-report.js';


describe.skipIf(!browserTestsRun())('the categorical and numeric steps of the HTML report in Chromium', () => {
  const html = tempPath('distribution-report.html');
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    writeFileSync(html, await renderHtml(distributionPublishedReport(), { language: 'sv' }));
    opened = await openInChromium(html);
    page = opened.page;
  }, 60_000);

  afterAll(async () => {
    await opened?.close();
  });

  it('loads without console errors or network requests', () => {
    expect(opened.problems).toEqual([]);
  });

  it('draws a bar per shown share of each group, in the two sex colours', async () => {
    const part = page.locator('figure.chart[data-step="Kontaktorsak"] .chart-part[data-by="Stadsdelsområde"]');
    const fills = await part.locator('.mark-rect.role-mark path').evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
    // Bromma and Rinkeby-Kista: 4 categories × 2 sexes; Farsta: 2 categories hidden.
    expect(fills).toHaveLength(20);
    expect(fills.filter((fill) => fill === '#E69F00')).toHaveLength(10);
    expect(fills.filter((fill) => fill === '#009E73')).toHaveLength(10);
    expect(await part.locator('svg').textContent()).not.toContain('…');
  });

  it('draws a median per sex and group with its quartile line', async () => {
    const figure = page.locator('figure.chart[data-step="Handläggningstid"]');
    expect(await figure.locator('.median_marks path').count()).toBe(2 + 4);
    expect(await figure.locator('.quartiles_marks line, .quartiles_marks path').count()).toBe(2 + 4);
    expect(await figure.locator('.role-axis-label text').evaluateAll((texts) => texts.map((text) => text.textContent))).toContain('0');
  });

  it('has text alternatives that are read, not shown', async () => {
    for (const step of ['Kontaktorsak', 'Riskbedömning', 'Handläggningstid']) {
      const figure = page.locator(`figure.chart[data-step="${step}"]`);
      const text = page.locator(`#${await figure.locator('[role="img"]').getAttribute('aria-labelledby')}`);
      expect(await text.textContent()).toContain(step);
      const box = await text.boundingBox();
      expect(box!.width * box!.height).toBeLessThanOrEqual(1);
    }
  });

  it('fits an A4 page in print: no table or chart is wider than the text column', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('section.step[data-kind] table, section.step[data-kind] figure, section.step[data-kind] svg')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((element) => `${element.tagName} ${element.closest('section')!.id}`),
    );
    expect(wide).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1100, height: 1500 });
  });
});
