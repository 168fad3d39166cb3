/**
 * Finding the column of one sex in a table wide by sex. `sex.columns` names the sexes'
 * columns by the word they carry (Flickor, Pojkar, Totalt, kvinnor…). A step with an
 * outcome condition reads a count per sex: the column named exactly by the word. A
 * funnel step reads two measures (its `of` and `yes`), each one column per sex: the
 * column whose name joins the measure M and the sex word S as "M S", "M_S", "S M",
 * "S_M" or "M (S)", compared without regard to case or repeated spaces
 * ("Aktualiseringar flickor", "antal_kvinnor", "kvinnor_antal").
 */
import { ConfigError } from '../errors.js';
import type { ColumnResolver } from './columns.js';

/** A column name as compared: trimmed, lower case, runs of spaces as one. */
function comparable(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** The names a column of measure `measure` for sex word `sex` may have, as compared. */
export function wideColumnNames(measure: string, sex: string): string[] {
  const m = measure.trim();
  const s = sex.trim();
  return [`${m} ${s}`, `${m}_${s}`, `${s} ${m}`, `${s}_${m}`, `${m} (${s})`].map(comparable);
}

/**
 * The index of the column holding `measure` for the sex word `sex` (`measure` null: the
 * column named `sex` itself). No such column is the usual missing-column error, with the
 * nearest name; more than one is an error naming them, as either could be meant.
 */
export function wideColumnIndex(columns: ColumnResolver, measure: string | null, sex: string, keyPath: string): number {
  if (measure === null) return columns.index(sex, keyPath);
  const wanted = new Set(wideColumnNames(measure, sex));
  const found = columns.header.flatMap((name, index) => (wanted.has(comparable(name)) ? [index] : []));
  if (found.length === 1) return found[0]!;
  if (found.length === 0) return columns.index(`${measure.trim()} ${sex.trim()}`, keyPath);
  throw new ConfigError(
    'wide-column-ambiguous',
    { measure, sexColumn: sex, columns: found.map((index) => `"${columns.header[index]}"`).join(', ') },
    keyPath,
    { file: columns.configSource },
  );
}
