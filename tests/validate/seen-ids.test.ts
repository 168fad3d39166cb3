import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SeenIds, hash52 } from '../../src/validate/seen-ids.js';

describe('SeenIds', () => {
  it('says whether an id was seen before, across growth of the table', () => {
    const ids = new SeenIds();
    for (let index = 0; index < 20_000; index++) expect(ids.add(`Ä-2024-${index}`)).toBe(true);
    for (let index = 0; index < 20_000; index += 997) expect(ids.add(`Ä-2024-${index}`)).toBe(false);
    expect(ids.add('Ä-2024-20000')).toBe(true);
  });

  it('keeps hashes within 52 bits, so that they are exact doubles', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const hash = hash52(text);
        expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 52).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with a Set of the ids themselves (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (list) => {
        const ids = new SeenIds();
        const reference = new Set<string>();
        for (const id of list) {
          expect(ids.add(id)).toBe(!reference.has(id));
          reference.add(id);
        }
      }),
      { numRuns: 300 },
    );
  });
});
