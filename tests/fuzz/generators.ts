/**
 * Generators of random extracts for the fuzz tests: CSV-like texts built from the
 * pieces real extracts (and broken ones) are made of, in the encodings extracts come in,
 * with a configuration that fits their header.
 */
import fc from 'fast-check';

/** A configuration for extracts whose header is Kön;Beslut;Insats (and Antal when counted). */
export const FUZZ_CONFIG = `sex: { column: Kön }
steps:
  - name: Utredning
    outcome: { column: Beslut, equals: Ja }
  - name: Insats
    among: { column: Beslut, in: [Ja] }
    outcome: { any: [ { column: Insats, equals: Beviljad }, { column: Insats, empty: true } ] }
`;
export const FUZZ_COUNT_CONFIG = `${FUZZ_CONFIG}count: Antal\n`;

/** Pieces of cells: codes, values, numbers, quotes, delimiters, line ends, odd characters. */
const PIECES = [
  'Flicka', 'Pojke', 'flicka', 'K', 'M', 'Annat', '', ' ', 'Ja', 'Nej', 'Beviljad', 'Avslag', 'Totalt', 'Summa',
  '12', '0', '-3', '2,5', '1 234', '"', '""', ';', ',', '\t', '\r\n', '\n', '\r', 'ö', 'Å', '\u00a0', '€',
  '20160921-2459', '160921-2459', '2024-02-30', '\uFEFF', 'x'.repeat(40),
] as const;

const cell = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });

const HEADERS = ['Kön;Beslut;Insats', 'Kön;Beslut;Insats;Antal', 'Kön,Beslut,Insats', 'Kön\tBeslut\tInsats', '"Kön";"Beslut";"Insats"', 'Kön;Beslut', 'Titel;;\nKön;Beslut;Insats'] as const;

export type FuzzEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface FuzzExtract {
  readonly text: string;
  readonly encoding: FuzzEncoding;
  /** The configuration that fits the header (counted when it has Antal). */
  readonly config: string;
}

/** A CSV-like extract: a header, then up to 40 lines of random cells joined by a random delimiter. */
export const csvLikeExtract: fc.Arbitrary<FuzzExtract> = fc
  .record({
    header: fc.constantFrom(...HEADERS),
    delimiter: fc.constantFrom(';', ';', ';', ',', '\t'),
    lines: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 40 }),
    end: fc.constantFrom('\n', '\r\n', '\r'),
    encoding: fc.constantFrom<FuzzEncoding>('utf-8', 'utf-8-bom', 'windows-1252'),
  })
  .map(({ header, delimiter, lines, end, encoding }) => ({
    text: [header, ...lines.map((cells) => cells.join(delimiter))].join(end) + end,
    encoding,
    config: header.includes('Antal') ? FUZZ_COUNT_CONFIG : FUZZ_CONFIG,
  }));

/** Random bytes, sometimes after a plausible header, so that reading gets past the first line. */
export const randomBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc.uint8Array({ maxLength: 3000 }).map((bytes) => new Uint8Array([...Buffer.from('Kön;Beslut;Insats\r\n'), ...bytes])),
);
