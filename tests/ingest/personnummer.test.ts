import { describe, expect, it } from 'vitest';
import { parsePersonnummer, maskPersonnummer, luhnCheckDigit, looksLikePersonnummer } from '../../src/ingest/personnummer.js';

describe('parsePersonnummer', () => {
  it('reads the legal sex from the second-to-last digit', () => {
    expect(parsePersonnummer('811228-9874', 2026)).toMatchObject({ valid: true, sex: 'male', birthDate: '1981-12-28' });
    expect(parsePersonnummer('050615-2461', 2026)).toMatchObject({ valid: true, sex: 'female', birthDate: '2005-06-15' });
  });

  it('accepts 12 digits with or without hyphen, and 10 without', () => {
    expect(parsePersonnummer('19811228-9874')).toMatchObject({ valid: true, birthDate: '1981-12-28' });
    expect(parsePersonnummer('198112289874')).toMatchObject({ valid: true });
    expect(parsePersonnummer('8112289874', 2026)).toMatchObject({ valid: true, birthDate: '1981-12-28' });
  });

  it('checks the Luhn digit', () => {
    expect(parsePersonnummer('811228-9875')).toEqual({ valid: false, problem: 'checksum' });
    expect(luhnCheckDigit('811228987')).toBe(4);
  });

  it('rejects impossible dates, and knows leap years', () => {
    expect(parsePersonnummer('811328-9873')).toEqual({ valid: false, problem: 'date' });
    expect(parsePersonnummer('080229-0429', 2026)).toMatchObject({ valid: true, birthDate: '2008-02-29' });
  });

  it('reads samordningsnummer (day + 60)', () => {
    expect(parsePersonnummer('701063-2391', 2026)).toMatchObject({ valid: true, coordinationNumber: true, birthDate: '1970-10-03' });
  });

  it("puts a '+' number a century back (aged 100 or more)", () => {
    expect(parsePersonnummer('121212+1212', 2026)).toMatchObject({ valid: true, birthDate: '1912-12-12' });
    expect(parsePersonnummer('121212-1212', 2026)).toMatchObject({ valid: true, birthDate: '2012-12-12' });
  });

  it('rejects other shapes', () => {
    expect(parsePersonnummer('811228 9874')).toEqual({ valid: false, problem: 'format' });
    expect(parsePersonnummer('')).toEqual({ valid: false, problem: 'format' });
    expect(looksLikePersonnummer('Flicka')).toBe(false);
  });
});

describe('maskPersonnummer', () => {
  it('hides every digit but the century', () => {
    expect(maskPersonnummer('rad 19811228-9874 och 811228-9874')).toBe('rad 19XXXXXX-XXXX och XXXXXX-XXXX');
  });
  it('leaves decimals and short numbers alone', () => {
    expect(maskPersonnummer('p = 0.1234567890, n = 12345')).toBe('p = 0.1234567890, n = 12345');
  });
});
