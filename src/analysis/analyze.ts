/**
 * The analysis: reads the extracts in one pass, tallies every step, compares female
 * and male cases in each group (overall, per `by` variable or intersection, per
 * period), adjusts each row for the criteria that may explain a difference, adjusts
 * the p-values over the run, flags candidate differences and gives each its verdict.
 * Yes/no steps are compared here; categorical and numeric steps (`categories:`,
 * `measure:`) in distribution-rows.ts, and all share the run's families and flag rules.
 * Returns the report model; it prints and writes nothing.
 */
import { InputError } from '../errors.js';
import { maskIdentityText } from '../ingest/personnummer.js';
import type { Config } from '../config/types.js';
import { fileFormat, type FileInfo } from '../ingest/file-info.js';
import type { ReadOptions } from '../ingest/read-options.js';
import { Tally, INPUT_EXCLUSIONS, STEP_EXCLUSIONS, isEmptyTable, type TableCounts } from '../tally/tally.js';
import { pAdjust } from '../stats/p-adjust.js';
import { DEFAULT_SEX_VALUES } from '../config/defaults.js';
import {
  SCHEMA_VERSION,
  type AdjustedComparison,
  type FileSummary,
  type RateResult,
  type Report,
  type Result,
  type SexTerms,
  type StepSummary,
} from '../model/report.js';
import { VERSION } from '../version.js';
import { compareGroup, type UnadjustedResult } from './compare-group.js';
import { hiddenCellsWarning, INTERSECTION_SEPARATOR, sortedIds } from './groups.js';
import { compareWithinStrata, verdictOf, withAdjustedQ } from './criteria.js';
import { overTimeOf } from './over-time.js';
import type { Population } from './rates.js';
import { tallyFiles } from './tally-files.js';
import { identityGroup, IDENTITY_VALUES_REFUSED } from '../tally/identity-groups.js';
import { firstWords } from '../ingest/notes.js';
import { checkNamedValues } from './value-check.js';
import { stepsOverQualityLimits, withUnlistedValues } from './quality-gate.js';
import { tableChecks } from './table-checks.js';
import { DEFAULT_QUALITY } from '../config/defaults.js';
import type { ReportWarning } from '../messages/report-warning-codes.js';
import type { ResultWarning } from '../model/report.js';
import type { UnadjustedCategoryResult } from './compare-categories.js';
import type { UnadjustedMeasureResult } from './compare-measure.js';
import { finishCategoryRow, finishMeasureRow, type Family, type FlagContext, type TakeQ } from './distribution-flags.js';
import {
  categoriesNeverOccurring,
  compareCategorySteps,
  compareMeasureSteps,
  constantDistributions,
  overallCases,
  periodNotApplied,
  criteriaOnOwnColumn,
  stepKind,
} from './distribution-rows.js';

export { INTERSECTION_SEPARATOR } from './groups.js';

function checkSexRecognised(tally: Tally): void {
  const config = tally.config;
  if (config.sex.kind !== 'column') return;
  // No row reached any step's tables (every step selects nothing): the sex codes were
  // never put to the test, and the empty steps are reported as such.
  if (tally.state.steps.every((step) => step.usedRows === 0)) return;
  const recognised = tally.state.steps.some((state, step) => {
    const { female, male } = overallCases(tally, step);
    // Persons whose rows disagree on sex count as other/unknown (persons.ts): their rows were still recognised.
    const rowsRecognised = config.unit !== null && state.takenBySex[0]! - state.missingOutcomeBySex[0]! + state.takenBySex[1]! - state.missingOutcomeBySex[1]! > 0;
    return female + male > 0 || rowsRecognised;
  });
  const seen = [...tally.sexReader.seenValues.keys()].filter((value) => value !== '');
  if (!recognised && seen.length > 0) {
    throw new InputError('no-sex-recognised', { column: config.sex.column, seen: seen.sort().slice(0, 10).join(', ') }, { file: config.source });
  }
}

/** Stops a run whose group or strata variable holds personnummer-shaped text in several values (tally/identity-groups.ts). */
function refuseIdentityGroups(tally: Tally, file: string): void {
  const found = identityGroup([...tally.groupings, ...tally.splits]);
  if (found) throw new InputError('identity-values-as-group', { column: found.variable, values: found.values, limit: IDENTITY_VALUES_REFUSED }, { file });
}

