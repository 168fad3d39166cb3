/**
 * The columns whose cells should be dates: those the configuration reads as dates (a
 * period, the unit's date, a derived period or age-at date), and any other column whose
 * name says it holds dates ("datum", "date").
 */
import type { Config } from '../config/types.js';

/** A column to check for dates; `keyPath` is null when only its name says it holds dates. */
export interface DateColumn {
  readonly index: number;
  readonly name: string;
  readonly keyPath: string | null;
}

const DATE_NAME = /datum|date/i;

/** The names the configuration reads as dates, with their key paths (derived variables left out). */
function configuredDateNames(config: Config): Array<{ name: string; keyPath: string }> {
  const names: Array<{ name: string; keyPath: string }> = [];
  if (config.period) names.push({ name: config.period.column, keyPath: 'period.column' });
  if (config.unit?.date) names.push({ name: config.unit.date, keyPath: 'unit.date' });
  for (const variable of config.derive) {
    if (variable.kind === 'period') names.push({ name: variable.column, keyPath: `derive.${variable.name}.period.column` });
    if (variable.kind === 'age-personnummer') names.push({ name: variable.at, keyPath: `derive.${variable.name}.age.at` });
  }
  const derived = new Set(config.derive.map((variable) => variable.name));
  return names.filter((entry) => !derived.has(entry.name));
}

/** The date columns of a header: configured ones first (once each), then those named as dates. */
export function dateColumns(config: Config, header: readonly string[]): DateColumn[] {
  const columns: DateColumn[] = [];
  const taken = new Set<number>();
  for (const { name, keyPath } of configuredDateNames(config)) {
    const index = header.indexOf(name);
    if (index < 0 || taken.has(index)) continue;
    taken.add(index);
    columns.push({ index, name, keyPath });
  }
  header.forEach((name, index) => {
    if (!taken.has(index) && DATE_NAME.test(name)) columns.push({ index, name, keyPath: null });
  });
  return columns;
}
