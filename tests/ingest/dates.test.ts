import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSwedishDate } from '../../src/ingest/dates.js';

describe('parseSwedishDate', () => {
  it.each([
    ['2024-03-19', '2024-03-19'],
    ['  2024-03-19 ', '2024-03-19'],
    ['2024-03-19 10:15', '2024-03-19'],
    ['2024-03-19 10:15:00', '2024-03-19'],
    ['2024-03-19T23:59:59', '2024-03-19'],
    ['2024-03-19 10:15:00.123', '2024-03-19'],
    ['2024-3-9', '2024-03-09'],
    ['20240319', '2024-03-19'],
    ['19/03/2024', '2024-03-19'],
    ['19.03.2024', '2024-03-19'],
    ['19-03-2024', '2024-03-19'],
    ['1/3/2024', '2024-03-01'],
    ['19.03.2024 10:15', '2024-03-19'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['29.02.2024', '2024-02-29'],
    ['31.12.1999', '1999-12-31'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseSwedishDate(text)).toBe(expected);
  });

  it.each([
    '', ' ', 'igår', '2024-02-30', '2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-01-00', '2024-04-31',
    '20241301', '20240230', '31/04/2024', '30.02.2024', '19/03-2024', '19.03/2024', '2024/03/19', '03/19/2024',
    '2024-03-19 24:00', '2024-03-19 10:60', '2024-03-19 10:15:60', '2024-03-19 1015', '2024-03-19x', '2024-03', '2024',
    '240319', '19.03.24', '0999-01-01', '2024-03-19 10:15 extra', '2024-031-9', '123-03-2024',
  ])('refuses %j', (text) => {
    expect(parseSwedishDate(text)).toBeNull();
  });

  it('reads every real date back from each form (property)', () => {
    const day = 24 * 60 * 60 * 1000;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1) / day, max: Date.UTC(9999, 11, 31) / day }), (days) => {
        const iso = new Date(days * day).toISOString().slice(0, 10);
        const [year, month, date] = iso.split('-');
        for (const form of [iso, `${iso} 08:30`, `${year}${month}${date}`, `${date}/${month}/${year}`, `${date}.${month}.${year}`, `${date}-${month}-${year}`]) {
          expect(parseSwedishDate(form)).toBe(iso);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts a day beyond the end of its month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 40 }), (year, month, date) => {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const text = `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
        expect(parseSwedishDate(text) !== null).toBe(date <= last);
      }),
      { numRuns: 2000 },
    );
  });
});
