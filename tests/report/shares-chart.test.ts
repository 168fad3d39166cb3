/**
 * The chart helpers of the HTML report (src/report/shares-chart.ts): group labels are
 * wrapped, never cut; the difference axis always has a tick at 0; a chart draws a dot per
 * sex and group and one difference per group (issue 16, item 5).
 */
import { describe, expect, it } from 'vitest';
import { renderSharesChartSvg, ticksWithZero, wrapLabel, type SharesPoint } from '../../src/report/shares-chart.js';

const TEXTS = { description: 'Beskrivning', female: 'Flickor', male: 'Pojkar', sharesAxis: 'Andel ”ja” (%)', differenceAxis: 'Skillnad (p.e.)', flagged: 'Flaggad', notFlagged: 'Ej flaggad' };

function point(label: string, female: number, male: number, flagged = false): SharesPoint {
  const diff = female - male;
  return { label, female: { share: female, low: female - 3, high: female + 3 }, male: { share: male, low: male - 3, high: male + 3 }, diffPp: diff, low: diff - 4, high: diff + 4, flagged };
}

describe('wrapLabel', () => {
  it('keeps a short label whole and wraps a long one at spaces, losing no character', () => {
    expect(wrapLabel('Bromma')).toEqual(['Bromma']);
    const long = 'Hägersten-Liljeholmen × 13–17 med ett ovanligt långt namn';
    const lines = wrapLabel(long);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(26);
  });
});

describe('ticksWithZero', () => {
  it('always holds 0, also when every value is on one side of it', () => {
    for (const [low, high] of [[2, 9], [-12, -3], [-5, 20], [0.2, 0.9], [-40, 60]] as const) {
      const ticks = ticksWithZero(low, high);
      expect(ticks).toContain(0);
      expect(ticks[0]).toBeLessThanOrEqual(Math.min(low, 0));
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(Math.max(high, 0));
      expect(ticks.length).toBeLessThanOrEqual(8);
    }
  });
});

describe('renderSharesChartSvg', () => {
  it('draws a dot per sex and group, one difference per group, full labels and a labelled 0', async () => {
    const svg = await renderSharesChartSvg([point('Bromma', 42, 33, true), point('Enskede-Årsta-Vantör × 13–17 och mer', 30, 32), point('Farsta', 50, 41, true)], TEXTS, 'sv');
    const shareGroup = /<g class="mark-symbol role-mark share_marks"[^>]*>(.*?)<\/g>/s.exec(svg)![1]!;
    const differenceGroup = /<g class="mark-symbol role-mark difference_marks"[^>]*>(.*?)<\/g>/s.exec(svg)![1]!;
    expect(shareGroup.match(/<path/g)).toHaveLength(6);
    expect(differenceGroup.match(/<path/g)).toHaveLength(3);
    expect(svg).toContain('Enskede-Årsta-Vantör ×');
    expect(svg).toContain('13–17 och mer');
    expect(svg).not.toContain('…');
    expect(svg).toMatch(/>0<\/text>/);
  });
});
