/**
 * JSON text in chunks: the same characters as JSON.stringify(value, null, 2), produced a
 * chunk at a time, so that a large report is written without its whole text (and a UTF-8
 * copy of it) in memory at once. At 1 M rows the JSON report is about 2 M characters, held
 * as 4 MB (a two-byte string when any character is beyond Latin-1), then copied again by
 * the final newline and by its UTF-8 bytes: about 10 MB at the run's memory peak.
 */

/** The indentation JSON.stringify(value, null, 2) adds per level. */
const INDENT = '  ';

/**
 * Levels of plain objects and arrays walked here; below them each value is one
 * JSON.stringify call (fast, and small: a report's results are its third level).
 */
const WALKED_LEVELS = 3;

/** Characters gathered before a chunk is given out. */
export const JSON_CHUNK_CHARS = 1 << 16;

/** A plain object or array that JSON.stringify would walk itself (no toJSON of its own). */
function isWalked(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  return Object.getPrototypeOf(value) === Object.prototype && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** JSON.stringify(value, null, 2) of a value written at `indent`, or undefined where JSON leaves the value out. */
function leaf(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  // A raw line break never stands inside a JSON string (it is escaped), so every one here is indentation.
  return text === undefined || indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/** The pieces of `value`'s JSON text at `indent` (undefined pieces never: a left-out value is the caller's concern). */
function* pieces(value: Record<string, unknown> | unknown[], indent: string, level: number): Generator<string> {
  const inner = indent + INDENT;
  const open = Array.isArray(value) ? '[' : '{';
  const close = Array.isArray(value) ? ']' : '}';
  let written = 0;
  const entries: Iterable<[string | null, unknown]> = Array.isArray(value)
    ? Array.from(value, (item): [null, unknown] => [null, item])
    : Object.keys(value).map((key): [string, unknown] => [key, value[key]]);
  for (const [key, item] of entries) {
    const walked = level + 1 < WALKED_LEVELS && isWalked(item);
    const text = walked ? null : leaf(item, inner);
    // JSON leaves out an object's undefined, function and symbol values, and writes them as null in an array.
    if (text === undefined && key !== null) continue;
    const name = key === null ? '' : `${JSON.stringify(key)}: `;
    yield `${written === 0 ? open : ','}\n${inner}${name}`;
    written++;
    if (walked) yield* pieces(item as Record<string, unknown> | unknown[], inner, level + 1);
    else yield text ?? 'null';
  }
  yield written === 0 ? `${open}${close}` : `\n${indent}${close}`;
}

/**
 * The text of JSON.stringify(value, null, 2) in chunks of about JSON_CHUNK_CHARS
 * characters (more when one value's text is longer). A chunk never splits a character,
 * nor a JSON token. Not for a value that is not an object or array at the top (its
 * text is one chunk anyway: JSON.stringify(value, null, 2) itself).
 */
export function* jsonChunks(value: unknown, chunkChars = JSON_CHUNK_CHARS): Generator<string> {
  if (!isWalked(value)) {
    const text = leaf(value, '');
    if (text !== undefined) yield text;
    return;
  }
  let gathered: string[] = [];
  let length = 0;
  for (const piece of pieces(value, '', 0)) {
    gathered.push(piece);
    length += piece.length;
    if (length >= chunkChars) {
      yield gathered.join('');
      gathered = [];
      length = 0;
    }
  }
  if (length > 0) yield gathered.join('');
}
