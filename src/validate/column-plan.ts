/**
 * What to check in each column of one file, decided once from the configuration and
 * the file's header: the sex or personnummer column, the count and id columns, the
 * date columns, and the columns whose values have expectations (allowed values, sex
 * codes, or the values a step's condition compares).
 */
import type { Config } from '../config/types.js';
import { DEFAULT_SEX_VALUES } from '../config/defaults.js';
import { conditionValues } from '../config/condition-values.js';
import { dateColumns, type DateColumn } from './date-columns.js';

/** A column named by its index in the header. */
export interface PlannedColumn {
  readonly index: number;
  readonly name: string;
}

/** A column whose distinct values are counted and checked against expectations. */
export interface TrackedColumn extends PlannedColumn {
  /** Allowed values from `validate.values`, or null when none are configured. */
  readonly allowed: ReadonlySet<string> | null;
  /** For the sex column: the codes read as a sex (lower case); null for other columns. */
  readonly sexCodes: ReadonlySet<string> | null;
  /** True when a step's condition compares this column's values: rare values are warned about. */
  readonly inCondition: boolean;
}

export interface ColumnPlan {
  readonly sex: (PlannedColumn & { readonly personnummer: boolean }) | null;
  readonly count: PlannedColumn | null;
  readonly id: PlannedColumn | null;
  readonly dates: readonly DateColumn[];
  readonly tracked: readonly TrackedColumn[];
}

/** The codes a sex column is read with: the configured mapping's keys, or the common codes. */
function sexCodesOf(config: Config): ReadonlySet<string> | null {
  if (config.sex.kind !== 'column') return null;
  const codes = config.sex.values ? Object.keys(config.sex.values) : [...DEFAULT_SEX_VALUES.keys()];
  return new Set(codes.map((code) => code.trim().toLowerCase()));
}

/** Plans the checks of a file with `header`; columns the header lacks are left out (they are reported apart). */
export function planColumns(config: Config, header: readonly string[]): ColumnPlan {
  const find = (name: string | null): PlannedColumn | null => {
    const index = name === null ? -1 : header.indexOf(name);
    return index < 0 ? null : { index, name: name! };
  };
  // A Map: a column may be named "constructor" or "__proto__".
  const allowedValues = new Map(Object.entries(config.validate?.values ?? {}));
  const tracked = new Map<number, TrackedColumn>();
  const track = (name: string, inCondition: boolean, sexCodes: ReadonlySet<string> | null = null): void => {
    const column = find(name);
    if (column === null) return;
    const earlier = tracked.get(column.index);
    const allowed = allowedValues.get(name);
    tracked.set(column.index, {
      ...column,
      allowed: allowed ? new Set(allowed) : null,
      sexCodes: sexCodes ?? earlier?.sexCodes ?? null,
      inCondition: inCondition || (earlier?.inCondition ?? false),
    });
  };
  if (config.sex.kind === 'column') track(config.sex.column, false, sexCodesOf(config));
  for (const { column } of conditionValues(config)) track(column, true);
  for (const column of allowedValues.keys()) track(column, false);

  const sex = find(config.sex.column);
  return {
    sex: sex && { ...sex, personnummer: config.sex.kind === 'personnummer' },
    count: find(config.count),
    id: find(config.id),
    dates: dateColumns(config, header),
    tracked: [...tracked.values()].sort((a, b) => a.index - b.index),
  };
}
