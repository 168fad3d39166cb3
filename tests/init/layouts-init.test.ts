/**
 * `jamstat init` on each layout with counts in columns (issue 14, item 9): a small
 * made-up table wide by sex, a funnel, a wide funnel, and a published table with totals
 * and markers. The configuration it writes runs without edits (exit 0) and gives the
 * same numbers as a configuration written by hand; every commented proposal runs too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../helpers/run-cli.js';
import { tempFile, tempPath } from '../helpers/temp.js';
import { yieldToEventLoop } from '../helpers/yield.js';
import { commentedProposals, uncommentProposal } from '../helpers/uncomment-proposals.js';

interface Analysed {
  readonly results: ReadonlyArray<{ readonly by: string | null; readonly group: string | null; readonly female: { readonly n: number; readonly yes: number }; readonly male: { readonly n: number; readonly yes: number } }>;
}

let counter = 0;

/** Runs init on `csv` and returns the file, the configuration's path and text, and the run. */
function init(csv: string, args: readonly string[] = []) {
  const file = tempFile(csv, { encoding: 'utf-8-bom' });
  const config = tempPath(`layout-${++counter}.yml`);
  const run = runCli(['init', file, '-o', config, ...args]);
  return { file, config, run, text: run.code === 0 ? readFileSync(config, 'utf8') : '' };
}

/** The numbers of an analysis, step names left out (init names steps by their columns); warnings only where allowed. */
function numbers(file: string, config: string, warnings = false) {
  const run = runCli(['analyze', file, '-c', config, '-f', 'json', '--quiet']);
  expect(run.code).toBe(0);
  if (warnings) expect(run.stderr).not.toContain('fel:');
  else expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as Analysed).results.map((result) => [result.by, result.group, result.female.n, result.female.yes, result.male.n, result.male.yes]);
}

function byHand(yaml: string): string {
  const config = tempPath(`hand-${++counter}.yml`);
  writeFileSync(config, yaml);
  return config;
}

/** Every commented proposal runs when its # is removed. */
function proposalsRun(file: string, config: string, text: string): void {
  for (const proposal of commentedProposals(text)) {
    writeFileSync(config, uncommentProposal(text, proposal));
    const run = runCli(['analyze', file, '-c', config, '-f', 'json', '--quiet']);
    expect({ key: proposal.key, code: run.code, stderr: run.stderr }).toEqual({ key: proposal.key, code: 0, stderr: '' });
  }
}

