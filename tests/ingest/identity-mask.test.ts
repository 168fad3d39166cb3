/**
 * The one masking rule for personnummer- and samordningsnummer-shaped text (issue 13,
 * cases 1–3): 10 or 12 digits, with "-", "+", spaces or nothing between the date part and
 * the last four, Luhn-valid or not, standing alone (no digit or decimal part next to it).
 * All numbers here are made up.
 */
import { describe, expect, it } from 'vitest';
import { containsIdentityNumber, maskPersonnummer } from '../../src/ingest/personnummer.js';

describe('maskPersonnummer: one rule for every personnummer-shaped substring', () => {
  it.each([
    ['Anmälan gäller 20120315-1236', 'Anmälan gäller 20XXXXXX-XXXX'],
    ['120315 1236', 'XXXXXX XXXX'],
    ['20120315 - 1236', '20XXXXXX - XXXX'],
    ['20120315 -1236', '20XXXXXX -XXXX'],
    ['201203151236', '20XXXXXXXXXX'],
    ['1203151236', 'XXXXXXXXXX'],
    ['120315+1236', 'XXXXXX+XXXX'],
    ['samordning 120375-1235', 'samordning XXXXXX-XXXX'],
    ['uttag_20120315-1236.csv', 'uttag_20XXXXXX-XXXX.csv'],
    ['20120315\u00a01236', '20XXXXXX\u00a0XXXX'],
    ['Gäller 20120315-1236.', 'Gäller 20XXXXXX-XXXX.'],
    ['20120315-1236,20130415-1234', '20XXXXXX-XXXX,20XXXXXX-XXXX'],
    ['120315-1236, 130415 1234', 'XXXXXX-XXXX, XXXXXX XXXX'],
  ])('masks %j', (text, masked) => {
    expect(maskPersonnummer(text)).toBe(masked);
    expect(containsIdentityNumber(text)).toBe(true);
  });

  it.each([
    '1 234 567',
    '2024-03-15',
    '2024',
    'Ä-2024-000123',
    'p = 0.2016092124590001',
    'p = 0,1203151236',
    '12345678901234',
    '123456789',
    '12031512361',
    'Stadsdel 12 och 34',
    '1234567890,5',
  ])('leaves %j as it is', (text) => {
    expect(maskPersonnummer(text)).toBe(text);
    expect(containsIdentityNumber(text)).toBe(false);
  });
});
