/**
 * The Word report's sections for the categorical and numeric steps (issue 15): after the
 * yes/no steps, each with its charts as pictures with alternative text, a table whose
 * header row repeats on every page (hidden values "..", flagged lines shaded), the notes
 * and the row accounting; the flagged categories and measures in the summary and sections
 * 2 and 3; the glossary's new terms; and the same bytes on every run.
 */
import { afterEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { renderDocx } from '../../src/report/render-docx.js';
import { dumpDocumentXml } from '../helpers/docx-dump.js';
import { distributionPublishedReport } from '../helpers/distribution-published-report.js';
import { yieldToEventLoop } from '../helpers/yield.js';

const report = distributionPublishedReport();

async function documentLines(bytes: Uint8Array): Promise<string[]> {
  return dumpDocumentXml(await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'));
}

describe('the Word report of categorical and numeric steps', () => {
  afterEach(yieldToEventLoop);

  it('is the same bytes when written twice', async () => {
    const first = await renderDocx(report, { language: 'sv' });
    const second = await renderDocx(report, { language: 'sv' });
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
  });

  it('has a section per step after the yes/no steps, with pictures, a repeating header row and the notes', async () => {
    const lines = await documentLines(await renderDocx(report, { language: 'sv' }));
    const steps = lines.filter((line) => line.startsWith('[Heading2] Steg: ')).map((line) => line.slice('[Heading2] Steg: '.length));
    expect(steps).toEqual(['Utredning inleds', 'Kontaktorsak', 'Riskbedömning', 'Handläggningstid']);
    const pictures = lines.filter((line) => line.startsWith('picture '));
    // Per step one chart for the overall row and one for Stadsdelsområde.
    expect(pictures).toHaveLength(8);
    expect(pictures.filter((picture) => picture.includes('alt="Stadsdelsområde. Diagram: andelen i varje kategori av Kontaktorsak'))).toHaveLength(1);
    expect(pictures.filter((picture) => picture.includes('alt="Totalt. Diagram: median med första och tredje kvartil av Handläggningstid'))).toHaveLength(1);
    expect(lines).toContain('head: Grupp och kategori | Flickor antal (andel) | Pojkar antal (andel) | Skillnad (p.e.) | 95 % KI | Test | p | q | Bedömning');
    expect(lines).toContain('head: Grupp | Flickor n | Flickor median (kvartiler) | Flickor medel (sd) | Pojkar n | Pojkar median (kvartiler) | Pojkar medel (sd) | Skillnad (dagar) | 95 % KI | Test | p | q | Bedömning');
    expect(lines).toContain('row*: Beteendeproblematik | 36 (7,2\u00a0%) | 139 (23,1\u00a0%) | -15,9 | -20,0 – -11,8 | chi² | < 0,001 | < 0,001 | kandidat');
    expect(lines).toContain('row: Farsta | .. | .. | .. | 61 | 30 (20–47) | 35,1 (19,9) | .. | .. | – | .. | .. | ');
    expect(lines).toContain('row: Trend över ordningen | Wilcoxons test | 0,046 | 0,090 | ');
    expect(lines.some((line) => line.includes('Grupper med dolda värden saknas i diagrammet: Stadsdelsområde: Farsta (Beteendeproblematik, Övrigt).'))).toBe(true);
    expect(lines.some((line) => line.includes('Medelvärdena (Welchs t-test), totalt: skillnad +6,4 dagar'))).toBe(true);
  });

  it('says the flagged categories and measures in the summary, sections 2 and 3, and explains the new terms', async () => {
    const lines = await documentLines(await renderDocx(report, { language: 'en' }));
    expect(lines.some((line) => line.includes('Boys more often have Beteendeproblematik (Kontaktorsak): 23.1% vs 7.2%.'))).toBe(true);
    expect(lines).toContain('[Heading3] Handläggningstid, overall');
    expect(lines.some((line) => line.includes('Kontaktorsak, Stadsdelsområde Bromma: Psykisk ohälsa: explained by need'))).toBe(true);
    for (const term of ['Quartile: ', 'Wilcoxon rank-sum test: ', 'Shift (Hodges–Lehmann): ', 'Generalized CMH: ', 'van Elteren: ']) expect(lines.some((line) => line.includes(term))).toBe(true);
  });
});
