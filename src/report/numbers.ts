/**
 * Shares, differences and p-values as every human-readable renderer shows them, built on
 * the catalogue's number style (src/i18n/numbers.ts) so that a value reads the same in
 * every format and in every message.
 */
import type { Language } from '../messages/languages.js';
import { formatNumber } from '../i18n/numbers.js';

export { formatNumber };

/** A share (0–1) as a percentage with one decimal, without the % sign. */
export function formatPercent(share: number | null, language: Language): string {
  return share === null ? '–' : formatNumber(share * 100, language, 1);
}

/** A signed difference in percentage points with one decimal. */
export function formatSignedPp(value: number | null, language: Language): string {
  if (value === null) return '–';
  const text = formatNumber(value, language, 1);
  return value > 0 && text !== formatNumber(0, language, 1) ? `+${text}` : text;
}

/** A p-value as people read it: three decimals, or "< 0,001". */
export function formatP(value: number | null, language: Language): string {
  if (value === null) return '–';
  if (value < 0.001) return `< ${formatNumber(0.001, language, 3)}`;
  return formatNumber(value, language, 3);
}
