/**
 * The HTML report in a real browser (headless Chromium through playwright-core): no
 * console error, no network request, a chart mark per group, tables that hold the JSON's
 * numbers, and a screenshot for the README (docs/report.png). Skipped, with a message,
 * only when Chromium is missing outside CI; in CI (CI set) it must run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempPath } from '../helpers/temp.js';
import { formatCount } from '../../src/report/published-values.js';
import { formatSignedPp } from '../../src/report/numbers.js';
import type { PublishedReport } from '../../src/model/report.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) console.warn(`browser test skipped: no ${CHROMIUM} (install it with apt-get install chromium; in CI it must be there)`);

describe.skipIf(!available && !process.env.CI)('the HTML report in Chromium', () => {
  const html = tempPath('report.html');
  const json = tempPath('report.json');
  const profile = mkdtempSync(join(tmpdir(), 'jamstat-chromium-'));
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  let report: PublishedReport;

  beforeAll(async () => {
    const args = ['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml'];
    expect(runCli([...args, '-o', html]).code).toBe(0);
    expect(runCli([...args, '-o', json]).code).toBe(0);
    report = JSON.parse(readFileSync(json, 'utf8')) as PublishedReport;
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1100, height: 1500 } });
    page = await context.newPage();
    const url = pathToFileURL(html).href;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (request.url() !== url) problems.push(`request: ${request.url()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('loads without console errors or network requests', () => {
    expect(problems).toEqual([]);
  });

  it('draws a mark for every group with a difference shown', async () => {
    for (const step of report.steps) {
      const shown = report.results.filter((result) => result.step === step.name && result.period === null && result.female.n !== null && result.male.n !== null && result.diffPp !== null && result.ci95 !== null);
      const figure = page.locator(`figure.chart[data-step="${step.name}"]`);
      expect(await figure.getAttribute('data-groups')).toBe(String(shown.length));
      expect(await figure.locator('.mark-symbol.role-mark path').count()).toBe(shown.length);
      expect(await figure.locator('[role="img"]').getAttribute('aria-label')).toContain(step.name);
    }
  });

  it('has tables holding the numbers of the JSON', async () => {
    const cells = await page.$$eval('table.results tbody tr[data-group]', (rows) =>
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

  it('is saved as a screenshot for the README', async () => {
    await page.screenshot({ path: join(ROOT, 'docs', 'report.png') });
    expect(existsSync(join(ROOT, 'docs', 'report.png'))).toBe(true);
  });
});
