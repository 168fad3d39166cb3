/** Persons on their own: one count per person, step and table, by the unit's rule. */
import { describe, expect, it } from 'vitest';
import { binaryCounts, cellStoreFor } from '../../src/tally/cell-store.js';
import { Persons } from '../../src/tally/persons.js';

const FEMALE = 0;
const MALE = 1;
const ONE_LAYER = [0];

function countOnce(rule: 'any' | 'first' | 'last', rows: [id: string, sex: number, yes: boolean, day: number][]) {
  const persons = new Persons(rule);
  const tableOf = Int32Array.from([0]);
  for (const [id, sex, yes, day] of rows) persons.note(id, sex, 0, tableOf, ONE_LAYER, yes, day);
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

  it('takes the first or the last row by date; on the same day, the first or the last seen', () => {
    const rows: [string, number, boolean, number][] = [
      ['a', FEMALE, true, 20],
      ['a', FEMALE, false, 10],
      ['a', FEMALE, true, 30],
      ['b', MALE, true, 5],
      ['b', MALE, false, 5],
    ];
    expect(countOnce('first', rows).counts).toEqual({ female: { yes: 0, no: 1 }, male: { yes: 1, no: 0 }, other: { yes: 0, no: 0 } });
    expect(countOnce('last', rows).counts).toEqual({ female: { yes: 1, no: 0 }, male: { yes: 0, no: 1 }, other: { yes: 0, no: 0 } });
  });

  it("keeps a person's sex from the first row counted", () => {
    const { counts } = countOnce('any', [
      ['a', MALE, true, 0],
      ['a', FEMALE, true, 0],
    ]);
    expect(counts.male.yes).toBe(1);
    expect(counts.female.yes).toBe(0);
  });
});
