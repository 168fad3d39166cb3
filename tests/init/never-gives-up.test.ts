/**
 * `jamstat init` writes a configuration whenever it found something to compare by sex:
 * made-up tables in the published forms (a total beside the sexes, Kolada's K/M/T,
 * SCB's 1/2, sexes as column names, outcomes worded Beviljad/Avslag) each get a
 * configuration, with `# ATT GÖRA:` for what is left, and exit 2 only when nothing says a sex.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/run-cli.js';
import { tempFile, tempPath } from '../helpers/temp.js';
import { yieldToEventLoop } from '../helpers/yield.js';

function init(csv: string, encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' = 'utf-8-bom') {
  const file = tempFile(csv, { encoding });
  const config = tempPath(`config-${Math.random().toString(36).slice(2)}.yml`);
  const run = runCli(['init', file, '-o', config, '--quiet']);
  return { file, config, run, text: run.code === 0 ? readFileSync(config, 'utf8') : '' };
}

describe('jamstat init never gives up when it found something', () => {
  afterEach(yieldToEventLoop);

  it('a Kön column with Totalt beside Flickor and Pojkar: sex.values for the sexes only, a Beviljad/Avslag step, and it analyses', () => {
    const { file, config, run, text } = init(
      'Kön;Stadsdelsområde;Beslut;Antal\r\nFlickor;Norr;Beviljad;30\r\nFlickor;Norr;Avslag;20\r\nPojkar;Norr;Beviljad;25\r\nPojkar;Norr;Avslag;35\r\n' +
        'Flickor;Söder;Beviljad;40\r\nFlickor;Söder;Avslag;10\r\nPojkar;Söder;Beviljad;30\r\nPojkar;Söder;Avslag;30\r\nTotalt;Norr;Beviljad;55\r\nTotalt;Norr;Avslag;55\r\n',
      'windows-1252',
    );
    expect(run.code).toBe(0);
    expect(text).toContain('sex:\n  column: Kön\n  values: { Flickor: female, Pojkar: male }\n');
    expect(text).toContain('# Värdet Totalt är en summa av könen');
    expect(text).toContain('outcome: { column: Beslut, equals: Beviljad }');
    expect(text).toContain('# Det andra värdet är Avslag.');
    expect(text).toContain('count: Antal');
    const analysis = runCli(['analyze', file, '-c', config, '-f', 'json', '--quiet']);
    expect(analysis.code).toBe(0);
    const report = JSON.parse(analysis.stdout) as { results: Array<{ by: string | null; female: { n: number }; male: { n: number } }> };
    const total = report.results.find((result) => result.by === null)!;
    // The Totalt rows are not counted as either sex.
    expect([total.female.n, total.male.n]).toEqual([100, 120]);
  });

  it('Kolada’s K/M/T codes with Ja/Nej and a count named Värde holding ..', () => {
    const { run, text } = init('Kommun;Kön;Ja/Nej;Värde\n0180;K;Ja;120\n0180;M;Ja;..\n0180;T;Ja;200\n0180;K;Nej;30\n0180;M;Nej;40\n0180;T;Nej;70\n', 'utf-8');
    expect(run.code).toBe(0);
    expect(text).toContain('values: { K: female, M: male }');
    expect(text).toContain('# Värdet T är en summa av könen');
    expect(text).toContain('count: Värde');
    expect(text).toContain('equals: Ja }');
  });

  it('SCB’s 1/2 in a column named Kön, with Bifall/Avslag', () => {
    const { run, text } = init('Kön;Utfall;Antal\n1;Bifall;10\n1;Avslag;12\n2;Bifall;14\n2;Avslag;9\n', 'utf-8');
    expect(run.code).toBe(0);
    expect(text).toContain('values: { "2": female, "1": male }');
    expect(text).toContain('outcome: { column: Utfall, equals: Bifall }');
  });

  it('sexes as column names (antal_kvinnor;antal_man): exit 0 with sex.columns, and an ATT GÖRA for the steps it could not find', () => {
    const { run, text } = init('ar;lan;antal_kvinnor;antal_man\n2023;Stockholm;5300;3807\n2023;Uppsala;1170;862\n', 'utf-8');
    expect(run.code).toBe(0);
    expect(text).toContain('sex:\n  columns: { antal_kvinnor: female, antal_man: male }\n');
    expect(text.replace(/\n# /g, ' ')).toContain('ATT GÖRA: ingen kolumn har ett utfall i två värden');
    expect(run.stderr).toContain('men 1 sak saknas');
  });

  it('exits 2 only when nothing says a sex, naming what it looked for', () => {
    const { run } = init('Kommun;År;Antal\nStockholm;2023;12\nUppsala;2023;5\n', 'utf-8');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('hittar inget att jämföra könen med');
    expect(run.stderr).toContain('antal_kvinnor');
    const english = runCli(['init', tempFile('Kommun;År;Antal\nStockholm;2023;12\n'), '-o', tempPath('never.yml'), '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('Looked for a column named Kön, Sex or Gender');
  });

  it('a two-valued column that is not an outcome (Vuxen/Barn) is a group, not a step', () => {
    const { run, text } = init('Kön;Ålder;Beslut;Antal\nK;Vuxen;Ja;4\nK;Barn;Nej;5\nM;Vuxen;Ja;6\nM;Barn;Nej;7\n', 'utf-8');
    expect(run.code).toBe(0);
    expect(text).toContain('outcome: { column: Beslut, equals: Ja }');
    expect(text).not.toContain('column: Ålder, equals');
  });
});
