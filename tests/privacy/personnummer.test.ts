/**
 * Personnummer never leave jamstat: every command and format is run on
 * fixtures/personnummer.csv, and with configurations that make messages quote cells of
 * the personnummer column, in Swedish and English; no personnummer of the fixture may
 * appear in any standard output, standard error or output file, in its 10- or 12-digit
 * form, with or without a separator. The command line runs in-process (run-main.ts).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/run-cli.js';
import { runMain } from '../helpers/run-main.js';
import { tempFile, tempPath } from '../helpers/temp.js';

const EXTRACT = 'fixtures/personnummer.csv';
const CONFIG = 'fixtures/personnummer.yml';

/** Every personnummer of the fixture, in every form it could be printed in. */
function personnummerForms(): Set<string> {
  const [header, ...lines] = readFileSync(join(ROOT, EXTRACT), 'utf8').split(/\r?\n/).filter(Boolean);
  const column = header!.split(';').indexOf('Personnummer');
  const forms = new Set<string>();
  for (const line of lines) {
    const value = line.split(';')[column]!.trim();
    const digits = value.replace(/\D/g, '');
    const short = digits.slice(-10);
    const centuries = digits.length === 12 ? [digits.slice(0, 2)] : ['19', '20'];
    for (const century of centuries) {
      const long = `${century}${short}`;
      forms.add(long).add(`${long.slice(0, 8)}-${long.slice(8)}`).add(`${long.slice(0, 8)}+${long.slice(8)}`);
    }
    forms.add(short).add(`${short.slice(0, 6)}-${short.slice(6)}`).add(`${short.slice(0, 6)}+${short.slice(6)}`);
  }
  return forms;
}

const FORMS = personnummerForms();

/** Personnummer-shaped runs standing alone (not inside a longer run of digits, such as a p-value's decimals). */
const SHAPED = /(?<![0-9])(?:[0-9]{2})?[0-9]{6}[-+]?[0-9]{4}(?![0-9])/g;

/** The fixture's personnummer found in a text. */
function leaks(text: string): string[] {
  return [...text.matchAll(SHAPED)].map((match) => match[0]).filter((found) => FORMS.has(found));
}

/** Configurations whose messages quote cells of the personnummer column. */
const QUOTING_CONFIGS = {
  'sex column is the personnummer column': `sex: { column: Personnummer }
steps: [ { name: Utredning, outcome: { column: Förhandsbedömning, equals: Utredning inleds } } ]
`,
  'personnummer as the case id, in a condition and with allowed values': `sex: { personnummer: Personnummer }
id: Personnummer
steps:
  - name: Utredning
    outcome: { column: Förhandsbedömning, equals: Utredning inleds }
  - name: En person
    among: { column: Personnummer, in: ['19121212-1212', '20160921-2459x'] }
    outcome: { column: Personnummer, equals: '20141112-7622' }
validate: { values: { Personnummer: ['19121212-1212'] }, rareValueCount: 5 }
`,
  'personnummer mapped without a fallback': `sex: { personnummer: Personnummer }
derive:
  Grupp: { map: { column: Personnummer, values: { '19121212-1212': A } } }
steps:
  - name: Utredning
    among: { column: Grupp, equals: A }
    outcome: { column: Förhandsbedömning, equals: Utredning inleds }
`,
} as const;

interface Run {
  readonly label: string;
  readonly args: readonly string[];
}

function runs(): Run[] {
  const list: Run[] = [];
  for (const lang of ['sv', 'en']) {
    const add = (label: string, args: readonly string[]) => list.push({ label: `${label} (${lang})`, args: [...args, '--lang', lang] });
    add('analyze table', ['analyze', EXTRACT, '-c', CONFIG]);
    add('analyze table, small counts shown', ['analyze', EXTRACT, '-c', CONFIG, '--no-suppress']);
    add('analyze json', ['analyze', EXTRACT, '-c', CONFIG, '-f', 'json', '--no-suppress']);
    add('analyze json to a file', ['analyze', EXTRACT, '-c', CONFIG, '-o', tempPath(`analys-${lang}.json`)]);
    add('analyze csv', ['analyze', EXTRACT, '-c', CONFIG, '-f', 'csv']);
    add('analyze csv --excel to a file', ['analyze', EXTRACT, '-c', CONFIG, '-f', 'csv', '--excel', '-o', tempPath(`analys-${lang}.csv`)]);
    add('analyze quick flags', ['analyze', EXTRACT, '--personnummer', 'Personnummer', '--by', 'Kontaktorsak', '--outcome', 'Förhandsbedömning=Utredning inleds']);
    add('inspect table', ['inspect', EXTRACT]);
    add('inspect json to a file', ['inspect', EXTRACT, '-f', 'json', '-o', tempPath(`inspect-${lang}.json`)]);
    add('validate table', ['validate', EXTRACT, '-c', CONFIG]);
    add('validate json', ['validate', EXTRACT, '-c', CONFIG, '-f', 'json']);
    for (const [name, yaml] of Object.entries(QUOTING_CONFIGS)) {
      const config = tempFile(yaml, { name: `${name.replaceAll(' ', '-')}.yml` });
      add(`analyze, ${name}`, ['analyze', EXTRACT, '-c', config, '-f', 'json', '--no-suppress']);
      add(`validate table, ${name}`, ['validate', EXTRACT, '-c', config]);
      add(`validate json, ${name}`, ['validate', EXTRACT, '-c', config, '-f', 'json', '-o', tempPath(`${name.replaceAll(' ', '-')}-${lang}.json`)]);
    }
  }
  return list;
}

describe('personnummer never appear in any output', () => {
  it('knows the fixture’s personnummer', () => {
    expect(FORMS.size).toBeGreaterThan(5 * 900);
    expect(leaks('x;20160921-2459;y 1609212459')).toEqual(['20160921-2459', '1609212459']);
    expect(leaks('p = 0.2016092124590001')).toEqual([]);
  });

  for (const { label, args } of runs()) {
    it(label, async () => {
      const run = await runMain(args);
      expect(run.code, run.stderr).not.toBe(3);
      const output = args.includes('-o') ? args[args.indexOf('-o') + 1]! : null;
      const written = output && existsSync(output) ? readFileSync(output, 'latin1') + readFileSync(output, 'utf8') : '';
      for (const [stream, text] of [['stdout', run.stdout], ['stderr', run.stderr], ['output file', written]] as const) {
        expect(leaks(text), `${stream} of jamstat ${args.join(' ')}`).toEqual([]);
      }
      expect(run.stdout.length + run.stderr.length + written.length).toBeGreaterThan(0);
    });
  }
});
