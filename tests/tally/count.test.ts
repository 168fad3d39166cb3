import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKERS } from '../../src/config/defaults.js';
import { InputError } from '../../src/errors.js';
import { countCode, CountCellReader, countColumnFindings, HIDDEN_COUNT, INVALID_COUNT, NOT_APPLICABLE_COUNT, parseCount } from '../../src/tally/count.js';

const reader = new CountCellReader(DEFAULT_MARKERS);
const PLACE = { file: 'x.csv', line: 7, column: 'Antal', position: 4 };

describe('parseCount: thousands separators', () => {
  it('reads digit groups split by a space, no-break, narrow no-break or thin space', () => {
    for (const written of ['1 234', '1\u00a0234', '1\u202f234', '1\u20092 34'.replace('2 34', '234'), ' 12 345 678 ']) expect(parseCount(written), written).toBe(written.includes('678') ? 12_345_678 : 1234);
  });
  it('reads a decimal part of zeros as whole: "1 234,0", "1112,00", "12.0"', () => {
    expect(parseCount('1 234,0')).toBe(1234);
    expect(parseCount('1112,00')).toBe(1112);
    expect(parseCount('12.0')).toBe(12);
  });
  it('reads "." as thousands separator only between groups of three after a first group not starting with 0', () => {
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount('12.345.678')).toBe(12_345_678);
    expect(parseCount('1.234,0')).toBe(1234);
    for (const decimal of ['0.351', '1.5', '12.34', '1.2345']) expect(parseCount(decimal), decimal).toBeNull();
  });
  it('refuses groups that are not of three, and spaces inside digits', () => {
    for (const bad of ['12 34', '1 2', '1234 567', '-1', 'tolv', '', '1e3']) expect(parseCount(bad), bad).toBeNull();
  });
});

describe('CountCellReader', () => {
  it('reads each marker of Swedish official statistics', () => {
    expect(reader.read('..')).toEqual({ kind: 'hidden', marker: '..' });
    expect(reader.read(' ... ')).toEqual({ kind: 'hidden', marker: '...' });
    expect(reader.read('X')).toEqual({ kind: 'hidden', marker: 'x' });
    for (const zero of ['-', '\u2013', '\u2014']) expect(reader.read(zero)).toEqual({ kind: 'count', value: 0, marker: zero });
    expect(reader.read('.')).toEqual({ kind: 'not-applicable', marker: '.' });
    expect(reader.read('12')).toEqual({ kind: 'count', value: 12, marker: null });
  });
  it('says what a cell that is no count looks like', () => {
    expect(reader.read('0,35')).toEqual({ kind: 'invalid', looksLike: 'share' });
    expect(reader.read('12,5')).toEqual({ kind: 'invalid', looksLike: 'rate' });
    expect(reader.read('1112,37')).toEqual({ kind: 'invalid', looksLike: 'rate' });
    expect(reader.read('-3')).toEqual({ kind: 'invalid', looksLike: 'negative' });
    expect(reader.read('')).toEqual({ kind: 'invalid', looksLike: 'blank' });
    expect(reader.read('tio')).toEqual({ kind: 'invalid', looksLike: 'text' });
    expect(reader.read('99999999999999999999')).toEqual({ kind: 'invalid', looksLike: 'too-large' });
  });
  it('takes the markers of the configuration', () => {
    const own = new CountCellReader({ hidden: ['S'], zero: ['0*'], notApplicable: [] });
    expect(own.read('s')).toEqual({ kind: 'hidden', marker: 'S' });
    expect(own.read('0*')).toEqual({ kind: 'count', value: 0, marker: '0*' });
    expect(own.read('..')).toEqual({ kind: 'invalid', looksLike: 'text' });
  });
});

describe('countCode', () => {
  it('codes markers and invalid cells for the tally', () => {
    expect(countCode(reader, '1 234', PLACE)).toBe(1234);
    expect(countCode(reader, '-', PLACE)).toBe(0);
    expect(countCode(reader, '..', PLACE)).toBe(HIDDEN_COUNT);
    expect(countCode(reader, '.', PLACE)).toBe(NOT_APPLICABLE_COUNT);
    expect(countCode(reader, 'tio', PLACE)).toBe(INVALID_COUNT);
  });
  it('refuses a rate or a share, naming file, line and column', () => {
    let thrown: unknown;
    try {
      countCode(reader, ' 12,5 ', PLACE);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect(thrown).toMatchObject({ code: 'count-not-whole', args: { column: 'Antal', value: '12,5', looksLike: 'rate' }, place: { file: 'x.csv', line: 7, column: 4 } });
  });
});

describe('countColumnFindings', () => {
  it('says when most numbers are written with decimals ("1112,00": rates rounded, not counts)', () => {
    expect(countColumnFindings(['1112,00', '845,00', '12']).writtenWithDecimals).toBe('1112,00');
    expect(countColumnFindings(['1112,00', '845', '12']).writtenWithDecimals).toBeNull();
    expect(countColumnFindings(['..', '-', '12']).writtenWithDecimals).toBeNull();
  });
  it('finds a column that writes "." both as thousands separator and as decimal point', () => {
    expect(countColumnFindings(['1.234', '3.0']).dotConflict).toEqual({ thousands: '1.234', decimal: '3.0' });
    expect(countColumnFindings(['1.234', '3,0', '12']).dotConflict).toBeNull();
  });
});
