/**
 * A page of an HTML file in Debian's headless Chromium (playwright-core, a fresh profile),
 * for the browser tests: it records console errors, page errors and any request for
 * another address than the file's (a report must need nothing from the network).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

/** True when the browser tests run: Chromium is installed, or CI is set (where it must be). */
export function browserTestsRun(): boolean {
  const available = existsSync(CHROMIUM);
  if (!available && !process.env.CI) console.warn(`browser test skipped: no ${CHROMIUM} (install it with apt-get install chromium; in CI it must be there)`);
  return available || Boolean(process.env.CI);
}

/** An opened page, the problems seen while loading it, and how to close it. */
export interface OpenedPage {
  readonly page: Page;
  readonly problems: string[];
  close(): Promise<void>;
}

/** Opens `html` (a file path) in a fresh headless Chromium, 1100 × 1500. */
export async function openInChromium(html: string): Promise<OpenedPage> {
  const profile = mkdtempSync(join(tmpdir(), 'jamstat-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1100, height: 1500 } });
  const page = await context.newPage();
  const url = pathToFileURL(html).href;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (request.url() !== url) problems.push(`request: ${request.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
