/**
 * Where `init` proposes to read sex: a sex column (with the codes jamstat knows, or with
 * codes it maps explicitly such as Kv/M, or with a total beside the sexes such as
 * Båda könen, Totalt, Samtliga or Kolada's T), number codes 1/2 in a column named Kön,
 * a personnummer column, or sexes in column names (wide by sex, inspect/layouts.ts).
 * Pure: it reads the inspect report's column profiles.
 */
import type { ColumnProfile } from '../inspect/inspect.js';
import { detectWideSex, type WideSexLayout } from '../inspect/layouts.js';
import { DEFAULT_SEX_VALUES } from '../config/defaults.js';

export type ProposedSex =
  | {
      readonly kind: 'column';
      readonly column: string;
      readonly numericCodes: boolean;
      /** An explicit mapping of the column's values to female and male, when the defaults do not cover them or a total is beside them. */
      readonly values: ReadonlyMap<string, 'female' | 'male'> | null;
      /** Values that stand for both sexes together: left out of `values`, so never counted as a sex. */
      readonly totals: readonly string[];
    }
  | { readonly kind: 'personnummer'; readonly column: string }
  | { readonly kind: 'wide'; readonly layout: WideSexLayout }
  | null;

const SEX_NAME = /^(kön|kon|sex|gender|kjønn|køn)$/iu;
/** Codes beyond jamstat's defaults that published tables use for the sexes. */
const MORE_CODES: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ['kv', 'female'],
  ['kvinnor', 'female'],
  ['women', 'female'],
  ['woman', 'female'],
  ['girls', 'female'],
  ['men', 'male'],
  ['boys', 'male'],
  ['2', 'female'],
  ['1', 'male'],
]);
/** A value standing for both sexes: "Båda könen", "Totalt", "Samtliga", SCB's "totalt, samtliga män och kvinnor", "1+2". */
const TOTAL_VALUE = /^(båda könen|totalt|total|samtliga|alla|all|summa|both sexes|1\+2)\b/iu;
const MOST_SEX_VALUES = 6;

const valuesOf = (column: ColumnProfile): string[] => column.top.map((entry) => entry.value);

/** What a single value of a sex column stands for, or null when it is none of the known codes. */
function readValue(value: string, hasKCode: boolean, numeric: boolean): 'female' | 'male' | 'total' | null {
  const lower = value.trim().toLowerCase();
  if (TOTAL_VALUE.test(lower)) return 'total';
  // Kolada writes T (totalt) beside K and M; alone, T means nothing.
  if (lower === 't' && hasKCode) return 'total';
  if (/^\d+$/.test(lower) && !numeric) return null;
  return DEFAULT_SEX_VALUES.get(lower) ?? MORE_CODES.get(lower) ?? null;
}

/** The sex column with an explicit mapping, when every value is a sex or a total and both sexes occur. */
function mappedSexColumn(column: ColumnProfile): ProposedSex {
  if (column.distinctCapped || column.distinct < 2 || column.distinct > MOST_SEX_VALUES) return null;
  const seen = valuesOf(column);
  const lower = seen.map((value) => value.toLowerCase());
  const numeric = seen.every((value) => /^(\d+|\d\+\d)$/.test(value) || TOTAL_VALUE.test(value));
  // Number codes are ambiguous: only in a column named for sex (SCB: 1 = man, 2 = kvinna).
  if (numeric && !SEX_NAME.test(column.name)) return null;
  const hasKCode = lower.includes('k') || lower.includes('kv');
  const readings = seen.map((value) => readValue(value, hasKCode, numeric));
  if (!readings.includes('female') || !readings.includes('male')) return null;
  // Other values (Annat, Okänt) are left unmapped, and so counted as other sex, only in a
  // column that is plainly a sex column; elsewhere they mean the column is something else.
  if (readings.includes(null) && (numeric || !(SEX_NAME.test(column.name) || column.role === 'sex'))) return null;
  const totals = seen.filter((_, index) => readings[index] === 'total');
  const sexCodes = seen.filter((_, index) => readings[index] === 'female' || readings[index] === 'male');
  const explicit = numeric || totals.length > 0 || sexCodes.some((value) => !DEFAULT_SEX_VALUES.has(value.toLowerCase()));
  const values = new Map<string, 'female' | 'male'>();
  seen.forEach((value, index) => {
    const reading = readings[index];
    if (reading === 'female' || reading === 'male') values.set(value, reading);
  });
  return { kind: 'column', column: column.name, numericCodes: numeric, values: explicit ? values : null, totals };
}

/** Proposes where sex is read, or null when nothing in the extract says a sex. */
export function proposeSex(columns: readonly ColumnProfile[]): ProposedSex {
  // A column named for sex first, so that a two-valued K/M outcome elsewhere is not taken for sex.
  const named = columns.filter((column) => SEX_NAME.test(column.name));
  for (const column of [...named, ...columns.filter((column) => !named.includes(column))]) {
    const mapped = mappedSexColumn(column);
    if (mapped) return mapped;
    if (column.role === 'sex') return { kind: 'column', column: column.name, numericCodes: false, values: null, totals: [] };
  }
  const personnummer = columns.find((column) => column.role === 'personnummer');
  if (personnummer) return { kind: 'personnummer', column: personnummer.name };
  const wide = detectWideSex(columns.filter((column) => column.role !== 'empty').map((column) => column.name));
  return wide ? { kind: 'wide', layout: wide } : null;
}