const prose = (text: string): string => text.replace(/\n# /g, ' ');

describe('jamstat init on tables with counts in columns', () => {
  afterEach(yieldToEventLoop);

  it('wide by sex (Flickor;Pojkar;Totalt) with a two-valued outcome: sex.columns and the step, no ATT GÖRA', () => {
    const csv =
      'Stadsdelsområde;Förhandsbedömning;Flickor;Pojkar;Totalt\n' +
      'Bromma;Utredning inleds;29;30;59\nBromma;Utredning inleds ej;40;66;106\n' +
      'Farsta;Utredning inleds;24;24;48\nFarsta;Utredning inleds ej;34;63;97\n' +
      'Skarpnäck;Utredning inleds;31;28;59\nSkarpnäck;Utredning inleds ej;38;70;108\n';
    const { file, config, run, text } = init(csv);
    expect(run.code).toBe(0);
    expect(text).toContain('sex:\n  columns: { Flickor: female, Pojkar: male, Totalt: total }\n');
    expect(text).toContain('outcome: { column: Förhandsbedömning, equals: Utredning inleds }');
    expect(text).not.toContain('ATT GÖRA');
    expect(prose(text)).toContain('Kolumnen Totalt är summan av könen');
    const hand = byHand(
      'sex:\n  columns: { Flickor: female, Pojkar: male, Totalt: total }\nby: [Stadsdelsområde]\nsteps:\n  - name: Utredning inleds\n    outcome: { column: Förhandsbedömning, equals: Utredning inleds }\n',
    );
    expect(numbers(file, config)).toEqual(numbers(file, hand));
    proposalsRun(file, config, text);
  });

  it('wide by sex with a measure (antal_kvinnor;antal_man) and a total standing alone: the column names are the keys', () => {
    const csv = 'Kommun;Beslut;antal_kvinnor;antal_man;Båda könen\nA;Bifall;40;30;70\nA;Avslag;20;35;55\nB;Bifall;25;22;47\nB;Avslag;15;30;45\n';
    const { file, config, run, text } = init(csv, ['--lang', 'en']);
    expect(run.code).toBe(0);
    expect(text).toContain('  columns: { antal_kvinnor: female, antal_man: male, Båda könen: total }\n');
    expect(text).toContain('outcome: { column: Beslut, equals: Bifall }');
    expect(text).not.toContain('TODO');
    const hand = byHand('sex:\n  columns: { antal_kvinnor: female, antal_man: male, Båda könen: total }\nby: [Kommun]\nsteps:\n  - name: Bifall\n    outcome: { column: Beslut, equals: Bifall }\n');
    expect(numbers(file, config)).toEqual(numbers(file, hand));
  });

  it('a funnel (count columns that nest in every row) becomes steps with of and yes', () => {
    const csv =
      'Stadsdelsområde;Kön;Aktualiseringar;Inledda utredningar;Beviljade insatser\n' +
      'Bromma;Flickor;69;29;10\nBromma;Pojkar;96;30;14\nFarsta;Flickor;58;24;12\nFarsta;Pojkar;87;24;10\n' +
      'Skarpnäck;Flickor;70;36;16\nSkarpnäck;Pojkar;93;35;16\n';
    const { file, config, run, text } = init(csv);
    expect(run.code).toBe(0);
    expect(text).toContain('  - { name: Inledda utredningar, of: Aktualiseringar, yes: Inledda utredningar }\n');
    expect(text).toContain('  - { name: Beviljade insatser, of: Inledda utredningar, yes: Beviljade insatser }\n');
    expect(text).not.toMatch(/^count:/m);
    expect(text).not.toContain('ATT GÖRA');
    const hand = byHand(
      'sex: { column: Kön }\nby: [Stadsdelsområde]\nsteps:\n  - { name: Utredning inleds, of: Aktualiseringar, yes: Inledda utredningar }\n  - { name: Insats beviljas, of: Inledda utredningar, yes: Beviljade insatser }\n',
    );
    expect(numbers(file, config)).toEqual(numbers(file, hand));
    proposalsRun(file, config, text);
  });

  it('count columns that do not nest are no funnel: the count ATT GÖRA stays', () => {
    const { run, text } = init('Ort;Kön;Anmälningar;Ansökningar\nA;K;10;12\nB;M;8;3\nC;K;4;2\nC;M;5;1\n');
    expect(run.code).toBe(0);
    expect(text).not.toContain(' of: ');
    expect(prose(text)).toMatch(/ATT GÖRA: är tabellen aggregerad\?/);
  });

  it('a wide funnel (a column per measure and sex): the sex words are the keys, the measures the steps', () => {
    const csv =
      'Stadsdelsområde;Aktualiseringar flickor;Aktualiseringar pojkar;Aktualiseringar totalt;Inledda utredningar flickor;Inledda utredningar pojkar;Inledda utredningar totalt\n' +
      'Bromma;69;96;165;29;30;59\nFarsta;58;87;145;24;24;48\nSkarpnäck;70;93;163;36;35;71\n';
    const { file, config, run, text } = init(csv);
    expect(run.code).toBe(0);
    expect(text).toContain('  columns: { flickor: female, pojkar: male, totalt: total }\n');
    expect(text).toContain('  - { name: Inledda utredningar, of: Aktualiseringar, yes: Inledda utredningar }\n');
    expect(text).not.toContain('ATT GÖRA');
    const hand = byHand('sex:\n  columns: { Flickor: female, Pojkar: male, Totalt: total }\nby: [Stadsdelsområde]\nsteps:\n  - { name: Utredning inleds, of: Aktualiseringar, yes: Inledda utredningar }\n');
    expect(numbers(file, config)).toEqual(numbers(file, hand));
    proposalsRun(file, config, text);
  });

  it('totals and markers: the sex total is no sex, a total in an outcome column no outcome (a hidden total is no loss), and the comments name totals and markers', () => {
    const csv =
      'Kön;Stadsdelsområde;Beslut;Antal\n' +
      'Flickor;Norr;Beviljad;30\nFlickor;Norr;Avslag;20\nPojkar;Norr;Beviljad;25\nPojkar;Norr;Avslag;35\n' +
      'Flickor;Söder;Beviljad;40\nFlickor;Söder;Avslag;-\nPojkar;Söder;Beviljad;30\nPojkar;Söder;Avslag;30\n' +
      'Flickor;Norr;Totalt;50\nPojkar;Norr;Totalt;60\nBåda könen;Hela staden;Beviljad;..\n';
    const { file, config, run, text } = init(csv);
    expect(run.code).toBe(0);
    expect(text).toContain('values: { Flickor: female, Pojkar: male }');
    expect(text).toContain('    among: { column: Beslut, in: [Beviljad, Avslag] }\n    outcome: { column: Beslut, equals: Beviljad }');
    expect(prose(text)).toContain('totals.labels');
    expect(prose(text)).toMatch(/Antalen har tecken från källan: "\.\.", "-"\./);
    expect(prose(text)).toContain('markers.hidden');
    const hand = byHand(
      'sex: { column: Kön }\ncount: Antal\nby: [Stadsdelsområde]\nsteps:\n  - name: Beviljad\n    among: { column: Beslut, notIn: [Totalt] }\n    outcome: { column: Beslut, equals: Beviljad }\n',
    );
    const found = numbers(file, config);
    expect(found).toEqual(numbers(file, hand));
    // Norr and Söder only: neither Båda könen nor the Totalt outcome rows are counted.
    expect(found[0]!.slice(2)).toEqual([90, 70, 120, 55]);
    proposalsRun(file, config, text);
  });

  it('a total the default labels lack (SCB’s "totalt, samtliga män och kvinnor") is added under totals:', () => {
    const csv =
      'Kön;Utfall;Antal\nmän;Bifall;10\nmän;Avslag;12\nkvinnor;Bifall;14\nkvinnor;Avslag;9\n"totalt, samtliga män och kvinnor";Bifall;24\n"totalt, samtliga män och kvinnor";Avslag;21\n';
    const { file, config, run, text } = init(csv);
    expect(run.code).toBe(0);
    expect(text).toMatch(/^totals: \{ labels: \[Totalt, .*"totalt, samtliga män och kvinnor"\] \}$/m);
    const found = numbers(file, config);
    expect(found[0]!.slice(2)).toEqual([23, 14, 22, 10]);
  });

  for (const name of ['kon-kolumner', 'tratt', 'tratt-bred', 'markers']) {
    it(`fixtures/layouts/${name}.csv: init's configuration gives the numbers of ${name}.yml`, () => {
      const file = `fixtures/layouts/${name}.csv`;
      const config = tempPath(`fixture-${name}.yml`);
      const run = runCli(['init', file, '-o', config, '--quiet']);
      expect(run.code).toBe(0);
      expect(readFileSync(config, 'utf8')).not.toContain('ATT GÖRA');
      // markers.csv has hidden cells and totals that differ from their parts: analyze warns about both.
      const warnings = name === 'markers';
      expect(numbers(file, config, warnings)).toEqual(numbers(file, `fixtures/layouts/${name}.yml`, warnings));
    });
  }
});
