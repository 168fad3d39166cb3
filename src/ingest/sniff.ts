/**
 * Looks at the first bytes of an extract and guesses how to read it: encoding,
 * delimiter, line ends and how many title lines stand above the header. Each guess
 * can be overridden by the caller.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'windows-1252';
export type EncodingGuess = Encoding | 'ascii';
export type Delimiter = ';' | ',' | '\t';
export type LineEnding = 'crlf' | 'lf' | 'mixed';

export const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];
export const SNIFF_BYTES = 64 * 1024;
const SNIFF_LINES = 60;

export interface Sniffed {
  readonly bom: boolean;
  /** 'ascii' when the sampled bytes are all ASCII: decided at the first non-ASCII byte. */
  readonly encoding: EncodingGuess;
  readonly delimiter: Delimiter;
  readonly lineEnding: LineEnding;
  /** Lines above the header (title lines), detected when their shape differs from the data. */
  readonly titleLines: number;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** True when the buffer starts with a UTF-8 byte order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** True when bytes are valid UTF-8, ignoring a sequence cut off at the end of the sample. */
export function isUtf8Prefix(bytes: Uint8Array): boolean {
  for (let cut = 0; cut <= 3 && cut < bytes.length; cut++) {
    if (isUtf8(bytes.subarray(0, bytes.length - cut))) return true;
  }
  return bytes.length === 0;
}

function firstNonAscii(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; index++) if (bytes[index]! >= 0x80) return index;
  return -1;
}

/** Guesses the encoding of a sample: BOM, then UTF-8 validity, else Windows-1252. */
export function guessEncoding(sample: Uint8Array): EncodingGuess {
  if (hasUtf8Bom(sample)) return 'utf-8';
  if (firstNonAscii(sample) < 0) return 'ascii';
  return isUtf8Prefix(sample) ? 'utf-8' : 'windows-1252';
}

/** Decodes a sample for sniffing; the scanner checks and decodes the whole file (encoding.ts). */
export function decodeSample(sample: Uint8Array, encoding: EncodingGuess): string {
  const body = hasUtf8Bom(sample) ? sample.subarray(UTF8_BOM.length) : sample;
  if (encoding === 'windows-1252') return iconv.decode(Buffer.from(body), 'windows-1252');
  return Buffer.from(body).toString('utf8');
}

/** Counts the fields of one line for a delimiter, honouring double quotes. */
export function countFields(line: string, delimiter: string): { fields: number; nonEmpty: number } {
  let fields = 1;
  let nonEmpty = 0;
  let fieldHasText = false;
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) {
      fields++;
      if (fieldHasText) nonEmpty++;
      fieldHasText = false;
      continue;
    }
    if (char !== ' ' && char !== '"') fieldHasText = true;
  }
  if (fieldHasText) nonEmpty++;
  return { fields, nonEmpty };
}

function modeOf(values: readonly number[]): { value: number; share: number } {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return { value: best, share: values.length ? bestCount / values.length : 0 };
}

/** Splits a decoded sample into complete lines (the last, possibly cut, line is dropped when the sample was cut). */
function sampleLines(text: string, complete: boolean): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (!complete) lines.pop();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.slice(0, SNIFF_LINES);
}

/**
 * Picks the delimiter whose field count is most consistent over the data lines and
 * above one; ties go to ';' then ',' then tab, the order of Swedish exports.
 */
export function guessDelimiter(lines: readonly string[]): Delimiter {
  let best: Delimiter = ';';
  let bestScore = -1;
  const data = lines.slice(Math.min(3, Math.max(0, lines.length - 2)));
  for (const delimiter of DELIMITERS) {
    const counts = data.map((line) => countFields(line, delimiter).fields);
    const mode = modeOf(counts);
    const score = mode.value > 1 ? mode.share * 1000 + Math.min(mode.value, 999) / 1000 : -1;
    if (score > bestScore + 1e-9) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Finds the header: the first line shaped like the data lines (same field count,
 * mostly filled); lines above it are title lines.
 */
export function guessTitleLines(lines: readonly string[], delimiter: Delimiter): number {
  if (lines.length < 2) return 0;
  const shapes = lines.map((line) => countFields(line, delimiter));
  const dataMode = modeOf(shapes.slice(Math.min(3, lines.length - 1)).map((shape) => shape.fields)).value;
  if (dataMode < 2) return 0;
  const index = shapes.findIndex((shape) => shape.fields === dataMode && shape.nonEmpty >= Math.max(2, Math.ceil(dataMode / 2)));
  return index < 0 ? 0 : index;
}

function guessLineEnding(text: string): LineEnding {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  if (crlf > 0 && lf > 0) return 'mixed';
  return crlf > 0 ? 'crlf' : 'lf';
}

/** Sniffs a sample (the first SNIFF_BYTES of a file). `complete` says the sample is the whole file. */
export function sniff(sample: Uint8Array, complete: boolean, overrides: { encoding?: Encoding; delimiter?: Delimiter } = {}): Sniffed {
  const encoding = overrides.encoding ?? guessEncoding(sample);
  const text = decodeSample(sample, encoding);
  const lines = sampleLines(text, complete);
  const delimiter = overrides.delimiter ?? guessDelimiter(lines);
  return {
    bom: hasUtf8Bom(sample),
    encoding,
    delimiter,
    lineEnding: guessLineEnding(text),
    titleLines: guessTitleLines(lines, delimiter),
  };
}
