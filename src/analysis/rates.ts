/**
 * Rates per 1,000: a step's cases (for the first step, the aktualiseringar) divided by
 * the population of the same sex and group, read from a population file; the rate
 * ratio female/male with its exact interval and the exact two-sample Poisson test
 * (R's poisson.test).
 */
import { dirname, isAbsolute, join } from 'node:path';
import { InputError } from '../errors.js';
import type { Config } from '../config/types.js';
import { readExtract } from '../ingest/read-extract.js';
import type { ReadOptions } from '../ingest/read-options.js';
import { ColumnResolver } from '../tally/columns.js';
import { implausibleCount, implausibleCountError } from '../tally/implausible-count.js';
import { TotalLabels } from '../ingest/total-rows.js';
import { CountCellReader } from '../tally/count.js';
import { createSexReader } from '../tally/sex.js';
import { poissonRateTest } from '../stats/poisson-rate-test.js';
import type { RateResult } from '../model/report.js';

/** Population by sex, overall and per value of each population `by` variable. */
export interface Population {
  readonly overall: { female: number; male: number };
  /** variable → value → counts. */
  readonly groups: Map<string, Map<string, { female: number; male: number }>>;
  readonly file: string;
}

/** The population file's path: relative paths are read from the configuration's folder. */
export function populationPath(config: Config): string {
  const file = config.population!.file;
  return isAbsolute(file) || config.source.startsWith('<') ? file : join(dirname(config.source), file);
}

/**
 * Reads a population file (any extract format jamstat reads) into counts by sex and
 * group. Count cells are read as every count column is (markers, thousands separators):
 * a zero marker is 0; a hidden or not-applicable cell, or a number that is not whole,
 * stops the run, as a rate needs every population. Total rows (a total label first, or
 * in the sex or a `by` column) are not groups and are skipped.
 */
export async function readPopulation(config: Config, read: ReadOptions): Promise<Population> {
  const settings = config.population!;
  const file = populationPath(config);
  const sexReader = createSexReader({ kind: 'column', column: settings.sex, values: null });
  const overall = { female: 0, male: 0 };
  const groups = new Map(settings.by.map((variable) => [variable, new Map<string, { female: number; male: number }>()]));
  let sexIndex = 0;
  let countIndex = 0;
  let byIndexes: number[] = [];
  const counts = new CountCellReader(config.markers);
  const totals = new TotalLabels(config.totals.labels);
  await readExtract(file, { encoding: read.encoding }, {
    header(columns) {
      const resolver = new ColumnResolver(columns, file, config.source);
      sexIndex = resolver.index(settings.sex, 'population.sex');
      countIndex = resolver.index(settings.count, 'population.count');
      byIndexes = settings.by.map((variable, index) => resolver.index(variable, `population.by[${index}]`));
    },
    row(fields, line, ragged) {
      if (ragged || totals.isTotalRow(fields) || byIndexes.some((index) => totals.isLabel(fields[index]!))) return;
      const sex = sexReader.read(fields[sexIndex]!);
      if (sex !== 'female' && sex !== 'male') return;
      const cell = counts.read(fields[countIndex]!);
      const place = { file, line, column: countIndex + 1 };
      const implausible = implausibleCount(fields[countIndex]!, cell.kind === 'count' ? cell.value : null, config.limits.maxCount);
      if (implausible !== null) throw implausibleCountError(implausible, settings.count, fields[countIndex]!, config.limits.maxCount, place);
      if (cell.kind === 'hidden' || cell.kind === 'not-applicable') throw new InputError('population-count-marker', { column: settings.count, marker: cell.marker }, place);
      if (cell.kind === 'invalid') {
        if (cell.looksLike === 'share' || cell.looksLike === 'rate') {
          throw new InputError('count-not-whole', { column: settings.count, value: fields[countIndex]!.trim(), looksLike: cell.looksLike }, place);
        }
        throw new InputError('population-invalid-count', { column: settings.count }, place);
      }
      const count = cell.value;
      overall[sex] += count;
      settings.by.forEach((variable, index) => {
        const values = groups.get(variable)!;
        const value = fields[byIndexes[index]!]!.trim();
        const entry = values.get(value) ?? { female: 0, male: 0 };
        entry[sex] += count;
        values.set(value, entry);
      });
    },
  });
  return { overall, groups, file };
}

/** One rate row: female and male cases against their populations. */
export function compareRates(
  step: string,
  by: string | null,
  group: string | null,
  cases: { female: number; male: number },
  population: { female: number; male: number },
): Omit<RateResult, 'q' | 'flag'> {
  const per1000 = (count: number, people: number) => (people > 0 ? (count / people) * 1000 : null);
  const test = poissonRateTest(cases.female, population.female, cases.male, population.male);
  return {
    step,
    by,
    group,
    female: { cases: cases.female, population: population.female, per1000: per1000(cases.female, population.female) },
    male: { cases: cases.male, population: population.male, per1000: per1000(cases.male, population.male) },
    rateRatio: test.rateRatio ? { estimate: test.rateRatio.estimate, ci95: test.rateRatio.ci95 } : null,
    test: test.test === 'poisson-exact' ? 'poisson-exact' : null,
    p: test.pValue,
    reason: test.reason,
  };
}

/** The population of one group, or an error naming the group the file lacks. */
export function populationOf(population: Population, variable: string, group: string): { female: number; male: number } {
  const found = population.groups.get(variable)?.get(group);
  if (!found || found.female === 0 || found.male === 0) {
    throw new InputError('population-missing-group', { file: population.file, group, variable }, { file: population.file });
  }
  return found;
}
