/**
 * The Word report opens in LibreOffice: LibreOffice converts it to PDF headless, and the
 * PDF's text (pdftotext) has the title, every step and a table row. Skipped, with the
 * reason, when LibreOffice Writer or pdftotext is not installed (Debian packages
 * libreoffice-writer and poppler-utils); CI does not install them, since LibreOffice
 * alone would take much of its time budget.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runMain } from '../helpers/run-main.js';
import { tempPath } from '../helpers/temp.js';
import { yieldToEventLoop } from '../helpers/yield.js';

/** Why the test cannot run here, or null when it can. */
function missingTool(): string | null {
  if (spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0) return 'LibreOffice (soffice) is not installed';
  if (spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status !== 0) return 'pdftotext (poppler-utils) is not installed';
  // Without Writer, LibreOffice starts but cannot load a .docx ("source file could not be loaded").
  const writer = ['/usr/lib/libreoffice/program/libswlo.so', '/usr/lib64/libreoffice/program/libswlo.so', '/opt/libreoffice/program/libswlo.so'];
  if (!writer.some((path) => existsSync(path))) return 'LibreOffice Writer (libreoffice-writer) is not installed';
  return null;
}

const missing = missingTool();
if (missing) console.warn(`docx-libreoffice.test.ts skipped: ${missing}`);

describe.skipIf(missing !== null)('the Word report in LibreOffice', () => {
  afterEach(yieldToEventLoop);
  it('converts to a PDF with the title, every step and a table row', async () => {
    const docx = tempPath('lo-rapport.docx');
    const run = await runMain(['analyze', 'fixtures/exempel.csv', '-c', 'fixtures/exempel.yml', '-o', docx]);
    expect(run.code, run.stderr).toBe(0);
    const outdir = tempPath('lo-out');
    mkdirSync(outdir);
    // A profile of its own: a LibreOffice already running for the user would take the job and ignore --headless.
    const profile = pathToFileURL(tempPath('lo-profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outdir, docx], { stdio: 'pipe', timeout: 120_000 });
    const pdf = join(outdir, 'lo-rapport.pdf');
    expect(existsSync(pdf), 'LibreOffice wrote no PDF').toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Könsuppdelad statistik: Utredning inleds, Barnet vidtalat, Insats beviljas, Insats accepteras');
    for (const step of ['Utredning inleds', 'Barnet vidtalat', 'Insats beviljas', 'Insats accepteras']) expect(text).toContain(`Steg: ${step}`);
    // The overall row of the first step's table: group, girls' n and share, boys' n and share.
    expect(text).toMatch(/Totalt 9 123 42,5 10 780 34,4/);
    expect(text).toContain('Metod');
  }, 180_000);
});
