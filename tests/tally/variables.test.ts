import { describe, expect, it } from 'vitest';
import { ageAt, binLabels, parseNumber, periodOf } from '../../src/tally/variables.js';
import { parseSwedishDate } from '../../src/ingest/dates.js';

describe('derived variables', () => {
  it('labels whole-number bins as closed bands', () => {
    expect(binLabels([0, 7, 13, 18])).toEqual(['0–6', '7–12', '13–17']);
    expect(binLabels([0, 0.5, 1])).toEqual(['0–<0.5', '0.5–<1']);
  });
  it('truncates dates to periods', () => {
    expect(periodOf('2024-03-19', 'month')).toBe('2024-03');
    expect(periodOf('2024-03-19', 'quarter')).toBe('2024-Q1');
    expect(periodOf('2024-10-01', 'quarter')).toBe('2024-Q4');
    expect(periodOf('2024-10-01', 'year')).toBe('2024');
  });
  it('counts whole years of age, birthday included', () => {
    expect(ageAt('2010-03-19', '2024-03-18')).toBe(13);
    expect(ageAt('2010-03-19', '2024-03-19')).toBe(14);
    expect(ageAt('2008-02-29', '2024-02-28')).toBe(15);
  });
  it('reads numbers with a decimal comma', () => {
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber(' 7 ')).toBe(7);
    expect(parseNumber('sju')).toBeNull();
  });
  it('reads ISO and Swedish Excel dates, real dates only', () => {
    expect(parseSwedishDate('2024-03-19')).toBe('2024-03-19');
    expect(parseSwedishDate('2024-03-19 10:15')).toBe('2024-03-19');
    expect(parseSwedishDate('19.03.2024')).toBe('2024-03-19');
    expect(parseSwedishDate('2024-02-30')).toBeNull();
  });
});
