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
export type LineEnding = 'crlf' | 'lf' | 'cr' | 'mixed';

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

/**
 * Counts the fields of one line for a delimiter, honouring double quotes. A quote opens
 * a quoted field only at the start of a field, as in CSV: a stray quote inside a name
 * (`al"der`) must not swallow the delimiters after it, or a header would look like a
 * title line and the error would be reported on the wrong line.
 */
export function countFields(line: string, delimiter: string): { fields: number; nonEmpty: number } {
  let fields = 1;
  let nonEmpty = 0;
  let fieldHasText = false;
  let fieldStarted = false;
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quoted) {
      if (char === '"') {
        if (line[index + 1] === '"') index++;
        else quoted = false;
      }
      if (char !== ' ' && char !== '"') fieldHasText = true;
      continue;
    }
    if (char === delimiter) {
      fields++;
      if (fieldHasText) nonEmpty++;
      fieldHasText = false;
      fieldStarted = false;
      continue;
    }
    if (char === '"' && !fieldStarted) quoted = true;
    fieldStarted = true;
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

/** A record of the sample: its text, and the lines it spans as the scanner counts title lines. */
interface SampleRecord {
  readonly text: string;
  readonly lines: number;
}

/**
 * Splits a decoded sample into records: at line ends outside quoted fields, a quote
 * opening a field only at the start of a field (after any candidate delimiter), as
 * countFields reads it. A value with a line break is then one record, not two halves
 * whose field counts would look like title lines. The last, possibly cut, record is
 * dropped when the sample was cut (and one inside a quote never closed).
 */
function sampleRecords(text: string, complete: boolean): SampleRecord[] {
  const records: SampleRecord[] = [];
  let start = 0;
  let lines = 1;
  let quoted = false;
  let fieldStart = true;
  for (let index = 0; index < text.length && records.length <= SNIFF_LINES; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') index++;
        else quoted = false;
      } else if (char === '\n' || char === '\r') lines++;
      continue;
    }
    if (char === '\n' || char === '\r') {
      records.push({ text: text.slice(start, index), lines });
      if (char === '\r' && text[index + 1] === '\n') index++;
      start = index + 1;
      lines = 1;
      fieldStart = true;
      continue;
    }
    if (char === '"' && fieldStart) quoted = true;
    fieldStart = (DELIMITERS as readonly string[]).includes(char);
  }
  // What follows the last line end: a record only when the sample is the whole file.
  if (complete && records.length <= SNIFF_LINES && start < text.length) records.push({ text: text.slice(start), lines });
  while (records.length && records[records.length - 1]!.text === '') records.pop();
  return records.slice(0, SNIFF_LINES);
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

/**
 * How lines end in a sample: one kind, or 'mixed'. A sample cut between the CR and LF of
 * a CRLF ends in a CR that is not a line end of its own.
 */
function guessLineEnding(text: string, complete: boolean): LineEnding {
  const sample = !complete && text.endsWith('\r') ? text.slice(0, -1) : text;
  const crlf = (sample.match(/\r\n/g) ?? []).length;
  const lf = (sample.match(/\n/g) ?? []).length - crlf;
  const cr = (sample.match(/\r/g) ?? []).length - crlf;
  const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
  if (kinds > 1) return 'mixed';
  if (crlf > 0) return 'crlf';
  return cr > 0 ? 'cr' : 'lf';
}

/** Sniffs a sample (the first SNIFF_BYTES of a file). `complete` says the sample is the whole file. */
export function sniff(sample: Uint8Array, complete: boolean, overrides: { encoding?: Encoding; delimiter?: Delimiter } = {}): Sniffed {
  const encoding = overrides.encoding ?? guessEncoding(sample);
  const text = decodeSample(sample, encoding);
  const records = sampleRecords(text, complete);
  const lines = records.map((record) => record.text);
  const delimiter = overrides.delimiter ?? guessDelimiter(lines);
  // Title lines are lines, not records: a quoted line break above the header counts.
  const headerIndex = guessTitleLines(lines, delimiter);
  const titleLines = records.slice(0, headerIndex).reduce((sum, record) => sum + record.lines, 0);
  return {
    bom: hasUtf8Bom(sample),
    encoding,
    delimiter,
    lineEnding: guessLineEnding(text, complete),
    titleLines,
  };
}
