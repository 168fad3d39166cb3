/**
 * Checks of a file's row accounting, read from the analysis's own report: a step that
 * takes no rows, and a step that excludes more than the allowed share of its rows.
 */
import type { Config } from '../config/types.js';
import type { Report } from '../model/report.js';
import { problem, type Problem } from './problem.js';

/**
 * Exclusions that are not a loss of data in the extract: a summary row is meant to be
 * left out, a not-applicable cell cannot occur, and a cell hidden in the source is how
 * the published table is (reported on its own line per marker, file-pass.ts): nothing
 * in the extract to correct.
 */
const HARMLESS_EXCLUSIONS: ReadonlySet<string> = new Set(['total-row', 'not-applicable', 'hidden-in-source']);

/** "reason=rows;reason=rows", in the report's order, for the message to name each reason. */
function reasonList(exclusions: ReadonlyArray<{ reason: string; rows: number }>): string {
  return exclusions.map(({ reason, rows }) => `${reason}=${rows}`).join(';');
}

/**
 * The accounting problems of one file's report. Rows excluded before the steps are
 * never offered to a step, so each step is charged with its likely part of them: the
 * share of the rows reaching the steps that it takes (all of them for a step without
 * `among`). A step that takes no rows is reported as such instead.
 */
export function accountingProblems(report: Report, config: Config, file: string, maxExcludedShare: number): Problem[] {
  const problems: Problem[] = [];
  const inputExcluded = report.input.excluded.filter((entry) => !HARMLESS_EXCLUSIONS.has(entry.reason));
  const inputExcludedRows = inputExcluded.reduce((sum, entry) => sum + entry.rows, 0);
  report.steps.forEach((step, position) => {
    if (step.rows === 0) {
      const keyPath = config.steps[position]?.keyPath ?? `steps[${position}]`;
      if (config.steps[position]?.among) problems.push(problem('step-selects-nothing', { file }, { step: step.name, keyPath: `${keyPath}.among` }));
      return;
    }
    const stepExcludedRows = step.excluded.reduce((sum, entry) => sum + entry.rows, 0);
    const inputPart = inputExcludedRows * (step.rows / (step.rows + step.notSelected));
    const share = (inputPart + stepExcludedRows) / (inputPart + step.rows);
    if (share > maxExcludedShare) {
      const excluded = [...inputExcluded, ...step.excluded];
      problems.push(
        problem('excluded-share', { file, count: inputExcludedRows + stepExcludedRows }, { step: step.name, share, limit: maxExcludedShare, reasons: reasonList(excluded) }),
      );
    }
  });
  return problems;
}
