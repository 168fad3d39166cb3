/**
 * How hidden values read in every format: ".." (as SCB and Kolada write it), and the
 * tests that tell a hidden value from one that is merely missing (a share of no cases).
 */
import type { Language } from '../messages/languages.js';
import type { PublishedResult, PublishedSexCounts } from '../model/report.js';
import { formatNumber, formatPercent } from './numbers.js';

/** The mark of a hidden value. */
export const HIDDEN = '..';

/** True when a female or male count of the row is hidden, so its comparison is too. */
export function isComparisonHidden(result: PublishedResult): boolean {
  return result.female.n === null || result.male.n === null;
}

/** True when the share of these counts is hidden (its counts are, or the row's comparison is). */
export function isShareHidden(counts: PublishedSexCounts, result: PublishedResult): boolean {
  return counts.n === null || (isComparisonHidden(result) && counts !== result.other);
}

/** A count, or ".." when hidden. */
export function formatCount(value: number | null, language: Language): string {
  return value === null ? HIDDEN : formatNumber(value, language);
}

/** A share as a percentage, or ".." when hidden. */
export function formatShare(counts: PublishedSexCounts, result: PublishedResult, language: Language): string {
  return isShareHidden(counts, result) ? HIDDEN : formatPercent(counts.share, language);
}

/** A figure computed from the row's comparison, formatted, or ".." when the comparison is hidden. */
export function comparisonText(result: PublishedResult, text: () => string): string {
  return isComparisonHidden(result) ? HIDDEN : text();
}
