import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { countFields, guessDelimiter, guessEncoding, guessTitleLines, sniff } from '../../src/ingest/sniff.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('guessEncoding', () => {
  it('knows a BOM, valid UTF-8, Windows-1252 and plain ASCII', () => {
    expect(guessEncoding(bytes('\uFEFFKön;A\n'))).toBe('utf-8');
    expect(guessEncoding(bytes('Kön;Åsa\n'))).toBe('utf-8');
    expect(guessEncoding(iconv.encode('Kön;Åsa\n', 'windows-1252'))).toBe('windows-1252');
    expect(guessEncoding(bytes('Sex;A\n'))).toBe('ascii');
  });
  it('does not mistake a UTF-8 character cut at the end of the sample for Windows-1252', () => {
    const cut = bytes('Kön;Ö').subarray(0, -1);
    expect(guessEncoding(cut)).toBe('utf-8');
  });
});

describe('guessDelimiter', () => {
  it('prefers the delimiter with a consistent field count', () => {
    expect(guessDelimiter(['a;b;c', '1;2,5;3', '4;5,1;6'])).toBe(';');
    expect(guessDelimiter(['a,b,c', '1,2,3', '4,5,6'])).toBe(',');
    expect(guessDelimiter(['a\tb', '1\t2'])).toBe('\t');
  });
  it('ignores delimiters inside quotes', () => {
    expect(countFields('"a;b";c', ';')).toEqual({ fields: 2, nonEmpty: 2 });
  });
});

describe('guessTitleLines', () => {
  it('finds the header below title lines, padded or not', () => {
    const lines = ['Uttag från systemet;;;', 'Period: 2024;;;', 'Kön;Ålder;Stadsdel;Beslut', 'Flicka;3;Farsta;Ja', 'Pojke;4;Farsta;Nej', 'Pojke;5;Bromma;Ja'];
    expect(guessTitleLines(lines, ';')).toBe(2);
    expect(guessTitleLines(['Rapport', 'Kön;Ålder', 'Flicka;3', 'Pojke;4', 'Pojke;9'], ';')).toBe(1);
    expect(guessTitleLines(['Kön;Ålder', 'Flicka;3', 'Pojke;4'], ';')).toBe(0);
  });
});

describe('sniff', () => {
  it('reports line ends', () => {
    expect(sniff(bytes('a;b\r\n1;2\r\n'), true).lineEnding).toBe('crlf');
    expect(sniff(bytes('a;b\n1;2\n'), true).lineEnding).toBe('lf');
    expect(sniff(bytes('a;b\r\n1;2\n'), true).lineEnding).toBe('mixed');
  });
  it('reports a CR-only file as cr, and CR with one CRLF or LF as mixed', () => {
    // Regression: CR was not counted, so CR-only was "lf" and CR with one CRLF "crlf".
    expect(sniff(bytes('a;b\r1;2\r3;4\r'), true).lineEnding).toBe('cr');
    expect(sniff(bytes('a;b\r1;2\r\n3;4\r'), true).lineEnding).toBe('mixed');
    expect(sniff(bytes('a;b\r1;2\n3;4\r'), true).lineEnding).toBe('mixed');
    expect(sniff(bytes('a;b\n1;2\n3;4\n'), true).lineEnding).toBe('lf');
  });
  it('does not call a CRLF file mixed when the sample is cut between its CR and LF', () => {
    expect(sniff(bytes('a;b\r\n1;2\r\n3;4\r'), false).lineEnding).toBe('crlf');
  });
  it('does not take a header with a stray quote for a title line', () => {
    // Regression: the quote was read as opening a quoted field, so the header seemed to
    // have fewer fields than the data and was skipped as a title line.
    expect(countFields('kon;al"der;beslut', ';')).toEqual({ fields: 3, nonEmpty: 3 });
    expect(sniff(bytes('kon;al"der;beslut\n1;2;3\n2;3;4\n'), true).titleLines).toBe(0);
    expect(countFields('"a;""b""";c', ';')).toEqual({ fields: 2, nonEmpty: 2 });
  });
  it('reads a value with a line break as one record, and counts title lines as lines', () => {
    // The stray-quote fix reads a quote only at a field's start, so the sniffer splits records
    // at line ends outside quotes: the halves of a broken value must not look like title lines.
    const rows = Array.from({ length: 12 }, (_, index) => (index % 3 === 1 ? 'Pojke;"Kista\nFalsk rad";Nej' : 'Flicka;Bromma;Ja'));
    expect(sniff(bytes(`Kön;Distrikt;Beslut\n${rows.join('\n')}\n`), true).titleLines).toBe(0);
    expect(sniff(bytes('"Titel\növer två rader"\nKön;Ålder;Ort\n1;2;3\n4;5;6\n7;8;9\n'), true).titleLines).toBe(2);
  });
  it('takes overrides as given', () => {
    expect(sniff(bytes('a;b\n1;2\n'), true, { delimiter: ',' }).delimiter).toBe(',');
  });
});