/** The steps whose outcome is "yes" in every row they count, or in none: nothing to compare the sexes on. */
function constantOutcomes(tally: Tally): { step: string; outcome: 'always' | 'never' }[] {
  return tally.state.steps.flatMap((step, position) => {
    // Categorical and numeric steps have their own notices (distribution-rows.ts constantDistributions).
    if (stepKind(tally.config.steps[position]!) !== 'binary') return [];
    const { female, male, other } = tally.counts(position, 0, 0, 0);
    const yes = female.yes + male.yes + other.yes;
    const cases = yes + female.no + male.no + other.no;
    if (cases === 0 || (yes > 0 && yes < cases)) return [];
    return [{ step: step.name, outcome: yes === 0 ? ('never' as const) : ('always' as const) }];
  });
}

/** The sex word in a wide column's key (`Flickor`, `antal_kvinnor` → `kvinnor`), or the whole key. */
function wideSexWord(name: string): string {
  const words = name.toLowerCase().split(/[\s_]+/);
  return words.find((word) => DEFAULT_SEX_VALUES.has(word)) ?? name.toLowerCase();
}

/** Names the sexes by the words the extract uses: Flicka/Pojke → children, Kvinna/Man → adults. */
function sexTermsOf(tally: Tally): SexTerms {
  const sex = tally.config.sex;
  // Wide by sex, the words are the columns' (Flickor, Pojkar; Kvinnor, Män; antal_kvinnor).
  const seen: Iterable<readonly [string, number]> =
    sex.kind === 'columns' ? sex.columns.flatMap((column) => (column.role === 'total' ? [] : [[wideSexWord(column.name), 1] as const])) : tally.sexReader.seenValues;
  if (sex.kind === 'personnummer') return 'neutral';
  let children = 0;
  let adults = 0;
  for (const [value, count] of seen) {
    const lower = value.toLowerCase();
    if (!DEFAULT_SEX_VALUES.has(lower)) continue;
    if (/^(flick|pojk)/.test(lower)) children += count;
    else if (/^(kvinn|man|män)/.test(lower)) adults += count;
  }
  if (children > adults) return 'children';
  return adults > children ? 'adults' : 'neutral';
}

function summariseFile(info: FileInfo): FileSummary {
  return { path: info.path, ...fileFormat(info), rows: info.rows, blankLines: info.blankLines };
}

/** A result row waiting for the run-wide adjustment. */
interface PendingResult {
  readonly result: UnadjustedResult;
  /** Per-period rows are descriptive: their p is shown but not adjusted, and they are never flagged. */
  readonly descriptive: boolean;
}

function compareAll(tally: Tally): PendingResult[] {
  const { config } = tally;
  const pending: PendingResult[] = [];
  const periods = tally.periodSplit === null ? null : tally.splits[tally.periodSplit]!;
  const periodOrder = periods ? sortedIds(periods) : [];
  config.steps.forEach((step, position) => {
    // Categorical and numeric steps have rows of their own (distribution-rows.ts).
    if (stepKind(step) !== 'binary') return;
    tally.groupings.forEach((grouping, groupingIndex) => {
      const by = groupingIndex === 0 ? null : config.by[groupingIndex - 1]!;
      const plainLayer = tally.layerIndex(groupingIndex, 0);
      const groupIds = groupingIndex === 0 ? [0] : sortedIds(grouping);
      for (const group of groupIds) {
        const counts = tally.counts(position, plainLayer, group, 0);
        if (isEmptyTable(counts)) continue;
        const label = groupingIndex === 0 ? null : grouping.values[group]!.join(INTERSECTION_SEPARATOR);
        const compared = compareGroup(step.name, by, label, counts, config);
        const hidden = hiddenCellsWarning(tally, position, plainLayer, group);
        const result = hidden === null ? compared : { ...compared, warnings: [...compared.warnings, hidden] };
        const adjusted: AdjustedComparison[] = step.explain.map((criterion, index) => {
          const split = tally.criterionSplits[position]![index]!;
          const values = tally.splits[split]!.values;
          const strata = tally.splitTables(position, groupingIndex, split, group).map((stratum) => ({ label: values[stratum.split]!.join(INTERSECTION_SEPARATOR), counts: stratum.counts }));
          return compareWithinStrata(criterion, strata, config.thresholds.minN);
        });
        let overTime = null;
        const periodRows: PendingResult[] = [];
        if (periods && tally.periodSplit !== null) {
          const byPeriod = new Map(tally.splitTables(position, groupingIndex, tally.periodSplit, group).map((entry) => [entry.split, entry.counts]));
          const present = periodOrder.filter((id) => byPeriod.has(id));
          overTime = overTimeOf(present.map((id) => ({ label: periods.values[id]![0]!, counts: byPeriod.get(id)! })));
          for (const id of present) {
            const row = compareGroup(step.name, by, label, byPeriod.get(id)!, config);
            periodRows.push({ result: { ...row, period: periods.values[id]![0]! }, descriptive: true });
          }
        }
        pending.push({ result: { ...result, adjusted, overTime }, descriptive: false }, ...periodRows);
      }
    });
  });
  return pending;
}

