/**
 * A file that does not exist is one message and exit 2 in every command (inspect once
 * read its size for the progress bar before opening it, and ended with exit 3).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('a file that does not exist', () => {
  const commands: readonly (readonly string[])[] = [
    ['inspect', 'finns-inte.csv'],
    ['init', 'finns-inte.csv', '-o', 'finns-inte.yml'],
    ['analyze', 'finns-inte.csv', '-c', 'fixtures/exempel.yml'],
    ['validate', 'finns-inte.csv', '-c', 'fixtures/exempel.yml'],
    ['inspect', 'finns-inte.xlsx'],
  ];
  for (const args of commands) {
    it(`jamstat ${args.join(' ')}: exit 2, named, no stack trace`, () => {
      const run = runCli(args);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/^jamstat: fel: finns-inte\.(csv|xlsx): filen finns inte\. Kontrollera sökvägen och namnet\.\n$/);
    });
  }
});
