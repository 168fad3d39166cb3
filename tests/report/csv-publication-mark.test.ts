/**
 * Every output marked (issue 13, case 11): CSV with --no-suppress, plain and --excel, has
 * a leading column `publication` saying on every row that the counts are not for
 * publication (in the user's language); with disclosure control on, the CSV is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const RUN = ['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/exempel.yml', '-f', 'csv'];

describe('CSV with --no-suppress', () => {
  it('leads every row with the mark, plain and for Excel, in both languages', async () => {
    const plain = await runMain([...RUN, '--no-suppress']);
    expect(plain.code).toBe(0);
    const lines = plain.stdout.trimEnd().split('\n');
    expect(lines[0]!.startsWith('publication,step,by,group,')).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(1)) expect(line.startsWith('ej för publicering,')).toBe(true);

    const excel = await runMain([...RUN, '--no-suppress', '--excel', '--lang', 'en']);
    const excelLines = excel.stdout.trimEnd().split('\r\n');
    // For people, --excel heads its columns in the chosen language (plain CSV keeps the machine names).
    expect(excelLines[0]).toMatch(/^\uFEFFPublication;Step;Variable;Group;/);
    for (const line of excelLines.slice(1)) expect(line.startsWith('not for publication;')).toBe(true);
  });

  it('leaves the other columns as they are, and CSV with disclosure control has no mark', async () => {
    const marked = await runMain([...RUN, '--no-suppress']);
    const suppressed = await runMain(RUN);
    expect(suppressed.stdout.split('\n')[0]!.startsWith('step,by,group,')).toBe(true);
    expect(suppressed.stdout).not.toMatch(/publication/);
    const header = (text: string, drop: number): string => text.split('\n')[0]!.split(',').slice(drop).join(',');
    expect(header(marked.stdout, 1)).toBe(header(suppressed.stdout, 0));
  });
});
