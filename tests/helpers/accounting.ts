/** The row accounting every analysis must satisfy, as test assertions. */
import { expect } from 'vitest';

interface Counted {
  readonly reason: string;
  readonly rows: number;
}

/** The parts of a report (JSON) that the accounting is about. */
export interface AccountedReport {
  readonly input: { readonly rows: number; readonly excluded: readonly Counted[] };
  readonly steps: ReadonlyArray<{ readonly name: string; readonly rows: number; readonly used: number; readonly notSelected: number; readonly excluded: readonly Counted[] }>;
}

const sum = (list: readonly Counted[]): number => list.reduce((total, entry) => total + entry.rows, 0);

/**
 * Every row is accounted for, in every step: rows read = Σ input.excluded + rows +
 * notSelected, and rows = used + Σ excluded.
 */
export function expectAccounting(report: AccountedReport): void {
  for (const step of report.steps) {
    expect(sum(report.input.excluded) + step.rows + step.notSelected, `rows read, step ${step.name}`).toBe(report.input.rows);
    expect(step.used + sum(step.excluded), `rows taken, step ${step.name}`).toBe(step.rows);
  }
}
