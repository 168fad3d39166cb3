/**
 * What an aggregated table shows as a whole, after the pass: cells hidden in the source,
 * totals that differ from the sum of their parts, and a count column whose numbers look
 * like rates. Each is a notice of the report (said in every output); a count column that
 * writes "." both as thousands separator and as decimal point cannot be read and stops
 * the run. The work is per distinct cell and per distinct row of the table, never per
 * case row.
 */
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import type { ReportWarning } from '../messages/report-warning-codes.js';
import { countColumnFindings } from '../tally/count.js';
import type { Tally } from '../tally/tally.js';

/** The notices of an aggregated table; throws `count-dot-conflict` for a column it cannot read. */
export function tableChecks(tally: Tally, config: Config): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  const cells = tally.distinctCountCells();
  if (cells !== null && config.count !== null) {
    const findings = countColumnFindings(cells);
    if (findings.dotConflict !== null) throw new InputError('count-dot-conflict', { column: config.count, ...findings.dotConflict });
    if (findings.writtenWithDecimals !== null) warnings.push({ code: 'count-with-decimals', args: { column: config.count, example: findings.writtenWithDecimals } });
  }
  const hidden = tally.state.inputExcluded['hidden-in-source'];
  // The rows left unflagged for it are named once the results are compared (analyze.ts).
  if (hidden > 0) warnings.push({ code: 'hidden-in-source', args: { cells: hidden, unflagged: '' } });
  const totals = tally.totalsFindings();
  if (totals !== null && totals.largest !== null) {
    const { where, total, parts } = totals.largest;
    warnings.push({
      code: 'totals-differ',
      args: {
        checked: totals.checked,
        differing: totals.differing,
        withHiddenParts: totals.withHiddenParts,
        where: where.map((cell) => `${cell.column} = ${cell.value}`).join(', '),
        total,
        parts,
      },
    });
  }
  return warnings;
}
