/**
 * Number formatting shared by every human-readable renderer, so that a value reads the
 * same in every format. Swedish: decimal comma, space between thousands.
 */
import type { Language } from '../i18n/messages.js';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(language: Language, digits: number): Intl.NumberFormat {
  const key = `${language}:${digits}`;
  let found = formatters.get(key);
  if (!found) {
    // useGrouping with a plain space: sv-SE's default no-break space and U+2212 minus
    // make copy-pasting into other tools unreliable.
    found = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, found);
  }
  return found;
}

/** A number with a fixed number of decimals in the language's style. */
export function formatNumber(value: number, language: Language, digits = 0): string {
  return formatter(language, digits).format(value).replace(/\u2212/g, '-').replace(/[\u00a0\u202f]/g, ' ');
}

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
