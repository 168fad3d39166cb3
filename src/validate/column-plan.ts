/**
 * What to check in each column of one file, decided once from the configuration and
 * the file's header: the sex or personnummer column, the count and id columns, the
 * date columns, and the columns whose values have expectations (allowed values, sex
 * codes, or the values a step's condition compares).
 */
import type { Config } from '../config/types.js';
import { DEFAULT_SEX_VALUES } from '../config/defaults.js';
import { conditionValues } from '../config/condition-values.js';
import { ConfigError } from '../errors.js';
import { ColumnResolver } from '../tally/columns.js';
import { wideColumnIndex } from '../tally/wide-columns.js';
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
  /** The lists of categorical steps over this column without `other` (a value outside one excludes its rows from that step). */
  readonly categoryLists: readonly CategoryList[];
}

/** A categorical step's list of values (`values:` or `ordered:`) where it names them. */
export interface CategoryList {
  readonly keyPath: string;
  readonly values: readonly string[];
}

/** A numeric step's column: each cell must hold a number (or be blank). */
export interface MeasureColumn extends PlannedColumn {
  /** Where the configuration names it (steps[i].measure.column). */
  readonly keyPath: string;
}

export interface ColumnPlan {
  readonly sex: (PlannedColumn & { readonly personnummer: boolean }) | null;
  readonly count: PlannedColumn | null;
  /** The count columns of a funnel or of a table wide by sex (each checked as a count). */
  readonly counts: readonly PlannedColumn[];
  /** Per funnel step and sex column, its `of` and `yes` columns: yes must not exceed of. */
  readonly funnels: readonly { readonly of: PlannedColumn; readonly yes: PlannedColumn }[];
  readonly id: PlannedColumn | null;
  readonly dates: readonly DateColumn[];
  readonly tracked: readonly TrackedColumn[];
  /** The columns of numeric steps (one entry per column, the first step's key path). */
  readonly measures: readonly MeasureColumn[];
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
  const track = (name: string, inCondition: boolean, sexCodes: ReadonlySet<string> | null = null, categoryList: CategoryList | null = null): void => {
    const column = find(name);
    if (column === null) return;
    const earlier = tracked.get(column.index);
    const allowed = allowedValues.get(name);
    tracked.set(column.index, {
      ...column,
      allowed: allowed ? new Set(allowed) : null,
      sexCodes: sexCodes ?? earlier?.sexCodes ?? null,
      inCondition: inCondition || (earlier?.inCondition ?? false),
      categoryLists: [...(earlier?.categoryLists ?? []), ...(categoryList ? [categoryList] : [])],
    });
  };
  if (config.sex.kind === 'column') track(config.sex.column, false, sexCodesOf(config));
  for (const { column } of conditionValues(config)) track(column, true);
  for (const column of allowedValues.keys()) track(column, false);
  const measures = new Map<number, MeasureColumn>();
  for (const step of config.steps) {
    const categories = step.categories;
    if (categories?.values && categories.other === null) {
      track(categories.column, false, null, { keyPath: `${step.keyPath}.categories.${categories.ordered ? 'ordered' : 'values'}`, values: categories.values });
    }
    const column = step.measure ? find(step.measure.column) : null;
    if (column !== null && !measures.has(column.index)) measures.set(column.index, { ...column, keyPath: `${step.keyPath}.measure.column` });
  }

  const sex = config.sex.kind === 'columns' ? null : find(config.sex.column);
  const layout = layoutColumns(config, header);
  return {
    sex: sex && { ...sex, personnummer: config.sex.kind === 'personnummer' },
    count: find(config.count),
    ...layout,
    id: find(config.id),
    dates: dateColumns(config, header),
    tracked: [...tracked.values()].sort((a, b) => a.index - b.index),
    measures: [...measures.values()].sort((a, b) => a.index - b.index),
  };
}

/**
 * The counted columns of a funnel or of a table wide by sex, found as the tally finds them
 * (tally/wide-columns.ts); a column the header lacks, or an ambiguous name, is left out
 * (missing columns are reported apart, an ambiguous name stops the analysis).
 */
function layoutColumns(config: Config, header: readonly string[]): Pick<ColumnPlan, 'counts' | 'funnels'> {
  const resolver = new ColumnResolver(header, '', config.source);
  const wide = config.sex.kind === 'columns' ? config.sex.columns : null;
  const counts = new Map<number, PlannedColumn>();
  const funnels: { of: PlannedColumn; yes: PlannedColumn }[] = [];
  const column = (measure: string | null, sex: string | null): PlannedColumn | null => {
    try {
      const index = sex === null ? resolver.index(measure!, '') : wideColumnIndex(resolver, measure, sex, '');
      const planned = { index, name: header[index]! };
      counts.set(index, planned);
      return planned;
    } catch (error) {
      if (error instanceof ConfigError) return null;
      throw error;
    }
  };
  // A total column is checked against its parts by the analysis, never counted: a hidden total excludes no row.
  const sexes: readonly (string | null)[] = wide?.filter((entry) => entry.role !== 'total').map((entry) => entry.name) ?? [null];
  for (const step of config.steps) {
    for (const sex of sexes) {
      if (step.funnel === null) {
        if (sex !== null) column(null, sex);
        continue;
      }
      const of = column(step.funnel.of, sex);
      const yes = column(step.funnel.yes, sex);
      if (of && yes) funnels.push({ of, yes });
    }
  }
  return { counts: [...counts.values()].sort((a, b) => a.index - b.index), funnels };
}
