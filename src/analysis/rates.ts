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
import { parseCount } from '../tally/count.js';
import { implausibleCount, implausibleCountError } from '../tally/implausible-count.js';
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

/** Reads a population file (any extract format jamstat reads) into counts by sex and group. */
export async function readPopulation(config: Config, read: ReadOptions): Promise<Population> {
  const settings = config.population!;
  const file = populationPath(config);
  const sexReader = createSexReader({ kind: 'column', column: settings.sex, values: null });
  const overall = { female: 0, male: 0 };
  const groups = new Map(settings.by.map((variable) => [variable, new Map<string, { female: number; male: number }>()]));
  let sexIndex = 0;
  let countIndex = 0;
  let byIndexes: number[] = [];
  await readExtract(file, { encoding: read.encoding }, {
    header(columns) {
      const resolver = new ColumnResolver(columns, file, config.source);
      sexIndex = resolver.index(settings.sex, 'population.sex');
      countIndex = resolver.index(settings.count, 'population.count');
      byIndexes = settings.by.map((variable, index) => resolver.index(variable, `population.by[${index}]`));
    },
    row(fields, line, ragged) {
      if (ragged) return;
      const sex = sexReader.read(fields[sexIndex]!);
      if (sex !== 'female' && sex !== 'male') return;
      const count = parseCount(fields[countIndex]!);
      const implausible = implausibleCount(fields[countIndex]!, count, config.limits.maxCount);
      if (implausible !== null) throw implausibleCountError(implausible, settings.count, fields[countIndex]!, config.limits.maxCount, { file, line, column: countIndex + 1 });
      if (count === null) throw new InputError('population-invalid-count', { column: settings.count }, { file, line, column: countIndex + 1 });
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
