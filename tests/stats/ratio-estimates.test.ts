import { describe, expect, it } from 'vitest';
import { oddsRatio, riskRatio } from '../../src/stats/ratio-estimates.js';
import { closeTo } from './tolerance.js';

const z = 1.959963984540054;

describe('riskRatio', () => {
  it('is p1 / p2 with a log-scale Wald interval', () => {
    const result = riskRatio({ yes1: 20, no1: 80, yes2: 10, no2: 90 });
    expect(result?.estimate).toBe(2);
    expect(result?.haldane).toBe(false);
    const se = Math.sqrt(1 / 20 - 1 / 100 + 1 / 10 - 1 / 100);
    closeTo(result?.ci95[0], 2 * Math.exp(-z * se), 'lower');
    closeTo(result?.ci95[1], 2 * Math.exp(z * se), 'upper');
  });

  it('adds 0.5 to every cell when a cell is zero (Haldane)', () => {
    const result = riskRatio({ yes1: 0, no1: 10, yes2: 5, no2: 5 });
    expect(result?.haldane).toBe(true);
    closeTo(result?.estimate, 0.5 / 11 / (5.5 / 11), 'estimate');
    const se = Math.sqrt(1 / 0.5 - 1 / 11 + 1 / 5.5 - 1 / 11);
    closeTo(result?.ci95[1], (1 / 11) * Math.exp(z * se), 'upper');
  });

  it('is null without a group or without any contrast in the outcome', () => {
    expect(riskRatio({ yes1: 0, no1: 0, yes2: 5, no2: 5 })).toBeNull();
    expect(riskRatio({ yes1: 0, no1: 10, yes2: 0, no2: 12 })).toBeNull(); // 0/0
    expect(riskRatio({ yes1: 10, no1: 0, yes2: 12, no2: 0 })).toBeNull(); // 1/1, no interval
    expect(riskRatio({ yes1: 0, no1: 0, yes2: 0, no2: 0 })).toBeNull();
  });
});

describe('oddsRatio', () => {
  it("is Woolf's log-scale interval around ad/bc", () => {
    const result = oddsRatio({ yes1: 20, no1: 80, yes2: 10, no2: 90 });
    closeTo(result?.estimate, 2.25, 'estimate');
    const se = Math.sqrt(1 / 20 + 1 / 80 + 1 / 10 + 1 / 90);
    closeTo(result?.ci95[0], 2.25 * Math.exp(-z * se), 'lower');
  });

  it('uses Haldane when a cell is zero, and only then', () => {
    const result = oddsRatio({ yes1: 7, no1: 3, yes2: 0, no2: 10 });
    expect(result?.haldane).toBe(true);
    closeTo(result?.estimate, (7.5 * 10.5) / (3.5 * 0.5), 'estimate');
    expect(oddsRatio({ yes1: 7, no1: 3, yes2: 1, no2: 10 })?.haldane).toBe(false);
  });

  it('is null when a margin is empty', () => {
    expect(oddsRatio({ yes1: 0, no1: 4, yes2: 0, no2: 7 })).toBeNull();
    expect(oddsRatio({ yes1: 1, no1: 4, yes2: 0, no2: 0 })).toBeNull();
  });
});
