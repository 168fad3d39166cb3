/**
 * Invariants of the whole analysis on random extracts: reading in chunks of any size
 * gives the same result as one read, and an aggregated extract gives the same results
 * as the row-level extract it summarises.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/analysis/analyze.js';
import { validateConfig } from '../../src/config/load.js';
import { tempFile } from '../helpers/temp.js';

const SEXES = ['Flicka', 'Pojke', 'Annat', ''];
const DISTRICTS = ['Bromma', 'Älvsjö', 'Östermalm', 'Farsta'];
const REASONS = ['Beteende', 'Omsorg', 'Våld'];

const caseArbitrary = fc.record({
  sex: fc.constantFrom(...SEXES),
  district: fc.constantFrom(...DISTRICTS),
  reason: fc.constantFrom(...REASONS),
  investigated: fc.boolean(),
  granted: fc.constantFrom('Ja', 'Nej', ''),
});
type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

const STEPS = [
  { name: 'Utredning', outcome: { column: 'Utredning', equals: 'Ja' } },
  { name: 'Insats', among: { column: 'Utredning', equals: 'Ja' }, outcome: { column: 'Insats', equals: 'Ja' } },
];
// Random extracts often exclude many rows; the invariants hold whatever the data-quality gate says, so it only qualifies.
const BASE = { sex: { column: 'Kön' }, by: ['Stadsdel', 'Stadsdel*Skäl'], explain: { need: ['Skäl'] }, steps: STEPS, quality: { allowExcluded: true } };

function caseLevel(cases: readonly Case[]): string {
  const rows = cases.map((c) => [c.sex, c.district, c.reason, c.investigated ? 'Ja' : 'Nej', c.investigated ? c.granted : ''].join(';'));
  return ['Kön;Stadsdel;Skäl;Utredning;Insats', ...rows].join('\r\n') + '\r\n';
}

function aggregated(cases: readonly Case[]): string {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const key = [c.sex, c.district, c.reason, c.investigated ? 'Ja' : 'Nej', c.investigated ? c.granted : ''].join(';');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, count]) => `${key};${count}`);
  return ['Kön;Stadsdel;Skäl;Utredning;Insats;Antal', ...rows, `Totalt;;;;;${cases.length}`].join('\r\n') + '\r\n';
}

/** At least one female and one male case, so that the sex column is recognised. */
const casesArbitrary = fc
  .array(caseArbitrary, { minLength: 1, maxLength: 300 })
  .map((cases) => [{ ...cases[0]!, sex: 'Flicka' }, { ...cases[0]!, sex: 'Pojke' }, ...cases]);

describe('analysis invariants', () => {
  it('reading in chunks of any size equals one read', async () => {
    await fc.assert(
      fc.asyncProperty(casesArbitrary, fc.integer({ min: 1, max: 64 }), fc.constantFrom('windows-1252' as const, 'utf-8' as const, 'utf-8-bom' as const), async (cases, chunkBytes, encoding) => {
        // Tiny chunks split UTF-8 characters (Ä, Ö) and CRLF pairs between reads.
        const file = tempFile(caseLevel(cases), { encoding });
        const config = validateConfig(BASE, 'test.yml');
        const whole = await analyze([file], config);
        const chunked = await analyze([file], config, { chunkBytes });
        expect(chunked).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('an aggregated extract gives the same results as the row-level one', async () => {
    await fc.assert(
      fc.asyncProperty(casesArbitrary, async (cases) => {
        const rowLevel = await analyze([tempFile(caseLevel(cases))], validateConfig(BASE, 'test.yml'));
        const summary = await analyze([tempFile(aggregated(cases))], validateConfig({ ...BASE, count: 'Antal' }, 'test.yml'));
        expect(summary.results).toEqual(rowLevel.results);
        expect(summary.settings.familySize).toBe(rowLevel.settings.familySize);
        expect(summary.steps.map((step) => step.cases)).toEqual(rowLevel.steps.map((step) => step.cases));
        expect(summary.input.excluded).toEqual([{ reason: 'total-row', rows: 1 }]);
      }),
      { numRuns: 60, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31) },
    );
  });
});
