/**
 * What the counts could have shown, end to end: a 300-row extract flags nothing, and
 * every report for people says how large a difference its counts could have shown
 * instead of a bare "none" (issue 12, case 5).
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const EXTRACT = ['analyze', 'fixtures/titelrader.csv', '-c', 'fixtures/exempel.yml'];

describe('the detectable difference on a small extract', () => {
  it('is said in words under the table, in Swedish and English', async () => {
    const swedish = await runMain(EXTRACT);
    expect(swedish.code).toBe(0);
    expect(swedish.stdout).toContain('Utredning inleds, totalt: ingen flaggad skillnad, men med dessa antal syns bara skillnader större än 15,9 p.e.');
    // The verdict cell on one line: --wide, as a narrow table wraps it (issue 16, item 4).
    expect((await runMain([...EXTRACT, '--wide'])).stdout).toContain('syns först > 15,9 p.e.');
    const english = await runMain([...EXTRACT, '--lang', 'en']);
    expect(english.stdout).toContain('Utredning inleds, overall: no flagged difference, but with these counts only differences larger than 15.9 pp can be seen.');
  });

  it('is in Markdown, and the HTML conclusion never says just "Inga"', async () => {
    const markdown = await runMain([...EXTRACT, '-f', 'md']);
    expect(markdown.stdout).toContain('- Utredning inleds, totalt: ingen flaggad skillnad, men med dessa antal syns bara skillnader större än 15,9 p.e.');
    const html = await runMain([...EXTRACT, '-f', 'html']);
    expect(html.stdout).not.toContain('<p>Inga.</p>');
    expect(html.stdout).toContain('Inga hittades. Med dessa antal hade bara större skillnader kunnat synas (Utredning inleds: större än 15,9&nbsp;p.e.');
    expect(html.stdout).toContain('normalapproximation');
  });

  it('is a key of every result in the JSON, null where the comparison is hidden', async () => {
    const run = await runMain([...EXTRACT, '-f', 'json']);
    const report = JSON.parse(run.stdout) as { results: Array<{ by: string | null; step: string; female: { n: number | null }; detectableDiffPp: number | null }> };
    const overall = report.results.find((result) => result.by === null && result.step === 'Utredning inleds')!;
    expect(overall.detectableDiffPp).toBeCloseTo(15.9194, 3);
    for (const result of report.results) if (result.female.n === null) expect(result.detectableDiffPp).toBeNull();
  });
});
