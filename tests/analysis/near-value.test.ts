/**
 * The near-value rule (src/analysis/near-value.ts): which occurring value a value that
 * never occurs was probably meant to be.
 */
import { describe, expect, it } from 'vitest';
import { nearValue } from '../../src/analysis/near-value.js';

const SEEN = ['Utredning inleds', 'Utredning inleds ej', 'Ja', 'Nej', 'K', 'M', 'Hög', 'Låg', 'Medel', ''];

describe('nearValue', () => {
  it('finds the same letters in another case', () => {
    expect(nearValue('utredning inleds', SEEN)).toBe('Utredning inleds');
    expect(nearValue('ja', SEEN)).toBe('Ja');
    expect(nearValue('UTREDNING INLEDS EJ', SEEN)).toBe('Utredning inleds ej');
  });

  it('finds a value one or two edits away in a long enough value', () => {
    expect(nearValue('Utredning inled', SEEN)).toBe('Utredning inleds');
    expect(nearValue('Utrednig inled', SEEN)).toBe('Utredning inleds');
    expect(nearValue('Medl', SEEN)).toBe('Medel');
  });

  it('prefers the fewest edits', () => {
    expect(nearValue('Utredning inleds e', SEEN)).toBe('Utredning inleds ej');
  });

  it('finds nothing three edits away', () => {
    expect(nearValue('Utredning in', SEEN)).toBeUndefined();
    expect(nearValue('Finns inte', SEEN)).toBeUndefined();
  });

  it('does not call short codes near each other', () => {
    // One edit, but a one-letter code: K is not a typo of M, nor Nu of Ja.
    expect(nearValue('F', SEEN)).toBeUndefined();
    expect(nearValue('Nu', SEEN)).toBeUndefined();
    // Hög and Låg are two edits apart in three letters: different values, not a typo.
    expect(nearValue('Hog', ['Låg'])).toBeUndefined();
  });

  it('never suggests a value the same list names, nor an empty cell', () => {
    expect(nearValue('Utredning inled', SEEN, new Set(['Utredning inleds']))).toBeUndefined();
    expect(nearValue('x', [''])).toBeUndefined();
  });
});
