/**
 * A step's row accounting line (src/report/report-notes.ts), shared by every format: what
 * the step took, used and excluded, and, when disclosure control hid one of its counts,
 * what ".." means, on the same line (a hidden "used" is mostly hidden because the others
 * would give a small exclusion away, and nothing said so).
 */
import { describe, expect, it } from 'vitest';
import { accountingLine } from '../../src/report/report-notes.js';
import type { PublishedStepSummary } from '../../src/model/report.js';

const step = (change: Partial<PublishedStepSummary> = {}): PublishedStepSummary => ({
  name: 'Utredning inleds',
  rows: 1102,
  used: 1100,
  cases: 1100,
  notSelected: 0,
  excluded: [{ reason: 'missing-sex', rows: 2 }],
  ...change,
});

describe('the row accounting line', () => {
  it('gives the counts, and no word on hiding when nothing is hidden', () => {
    expect(accountingLine(step(), 'sv')).toBe('Rader i steget: 1 102; använda 1 100; uteslutna: kön saknas 2');
    expect(accountingLine(step(), 'en')).not.toContain('hidden');
  });

  it('says what .. means when a count is hidden, in either language', () => {
    const hidden = step({ used: null, cases: null, excluded: [{ reason: 'missing-sex', rows: null }] });
    expect(accountingLine(hidden, 'sv')).toBe('Rader i steget: 1 102; använda ..; uteslutna: kön saknas ..; .. = dolt för att skydda enskilda (röjandeskydd)');
    expect(accountingLine(hidden, 'en')).toMatch(/; \.\. = hidden to protect individuals \(disclosure control\)$/);
    // Also when only the rows outside the step are hidden.
    expect(accountingLine(step({ notSelected: null }), 'sv')).toMatch(/ej i steget \.\.; \.\. = dolt/);
  });
});

describe('the exclusions of a step', () => {
  it('are listed under one label, most rows first as the step gives them', () => {
    const several = step({ excluded: [{ reason: 'missing-sex', rows: 48 }, { reason: 'unlisted-category', rows: 7486 }] });
    expect(accountingLine(several, 'sv')).toBe('Rader i steget: 1 102; använda 1 100; uteslutna: kön saknas 48, kategorin finns inte i listan 7 486');
  });
});
