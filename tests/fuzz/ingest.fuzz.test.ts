/**
 * Fuzzing the ingest path in-process: thousands of random byte strings through
 * readExtract, and thousands of random CSV-like extracts through the whole analysis.
 * Each must end in time, either with a result whose rows add up, or with a known error
 * (the message a user reads, exit code 2) — never anything else.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readExtract } from '../../src/ingest/read-extract.js';
import { analyze } from '../../src/analysis/analyze.js';
import { parseConfigText } from '../../src/config/load.js';
import { isKnownError } from '../../src/errors.js';
import { tempFile } from '../helpers/temp.js';
import { expectAccounting } from '../helpers/accounting.js';
import { csvLikeExtract, randomBytes } from './generators.js';

/** Longest a run on a few kilobytes may take. */
const TIME_BOUND_MS = 5_000;

/** Lets a known error through; anything else fails the property. */
function expectKnown(error: unknown): void {
  if (!isKnownError(error)) throw error;
}

describe('fuzzing the ingest path in-process', () => {
  it('reads random bytes into rows, or refuses them with a known error', async () => {
    await fc.assert(
      fc.asyncProperty(randomBytes, async (bytes) => {
        const path = tempFile(bytes, { name: 'fuzz-bytes.csv' });
        const started = Date.now();
        let rows = 0;
        let ragged = 0;
        try {
          const info = await readExtract(path, {}, {
            header(columns) {
              expect(columns.length).toBeGreaterThan(0);
            },
            row(_fields, line, isRagged) {
              expect(line).toBeGreaterThan(0);
              rows++;
              if (isRagged) ragged++;
            },
          });
          expect([info.rows, info.raggedRows]).toEqual([rows, ragged]);
        } catch (error) {
          expectKnown(error);
        }
        expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS);
      }),
      { numRuns: 2_000 },
    );
  });

  it('analyses random CSV-like extracts with every row accounted for, or refuses them with a known error', async () => {
    await fc.assert(
      fc.asyncProperty(csvLikeExtract, async (extract) => {
        const path = tempFile(extract.text, { name: 'fuzz-text.csv', encoding: extract.encoding });
        const config = parseConfigText(extract.config, 'fuzz.yml');
        const started = Date.now();
        try {
          expectAccounting(await analyze([path], config));
        } catch (error) {
          expectKnown(error);
        }
        expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS);
      }),
      { numRuns: 2_000 },
    );
  });
});
