/**
 * An error caused by a flag names the flag, not the configuration file: the file did not
 * say "Kon", the command line did. Through the whole command line, in both languages,
 * with and without a configuration file.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';

const CSV = 'fixtures/exempel.csv';
const WITH_FILE = ['-c', 'fixtures/exempel.yml'];
const QUICK = ['--sex', 'Kön', '--outcome', 'Förhandsbedömning=Utredning inleds'];

const CASES: ReadonlyArray<{ name: string; args: readonly string[]; sv: RegExp; en: RegExp }> = [
  {
    name: '--sex with a file',
    args: [...WITH_FILE, '--sex', 'Kon'],
    sv: /^jamstat: fel: kommandoraden, --sex: kolumnen "Kon" finns inte i fixtures\/exempel\.csv \(menade du "Kön"\?\)/,
    en: /^jamstat: error: command line, --sex: no column "Kon" in fixtures\/exempel\.csv \(did you mean "Kön"\?\)/,
  },
  {
    name: '--sex without a file',
    args: ['--sex', 'Kon', '--outcome', 'Förhandsbedömning=Utredning inleds'],
    sv: /^jamstat: fel: kommandoraden, --sex: kolumnen "Kon" finns inte/,
    en: /^jamstat: error: command line, --sex: no column "Kon"/,
  },
  {
    name: '--id with --unit person',
    // kriterier.yml has yes/no steps only: exempel.yml's categorical steps refuse rule any first (next case).
    args: ['-c', 'fixtures/kriterier.yml', '--id', 'Finnsinte', '--unit', 'person'],
    sv: /^jamstat: fel: kommandoraden, --id: kolumnen "Finnsinte" finns inte/,
    en: /^jamstat: error: command line, --id: no column "Finnsinte"/,
  },
  {
    name: '--unit person beside a categorical step',
    args: [...WITH_FILE, '--id', 'Ärende-id', '--unit', 'person'],
    sv: /^jamstat: fel: kommandoraden, --unit: unit: med rule any \(standard\) räknar en person som ja om något av personens ärenden är ja, men steget "Kontaktorsak" \(categories:\) har inget ja eller nej/,
    en: /^jamstat: error: command line, --unit: unit: with rule any \(the default\) counts a person as yes when any of the person's cases is yes, but the step "Kontaktorsak" \(categories:\) has no yes or no/,
  },
  {
    name: '--correction with an unknown method',
    args: [...WITH_FILE, '--correction', 'xyz'],
    sv: /^jamstat: fel: --correction kan inte vara xyz; välj ett av bh, by, holm, hochberg, bonferroni, none\./,
    en: /^jamstat: error: --correction cannot be xyz; choose one of bh, by, holm, hochberg, bonferroni, none\./,
  },
  {
    name: '--by with a file',
    args: [...WITH_FILE, '--by', 'Finnsinte'],
    sv: /^jamstat: fel: kommandoraden, --by: kolumnen "Finnsinte" finns inte/,
    en: /^jamstat: error: command line, --by: no column "Finnsinte"/,
  },
  {
    name: '--by, the second of two',
    args: [...QUICK, '--by', 'Kontaktorsak, Finnsinte'],
    sv: /^jamstat: fel: kommandoraden, --by: kolumnen "Finnsinte" finns inte/,
    en: /^jamstat: error: command line, --by: no column "Finnsinte"/,
  },
  {
    name: '--outcome with a file',
    args: [...WITH_FILE, '--outcome', 'Finnsinte=Ja'],
    sv: /^jamstat: fel: kommandoraden, --outcome: kolumnen "Finnsinte" finns inte/,
    en: /^jamstat: error: command line, --outcome: no column "Finnsinte"/,
  },
  {
    name: '--among with a file',
    args: [...WITH_FILE, '--among', 'Finnsinte=Ja', '--outcome', 'Förhandsbedömning=Utredning inleds'],
    sv: /^jamstat: fel: kommandoraden, --among: kolumnen "Finnsinte" finns inte/,
    en: /^jamstat: error: command line, --among: no column "Finnsinte"/,
  },
  {
    name: '--alpha out of range, with a file (no line of the file)',
    args: [...WITH_FILE, '--alpha', '2'],
    sv: /^jamstat: fel: kommandoraden: --alpha: väntade mindre än 1, fick 2\.\n$/,
    en: /^jamstat: error: command line: --alpha: expected less than 1, got 2\.\n$/,
  },
  {
    name: '--alpha out of range, without a file',
    args: [...QUICK, '--alpha', '2'],
    sv: /^jamstat: fel: kommandoraden: --alpha: väntade mindre än 1, fick 2\.\n$/,
    en: /^jamstat: error: command line: --alpha: expected less than 1, got 2\.\n$/,
  },
  {
    name: '--min-n not a whole number',
    args: [...QUICK, '--min-n', '2,5'],
    sv: /^jamstat: fel: kommandoraden: --min-n: /,
    en: /^jamstat: error: command line: --min-n: /,
  },
  {
    name: '--count with a file',
    args: [...WITH_FILE, '--count', 'Antal'],
    sv: /^jamstat: fel: kommandoraden, --count: kolumnen "Antal" finns inte/,
    en: /^jamstat: error: command line, --count: no column "Antal"/,
  },
];

describe('errors caused by a flag name the flag', () => {
  for (const { name, args, sv, en } of CASES) {
    it(`${name} (sv)`, async () => {
      const run = await runMain(['analyze', CSV, ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(sv);
      expect(run.stderr).not.toContain('exempel.yml');
    });
    it(`${name} (en)`, async () => {
      const run = await runMain(['analyze', CSV, ...args, '--lang', 'en']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(en);
      expect(run.stderr).not.toContain('exempel.yml');
    });
  }

  it('an error in a key the file set still names the file, its line and the key', async () => {
    // --outcome replaces the steps, but the count column is still the file's.
    const run = await runMain(['analyze', 'fixtures/utf8.csv', '-c', 'fixtures/aggregerad.yml', '--outcome', 'Förhandsbedömning=Utredning inleds', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jamstat: error: fixtures\/aggregerad\.yml, key count: no column "Antal"/);
  });

  it('a rule across keys broken by a flag names the flag (--by with the personnummer column)', async () => {
    const args = ['analyze', 'fixtures/personnummer.csv', '-c', 'fixtures/personnummer.yml', '--by', 'Stadsdelsområde*Personnummer'];
    const sv = await runMain(args);
    expect(sv.code).toBe(2);
    expect(sv.stderr).toMatch(/^jamstat: fel: kommandoraden, --by: kolumnen "Personnummer" innehåller personnummer/);
    const en = await runMain([...args, '--lang', 'en']);
    expect(en.stderr).toMatch(/^jamstat: error: command line, --by: column "Personnummer" holds personnummer/);
  });

  it('a warning about a step the flags made names the flag', async () => {
    const run = await runMain(['analyze', CSV, ...WITH_FILE, '--among', 'Förhandsbedömning=Nej', '--outcome', 'Förhandsbedömning=Ja', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^jamstat: warning: command line, --among: step "Förhandsbedömning=Ja" selects no rows/m);
  });
});