/** The rates module: loaded only for a configuration with `population:` (its exact tests need the beta quantile, some 60 modules). */
type RatesModule = typeof import('./rates.js');

function computeRates({ compareRates, populationOf }: RatesModule, tally: Tally, population: Population): Omit<RateResult, 'q' | 'flag'>[] {
  const config = tally.config;
  const settings = config.population!;
  const position = settings.step === null ? 0 : config.steps.findIndex((step) => step.name === settings.step);
  const step = config.steps[Math.max(0, position)]!;
  const casesOf = ({ female, male }: TableCounts) => ({ female: female.yes + female.no, male: male.yes + male.no });
  const rates = [compareRates(step.name, null, null, casesOf(tally.counts(position, 0, 0, 0)), population.overall)];
  for (const variable of settings.by) {
    const groupingIndex = config.by.indexOf(variable) + 1;
    const grouping = tally.groupings[groupingIndex]!;
    for (const group of sortedIds(grouping)) {
      const counts = tally.counts(position, tally.layerIndex(groupingIndex, 0), group, 0);
      if (isEmptyTable(counts)) continue;
      const label = grouping.values[group]![0]!;
      rates.push(compareRates(step.name, variable, label, casesOf(counts), populationOf(population, variable, label)));
    }
  }
  return rates;
}

/** The rows of the categorical and numeric steps before the run-wide adjustment. */
interface PendingDistributions {
  readonly categories: readonly UnadjustedCategoryResult[];
  readonly measures: readonly UnadjustedMeasureResult[];
}

/**
 * Adjusts over the run — one family of raw tests (result rows, changes over time,
 * rates, then the categorical rows' distribution, category and trend tests and the
 * numeric rows' Wilcoxon tests), one of stratified tests (CMH; generalized CMH, each
 * category's CMH and van Elteren) and one of the strata's homogeneity tests — then flags
 * each row and gives its verdict. The tests of the categorical and numeric steps come
 * last in each family, so a run without such steps adjusts exactly as before.
 */
