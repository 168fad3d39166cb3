/**
 * `validate`: checks extracts against a configuration before anyone analyses them.
 * Each file is read twice: once to check every row (file-pass.ts), and once by the
 * analysis itself, whose row accounting is then checked (accounting.ts), so that the
 * numbers checked are the numbers `analyze` will report. Returns problems as data; it
 * prints and writes nothing. A file that cannot be read at all throws, as in `analyze`.
 */
import { DEFAULT_VALIDATION } from '../config/defaults.js';
import type { Config, ValidationConfig } from '../config/types.js';
import { ConfigError, hasCode, InputError } from '../errors.js';
import { analyze } from '../analysis/analyze.js';
import { maskIdentityText } from '../ingest/personnummer.js';
import type { ReadOptions } from '../ingest/read-options.js';
import type { Report } from '../model/report.js';
import { accountingProblems } from './accounting.js';
import { checkFile, type FilePass } from './file-pass.js';
import { previousProblems, totalsOf } from './previous.js';
import { hasFailures, problem, quoteCell, sortProblems, type Problem } from './problem.js';
import { SeenIds } from './seen-ids.js';
import { valueProblems } from './value-problems.js';

export interface ValidateOptions {
  /** Earlier extracts of the same kind, to compare the row count and shares with. */
  readonly previous?: readonly string[];
  readonly read?: ReadOptions;
  /** Warnings fail the validation too. */
  readonly strict?: boolean;
}

export interface ValidationReport {
  /** False when there is an error (with `strict`, any problem). */
  readonly ok: boolean;
  /** Sorted the same way every run (see sortProblems). */
  readonly problems: readonly Problem[];
}

/** The `validate:` settings with their defaults. */
function settingsOf(config: Config): ValidationConfig {
  return config.validate ?? { ...DEFAULT_VALIDATION, values: {} };
}

/** A `header-mismatch` problem when `pass`'s columns differ from the first file's. */
function headerProblems(file: string, pass: FilePass, first: { file: string; header: readonly string[] }): Problem[] {
  if (pass.header.join('\u0000') === first.header.join('\u0000')) return [];
  const missing = first.header.filter((name) => !pass.header.includes(name));
  const extra = pass.header.filter((name) => !first.header.includes(name));
  return [problem('header-mismatch', { file, line: null }, { firstFile: first.file, missing: missing.join(', '), extra: extra.join(', ') })];
}

/**
 * Runs the analysis of one file. The file was read without error before, so an input
 * error now is about its data (no recognised sex code, a value a derived variable cannot
 * map): it becomes a problem instead of stopping the validation.
 */
async function analyzeFile(file: string, config: Config, read: ReadOptions): Promise<{ report: Report } | { problem: Problem }> {
  // validate has its own limit on excluded rows (validate.maxExcludedShare, accounting.ts): the analysis's gate is not applied here.
  const lenient: Config = { ...config, quality: { ...config.quality, allowExcluded: true } };
  try {
    return { report: await analyze([file], lenient, read) };
  } catch (error) {
    // A misspelt value stops the analysis; value-problems.ts reports it (an error) where it can see the column.
    if (error instanceof ConfigError && hasCode(error, 'value-misspelt')) {
      return { problem: problem('value-misspelt', { file, column: error.args.column }, { keyPath: error.keyPath ?? '', value: quoteCell(error.args.value), suggestion: error.args.suggestion }) };
    }
    if (!(error instanceof InputError)) throw error;
    // A count cell that cannot be a count: the file pass reported it at its line; the same problem here is dropped as a repeat.
    if (hasCode(error, 'count-is-personnummer')) {
      return { problem: problem('count-is-personnummer', { file, line: error.place?.line ?? null, column: error.args.column }, { value: error.args.value }) };
    }
    if (hasCode(error, 'count-over-limit')) {
      return { problem: problem('count-over-limit', { file, line: error.place?.line ?? null, column: error.args.column }, { value: error.args.value, limit: error.args.limit }) };
    }
    if (hasCode(error, 'no-sex-recognised')) {
      return { problem: problem('no-sex-recognised', { file, column: config.sex.column }, { seen: error.args.seen }) };
    }
    return { problem: problem('analysis-stopped', { file, line: error.place?.line ?? null }, { code: error.code, args: error.args }) };
  }
}

/** Validates extracts against a configuration (and optionally earlier extracts); personnummer-shaped text in the problems is masked. */
export async function validate(files: readonly string[], config: Config, options: ValidateOptions = {}): Promise<ValidationReport> {
  const settings = settingsOf(config);
  const read = options.read ?? {};
  const ids = new SeenIds();
  const problems: Problem[] = [];
  const reports: Report[] = [];
  let first: { file: string; header: readonly string[] } | null = null;
  for (const file of files) {
    const pass = await checkFile(file, config, read, ids);
    first ??= { file, header: pass.header };
    problems.push(...headerProblems(file, pass, first), ...pass.missing, ...pass.occurrences.problems(file));
    if (pass.rows === 0) {
      problems.push(problem('no-rows', { file }));
      continue;
    }
    problems.push(...valueProblems(file, config, pass.plan.tracked, pass.values, settings.rareValueCount));
    if (pass.missing.length > 0) continue;
    const analysed = await analyzeFile(file, config, read);
    if ('problem' in analysed) {
      const found = analysed.problem;
      const reported = problems.some((other) => other.code === found.code && other.file === found.file && JSON.stringify(other.args) === JSON.stringify(found.args));
      if (!reported) problems.push(found);
      continue;
    }
    reports.push(analysed.report);
    problems.push(...accountingProblems(analysed.report, config, file, settings.maxExcludedShare));
  }
  const previous = options.previous ?? [];
  if (previous.length > 0 && reports.length === files.length) {
    const earlier: Report[] = [];
    for (const file of previous) earlier.push(await analyze([file], config, read));
    const limits = { maxRowChange: settings.maxRowChange, maxShareChangePp: settings.maxShareChangePp, minN: config.thresholds.minN };
    problems.push(...previousProblems(totalsOf(reports), totalsOf(earlier), limits, reports[0]!.sexTerms));
  }
  const sorted = sortProblems(problems, [...files, ...previous]);
  // File and column names and quoted values enter the model here: masked once, every format shows them masked.
  return { ok: !hasFailures(sorted, options.strict ?? false), problems: maskIdentityText(sorted) };
}
