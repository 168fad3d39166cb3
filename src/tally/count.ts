/**
 * Reading a count cell of an aggregated extract (the `count:` column, and every other
 * column that holds counts: a funnel's `of`/`yes`, a wide table's sex columns, the
 * population file). One reader, so every count column reads the same way:
 *
 * - a non-negative whole number, written the Swedish way or not: digit groups of three
 *   split by a space, a no-break space (U+00A0), a narrow no-break space (U+202F) or a
 *   thin space (U+2009), "1 234", and a decimal part of zeros, "1 234,0", "12,00";
 * - "." between digit groups ("1.234", "12.345.678") is a thousands separator only in
 *   that exact shape: a first group of 1–3 digits that does not start with 0, then
 *   groups of exactly three. Any other "." is a decimal point ("12.5", "0.351"). A
 *   column that writes both "1.234" and a dot decimal ("3.0") mixes conventions; the
 *   analysis refuses it after the pass (countColumnFindings);
 * - a marker of Swedish official statistics (`markers:`): hidden ("..", "...", "x"),
 *   zero ("-", "–", "—") or not applicable (".");
 * - a number with a non-zero decimal part ("12,5", "0,35", "1112,37") is no count: it is
 *   a rate, a share or a mean, and the column is the wrong one. The caller refuses it
 *   (exit 2, naming file, line and column: countCode does).
 */
import type { MarkersConfig } from '../config/types.js';
import { InputError } from '../errors.js';

/** What a count cell holds. */
export type CountCell =
  /** A count; `marker` is the zero marker it was written as (null for digits). */
  | { readonly kind: 'count'; readonly value: number; readonly marker: string | null }
  /** Hidden or unavailable in the source (`markers.hidden`). */
  | { readonly kind: 'hidden'; readonly marker: string }
  /** Cannot occur (`markers.notApplicable`). */
  | { readonly kind: 'not-applicable'; readonly marker: string }
  /** Not a count: what it looks like. */
  | { readonly kind: 'invalid'; readonly looksLike: CountLooksLike };

/**
 * What a cell that is no count looks like: a number with a decimal part below 1 (a
 * share) or from 1 (a rate or a mean), a negative number, a number too large to be a
 * count, empty, or text.
 */
export type CountLooksLike = 'share' | 'rate' | 'negative' | 'too-large' | 'blank' | 'text';

const SEPARATOR = '[ \\u00a0\\u202f\\u2009]';
/** Whole part (spaced groups | dotted groups | plain digits), then an optional decimal part. */
const NUMBER = new RegExp(`^(?:(\\d{1,3}(?:${SEPARATOR}\\d{3})+)|([1-9]\\d{0,2}(?:\\.\\d{3})+)|(\\d+))(?:([.,])(\\d+))?$`);
const SEPARATORS = new RegExp(SEPARATOR, 'g');

/** A cell read as a number: its value and how it was written (null when it is not a number). */
interface NumberShape {
  readonly value: number;
  /** The decimal part is all zeros (or there is none). */
  readonly whole: boolean;
  readonly decimals: boolean;
  readonly dotThousands: boolean;
  readonly dotDecimal: boolean;
}

function numberShape(text: string): NumberShape | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  const [, spaced, dotted, plain, point, decimals] = match;
  const digits = spaced !== undefined ? spaced.replace(SEPARATORS, '') : dotted !== undefined ? dotted.replaceAll('.', '') : plain!;
  const whole = decimals === undefined || /^0+$/.test(decimals);
  const value = whole ? Number(digits) : Number(`${digits}.${decimals}`);
  return { value, whole, decimals: decimals !== undefined, dotThousands: dotted !== undefined, dotDecimal: point === '.' };
}

/** The count a cell holds, or null when it is not a non-negative whole number (markers are not read here). */
export function parseCount(raw: string): number | null {
  const shape = numberShape(raw.trim());
  if (shape === null || !shape.whole) return null;
  return Number.isSafeInteger(shape.value) ? shape.value : null;
}

/** What a cell that is neither a count nor a marker looks like. */
function looksLike(text: string): CountLooksLike {
  if (text === '') return 'blank';
  const negative = text.startsWith('-') || text.startsWith('\u2212');
  const shape = numberShape(negative ? text.slice(1).trim() : text);
  if (shape === null) return 'text';
  if (negative) return 'negative';
  if (!shape.whole) return shape.value < 1 ? 'share' : 'rate';
  return 'too-large';
}

