/**
 * The configuration made from command-line flags: `--sex`, `--by`, `--among`,
 * `--outcome`, `--step-name` make a one-step analysis without a file, and with a file
 * they replace the keys they name. Validated by the same schema as a file. Which flag
 * set which key is recorded, so that an error about that key names the flag.
 */
import { formatKeyPath } from '../config/key-path.js';
import { ANALYZE_FLAG_ENTRIES, longFlag, type ConfigWriter, type FlagValues, type KeyPathSegments, type QuickFlags } from './analyze-flags.js';
import { FlagOrigins } from './flag-origins.js';

export type { QuickFlags } from './analyze-flags.js';

/** The configuration the flags made, and which flag set which key. */
export interface QuickConfig {
  readonly raw: Record<string, unknown>;
  readonly origins: FlagOrigins;
}

/** True when the flags describe an analysis on their own (no configuration file needed). */
export function hasQuickAnalysis(flags: QuickFlags): boolean {
  return (flags.sex !== undefined || flags.personnummer !== undefined) && flags.outcome !== undefined;
}

const isRecord = (value: unknown): value is Record<string | number, unknown> => typeof value === 'object' && value !== null;

/**
 * A copy of a raw configuration that flags write into. Writes copy the objects on
 * their path, so the file's object is never changed. The flags describe one step:
 * the first flag that writes under `steps` replaces the file's steps.
 */
class ConfigDraft implements ConfigWriter {
  readonly raw: Record<string, unknown>;
  readonly origins = new FlagOrigins();
  private stepsReplaced = false;

  constructor(base: Record<string, unknown>) {
    this.raw = { ...base };
  }

  get(path: KeyPathSegments): unknown {
    let node: unknown = this.raw;
    for (const segment of path) node = isRecord(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
    return node;
  }

  set(flag: string, path: KeyPathSegments, value: unknown): void {
    if (path[0] === 'steps' && !this.stepsReplaced) {
      this.raw.steps = [];
      this.stepsReplaced = true;
    }
    this.parentOf(path)[path[path.length - 1]!] = value;
    this.origins.set(formatKeyPath(path), flag);
  }

  remove(path: KeyPathSegments): void {
    delete this.parentOf(path)[path[path.length - 1]!];
    this.origins.forget(formatKeyPath(path));
  }

  /** The (copied) object that holds the last key of `path`, made where missing. */
  private parentOf(path: KeyPathSegments): Record<string | number, unknown> {
    let node: Record<string | number, unknown> = this.raw;
    path.slice(0, -1).forEach((segment, index) => {
      const next = Object.hasOwn(node, segment) ? node[segment] : undefined;
      const copy = Array.isArray(next) ? [...next] : isRecord(next) ? { ...next } : typeof path[index + 1] === 'number' ? [] : {};
      node[segment] = copy;
      node = copy as Record<string | number, unknown>;
    });
    return node;
  }
}

/**
 * Applies the flags to a raw configuration object (from a file, or empty), in the
 * order of the flag table. Returns a new object, which the caller validates, and the
 * key paths the flags set.
 */
export function applyQuickFlags(base: Record<string, unknown>, flags: QuickFlags): QuickConfig {
  const draft = new ConfigDraft(base);
  const values = flags as FlagValues;
  for (const [name, spec] of ANALYZE_FLAG_ENTRIES) {
    const given = values[name];
    // A switch that sets a key (--allow-excluded) is given as true; the --no-… switches set no key.
    const text = given === true && spec.keyPath ? 'true' : given;
    if (typeof text !== 'string' || (spec.applies && !spec.applies(values))) continue;
    const flag = longFlag(spec);
    if (spec.apply) spec.apply(text, draft, values);
    else if (spec.keyPath) draft.set(flag, spec.keyPath, spec.parse ? spec.parse(text, flag) : text);
  }
  return { raw: draft.raw, origins: draft.origins };
}
