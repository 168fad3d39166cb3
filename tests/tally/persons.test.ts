/** Persons on their own: one count per person, step and table, by the unit's rule. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binaryCounts, cellStoreFor, NO, YES } from '../../src/tally/cell-store.js';
import { Persons } from '../../src/tally/persons.js';

const FEMALE = 0;
const MALE = 1;
const ONE_LAYER = [0];

function countOnce(rule: 'any' | 'first' | 'last', rows: [id: string, sex: number, yes: boolean, day: number][]) {
  const persons = new Persons(rule);
  const tableOf = Int32Array.from([0]);
  for (const [id, sex, yes, day] of rows) persons.note(id, sex, 0, tableOf, ONE_LAYER, yes ? YES : NO, day);
  const store = cellStoreFor({ kind: 'binary' });
  const inOverall = persons.countInto([store], 0);
  return { counts: binaryCounts(store, 0), inOverall: inOverall[0] };
}

describe('Persons', () => {
  it('counts a person once: yes if any row is yes', () => {
    const { counts, inOverall } = countOnce('any', [
      ['a', FEMALE, false, 0],
      ['a', FEMALE, true, 0],
      ['b', MALE, false, 0],
      ['b', MALE, false, 0],
    ]);
    expect(counts).toEqual({ female: { yes: 1, no: 0 }, male: { yes: 0, no: 1 }, other: { yes: 0, no: 0 } });
    expect(inOverall).toBe(2);
  });

  it('takes the first or the last row by date', () => {
    const rows: [string, number, boolean, number][] = [
      ['a', FEMALE, true, 20],
      ['a', FEMALE, false, 10],
      ['a', FEMALE, true, 30],
    ];
    expect(countOnce('first', rows).counts.female).toEqual({ yes: 0, no: 1 });
    expect(countOnce('last', rows).counts.female).toEqual({ yes: 1, no: 0 });
  });

  it('on a tie in date, counts the person yes if any tied row is yes, in any order', () => {
    const tied: [string, number, boolean, number][] = [
      ['b', MALE, true, 5],
      ['b', MALE, false, 5],
    ];
    for (const rows of [tied, [...tied].reverse()]) {
      expect(countOnce('first', rows).counts.male).toEqual({ yes: 1, no: 0 });
      expect(countOnce('last', rows).counts.male).toEqual({ yes: 1, no: 0 });
    }
    // The tie is only among rows on the deciding date: a later yes does not make the first row yes.
    const notTied: [string, number, boolean, number][] = [
      ['c', MALE, false, 5],
      ['c', MALE, false, 5],
      ['c', MALE, true, 6],
    ];
    expect(countOnce('first', notTied).counts.male).toEqual({ yes: 0, no: 1 });
    expect(countOnce('last', [...notTied].reverse()).counts.male).toEqual({ yes: 1, no: 0 });
  });

  it('gives the same counts for the same rows in any order, for every rule', () => {
    const row = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.boolean(), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(
        fc.constantFrom('any' as const, 'first' as const, 'last' as const),
        fc.array(row, { maxLength: 20 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
        (rule, [rows, shuffled]) => {
          // One sex per person: which sex a person is counted as is a separate question from ties.
          const withSex = (list: typeof rows) => list.map(([id, yes, day]): [string, number, boolean, number] => [id, id < 'c' ? FEMALE : MALE, yes, day]);
          expect(countOnce(rule, withSex(shuffled))).toEqual(countOnce(rule, withSex(rows)));
        },
      ),
      { numRuns: 300 },
    );
  });

  // It used to keep the sex of the first row counted, so the row order decided it (issue 13).
  it('counts a person whose rows disagree on sex as other/unknown, in either order', () => {
    const rows: [string, number, boolean, number][] = [
      ['a', MALE, true, 0],
      ['a', FEMALE, true, 0],
    ];
    for (const order of [rows, [...rows].reverse()]) {
      const { counts } = countOnce('any', order);
      expect(counts.male.yes).toBe(0);
      expect(counts.female.yes).toBe(0);
      expect(counts.other.yes).toBe(1);
    }
  });

  it('keeps the sex every row of a person agrees on', () => {
    const { counts } = countOnce('any', [
      ['a', MALE, true, 0],
      ['a', MALE, false, 0],
    ]);
    expect(counts.male.yes).toBe(1);
    expect(counts.other.yes + counts.other.no).toBe(0);
  });
});
