/**
 * Wide by sex: a table whose sexes stand in the column names (`Kvinnor;Män`,
 * `Flickor;Pojkar;Totalt`, `antal_kvinnor;antal_man`, `Aktualiseringar flickor`) rather
 * than in a column of their own. Pure: it reads header names only.
 */

export interface WideSexColumns {
  readonly female: readonly string[];
  readonly male: readonly string[];
  /** Columns holding the sum of the sexes (Totalt, Samtliga, Båda könen…). */
  readonly total: readonly string[];
}

const FEMALE_WORDS = new Set(['kvinnor', 'kvinna', 'flickor', 'flicka', 'women', 'woman', 'female', 'females', 'girls']);
const MALE_WORDS = new Set(['män', 'man', 'pojkar', 'pojke', 'men', 'male', 'males', 'boys']);
const TOTAL_WORDS = new Set(['totalt', 'total', 'samtliga', 'alla', 'all', 'summa']);

/** The words of a column name: split at spaces, underscores and hyphens, lower-cased. */
const words = (name: string): string[] => name.toLowerCase().split(/[\s_\-–]+/u).filter((word) => word !== '');

/** The sex a column name stands for, when its first or last word names one. */
function sexOfName(name: string): 'female' | 'male' | 'total' | null {
  if (/båda könen/iu.test(name)) return 'total';
  const parts = words(name);
  if (parts.length === 0) return null;
  // Only the first or last word counts: "Antal kvinnor", "Kvinnor antal", "antal_man";
  // a sex word in the middle of a longer name is more likely part of a phrase.
  const ends = parts.length === 1 ? [parts[0]!] : [parts[0]!, parts[parts.length - 1]!];
  if (ends.some((word) => FEMALE_WORDS.has(word))) return 'female';
  if (ends.some((word) => MALE_WORDS.has(word))) return 'male';
  if (ends.some((word) => TOTAL_WORDS.has(word))) return 'total';
  return null;
}

/**
 * The columns whose names say a sex, when at least one names women or girls and one names
 * men or boys; else null. Total columns are listed only beside such a pair.
 */
export function findWideSexColumns(names: readonly string[]): WideSexColumns | null {
  const female: string[] = [];
  const male: string[] = [];
  const total: string[] = [];
  for (const name of names) {
    const sex = sexOfName(name);
    if (sex === 'female') female.push(name);
    else if (sex === 'male') male.push(name);
    else if (sex === 'total') total.push(name);
  }
  return female.length > 0 && male.length > 0 ? { female, male, total } : null;
}
