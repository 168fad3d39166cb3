/**
 * A numeric step's values and shifts read the same in every format: the terminal and
 * Markdown table (distribution-rows.ts) and the HTML and Word table
 * (distribution-html-rows.ts) share one formatter. Before, the text table wrote a positive
 * shift without its sign ("8" where HTML wrote "+8") and a shift computed as 7.999999999 as
 * "8,0".
 */
import { describe, expect, it } from 'vitest';
import { distributionNotes, formatMeasure, formatSignedMeasure, measureTable, measureRowsOf } from '../../src/report/distribution-rows.js';
import { distributionTable } from '../../src/report/distribution-html-rows.js';
import { distributionPublishedReport } from '../helpers/distribution-published-report.js';

describe('the values of a numeric step', () => {
  it('are whole when within 1e-9 of a whole number, else with one decimal', () => {
    expect(formatMeasure(8, 'sv')).toBe('8');
    expect(formatMeasure(7.9999999999, 'sv')).toBe('8');
    expect(formatMeasure(2.5, 'sv')).toBe('2,5');
    expect(formatMeasure(2.5, 'en')).toBe('2.5');
    expect(formatMeasure(1234.25, 'sv')).toBe('1 234,3');
    expect(formatMeasure(null, 'sv')).toBe('–');
  });

  it('are signed as shifts: + before a positive one, none before zero', () => {
    expect(formatSignedMeasure(7, 'sv')).toBe('+7');
    expect(formatSignedMeasure(7.9999999999, 'sv')).toBe('+8');
    expect(formatSignedMeasure(-2.5, 'sv')).toBe('-2,5');
    expect(formatSignedMeasure(0, 'sv')).toBe('0');
    // Rounds to zero: no sign on a zero.
    expect(formatSignedMeasure(1e-12, 'sv')).toBe('0');
    expect(formatSignedMeasure(0.04, 'sv')).toBe('+0,0');
    expect(formatSignedMeasure(null, 'en')).toBe('–');
  });
});

describe('the shift column', () => {
  const report = distributionPublishedReport();
  const step = 'Handläggningstid';
  const plain = (text: string) => text;

  it.each(['sv', 'en'] as const)('reads the same in the text table as in the HTML and Word table (%s)', (language) => {
    const text = measureTable(report, step, language, plain);
    const html = distributionTable(report, step, 'measure', language);
    const column = (columns: readonly { readonly field: string }[]) => columns.findIndex((found) => found.field === 'diff');
    const textShifts = text.lines.flatMap((line) => ('cells' in line ? [line.cells[column(text.columns)]!] : []));
    const htmlShifts = html.lines.flatMap((line) => (line.kind === 'group' ? [line.cells[column(html.columns)]!] : []));
    expect(textShifts).toEqual(htmlShifts);
    expect(textShifts.length).toBe(measureRowsOf(report, step).length);
    // Every shown shift is signed as its estimate is.
    measureRowsOf(report, step).forEach((row, index) => {
      if (row.estimate !== null && textShifts[index] !== '..') expect(textShifts[index]).toBe(formatSignedMeasure(row.estimate, language));
    });
    expect(textShifts.some((shift) => shift.startsWith('+'))).toBe(true);
    // Welch's difference of means is signed the same way.
    const welch = text.columns.findIndex((found) => found.field === 'welch-diff');
    const welchCells = text.lines.flatMap((line) => ('cells' in line ? [line.cells[welch]!] : []));
    measureRowsOf(report, step).forEach((row, index) => {
      if (row.welch && welchCells[index] !== '..') expect(welchCells[index]).toBe(formatSignedMeasure(row.welch.estimate, language));
    });
    expect(welchCells.some((cell) => /^[+-]\d/.test(cell))).toBe(true);
  });
});

describe('the note under a numeric step', () => {
  const report = distributionPublishedReport();
  const withMinShift = (minShift: number) => ({ ...report, measureResults: report.measureResults!.map((row) => ({ ...row, minShift })) });
  const note = (minShift: number, language: 'sv' | 'en') =>
    distributionNotes(withMinShift(minShift), 'Handläggningstid', language, (text) => text).find((line) => line.includes('Hodges–Lehmann'))!;

  it('says that the shift is counted pair by pair, not the difference of the medians', () => {
    expect(note(7, 'sv')).toContain('inte skillnaden mellan medianerna');
    expect(note(7, 'en')).toContain('not the difference between the medians');
  });

  it('names the smallest shift flagged, and leaves the condition out when there is none (no "at least 0 days")', () => {
    expect(note(7, 'sv')).toContain('skillnaden är minst 7 dagar och');
    expect(note(0, 'sv')).not.toContain('minst');
    expect(note(0, 'sv')).toContain('Flaggas när q < alfa och varje kön');
    expect(note(0, 'en')).not.toContain('at least');
  });
});
