/**
 * What the bytes of an extract mean in its encoding. The scanner never decodes a whole
 * block: it checks each block as it is read (valid UTF-8, or none of the five bytes
 * Windows-1252 leaves undefined) and decodes only the cells it hands over.
 *
 * iconv-lite rather than Node's TextDecoder('windows-1252'): Node 20.18.3 and later
 * decode that label as Latin-1, so 0x80–0x9F (€, ’, –, …) would come out as control
 * characters (nodejs/node#60888, #56542).
 */
import iconv from 'iconv-lite';
import type { EncodingGuess } from './sniff.js';

/** Bytes with no character in Windows-1252 (iconv-lite would read them as U+FFFD). */
export const UNDEFINED_IN_WINDOWS_1252: readonly number[] = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/** Position of the first byte that does not start or continue valid UTF-8 (error path only). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // A lenient decode replaces the first bad byte by U+FFFD; the UTF-8 length of the text
  // before it is that byte's offset.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const at = text.indexOf('\uFFFD');
  return at < 0 ? bytes.length : Buffer.byteLength(text.slice(0, at), 'utf8');
}

/** Up to three bytes from `offset`, as a message shows them: 0xE5 0x3B 0x0A. */
export function formatBytes(bytes: Uint8Array, offset: number): string {
  return Array.from(bytes.subarray(offset, offset + 3), (byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}

/** The number of bytes at the end of `bytes` that are a valid start of an unfinished UTF-8 character. */
export function unfinishedUtf8Tail(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(3, length); back++) {
    const lead = bytes[length - back]!;
    if (lead < 0x80) return 0;
    if (lead < 0xc0) continue;
    const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (back >= needed || lead < 0xc2 || lead > 0xf4) return 0;
    // The second byte's range depends on the lead (no overlong forms, surrogates or code points past U+10FFFF).
    if (back >= 2) {
      const second = bytes[length - back + 1]!;
      const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
      const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) return 0;
    }
    return back;
  }
  return 0;
}

/** The text of bytes[start, end) in the file's encoding ('ascii' reads as UTF-8: the bytes are ASCII). */
export function decodeBytes(bytes: Buffer, start: number, end: number, encoding: EncodingGuess): string {
  if (encoding === 'windows-1252') {
    for (let at = start; at < end; at++) if (bytes[at]! >= 0x80) return iconv.decode(bytes.subarray(start, end), 'windows-1252');
    return bytes.toString('latin1', start, end);
  }
  return bytes.toString('utf8', start, end);
}
