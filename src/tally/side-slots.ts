/**
 * The cells a row histogram can leave out of a row's combination: those that only numeric
 * steps read (`measure:`, issue 15).
 *
 * A numeric column has hundreds of distinct values (days, hours), so rows that agree on
 * every other cell rarely agree on it: with it in the combination, a 1 M-row extract had
 * 358,791 combinations instead of 58,578, the histogram no longer fit, and every row was
 * counted one by one (about 0.55 s more CPU per million rows, 650 ms instead of 67 ms).
 * Left out, the combination of the other cells is held as before, and only the numeric
 * steps are counted for each row, at once and in row order (tally.ts `countSideSteps`),
 * so their values are interned in the same order as one pass gives them.
 */
import type { TallyPlan } from './plan.js';

/** Which slots only numeric steps read, and the steps that read them. */
export interface SideSlots {
  /** Slots read by nothing but numeric steps' values (ascending). */
  readonly slots: readonly number[];
  /** The numeric steps that read one of them (ascending positions). */
  readonly steps: readonly number[];
}

/**
 * The slots only numeric steps' values read, and those steps; null when there are none,
 * or when rows are counted in a way that reads every cell of a row per row (a count
 * column, counts in columns, persons: these are never held, or check totals by the whole
 * row).
 */
export function sideSlotsOf(plan: TallyPlan): SideSlots | null {
  if (plan.count !== null || plan.layout !== null || plan.unit !== null) return null;
  const candidates = new Set<number>();
  const others = new Set<number>();
  const note = (target: Set<number>, slots: readonly number[] | undefined) => slots?.forEach((slot) => target.add(slot));
  note(others, plan.sex?.reading.slots);
  note(others, plan.totals.labelSlots);
  plan.groupings.forEach((grouping) => note(others, grouping.slots));
  plan.splits.forEach((split) => note(others, split.slots));
  for (const step of plan.steps) {
    note(others, step.among?.slots);
    note(others, step.outcome?.slots);
    const target = step.kind.kind === 'measure' ? candidates : others;
    note(target, step.value?.slots);
    note(target, step.outcomeMissing?.slots);
  }
  const slots = [...candidates].filter((slot) => !others.has(slot)).sort((a, b) => a - b);
  if (slots.length === 0) return null;
  const side = new Set(slots);
  const steps = plan.steps.flatMap((step, position) =>
    step.kind.kind === 'measure' && [...(step.value?.slots ?? []), ...(step.outcomeMissing?.slots ?? [])].some((slot) => side.has(slot)) ? [position] : [],
  );
  return { slots, steps };
}
