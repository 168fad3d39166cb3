/**
 * Comparing extracts with the previous ones (`--previous`): the row count and each
 * step's overall share per sex should not jump. A jump is usually a changed export
 * (another period, filter or coding), sometimes a real change: a warning either way.
 */
import type { Report, SexTerms } from '../model/report.js';
import { problem, type Problem } from './problem.js';

interface SexTotals {
  n: number;
  yes: number;
}

/** Rows, and per step the overall cases and "yes" per sex, summed over reports. */
export interface Totals {
  rows: number;
  readonly steps: Map<string, { female: SexTotals; male: SexTotals }>;
}

/** Sums the rows and the steps' overall counts of several reports (one per file). */
export function totalsOf(reports: readonly Report[]): Totals {
  const totals: Totals = { rows: 0, steps: new Map() };
  for (const report of reports) {
    totals.rows += report.input.rows;
    for (const result of report.results) {
      if (result.by !== null || result.group !== null || result.period !== null) continue;
      const step = totals.steps.get(result.step) ?? { female: { n: 0, yes: 0 }, male: { n: 0, yes: 0 } };
      step.female.n += result.female.n;
      step.female.yes += result.female.yes;
      step.male.n += result.male.n;
      step.male.yes += result.male.yes;
      totals.steps.set(result.step, step);
    }
  }
  return totals;
}

export interface PreviousLimits {
  readonly maxRowChange: number;
  readonly maxShareChangePp: number;
  /** Shares of fewer cases than this (in either extract) are too noisy to compare. */
  readonly minN: number;
}

/** Problems where the current extracts differ from the previous ones by more than the limits. */
export function previousProblems(current: Totals, previous: Totals, limits: PreviousLimits, sexTerms: SexTerms): Problem[] {
  const problems: Problem[] = [];
  if (previous.rows > 0) {
    const change = (current.rows - previous.rows) / previous.rows;
    if (Math.abs(change) > limits.maxRowChange) {
      problems.push(problem('row-count-change', { file: null }, { previous: previous.rows, current: current.rows, change, limit: limits.maxRowChange }));
    }
  }
  for (const [step, now] of current.steps) {
    const before = previous.steps.get(step);
    if (!before) continue;
    for (const sex of ['female', 'male'] as const) {
      if (now[sex].n < Math.max(1, limits.minN) || before[sex].n < Math.max(1, limits.minN)) continue;
      const shareNow = now[sex].yes / now[sex].n;
      const shareBefore = before[sex].yes / before[sex].n;
      const changePp = (shareNow - shareBefore) * 100;
      if (Math.abs(changePp) > limits.maxShareChangePp) {
        problems.push(
          problem('share-change', { file: null }, { step, sex, sexTerms, previous: shareBefore, current: shareNow, changePp, limit: limits.maxShareChangePp }),
        );
      }
    }
  }
  return problems;
}
