/**
 * Order never matters when persons are counted: the same rows in any order give the same
 * analysis for every unit rule, also when a person has several rows on the same date
 * (ties are broken by the rule in persons.ts, not by which row came first), and when a
 * person's rows disagree on sex (the person counts as other/unknown sex, not as the sex of
 * whichever row came first).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/analysis/analyze.js';
import { validateConfig } from '../../src/config/load.js';
import { tempFile } from '../helpers/temp.js';

const HEADER = 'Id;Kön;Stadsdel;Datum;Beslut';
/** Each person keeps one sex: which sex a person is counted as is a separate question from ties. */
const PERSONS = { a: 'Flicka', b: 'Pojke', c: 'Flicka', d: 'Pojke', e: 'Flicka' } as const;
/** Sex cells for rows that may disagree within a person; "X" is read as other/unknown. */
const SEXES = ['Flicka', 'Pojke', 'X'] as const;
/** Few dates, so that a person's rows often fall on the same day. */
const DATES = ['2024-01-10', '2024-02-10', '2024-03-10'];

const ROW = fc.tuple(
  fc.constantFrom(...(Object.keys(PERSONS) as (keyof typeof PERSONS)[])),
  fc.constantFrom('Farsta', 'Bromma'),
  fc.constantFrom(...DATES),
  fc.constantFrom('Ja', 'Nej'),
);

const UNITS = {
  any: { id: 'Id', rule: 'any' },
  first: { id: 'Id', rule: 'first', date: 'Datum' },
  last: { id: 'Id', rule: 'last', date: 'Datum' },
} as const;

/** The counts and tests of an analysis of `rows` (lines of the extract, header added). */
async function countsOf(lines: string[], unit: (typeof UNITS)[keyof typeof UNITS]) {
  const file = tempFile([HEADER, ...lines].join('\n'));
  const report = await analyze(
    [file],
    validateConfig(
      { sex: { column: 'Kön' }, by: ['Stadsdel'], unit, steps: [{ name: 'Beviljad', outcome: { column: 'Beslut', equals: 'Ja' } }] },
      'test.yml',
    ),
  );
  // Groups are listed in the order they were first seen; the question is whether the counts agree.
  const results = report.results
    .map((result) => ({ by: result.by, group: result.group, female: result.female, male: result.male, other: result.other }))
    .sort((left, right) => `${left.by ?? ''}\u0000${left.group ?? ''}`.localeCompare(`${right.by ?? ''}\u0000${right.group ?? ''}`));
  return { results, persons: report.steps.map((step) => step.persons) };
}

describe('unit rules and row order', () => {
  it('gives the same result for the same rows in any order, for every rule', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(UNITS) as (keyof typeof UNITS)[])),
        fc.array(ROW, { minLength: 1, maxLength: 14 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
        async (rule, [rows, shuffled]) => {
          const line = ([id, district, date, decision]: (typeof rows)[number]) => `${id};${PERSONS[id]};${district};${date};${decision}`;
          const inOrder = await countsOf(rows.map(line), UNITS[rule]);
          const reordered = await countsOf(shuffled.map(line), UNITS[rule]);
          expect(reordered).toEqual(inOrder);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the same result in any order when a person\'s rows disagree on sex, for every rule', async () => {
    const row = fc.tuple(ROW, fc.constantFrom(...SEXES));
    // One row of a recognised sex, shuffled with the others, so that an extract of only "X" does not stop the analysis.
    const known = [['e', 'Bromma', DATES[0]!, 'Nej'], 'Pojke'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(UNITS) as (keyof typeof UNITS)[])),
        fc
          .array(row, { minLength: 1, maxLength: 14 })
          .map((rows) => [...rows, known])
          .chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
        async (rule, [rows, shuffled]) => {
          const line = ([[id, district, date, decision], sex]: (typeof rows)[number]) => `${id};${sex};${district};${date};${decision}`;
          const inOrder = await countsOf(rows.map(line), UNITS[rule]);
          const reordered = await countsOf(shuffled.map(line), UNITS[rule]);
          expect(reordered).toEqual(inOrder);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts a person whose rows disagree on sex as other/unknown sex, in either order', async () => {
    const rows = ['a;Flicka;Farsta;2024-01-10;Ja', 'a;Pojke;Bromma;2024-02-10;Nej', 'b;Pojke;Farsta;2024-01-10;Ja'];
    for (const lines of [rows, [...rows].reverse()]) {
      for (const unit of Object.values(UNITS)) {
        const overall = (await countsOf(lines, unit)).results.find((result) => result.group === null)!;
        expect(overall.female.n).toBe(0);
        expect(overall.male.n).toBe(1);
        expect(overall.other.n).toBe(1);
      }
    }
  });

  it('counts a person yes when any row on the deciding date is yes, whatever the order', async () => {
    const rows = ['a;Flicka;Farsta;2024-01-10;Nej', 'a;Flicka;Farsta;2024-01-10;Ja', 'a;Flicka;Farsta;2024-02-10;Nej', 'a;Flicka;Farsta;2024-02-10;Nej'];
    for (const lines of [rows, [...rows].reverse()]) {
      const overall = async (unit: (typeof UNITS)[keyof typeof UNITS]) => (await countsOf(lines, unit)).results.find((result) => result.group === null)!;
      expect((await overall(UNITS.first)).female).toMatchObject({ n: 1, yes: 1 });
      expect((await overall(UNITS.last)).female).toMatchObject({ n: 1, yes: 0 });
    }
  });
});
