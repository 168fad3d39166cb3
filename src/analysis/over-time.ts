/**
 * A group's difference over the periods: is the sex difference (its odds ratio) the
 * same in every period (Breslow–Day–Tarone across periods), and did it change between
 * the last period and the one before (difference of two independent differences)?
 */
import { breslowDayTarone } from '../stats/breslow-day.js';
import { differenceOfDifferences } from '../stats/difference-of-differences.js';
import type { OverTime } from '../model/report.js';
import type { TableCounts } from '../tally/tally.js';
import { twoByTwoOf } from './criteria.js';

/** The over-time summary of one group, from its per-period tables in period order. */
export function overTimeOf(periods: readonly { label: string; counts: TableCounts }[]): OverTime {
  const homogeneity = breslowDayTarone(periods.map((period) => twoByTwoOf(period.counts)));
  const last = periods.at(-1);
  const before = periods.at(-2);
  const change = last && before ? differenceOfDifferences(twoByTwoOf(before.counts), twoByTwoOf(last.counts)) : null;
  return {
    periods: periods.map((period) => period.label),
    homogeneity: { statistic: homogeneity.statistic, df: homogeneity.parameter, p: homogeneity.pValue, reason: homogeneity.reason },
    change:
      change && last && before
        ? {
            from: before.label,
            to: last.label,
            diffPp: change.estimate * 100,
            ci95: [change.ci95[0] * 100, change.ci95[1] * 100],
            statistic: change.statistic,
            p: change.pValue,
            q: null,
          }
        : null,
  };
}
