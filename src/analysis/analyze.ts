/**
 * The analysis: reads the extracts in one pass, tallies every step, compares female
 * and male cases in each group, adjusts the p-values over the run and flags candidate
 * differences. Returns the report model; it prints and writes nothing.
 */
import { InputError } from '../errors.js';
import type { Config } from '../config/types.js';
import { readExtract, type FileInfo, type ReadOptions } from '../ingest/read-extract.js';
import { ColumnResolver } from '../tally/columns.js';
import { Tally, INPUT_EXCLUSIONS, STEP_EXCLUSIONS } from '../tally/tally.js';
import { pAdjust } from '../stats/index.js';
import { DEFAULT_SEX_VALUES } from '../config/defaults.js';
import { SCHEMA_VERSION, type FileSummary, type Report, type Result, type SexTerms, type StepSummary } from '../report/model.js';
import { VERSION } from '../version.js';
import { compareGroup, type UnadjustedResult } from './compare-group.js';
import { compareGroupValues } from './collation.js';

/**
 * Reads every file into one tally. Files must share the first file's header exactly.
 */
export async function tallyFiles(files: readonly string[], config: Config, read: ReadOptions): Promise<{ tally: Tally; infos: FileInfo[] }> {
  let tally: Tally | null = null;
  let firstHeader: readonly string[] | null = null;
  const infos: FileInfo[] = [];
  for (const file of files) {
    const info = await readExtract(file, read, {
      header(columns) {
        if (firstHeader === null) {
          firstHeader = columns;
          tally = new Tally(config, new ColumnResolver(columns, file, config.source));
        } else if (columns.join('\u0000') !== firstHeader.join('\u0000')) {
          throw new InputError(
            'header-mismatch',
            { file, firstFile: files[0]!, header: columns.join(';'), firstHeader: firstHeader.join(';') },
            { file, line: 1 },
          );
        }
      },
      row(fields, _line, ragged) {
        tally!.add(fields, ragged);
      },
    });
    infos.push(info);
  }
  if (tally === null) throw new InputError('no-header', {}, { file: files[0] ?? '' });
  return { tally, infos };
}

function checkSexRecognised(tally: Tally): void {
  const config = tally.config;
  if (config.sex.kind !== 'column') return;
  const recognised = tally.state.steps.some((step) => {
    const cells = step.overall.table(0);
    return cells[0]! + cells[1]! + cells[2]! + cells[3]! > 0;
  });
  const seen = [...tally.sexReader.seenValues.keys()].filter((value) => value !== '');
  if (!recognised && seen.length > 0) {
    throw new InputError('no-sex-recognised', { column: config.sex.column, seen: seen.sort().slice(0, 10).join(', ') }, { file: config.source });
  }
}

/** Names the sexes by the words the extract uses: Flicka/Pojke → children, Kvinna/Man → adults. */
function sexTermsOf(tally: Tally): SexTerms {
  if (tally.config.sex.kind !== 'column') return 'neutral';
  let children = 0;
  let adults = 0;
  for (const [value, count] of tally.sexReader.seenValues) {
    const lower = value.toLowerCase();
    if (!(lower in DEFAULT_SEX_VALUES)) continue;
    if (/^(flick|pojk)/.test(lower)) children += count;
    else if (/^(kvinn|man|män)/.test(lower)) adults += count;
  }
  if (children > adults) return 'children';
  return adults > children ? 'adults' : 'neutral';
}

function summariseFile(info: FileInfo): FileSummary {
  return {
    path: info.path,
    encoding: info.encoding,
    bom: info.bom,
    delimiter: info.delimiter,
    lineEnding: info.lineEnding,
    titleLines: info.titleLines,
    rows: info.rows,
    blankLines: info.blankLines,
  };
}

function compareAll(tally: Tally): UnadjustedResult[] {
  const { config, state } = tally;
  const results: UnadjustedResult[] = [];
  state.steps.forEach((step) => {
    results.push(compareGroup(step.name, null, null, step.overall.table(0), config));
    config.by.forEach((variable, position) => {
      const values = state.groupValues[position]!;
      const order = values.map((value, id) => ({ value, id })).sort((a, b) => compareGroupValues(a.value, b.value));
      for (const { value, id } of order) {
        const cells = step.byVariable[position]!.table(id);
        if (cells.every((count) => count === 0)) continue;
        results.push(compareGroup(step.name, variable, value, cells, config));
      }
    });
  });
  return results;
}

/** Adds q (adjusted over the run) and the flag to each result. */
function adjustAndFlag(results: readonly UnadjustedResult[], config: Config): Result[] {
  const { alpha, minDiffPp, minN, correction } = config.thresholds;
  const qValues = pAdjust(results.map((result) => result.p), correction);
  return results.map((result, index) => {
    const q = qValues[index] ?? null;
    const flag =
      q !== null &&
      q < alpha &&
      result.diffPp !== null &&
      Math.abs(result.diffPp) >= minDiffPp &&
      result.female.n >= minN &&
      result.male.n >= minN;
    const { reason, riskRatio, oddsRatio, shortfall, warnings, allCategories, adjusted, overTime, ...head } = result;
    return {
      ...head, q, flag, reason, riskRatio, oddsRatio, shortfall, warnings, allCategories, adjusted,
      verdict: flag ? 'candidate' : 'none', explainedBy: [], insufficientFor: [], overTime,
    };
  });
}

/** Runs the whole analysis of one or more extracts with a configuration. */
export async function analyze(files: readonly string[], config: Config, read: ReadOptions = {}): Promise<Report> {
  const { tally, infos } = await tallyFiles(files, config, read);
  const state = tally.state;
  if (state.rows === 0) throw new InputError('file-header-only', {}, { file: files[0]! });
  checkSexRecognised(tally);
  const results = adjustAndFlag(compareAll(tally), config);
  const steps: StepSummary[] = state.steps.map((step) => ({
    name: step.name,
    rows: step.taken,
    used: step.usedRows,
    cases: step.usedCases,
    notSelected: step.notSelected,
    excluded: STEP_EXCLUSIONS.filter((reason) => step.excluded[reason] > 0).map((reason) => ({ reason, rows: step.excluded[reason] })),
  }));
  return {
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
      familySize: results.filter((result) => result.p !== null).length,
      adjustedFamilySize: 0,
      unit: 'case',
      sexSource: config.sex.kind,
      countColumn: config.count,
      by: config.by,
    },
    sexTerms: sexTermsOf(tally),
    steps,
    results,
    rates: [],
  };
}
