/**
 * Text from the data (group values, column names, step names, file names) made safe to
 * print on a terminal: every control character is shown as a visible escape instead of
 * being emitted, so a value cannot clear the screen, set the window title, move the
 * cursor or add a fake line to a table. The forms, one per character, readable and
 * documented in the README (Personal data and safety › Control characters):
 *
 * - `\n`, `\r`, `\t` for line feed, carriage return and tab;
 * - `\e` for escape (ESC, U+001B), the start of every terminal sequence;
 * - `\xHH` for the other C0 characters (U+0000–U+001F) and DEL (U+007F), e.g. `\x07` for BEL;
 * - `\uHHHH` for the C1 characters (U+0080–U+009F), e.g. `\u009b` for CSI;
 * - `\uHHHH` for the bidirectional controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069),
 *   which reorder the text after them on screen (a value could make a row read backwards
 *   or hide a number, "Trojan Source"), and for the line and paragraph separators
 *   (U+2028, U+2029), which break the line in some terminals and viewers.
 *
 * The escape is for reading, not for reversing: a backslash already in the data is left
 * as it is (file paths on Windows stay readable).
 */

/** C0 controls, DEL, C1 controls, bidirectional controls and the line/paragraph separators: the characters a terminal may act on. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

function escapeControl(character: string): string {
  const named = NAMED[character];
  if (named) return named;
  const code = character.charCodeAt(0);
  return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character shown as a visible escape (`\e`, `\n`, `\x07`, `\u009b`). */
export function visibleText(text: string): string {
  return text.replace(CONTROL, escapeControl);
}

/**
 * The arguments of a message with every text value (and every text in a list) made
 * visible, before the message's own words and line breaks are put around them.
 */
export function visibleArgs<Args>(args: Args): Args {
  if (args === null || typeof args !== 'object') return args;
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(args as Record<string, unknown>)) {
    if (typeof value === 'string') shown[key] = visibleText(value);
    else if (Array.isArray(value)) shown[key] = value.map((item: unknown) => (typeof item === 'string' ? visibleText(item) : item));
    else shown[key] = value;
  }
  return shown as Args;
}

/** DEL, the C1 controls, the bidirectional controls and U+2028/U+2029: JSON.stringify leaves them raw, though JSON may escape them. */
const LEFT_RAW_BY_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON text with DEL, the C1 controls, the bidirectional controls and the line and
 * paragraph separators written as `\uXXXX` escapes too (JSON.stringify escapes only C0):
 * the same value when parsed, but nothing a terminal acts on when printed.
 * Such characters can stand only inside JSON strings, where the escape is valid.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(LEFT_RAW_BY_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
