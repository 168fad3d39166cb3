/**
 * Numbers in the language's style, shared by the catalogue's texts and every
 * human-readable renderer so that a value reads the same everywhere. Swedish: decimal
 * comma, space between thousands.
 */
import type { Language } from '../messages/languages.js';

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
