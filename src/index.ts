/**
 * jamstat's public API: analyse extracts, inspect an extract, validate extracts, load a configuration.
 * No terminal code here; the CLI (cli.ts) is a thin shell over these.
 */
export { analyze } from './analysis/analyze.js';
export { tallyFiles } from './analysis/tally-files.js';
export { inspect, type InspectReport, type ColumnProfile } from './inspect/inspect.js';
export { validate, type ValidateOptions, type ValidationReport } from './validate/validate.js';
export { PROBLEM_CODES, PROBLEM_SEVERITY, type Problem, type ProblemCode, type Severity } from './validate/problem.js';
export { parseSwedishDate } from './ingest/dates.js';
export { loadConfigFile, parseConfigText, validateConfig } from './config/load.js';
export type { Config, Condition, StepConfig, Thresholds } from './config/types.js';
export type { Report, Result, StepSummary, FileSummary } from './model/report.js';
export { RENDERERS, FORMATS, formatFromPath, type Format, type RenderOptions } from './report/renderers.js';
export { UsageError, ConfigError, InputError, JamstatError, isKnownError } from './errors.js';
export { say } from './i18n/catalogue.js';
export type { Language } from './messages/languages.js';
export { VERSION } from './version.js';
