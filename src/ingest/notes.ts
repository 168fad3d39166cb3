/**
 * Notes below a published table: the lines after the data that say where the numbers
 * come from and what they mean (`Källa: SCB`, `Anm. …`, `* Preliminära uppgifter`). They
 * are text, not rows: the scanner (scanner.ts handOverRow) holds a note-shaped line
 * until it knows what follows it, and only lines that no data row follows are notes.
 */
import { maskPersonnummer } from './personnummer.js';

/** How notes begin in Swedish and English statistics (compared lower-cased, at the start of the first non-blank cell). */
export const NOTE_PREFIXES: readonly string[] = [
  'källa:',
  'källa ',
  'källor:',
  'anm.',
  'anm:',
  'anmärkning',
  'fotnot',
  'not:',
  'not ',
  'noter:',
  'kommentar',
  'uppgifterna',
  'source:',
  'sources:',
  'note:',
  'notes:',
  '*',
];

/** Note-shaped lines held at most while waiting for what follows; more are handed over as rows. */
export const MAX_PENDING_NOTES = 100;

/** Longest note text kept (characters); a longer note is cut with "…". */
const MAX_NOTE_CHARS = 300;

/** A cell that is a number (a count, a rate, a year), not words (\u2212: the minus sign; docs/build.md says why it is escaped). */
const NUMERIC = /^[-+\u2212]?[\d\s\u00a0\u202f.,]*\d[\d\s\u00a0\u202f.,]*%?$/;

/** True when a cell begins as a note does (Källa:, Anm., Fotnot, Not:, Source:, `*` …). */
export function startsLikeNote(cell: string): boolean {
  const lower = cell.trimStart().toLowerCase();
  return NOTE_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * Whether a record below the header (trailing blank fields dropped, as shapeRecord drops
 * them) is shaped like a note: its first non-blank cell begins as a note does, or it
 * holds one cell of two or more words and nothing else (short, or padded to the header's width as
 * Excel pads it). A short line of several cells is more likely a row missing a field,
 * and an all-blank record is not a note (the caller decides).
 */
export function isNoteShaped(fields: readonly string[], columns: number): boolean {
  const filled = fields.map((field) => field.trim()).filter((field) => field !== '');
  if (filled.length === 0) return false;
  if (startsLikeNote(filled[0]!)) return true;
  // One word alone ("Flicka", "Bromma") is more likely a case row with blank cells than a note: a note without a
  // note's opening is a sentence, at least two words.
  return filled.length === 1 && !NUMERIC.test(filled[0]!) && /\S\s+\S/.test(filled[0]!) && (fields.length < columns || columns > 1);
}

/** The text of a note: its non-blank cells joined by a space, personnummer masked, cut at MAX_NOTE_CHARS. */
export function noteText(fields: readonly string[]): string {
  const text = maskPersonnummer(
    fields
      .map((field) => field.trim())
      .filter((field) => field !== '')
      .join(' '),
  );
  return text.length > MAX_NOTE_CHARS ? `${text.slice(0, MAX_NOTE_CHARS - 1)}…` : text;
}

/** The first words of a note (at most `words`), for a one-line notice. */
export function firstWords(note: string, words = 4): string {
  const parts = note.split(/\s+/).filter(Boolean);
  return parts.length > words ? `${parts.slice(0, words).join(' ')} …` : parts.join(' ');
}
