/**
 * Golden facts for the real published tables in fixtures/real/: `init` writes a
 * configuration for each (exit 0), with an `# ATT GÖRA:` comment for what it could not
 * settle, and `analyze` runs the configurations that are complete without edits. Only
 * key facts are asserted (exit codes, rows read, cases per sex), not whole outputs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../helpers/run-cli.js';
import { tempPath } from '../helpers/temp.js';
import { yieldToEventLoop } from '../helpers/yield.js';
import { commentedProposals, uncommentProposal } from '../helpers/uncomment-proposals.js';

interface Analysed {
  readonly input: { readonly rows: number };
  readonly results: ReadonlyArray<{ readonly by: string | null; readonly female: { readonly n: number; readonly yes: number }; readonly male: { readonly n: number; readonly yes: number } }>;
}

/** Runs init on a real file and returns the configuration's path, text and the run. */
function init(name: string, args: readonly string[] = []) {
  const config = tempPath(`${name}.yml`);
  const run = runCli(['init', `fixtures/real/${name}`, '-o', config, '--quiet', '--force', ...args]);
  return { config, run, text: run.code === 0 ? readFileSync(config, 'utf8') : '' };
}

function analyse(name: string, config: string): Analysed {
  const run = runCli(['analyze', `fixtures/real/${name}`, '-c', config, '-f', 'json', '--quiet']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Analysed;
}

/** The configuration with wrapped comments joined, so that a sentence can be matched whole. */
const prose = (text: string): string => text.replace(/\n# /g, ' ');

const total = (report: Analysed) => report.results.find((result) => result.by === null)!;

describe('init and analyze on real published tables', () => {
  afterEach(yieldToEventLoop);

  it('UCBAdmissions (Rdatasets): an English two-valued outcome becomes a step; Berkeley’s figures come out', () => {
    const { config, run, text } = init('rdatasets-ucbadmissions.csv');
    expect(run.code).toBe(0);
    expect(text).toContain('sex:\n  column: Gender\n');
    expect(text).toContain('count: Freq');
    expect(text).toContain('outcome: { column: Admit, equals: Admitted }');
    expect(text).toContain('# Det andra värdet är Rejected.');
    expect(text).toContain('by: [Dept]');
    expect(text).not.toContain('ATT GÖRA');
    const report = analyse('rdatasets-ucbadmissions.csv', config);
    expect(report.input.rows).toBe(24);
    expect(total(report).female).toEqual({ n: 1835, yes: 557, share: expect.any(Number) });
    expect(total(report).male).toEqual({ n: 2691, yes: 1198, share: expect.any(Number) });
  });

  it('Titanic (Rdatasets): Survived Yes/No is the step, Freq the count, Age (Adult/Child) a group and not a step', () => {
    const { config, run, text } = init('rdatasets-titanic.csv');
    expect(run.code).toBe(0);
    expect(text).toContain('outcome: { column: Survived, equals: "Yes" }');
    expect(text).toContain('count: Freq');
    expect(text).toContain('by: [Class, Age]');
    expect(text).not.toContain('column: Age, equals');
    const report = analyse('rdatasets-titanic.csv', config);
    expect(report.input.rows).toBe(32);
    expect(total(report).female.n).toBe(470);
    expect(total(report).male.n).toBe(1731);
    expect(total(report).female.yes + total(report).male.yes).toBe(711);
  });

  for (const name of ['rdatasets-ucbadmissions.csv', 'rdatasets-titanic.csv']) {
    it(`every proposal init writes commented out for ${name} runs when its # is removed`, () => {
      const { config, text } = init(name);
      const proposals = commentedProposals(text);
      expect(proposals.map((proposal) => proposal.key)).toContain('lang');
      for (const proposal of proposals) {
        writeFileSync(config, uncommentProposal(text, proposal));
        const run = runCli(['analyze', `fixtures/real/${name}`, '-c', config, '-f', 'json', '--quiet']);
        expect({ key: proposal.key, code: run.code, stderr: run.stderr }).toEqual({ key: proposal.key, code: 0, stderr: '' });
      }
    });
  }

  it('Socialstyrelsen, dödsorsaker tabell 4A: Kv/M become sex.values; no outcome is an ATT GÖRA, exit 0', () => {
    const { run, text } = init('sos-dodsorsaker-4a-2021.csv');
    expect(run.code).toBe(0);
    expect(text).toContain('sex:\n  column: Kön\n  values: { Kv: female, M: male }\n');
    expect(text).toMatch(/ATT GÖRA: ingen kolumn har ett utfall i två värden/);
    expect(prose(text)).toMatch(/ATT GÖRA: är tabellen aggregerad\? .*Samtliga/);
    // The age columns hold counts and "-" (zero): not groups to compare within.
    expect(text).not.toMatch(/^by:/m);
    expect(run.stderr).toContain('ATT GÖRA');
  });

  it('Socialstyrelsen, statistikdatabasen: Kön Män/Kvinnor is found, the rates are named as rates, exit 0', () => {
    for (const name of ['sos-slutenvard-influensa-kon.csv', 'sos-slutenvard-influensa-region.csv']) {
      const { run, text } = init(name);
      expect(run.code).toBe(0);
      expect(text).toContain('sex:\n  column: Kön\n');
      expect(prose(text)).toMatch(/ATT GÖRA: kolumne(n|rna) J\S* [^\n]* har decimaltal/);
      expect(text).not.toMatch(/^count:/m);
    }
  });

  it('Socialstyrelsen, cancer: sexes as column names (Män;Kvinnor) become sex.columns; the rates are still an ATT GÖRA, exit 0', () => {
    const { run, text } = init('sos-cancer-lunga-man-kvinnor.csv');
    expect(run.code).toBe(0);
    expect(text).toContain('sex:\n  columns: { Kvinnor: female, Män: male }\n');
    expect(prose(text)).toMatch(/ATT GÖRA: kolumnerna Män, Kvinnor har decimaltal/);
    // Rates and no outcome: two things to fill in (the sexes are settled).
    expect(run.stderr).toContain('men 2 saker saknas');
  });

  it('SCB (Windows-1252, quoted): lower-case kön män/kvinnor and the count "Antal döda 2015"', () => {
    const { run, text } = init('scb-doda-risktid-2015.csv');
    expect(run.code).toBe(0);
    expect(text).toContain('sex:\n  column: kön\n');
    expect(text).toContain('count: Antal döda 2015');
    expect(text).toMatch(/ATT GÖRA: ingen kolumn har ett utfall/);
  });

  it('writes the ATT GÖRA comments in English as TODO with --lang en', () => {
    const { run, text } = init('sos-cancer-lunga-man-kvinnor.csv', ['--lang', 'en']);
    expect(run.code).toBe(0);
    expect(prose(text)).toMatch(/The table has one column per sex \(Kvinnor, Män\)/);
    expect(prose(text)).toMatch(/TODO: the columns Män, Kvinnor hold decimal numbers/);
    expect(text).not.toContain('ATT GÖRA');
  });

  // Its Kon column holds only 1 and its values are shares: nothing to compare by sex.
  it('region-dalarna-overrep.xlsx: read as a workbook, init exits 2 naming what it looked for', () => {
    const { run, config } = init('region-dalarna-overrep.xlsx');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('region-dalarna-overrep.xlsx: hittar inget att jämföra könen med. Letade efter en kolumn som heter Kön');
    expect(existsSync(config)).toBe(false);
    const inspected = runCli(['inspect', 'fixtures/real/region-dalarna-overrep.xlsx', '-f', 'json']);
    expect(JSON.parse(inspected.stdout)).toMatchObject({ format: 'xlsx', sheet: 'Sheet 1', rows: 32 });
  });
});