/** Reads count cells with one set of markers (compiled once: lists compared trimmed, case-insensitively). */
export class CountCellReader {
  private readonly hidden: ReadonlyMap<string, string>;
  private readonly zero: ReadonlyMap<string, string>;
  private readonly notApplicable: ReadonlyMap<string, string>;

  constructor(markers: MarkersConfig) {
    const byKey = (list: readonly string[]) => new Map(list.map((marker) => [marker.trim().toLowerCase(), marker.trim()]));
    this.hidden = byKey(markers.hidden);
    this.zero = byKey(markers.zero);
    this.notApplicable = byKey(markers.notApplicable);
  }

  /** What the cell holds (see CountCell). Digits are tried first: they are nearly every cell. */
  read(raw: string): CountCell {
    const value = parseCount(raw);
    if (value !== null) return { kind: 'count', value, marker: null };
    const text = raw.trim();
    const key = text.toLowerCase();
    const zero = this.zero.get(key);
    if (zero !== undefined) return { kind: 'count', value: 0, marker: zero };
    const hidden = this.hidden.get(key);
    if (hidden !== undefined) return { kind: 'hidden', marker: hidden };
    const notApplicable = this.notApplicable.get(key);
    if (notApplicable !== undefined) return { kind: 'not-applicable', marker: notApplicable };
    return { kind: 'invalid', looksLike: looksLike(text) };
  }
}

/** `countCode` of a cell that is no count (the row is excluded, invalid-count). */
export const INVALID_COUNT = -1;
/** `countCode` of a hidden cell (the row is excluded, hidden-in-source). */
export const HIDDEN_COUNT = -2;
/** `countCode` of a not-applicable cell (the row is excluded, not-applicable). */
export const NOT_APPLICABLE_COUNT = -3;

/** Where a count cell is, for the error that refuses a non-whole number. */
export interface CountPlace {
  readonly file: string;
  readonly line: number;
  /** The column's name and its 1-based position. */
  readonly column: string;
  readonly position: number;
}

/**
 * A count cell as one number, for the tally's cached row functions: the count (≥ 0), or
 * INVALID_COUNT, HIDDEN_COUNT, NOT_APPLICABLE_COUNT. A number with a decimal part that
 * is not zero throws an InputError (`count-not-whole`, exit 2) naming the place.
 */
export function countCode(reader: CountCellReader, raw: string, place: CountPlace): number {
  const cell = reader.read(raw);
  switch (cell.kind) {
    case 'count':
      return cell.value;
    case 'hidden':
      return HIDDEN_COUNT;
    case 'not-applicable':
      return NOT_APPLICABLE_COUNT;
    case 'invalid':
      if (cell.looksLike === 'share' || cell.looksLike === 'rate') {
        throw new InputError(
          'count-not-whole',
          { column: place.column, value: raw.trim(), looksLike: cell.looksLike },
          { file: place.file, line: place.line, column: place.position },
        );
      }
      return INVALID_COUNT;
  }
}

/** What the distinct cells of a count column show about the column as a whole. */
export interface CountColumnFindings {
  /**
   * More than half of the distinct numbers are written with a decimal part of zeros
   * ("1112,00"): counts are rarely written so; rates per 100 000 and shares rounded to
   * whole numbers are. An example cell, or null.
   */
  readonly writtenWithDecimals: string | null;
  /** A cell read with "." as thousands separator and one with "." as decimal point: the column mixes conventions. */
  readonly dotConflict: { readonly thousands: string; readonly decimal: string } | null;
}

/**
 * Checks a count column's distinct cells (the tally's value table: per distinct cell,
 * never per row) for what no single cell shows.
 */
export function countColumnFindings(cells: readonly string[]): CountColumnFindings {
  let numbers = 0;
  let withDecimals = 0;
  let decimalExample: string | null = null;
  let thousands: string | null = null;
  let decimal: string | null = null;
  for (const raw of cells) {
    const text = raw.trim();
    const shape = numberShape(text);
    if (shape === null) continue;
    numbers++;
    if (shape.decimals) {
      withDecimals++;
      decimalExample ??= text;
    }
    if (shape.dotThousands) thousands ??= text;
    if (shape.dotDecimal && !shape.dotThousands) decimal ??= text;
  }
  return {
    writtenWithDecimals: numbers > 0 && withDecimals * 2 > numbers ? decimalExample : null,
    dotConflict: thousands !== null && decimal !== null ? { thousands, decimal } : null,
  };
}
