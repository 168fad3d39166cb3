/**
 * Issue 16, Swedish all the way: every --help is Swedish by default, commander's own words
 * included, and English with --lang en or JAMSTAT_LANG=en.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const HELPS: readonly (readonly string[])[] = [['--help'], ['help'], ['analyze', '--help'], ['help', 'analyze'], ['inspect', '--help'], ['init', '--help'], ['validate', '--help']];

/** Words commander prints in English unless told otherwise. */
const ENGLISH = [/Usage:/, /Options:/, /Commands:/, /Arguments:/, /\[options\]/, /display help/, /choices:/, /default:/, /Examples/, /\(default/, /output format/];
const SWEDISH = [/Användning:/, /Flaggor:/, /\[flaggor\]/, /visa hjälpen/, /\bval:/, /Exempel/];

describe('--help speaks the user’s language', () => {
  for (const args of HELPS) {
    it(`jamstat ${args.join(' ')} is Swedish by default`, () => {
      const run = runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Användning:');
      for (const english of ENGLISH) expect(run.stdout, String(english)).not.toMatch(english);
    });

    it(`jamstat ${args.join(' ')} is English with --lang en and with JAMSTAT_LANG=en`, () => {
      for (const run of [runCli([...args, '--lang', 'en']), runCli(args, { JAMSTAT_LANG: 'en' })]) {
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('Usage:');
        for (const swedish of SWEDISH) expect(run.stdout, String(swedish)).not.toMatch(swedish);
      }
    });
  }

  it('a missing argument is named in the help’s words', () => {
    expect(runCli(['analyze']).stderr).toContain('FILER saknas');
    expect(runCli(['analyze', '--lang', 'en']).stderr).toContain('FILES');
  });
});
