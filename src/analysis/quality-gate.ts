/**
 * The data-quality gate: a step whose excluded rows are too many, or fall unevenly on
 * the sexes, cannot support conclusions. A broken export (grouping cells left blank on
 * continuation rows, "Nej" answers lost for one sex) otherwise shows as a confident
 * difference between the sexes.
 *
 * Per step, over the rows the step takes (its `among`):
 * - the excluded share is every excluded row (missing or unreadable sex, missing
 *   outcome) over the step's rows;
 * - the excluded share of a sex is its rows excluded for a missing outcome over its rows
 *   taken. A row excluded for a missing or unreadable sex has no sex to count under: it
 *   counts in the overall share only.
 * The step fails when the excluded share exceeds `quality.maxExcludedShare`, or when the
 * female and male shares differ by more than `thresholds.minDiffPp` percentage points.
 *
 * Cells hidden in the source (`..` in the count column of a published table) count as
 * excluded rows of every step that would have taken them, and of their sex: their
 * counts are unknown, so a table where many cells are hidden, or where the hidden cells
 * fall mostly on one sex, cannot support a confident flag either. They are counted as
 * cells (rows of the table), as every share here is: a hidden cell usually stands for a
 * few persons only, so the gate is strict with tables of small cells, which is where
 * hiding changes conclusions most.
 */
import type { Config, SexCategory } from '../config/types.js';
import { DEFAULT_QUALITY } from '../config/defaults.js';
import type { ExcludedRowsArgs, SexWords } from '../messages/report-warning-codes.js';
import { countsBySex, STEP_EXCLUSIONS, type Tally, type TallyState } from '../tally/tally.js';
import { compareGroupValues } from '../ingest/collation.js';

/** The steps that fail the gate, each with the numbers its message shows (in step order). */
export function stepsOverQualityLimits(state: TallyState, config: Config, sexTerms: SexWords): ExcludedRowsArgs[] {
  const limit = (config.quality ?? DEFAULT_QUALITY).maxExcludedShare;
  const diffLimitPp = config.thresholds.minDiffPp;
  const failing: ExcludedRowsArgs[] = [];
  for (const step of state.steps) {
    if (step.taken + step.hidden === 0) continue;
    const excluded = STEP_EXCLUSIONS.reduce((sum, reason) => sum + step.excluded[reason], 0) + step.hidden;
    const share = excluded / (step.taken + step.hidden);
    const taken = countsBySex(step.takenBySex);
    const missingOutcome = countsBySex(step.missingOutcomeBySex);
    const hidden = countsBySex(step.hiddenBySex);
    const shareOf = (sex: SexCategory): number | null => {
      const rows = taken[sex] + hidden[sex];
      return rows === 0 ? null : (missingOutcome[sex] + hidden[sex]) / rows;
    };
    const femaleShare = shareOf('female');
    const maleShare = shareOf('male');
    const uneven = femaleShare !== null && maleShare !== null && Math.abs(femaleShare - maleShare) * 100 > diffLimitPp;
    if (share <= limit && !uneven) continue;
    const rowsOf: Record<string, number> = { ...step.excluded, 'hidden-in-source': step.hidden };
    const reasons = Object.keys(rowsOf)
      .filter((reason) => rowsOf[reason]! > 0)
      .sort((a, b) => rowsOf[b]! - rowsOf[a]!)
      .join(';');
    failing.push({ step: step.name, share, femaleShare, maleShare, limit, diffLimitPp, reasons, sexTerms });
  }
  return failing;
}

/** Values named in a message about the list, at most: more are shown as "…". */
const NAMED_VALUES = 6;

/** Up to NAMED_VALUES values in Swedish order, joined, with "…" when there are more. */
function someValues(values: readonly string[]): string {
  const sorted = [...values].sort(compareGroupValues);
  return sorted.length > NAMED_VALUES ? `${sorted.slice(0, NAMED_VALUES).join(', ')}, …` : sorted.join(', ');
}

/**
 * The failing steps' messages with, for a categorical step that lost rows to its list
 * (`values:` or `ordered:`), the values its column holds that the list lacks and the
 * listed values it never holds: a misspelt or forgotten category ("Mellan" for "Medel")
 * is then named where the run stops, not only in the notice --allow-excluded shows.
 */
export function withUnlistedValues(failing: readonly ExcludedRowsArgs[], config: Config, tally: Tally): ExcludedRowsArgs[] {
  return failing.map((args) => {
    if (!args.reasons.split(';').includes('unlisted-category')) return args;
    const position = config.steps.findIndex((step) => step.name === args.step);
    const categories = config.steps[position]?.categories;
    if (!categories || categories.values === null) return args;
    const seen = tally.distinctValues(categories.column);
    if (seen === null) return args;
    const listed = new Set(categories.values);
    return {
      ...args,
      unlisted: {
        keyPath: `${config.steps[position]!.keyPath}.categories.${categories.ordered ? 'ordered' : 'values'}`,
        column: categories.column,
        seen: someValues([...seen].filter((value) => value.trim() !== '' && !listed.has(value))),
        never: someValues(categories.values.filter((value) => !seen.has(value))),
      },
    };
  });
}
