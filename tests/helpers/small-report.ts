/**
 * A small hand-made analysis report for renderer tests: one step "S", one variable "A",
 * results built from their yes and no counts per sex, every statistic a fixed placeholder.
 */
import type { Report, Result, SexCounts } from '../../src/model/report.js';

/** A sex's counts from its yes and no. */
export const counts = (yes: number, no: number): SexCounts => ({ n: yes + no, yes, share: yes + no > 0 ? yes / (yes + no) : null });

/** A result row; `cells` are female yes, no, male yes, no, and optionally other yes, no (else none). */
export function smallResult(by: string | null, group: string | null, cells: readonly number[]): Result {
  return {
    step: 'S', by, group, period: null,
    female: counts(cells[0]!, cells[1]!), male: counts(cells[2]!, cells[3]!), other: counts(cells[4] ?? 0, cells[5] ?? 0),
    diffPp: 1, ci95: [0, 2], detectableDiffPp: 3, test: 'chi2', statistic: 1, df: 1, p: 0.5, q: 0.5, flag: false, reason: null,
    riskRatio: null, oddsRatio: null, shortfall: null, warnings: [], allCategories: null,
    adjusted: [], verdict: 'none', explainedBy: [], insufficientFor: [], inconclusiveFor: [], overTime: null,
  };
}

/** A report of one step of 400 rows holding `results`. */
export function smallReport(results: Result[]): Report {
  return {
    schemaVersion: 1, generator: 'test', input: { files: [], rows: 400, excluded: [] },
    settings: { alpha: 0.05, minDiffPp: 5, minN: 20, correction: 'bh', yates: true, familySize: 1, adjustedFamilySize: 0, homogeneityFamilySize: 0, unit: 'case', criteria: {}, sexSource: 'column', countColumn: null, by: ['A'] },
    sexTerms: 'children', steps: [{ name: 'S', rows: 400, used: 400, cases: 400, notSelected: 0, excluded: [] }], results, rates: [], warnings: [],
  };
}
