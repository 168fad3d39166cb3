/**
 * The Word output: the same bytes on every run (also in one process, where the docx
 * library's counters run on), a real table per step whose header row repeats on every
 * page, a picture per step with its alternative text, the format chosen by the file's
 * extension, and the not-for-publication mark on every page when small counts are shown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { tempFile, tempPath } from '../helpers/temp.js';
import { dumpDocumentXml, loadDocx } from '../helpers/docx-dump.js';
import { yieldToEventLoop } from '../helpers/yield.js';

const ARGS = ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml'] as const;

describe('docx output', () => {
  afterEach(yieldToEventLoop);

  it('is the same bytes when written twice in one process and by the binary', async () => {
    const paths = [tempPath('first.docx'), tempPath('second.docx'), tempPath('third.docx')];
    expect((await runMain([...ARGS, '-o', paths[0]!])).code).toBe(0);
    expect((await runMain([...ARGS, '-o', paths[1]!])).code).toBe(0);
    expect(runCli([...ARGS, '-o', paths[2]!]).code).toBe(0);
    const [first, ...others] = paths.map((path) => readFileSync(path));
    for (const other of others) expect(Buffer.compare(first!, other)).toBe(0);
  });

  it('has a table per step with a repeating header row, and a picture per chart', async () => {
    const path = tempPath('steps.docx');
    const run = await runMain([...ARGS, '-o', path, '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(path);
    const lines = dumpDocumentXml(await (await loadDocx(path)).file('word/document.xml')!.async('string'));
    const steps = lines.filter((line) => line.startsWith('[Heading2] Step: '));
    expect(steps.map((line) => line.slice('[Heading2] Step: '.length))).toEqual(['Utredning inleds', 'Barnet vidtalat', 'Insats beviljas', 'Insats accepteras', 'Kontaktorsak', 'Riskbedömning', 'Handläggningstid']);
    // Every table starts with its header row, marked to repeat; the step tables name the group first.
    const tableStarts = lines.flatMap((line, index) => (line === 'table' ? [lines.slice(index + 1).find((next) => !next.startsWith('  column'))!] : []));
    // Four yes/no tables, two of categories and one of a measure (the steps exempel.yml ends with).
    expect(tableStarts.filter((line) => line.startsWith('head: Group | Girls n | % share |'))).toHaveLength(4);
    expect(tableStarts.filter((line) => line.startsWith('head: Group and category | Girls count (share) |'))).toHaveLength(2);
    expect(tableStarts.filter((line) => line.startsWith('head: Group | Girls n | Girls median (quartiles) |'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('row') && line.includes('Overall |'))).toHaveLength(7);
    const pictures = lines.filter((line) => line.startsWith('picture '));
    // Per step one chart for the overall row and one per variable with groups to show
    // (Stadsdelsområde, Kontaktorsak); the categorical step on Kontaktorsak has no rows by Kontaktorsak.
    expect(pictures).toHaveLength(20);
    for (const picture of pictures.slice(0, 12)) expect(picture).toMatch(/alt="(Overall|Stadsdelsområde|Kontaktorsak)\. Chart: share "yes" /);
    expect(pictures.slice(12, 14).map((picture) => picture.match(/alt="([^.]+)\./)![1])).toEqual(['Overall', 'Stadsdelsområde']);
    for (const picture of pictures.slice(12, 17)) expect(picture).toMatch(/alt="(Overall|Stadsdelsområde|Kontaktorsak)\. Chart: the share in each category of (Kontaktorsak|Riskbedömning) /);
    for (const picture of pictures.slice(17)) expect(picture).toMatch(/alt="(Overall|Stadsdelsområde|Kontaktorsak)\. Chart: the median with the first and third quartile of Handläggningstid /);
    expect(lines).toContain('[Heading1] 2. We reflect');
    expect(lines.some((line) => line.startsWith('section landscape'))).toBe(true);
  });

  it('marks every page not for publication when small counts are shown, and no page otherwise', async () => {
    const shown = tempPath('no-suppress.docx');
    const hidden = tempPath('suppress.docx');
    expect((await runMain([...ARGS, '--no-suppress', '-o', shown])).code).toBe(0);
    expect((await runMain([...ARGS, '-o', hidden])).code).toBe(0);
    const shownZip = await loadDocx(shown);
    const headers = Object.keys(shownZip.files).filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.length).toBeGreaterThan(0);
    for (const name of headers) expect(dumpDocumentXml(await shownZip.file(name)!.async('string')).join(' ')).toContain('INTE FÖR PUBLICERING');
    const body = await shownZip.file('word/document.xml')!.async('string');
    // One page header reference per section: the mark is on every page.
    expect(body.match(/<w:sectPr/g)!.length).toBe(body.match(/<w:headerReference/g)!.length);
    const hiddenZip = await loadDocx(hidden);
    expect(Object.keys(hiddenZip.files).some((name) => /^word\/header\d+\.xml$/.test(name))).toBe(false);
  });

  it('shows control characters from the data as visible escapes, which XML cannot hold', async () => {
    const rows = Array.from({ length: 40 }, (_, index) => `${index % 2 ? 'Pojke' : 'Flicka'};A\u0007b\u001b[31m;${index % 3 ? 'Utredning inleds' : 'Ingen'}`);
    const extract = tempFile(`Kön;Grupp;Förhandsbedömning\n${rows.join('\n')}\n`);
    const path = tempPath('control.docx');
    const run = await runMain(['analyze', extract, '--sex', 'Kön', '--by', 'Grupp', '--outcome', 'Förhandsbedömning=Utredning inleds', '-o', path]);
    expect(run.code, run.stderr).toBe(0);
    const xml = await (await loadDocx(path)).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain('A\\x07b\\e[31m');
  });

  it('needs an output file', async () => {
    const run = await runMain([...ARGS, '-f', 'docx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/docx/);
  });
});