function adjustAndFlag(
  pending: readonly PendingResult[],
  rates: readonly Omit<RateResult, 'q' | 'flag'>[],
  distributions: PendingDistributions,
  config: Config,
  unflagged: ReadonlyMap<string, ResultWarning>,
) {
  const { alpha, minDiffPp, minN, correction } = config.thresholds;
  const tested = pending.filter((entry) => !entry.descriptive);
  const context: FlagContext = { alpha, minDiffPp, minN, unflagged };
  const finishDistributions = (take: TakeQ) => ({
    categoryResults: distributions.categories.map((row) => finishCategoryRow(row, context, take)),
    measureResults: distributions.measures.map((row) => finishMeasureRow(row, context, take)),
  });
  // First pass: gather the p-values of the categorical and numeric rows, in the order the second pass takes their q's.
  const gathered: Record<Family, (number | null)[]> = { raw: [], adjusted: [], homogeneity: [] };
  finishDistributions((family, p) => {
    gathered[family].push(p);
    return null;
  });
  const rawP = [
    ...tested.map((entry) => entry.result.p),
    ...tested.map((entry) => entry.result.overTime?.change?.p ?? null),
    ...rates.map((rate) => rate.p),
    ...gathered.raw,
  ];
  const rawQ = pAdjust(rawP, correction);
  const adjustedP = [...tested.flatMap((entry) => entry.result.adjusted.map((comparison) => comparison.p)), ...gathered.adjusted];
  const adjustedQ = pAdjust(adjustedP, correction);
  // Breslow–Day–Tarone p-values form a family of their own: they ask another question
  // (do the strata differ?) than the CMH tests (is there a difference within strata?),
  // and joining them would change every CMH q.
  const homogeneityP = [...tested.flatMap((entry) => entry.result.adjusted.map((comparison) => comparison.homogeneityP)), ...gathered.homogeneity];
  const homogeneityQ = pAdjust(homogeneityP, correction);
  const adjustedOf: Record<Family, readonly (number | null)[]> = { raw: rawQ, adjusted: adjustedQ, homogeneity: homogeneityQ };
  const next: Record<Family, number> = {
    raw: rawP.length - gathered.raw.length,
    adjusted: adjustedP.length - gathered.adjusted.length,
    homogeneity: homogeneityP.length - gathered.homogeneity.length,
  };
  const { categoryResults, measureResults } = finishDistributions((family, p) => {
    const q = adjustedOf[family][next[family]++] ?? null;
    return p === null ? null : q;
  });

  let adjustedIndex = 0;
  const qOf = new Map<PendingResult, { q: number | null; changeQ: number | null; adjusted: AdjustedComparison[] }>();
  tested.forEach((entry, index) => {
    const adjusted = entry.result.adjusted.map((comparison) => {
      const at = adjustedIndex++;
      return withAdjustedQ(comparison, adjustedQ[at] ?? null, homogeneityQ[at] ?? null, alpha);
    });
    qOf.set(entry, { q: rawQ[index] ?? null, changeQ: rawQ[tested.length + index] ?? null, adjusted });
  });

  const results: Result[] = pending.map((entry) => {
    const found = qOf.get(entry);
    const { result } = entry;
    const q = found?.q ?? null;
    // A step whose data cannot carry a conclusion keeps its numbers but no flag (the warning says why).
    const stepWarning = unflagged.get(result.step);
    const flag =
      stepWarning === undefined &&
      !result.warnings.includes('hidden-in-source') &&
      !entry.descriptive &&
      q !== null &&
      q < alpha &&
      result.diffPp !== null &&
      Math.abs(result.diffPp) >= minDiffPp &&
      result.female.n >= minN &&
      result.male.n >= minN;
    const { reason, riskRatio, oddsRatio, shortfall, warnings, allCategories, adjusted: unadjusted, overTime: rawOverTime, ...head } = result;
    const adjusted = found?.adjusted ?? unadjusted;
    const overTime = rawOverTime?.change ? { ...rawOverTime, change: { ...rawOverTime.change, q: found?.changeQ ?? null } } : rawOverTime;
    const allWarnings: ResultWarning[] = stepWarning === undefined ? [...warnings] : [...warnings, stepWarning];
    return { ...head, q, flag, reason, riskRatio, oddsRatio, shortfall, warnings: allWarnings, allCategories, adjusted, ...verdictOf(flag, result.diffPp, adjusted, { alpha, minDiffPp }), overTime };
  });

  const rateResults: RateResult[] = rates.map((rate, index) => {
    const q = rawQ[2 * tested.length + index] ?? null;
    const flag = !unflagged.has(rate.step) && q !== null && q < alpha && rate.female.population >= minN && rate.male.population >= minN;
    const { reason, ...head } = rate;
    return { ...head, q, flag, reason };
  });
  return {
    results,
    rates: rateResults,
    categoryResults,
    measureResults,
    familySize: rawP.filter((p) => p !== null).length,
    adjustedFamilySize: adjustedP.filter((p) => p !== null).length,
    homogeneityFamilySize: homogeneityP.filter((p) => p !== null).length,
  };
}

/** Names, in the hidden-in-source notice, the result rows left unflagged because their table rests on hidden cells. */
function nameRowsOnHiddenCells(warnings: ReportWarning[], results: readonly Pick<Result, 'step' | 'by' | 'group' | 'warnings'>[]): void {
  const at = warnings.findIndex((warning) => warning.code === 'hidden-in-source');
  if (at < 0) return;
  const rows = results.filter((result) => result.warnings.includes('hidden-in-source'));
  if (rows.length === 0) return;
  const unflagged = rows.map((result) => `${result.step}: ${result.group === null ? '–' : `${result.by} ${result.group}`}`).join('; ');
  const warning = warnings[at]!;
  if (warning.code === 'hidden-in-source') warnings[at] = { code: 'hidden-in-source', args: { ...warning.args, unflagged } };
}

/**
 * Runs the whole analysis of one or more extracts with a configuration. Every text of the
 * report is masked for personnummer-shaped substrings (maskIdentityText).
 */
