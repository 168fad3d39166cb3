/**
 * Streaming decoders for extracts: UTF-8 (a BOM is dropped), Windows-1252, and an
 * automatic one for files whose start is plain ASCII, which chooses at the first
 * non-ASCII byte. Up to that byte both encodings read the same, so the choice is exact
 * and the file is still read once.
 */
import iconv from 'iconv-lite';
import { isUtf8Prefix, type Encoding, type EncodingGuess } from './sniff.js';

/** Raised for bytes the chosen encoding cannot read; `offset` is within the chunk. */
export class DecodeFailure extends Error {
  constructor(readonly reason: 'invalid-utf8' | 'invalid-encoding-bytes', readonly offset: number, readonly bytes: string) {
    super(reason);
  }
}

/** Bytes with no character in Windows-1252; iconv-lite reads them as U+FFFD. */
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export interface ChunkDecoder {
  decode(chunk: Buffer): string;
  flush(): string;
  /** The encoding in use; 'ascii' until a non-ASCII byte has been seen. */
  readonly encoding: EncodingGuess;
}

/** Position of the first byte that does not start or continue valid UTF-8 (error path only). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // A lenient decode replaces the first bad byte by U+FFFD; the UTF-8 length of the text
  // before it is that byte's offset.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  const at = text.indexOf('\uFFFD');
  return at < 0 ? bytes.length : Buffer.byteLength(text.slice(0, at), 'utf8');
}

function formatBytes(bytes: Uint8Array, offset: number): string {
  return Array.from(bytes.subarray(offset, offset + 3), (byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}

class Utf8Decoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  decode(chunk: Buffer, final = false): string {
    try {
      return this.decoder.decode(chunk, { stream: !final });
    } catch {
      const offset = firstInvalidUtf8Offset(chunk);
      throw new DecodeFailure('invalid-utf8', offset, formatBytes(chunk, offset));
    }
  }
}

/**
 * iconv-lite rather than Node's TextDecoder('windows-1252'): Node 20.18.3 and later (this
 * machine's 20.20.2 too) decode that label as Latin-1, so 0x80–0x9F (€, ’, –, …) come out
 * as control characters (nodejs/node#60888, #56542).
 */
class Windows1252Decoder {
  private readonly decoder = iconv.getDecoder('windows-1252');
  decode(chunk: Buffer): string {
    const text = this.decoder.write(chunk);
    if (text.includes('\uFFFD')) {
      const offset = chunk.findIndex((byte) => UNDEFINED_IN_WINDOWS_1252.has(byte));
      if (offset >= 0) throw new DecodeFailure('invalid-encoding-bytes', offset, formatBytes(chunk, offset));
    }
    return text;
  }
}

/** Makes the decoder for a file's encoding (or 'ascii' for the automatic one). */
export function createDecoder(start: EncodingGuess): ChunkDecoder {
  let encoding: EncodingGuess = start;
  let utf8: Utf8Decoder | null = start === 'utf-8' ? new Utf8Decoder() : null;
  let windows: Windows1252Decoder | null = start === 'windows-1252' ? new Windows1252Decoder() : null;
  return {
    get encoding() {
      return encoding;
    },
    decode(chunk: Buffer): string {
      if (encoding === 'ascii') {
        const offset = chunk.findIndex((byte) => byte >= 0x80);
        if (offset < 0) return chunk.toString('latin1');
        encoding = isUtf8Prefix(chunk.subarray(offset, offset + 4096)) ? 'utf-8' : 'windows-1252';
        if (encoding === 'utf-8') utf8 = new Utf8Decoder();
        else windows = new Windows1252Decoder();
      }
      return utf8 ? utf8.decode(chunk) : windows!.decode(chunk);
    },
    flush(): string {
      return utf8 ? utf8.decode(Buffer.alloc(0), true) : '';
    },
  };
}

export type { Encoding };
