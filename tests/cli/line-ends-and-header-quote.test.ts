/**
 * Regression: inspect reported a CR-only file as "lf" and CR with one CRLF as "crlf";
 * a stray quote in the header was reported on the line below it, in csv-parse's English.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { tempFile } from '../helpers/temp.js';

async function lineEnding(content: string): Promise<string> {
  const run = await runMain(['inspect', tempFile(content), '-f', 'json']);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { lineEnding: string; rows: number }).lineEnding;
}

describe('inspect -f json: line ends', () => {
  it('a CR-only file is "cr" and its rows are read', async () => {
    const run = await runMain(['inspect', tempFile('Kön;Ålder;Beslut\rFlicka;3;Ja\rPojke;4;Nej\r'), '-f', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ lineEnding: 'cr', rows: 2, delimiter: ';' });
  });
  it('CR with one CRLF is "mixed"', async () => {
    expect(await lineEnding('Kön;Ålder;Beslut\rFlicka;3;Ja\r\nPojke;4;Nej\r')).toBe('mixed');
  });
});

describe('a stray quote in the header', () => {
  const file = () => tempFile('Uttag 2024\r\nKön;Ål"der;Beslut\r\nFlicka;3;Ja\r\nPojke;4;Nej\r\n');
  it('is reported on the header line, in Swedish', async () => {
    const run = await runMain(['inspect', file(), '-f', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jamstat: fel: .*, rad 2, kolumn 2: rubrikraden har ett citattecken/);
    expect(run.stderr).not.toMatch(/Invalid|quote is found/);
  });
  it('is reported on the header line, in English', async () => {
    const run = await runMain(['inspect', file(), '-f', 'json', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jamstat: error: .*, line 2, column 2: the header line has a quote/);
    expect(run.stderr).not.toMatch(/Invalid|quote is found/);
  });
});

describe('a stray quote in a title line above the header', () => {
  // It was reported at the header's line, in csv-parse's English ("Invalid Opening Quote").
  const file = () => tempFile('Socialtjänsten\r\nUttag "2024" ny\r\nKön;Ålder;Beslut\r\nFlicka;3;Ja\r\nPojke;4;Nej\r\n');
  it('is reported on the title line, in Swedish', async () => {
    const run = await runMain(['inspect', file(), '-f', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jamstat: fel: .*, rad 2: en titelrad ovanför rubrikraden har ett citattecken/);
    expect(run.stderr).not.toMatch(/Invalid|quote is found/);
  });
  it('is reported on the title line, in English', async () => {
    const run = await runMain(['analyze', file(), '--sex', 'Kön', '--outcome', 'Beslut=Ja', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jamstat: error: .*, line 2: a title line above the header has a quote/);
    expect(run.stderr).not.toMatch(/Invalid|quote is found/);
  });
});