export async function analyze(files: readonly string[], config: Config, read: ReadOptions = {}): Promise<Report> {
  const rates = config.population ? await import('./rates.js') : null;
  const { tally, infos, mergedLike } = await tallyFiles(files, config, read);
  const state = tally.state;
  if (state.rows === 0) throw new InputError('file-header-only', {}, { file: files[0]! });
  refuseIdentityGroups(tally, files[0]!);
  checkSexRecognised(tally);
  const sexTerms = sexTermsOf(tally);
  const warnings: ReportWarning[] = [...checkNamedValues(tally, config), ...tableChecks(tally, config)];
  for (const check of state.totalColumns) {
    if (check.differing > 0) warnings.push({ code: 'total-column-differs', args: { ...check } });
  }
  const unflagged = new Map<string, ResultWarning>();
  const overLimits = withUnlistedValues(stepsOverQualityLimits(state, config, sexTerms), config, tally);
  if (overLimits.length > 0 && !(config.quality ?? DEFAULT_QUALITY).allowExcluded) {
    const first = overLimits[0]!;
    // A list that lacks the column's values is fixed in the configuration: the message names that file.
    throw new InputError('excluded-rows', first, first.unlisted && config.source ? { file: config.source } : undefined);
  }
  for (const step of overLimits) {
    unflagged.set(step.step, 'excluded-rows');
    warnings.push({ code: 'excluded-rows', args: step });
  }
  for (const constant of constantOutcomes(tally)) {
    if (!unflagged.has(constant.step)) unflagged.set(constant.step, 'outcome-constant');
    warnings.push({ code: 'outcome-constant', args: constant });
  }
  // A categorical step with one category, or a numeric step with one value: as a constant yes/no outcome.
  for (const constant of constantDistributions(tally)) {
    if (!unflagged.has(constant.step)) unflagged.set(constant.step, 'outcome-constant');
    warnings.push(constant.warning);
  }
  warnings.push(...categoriesNeverOccurring(tally), ...periodNotApplied(config), ...criteriaOnOwnColumn(config));
  for (const info of infos) {
    if (info.notes.length > 0) {
      warnings.push({ code: 'notes-below-table', args: { file: info.path, count: info.notes.length, first: [...info.notes.slice(0, 3).map((note) => `"${firstWords(note)}"`), ...(info.notes.length > 3 ? ['…'] : [])].join(', ') } });
    }
  }
  for (const column of mergedLike) warnings.push({ code: 'column-looks-merged', args: { column } });
  const population = rates ? await rates.readPopulation(config, read) : null;
  const distributions = { categories: compareCategorySteps(tally), measures: compareMeasureSteps(tally) };
  const adjusted = adjustAndFlag(compareAll(tally), rates && population ? computeRates(rates, tally, population) : [], distributions, config, unflagged);
  nameRowsOnHiddenCells(warnings, [...adjusted.results, ...adjusted.categoryResults, ...adjusted.measureResults]);
  const steps: StepSummary[] = state.steps.map((step) => ({
    name: step.name,
    rows: step.taken,
    used: step.usedRows,
    cases: step.usedCases,
    ...(config.unit ? { persons: step.persons } : {}),
    notSelected: step.notSelected,
    excluded: STEP_EXCLUSIONS.filter((reason) => step.excluded[reason] > 0).map((reason) => ({ reason, rows: step.excluded[reason] })),
  }));
  // Group labels, step, column and file names enter the model here: masked once, every format shows them masked.
  return maskIdentityText<Report>({
    schemaVersion: SCHEMA_VERSION,
    generator: `jamstat ${VERSION}`,
    input: {
      files: infos.map(summariseFile),
      rows: state.rows,
      excluded: INPUT_EXCLUSIONS.filter((reason) => state.inputExcluded[reason] > 0).map((reason) => ({ reason, rows: state.inputExcluded[reason] })),
    },
    settings: {
      ...config.thresholds,
      yates: config.yates,
      familySize: adjusted.familySize,
      adjustedFamilySize: adjusted.adjustedFamilySize,
      homogeneityFamilySize: adjusted.homogeneityFamilySize,
      unit: config.unit ? 'person' : 'case',
      sexSource: config.sex.kind,
      countColumn: config.count,
      by: config.by,
      ...(config.unit ? { unitId: config.unit.id, unitRule: config.unit.rule } : {}),
      ...(config.period ? { period: config.period } : {}),
      criteria: Object.fromEntries(config.steps.map((step) => [step.name, step.explain.map((criterion) => ({ criterion: criterion.criterion, for: criterion.variables }))])),
    },
    sexTerms,
    steps,
    results: adjusted.results,
    rates: adjusted.rates,
    warnings,
    // Present only when the run has such steps: the outputs of yes/no-only runs stay as they were.
    ...(config.steps.some((step) => stepKind(step) === 'categories') ? { categoryResults: adjusted.categoryResults } : {}),
    ...(config.steps.some((step) => stepKind(step) === 'measure') ? { measureResults: adjusted.measureResults } : {}),
    ...(config.report ? { report: config.report } : {}),
  });
}
