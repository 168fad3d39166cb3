/**
 * The configuration made from command-line flags: `--sex`, `--by`, `--among`,
 * `--outcome`, `--step-name` make a one-step analysis without a file, and with a file
 * they replace the keys they name. Validated by the same schema as a file.
 */
import { UsageError } from '../errors.js';

export interface QuickFlags {
  readonly sex?: string;
  readonly personnummer?: string;
  readonly count?: string;
  readonly by?: string;
  readonly among?: string;
  readonly outcome?: string;
  readonly stepName?: string;
  readonly unit?: string;
  readonly id?: string;
  readonly alpha?: string;
  readonly minDiffPp?: string;
  readonly minN?: string;
  readonly correction?: string;
}

/** Parses "COLUMN=VALUE" (or "COLUMN=A|B" for several values) into a condition object. */
export function parseConditionFlag(flag: string, text: string): Record<string, unknown> {
  const at = text.indexOf('=');
  if (at <= 0) throw new UsageError('usage-bad-condition', { flag, value: text });
  const column = text.slice(0, at).trim();
  const value = text.slice(at + 1).trim();
  const values = value.split('|').map((part) => part.trim());
  return values.length > 1 ? { column, in: values } : { column, equals: value };
}

function parseNumberFlag(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) throw new UsageError('usage-bad-number', { flag, value: text });
  return value;
}

/** True when the flags describe an analysis on their own (no configuration file needed). */
export function hasQuickAnalysis(flags: QuickFlags): boolean {
  return (flags.sex !== undefined || flags.personnummer !== undefined) && flags.outcome !== undefined;
}

/**
 * Merges the flags into a raw configuration object (from a file, or empty). Returns a new
 * object; the caller validates it.
 */
export function applyQuickFlags(base: Record<string, unknown>, flags: QuickFlags): Record<string, unknown> {
  const config: Record<string, unknown> = { ...base };
  if (flags.sex !== undefined) config.sex = { column: flags.sex };
  if (flags.personnummer !== undefined) config.sex = { personnummer: flags.personnummer };
  if (flags.count !== undefined) config.count = flags.count;
  if (flags.unit === 'case') delete config.unit;
  if (flags.unit === 'person' || flags.id !== undefined) {
    const current = (base.unit as Record<string, unknown> | undefined) ?? {};
    if (flags.id === undefined && current.id === undefined) throw new UsageError('usage-unit-needs-id');
    config.unit = { ...current, ...(flags.id !== undefined ? { id: flags.id } : {}) };
  }
  if (flags.by !== undefined) config.by = flags.by.split(',').map((name) => name.trim()).filter(Boolean);
  if (flags.outcome !== undefined) {
    const step: Record<string, unknown> = {
      name: flags.stepName ?? flags.outcome,
      outcome: parseConditionFlag('--outcome', flags.outcome),
    };
    if (flags.among !== undefined) step.among = parseConditionFlag('--among', flags.among);
    config.steps = [step];
  }
  const thresholds: Record<string, unknown> = { ...((base.thresholds as Record<string, unknown> | undefined) ?? {}) };
  const alpha = parseNumberFlag('--alpha', flags.alpha);
  const minDiffPp = parseNumberFlag('--min-diff-pp', flags.minDiffPp);
  const minN = parseNumberFlag('--min-n', flags.minN);
  if (alpha !== undefined) thresholds.alpha = alpha;
  if (minDiffPp !== undefined) thresholds.minDiffPp = minDiffPp;
  if (minN !== undefined) thresholds.minN = minN;
  if (flags.correction !== undefined) thresholds.correction = flags.correction;
  if (Object.keys(thresholds).length > 0) config.thresholds = thresholds;
  return config;
}
