/**
 * Variables: a column, or a variable derived from columns (age, bins, map, period).
 * Each is compiled once into a reader over a row's fields; derived variables may use
 * columns or derived variables declared before them.
 */
import { ConfigError, InputError } from '../errors.js';
import type { Config, DerivedVariable, PeriodUnit } from '../config/types.js';
import { parsePersonnummer, maskPersonnummer } from '../ingest/personnummer.js';
import { parseSwedishDate } from '../ingest/dates.js';
import type { ColumnResolver } from './columns.js';

/** Where the row being read is, for messages. */
export interface RowPlace {
  file: string;
  line: number;
}

/**
 * Reads a variable's value from a row: text (empty when unknown), or null when the row
 * has a date that cannot be read where one is needed (the row is then excluded).
 */
export type VariableReader = (fields: readonly string[], place: RowPlace) => string | null;

/** A number as Swedish extracts write it (decimal comma, spaces between thousands). */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** The period a YYYY-MM-DD date falls in: "2024-03", "2024-Q1" or "2024". */
export function periodOf(isoDate: string, per: PeriodUnit): string {
  const year = isoDate.slice(0, 4);
  if (per === 'year') return year;
  const month = isoDate.slice(5, 7);
  if (per === 'month') return `${year}-${month}`;
  return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}

/** Whole years between a birth date and a date (both YYYY-MM-DD); negative when born after. */
export function ageAt(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The labels of a `bins` variable: "0–6", "7–12", "13–17" for whole-number edges [0, 7, 13, 18]. */
export function binLabels(edges: readonly number[]): string[] {
  const whole = edges.every(Number.isInteger);
  return edges.slice(0, -1).map((low, index) => {
    const high = edges[index + 1]!;
    return whole ? `${low}–${high - 1}` : `${low}–<${high}`;
  });
}

/** The name under which the configured `period:` is read as a variable. */
export const PERIOD_VARIABLE = '\u0000period';

/** The variables a derived variable is computed from. */
function sourcesOf(variable: DerivedVariable): string[] {
  return variable.kind === 'age-personnummer' ? [variable.personnummer, variable.at] : [variable.column];
}

/** Compiles the readers of a configuration's variables against a header. */
export class VariableSet {
  private readonly readers = new Map<string, VariableReader>();
  private readonly dependencies = new Map<string, readonly number[]>();
  private readonly derived: Map<string, DerivedVariable>;

  constructor(
    private readonly config: Config,
    private readonly columns: ColumnResolver,
  ) {
    this.derived = new Map(config.derive.map((variable) => [variable.name, variable]));
    if (config.period) {
      this.derived.set(PERIOD_VARIABLE, { kind: 'period', name: PERIOD_VARIABLE, column: config.period.column, per: config.period.per });
    }
  }

  /** The reader of a variable by name; `keyPath` names where the configuration uses it. */
  reader(name: string, keyPath: string, visiting: readonly string[] = []): VariableReader {
    const cached = this.readers.get(name);
    if (cached) return cached;
    const derived = this.derived.get(name);
    let reader: VariableReader;
    if (derived) {
      if (visiting.includes(name)) {
        throw new ConfigError('config-derived-cycle', { variables: [...visiting, name].join(' → ') }, `derive.${name}`, { file: this.config.source });
      }
      reader = this.compileDerived(derived, [...visiting, name]);
      const columns = new Set(sourcesOf(derived).flatMap((source) => this.columnsOf(source)));
      this.dependencies.set(name, [...columns].sort((a, b) => a - b));
    } else {
      const index = this.columns.index(name, keyPath);
      reader = (fields) => fields[index]!.trim();
      this.dependencies.set(name, [index]);
    }
    this.readers.set(name, reader);
    return reader;
  }

  /** True when the reader of `name` has been made (the plan reads the variable). */
  has(name: string): boolean {
    return this.readers.has(name);
  }

  /**
   * The indexes of the columns a variable's reader reads, in order: its value is a
   * function of these cells alone. Only for variables whose reader has been made.
   */
  columnsOf(name: string): readonly number[] {
    const columns = this.dependencies.get(name);
    if (!columns) throw new Error(`columnsOf: no reader for ${JSON.stringify(name)} yet`);
    return columns;
  }

  private compileDerived(variable: DerivedVariable, visiting: readonly string[]): VariableReader {
    const keyPath = variable.name === PERIOD_VARIABLE ? 'period' : `derive.${variable.name}`;
    switch (variable.kind) {
      case 'age-column': {
        const source = this.reader(variable.column, `${keyPath}.age.column`, visiting);
        return (fields, place) => {
          const value = source(fields, place);
          const number = value === null ? null : parseNumber(value);
          return number === null ? '' : String(Math.floor(number));
        };
      }
      case 'age-personnummer': {
        const personnummer = this.reader(variable.personnummer, `${keyPath}.age.personnummer`, visiting);
        const at = this.reader(variable.at, `${keyPath}.age.at`, visiting);
        return (fields, place) => {
          const parsed = parsePersonnummer(personnummer(fields, place) ?? '');
          const date = parseSwedishDate(at(fields, place) ?? '');
          if (!parsed.valid) return '';
          if (date === null) return null;
          return String(ageAt(parsed.birthDate, date));
        };
      }
      case 'bins': {
        const source = this.reader(variable.column, `${keyPath}.bins.column`, visiting);
        const labels = variable.labels ?? binLabels(variable.edges);
        const edges = variable.edges;
        return (fields, place) => {
          const value = source(fields, place);
          if (value === null) return null;
          const number = parseNumber(value);
          if (number === null || number < edges[0]! || number >= edges[edges.length - 1]!) return '';
          let band = 0;
          while (number >= edges[band + 1]!) band++;
          return labels[band]!;
        };
      }
      case 'map': {
        const source = this.reader(variable.column, `${keyPath}.map.column`, visiting);
        const values = new Map(Object.entries(variable.values));
        const other = variable.other;
        return (fields, place) => {
          const value = source(fields, place);
          if (value === null) return null;
          const mapped = values.get(value);
          if (mapped !== undefined) return mapped;
          if (other !== null) return other;
          throw new InputError(
            'unmapped-value',
            { variable: variable.name, value: maskPersonnummer(value), column: variable.column },
            { file: place.file, line: place.line },
          );
        };
      }
      case 'period': {
        const source = this.reader(variable.column, variable.name === PERIOD_VARIABLE ? 'period.column' : `${keyPath}.period.column`, visiting);
        const per = variable.per;
        return (fields, place) => {
          const date = parseSwedishDate(source(fields, place) ?? '');
          return date === null ? null : periodOf(date, per);
        };
      }
    }
  }
}
