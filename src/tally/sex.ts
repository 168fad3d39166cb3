/**
 * Reading a row's sex: from a sex column (mapped values, or the common Swedish and
 * English codes) or as the legal sex encoded in a personnummer.
 */
import { DEFAULT_SEX_VALUES } from '../config/defaults.js';
import type { SexCategory, SexSource } from '../config/types.js';
import { parsePersonnummer } from '../ingest/personnummer.js';

export type SexReading = SexCategory | 'missing-sex' | 'invalid-personnummer';

/** Raw sex values kept for messages are capped: the column should hold few distinct values. */
const MAX_TRACKED_VALUES = 200;

export interface SexReader {
  read(raw: string): SexReading;
  /** Counts of the raw values seen (sex-column source only; never personnummer). */
  readonly seenValues: ReadonlyMap<string, number>;
}

/** Makes a reader for the configured source. Readings of column values are cached per value. */
export function createSexReader(source: SexSource): SexReader {
  const seenValues = new Map<string, number>();
  if (source.kind === 'personnummer') {
    return {
      seenValues,
      read(raw) {
        if (raw.trim() === '') return 'missing-sex';
        const parsed = parsePersonnummer(raw);
        return parsed.valid ? parsed.sex : 'invalid-personnummer';
      },
    };
  }
  const explicit = source.values;
  const lowerExplicit = explicit ? new Map(Object.entries(explicit).map(([key, value]) => [key.trim().toLowerCase(), value])) : null;
  const cache = new Map<string, SexReading>();
  const classify = (value: string): SexReading => {
    if (value === '') return 'missing-sex';
    if (explicit && lowerExplicit) return explicit[value] ?? lowerExplicit.get(value.toLowerCase()) ?? 'other';
    return DEFAULT_SEX_VALUES[value.toLowerCase()] ?? 'other';
  };
  return {
    seenValues,
    read(raw) {
      const value = raw.trim();
      let reading = cache.get(value);
      if (reading === undefined) {
        reading = classify(value);
        if (cache.size < MAX_TRACKED_VALUES) cache.set(value, reading);
      }
      if (seenValues.size < MAX_TRACKED_VALUES || seenValues.has(value)) seenValues.set(value, (seenValues.get(value) ?? 0) + 1);
      return reading;
    },
  };
}
