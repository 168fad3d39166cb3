/**
 * Reading a row's sex: from a sex column (mapped values, or the common Swedish and
 * English codes) or as the legal sex encoded in a personnummer.
 */
import { DEFAULT_SEX_VALUES } from '../config/defaults.js';
import type { SexCategory, SexSource } from '../config/types.js';
import { parsePersonnummer } from '../ingest/personnummer.js';

export type SexReading = SexCategory | 'missing-sex' | 'invalid-personnummer';

/** Raw sex values kept for messages are capped: the column should hold few distinct values. */
export const MAX_TRACKED_VALUES = 200;

export interface SexReader {
  read(raw: string): SexReading;
  /** Counts of the raw values seen (sex-column source only; never personnummer). */
  readonly seenValues: ReadonlyMap<string, number>;
}

/** A sex source that is one column of each row (not the sexes' columns of a wide table). */
export type SexColumnSource = Exclude<SexSource, { readonly kind: 'columns' }>;

/** Reads a raw cell without counting it. Readings of column values are cached per value. */
export function createSexClassifier(source: SexColumnSource): (raw: string) => SexReading {
  if (source.kind === 'personnummer') {
    return (raw) => {
      if (raw.trim() === '') return 'missing-sex';
      const parsed = parsePersonnummer(raw);
      return parsed.valid ? parsed.sex : 'invalid-personnummer';
    };
  }
  // Maps, not the configuration's object: a cell may read "constructor" or "__proto__".
  const explicit = source.values ? new Map(Object.entries(source.values)) : null;
  const lowerExplicit = explicit ? new Map([...explicit].map(([key, value]) => [key.trim().toLowerCase(), value])) : null;
  const cache = new Map<string, SexReading>();
  const classify = (value: string): SexReading => {
    if (value === '') return 'missing-sex';
    if (explicit && lowerExplicit) return explicit.get(value) ?? lowerExplicit.get(value.toLowerCase()) ?? 'other';
    return DEFAULT_SEX_VALUES.get(value.toLowerCase()) ?? 'other';
  };
  return (raw) => {
    const value = raw.trim();
    let reading = cache.get(value);
    if (reading === undefined) {
      reading = classify(value);
      if (cache.size < MAX_TRACKED_VALUES) cache.set(value, reading);
    }
    return reading;
  };
}

/**
 * Counts the values of a sex column for messages: the first MAX_TRACKED_VALUES distinct
 * (trimmed) values in the order they first appear, each with every occurrence.
 */
export class SeenValues {
  readonly counts = new Map<string, number>();

  /** Counts `times` occurrences of a raw cell. */
  note(raw: string, times = 1): void {
    const value = raw.trim();
    const count = this.counts.get(value);
    if (count !== undefined) this.counts.set(value, count + times);
    else if (this.counts.size < MAX_TRACKED_VALUES) this.counts.set(value, times);
  }
}

/** Makes a reader for the configured source, which counts the raw values it reads. */
export function createSexReader(source: SexColumnSource): SexReader {
  const classify = createSexClassifier(source);
  if (source.kind === 'personnummer') return { seenValues: new Map(), read: classify };
  const seen = new SeenValues();
  return {
    seenValues: seen.counts,
    read(raw) {
      seen.note(raw);
      return classify(raw);
    },
  };
}
