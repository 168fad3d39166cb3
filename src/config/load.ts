/**
 * Loading a configuration: YAML text → validated, frozen Config. Every problem becomes
 * one ConfigError naming the file, the line, the key path and, for an unknown key, the
 * nearest valid one.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isCollection, isMap, isNode, isScalar, visit, type Document } from 'yaml';
import { closest } from 'fastest-levenshtein';
import type * as z from 'zod/mini';
import { ConfigError, InputError } from '../errors.js';
import { configSchema, type CrossKeyParams, type RawCondition, type RawConfig } from './schema.js';
import { DEFAULT_LIMITS, DEFAULT_MARKERS, DEFAULT_QUALITY, DEFAULT_THRESHOLDS, DEFAULT_TOTAL_LABELS, DEFAULT_VALIDATION } from './defaults.js';
import type { Condition, Config, CriterionConfig, DerivedVariable } from './types.js';
import { describeIssue } from './issue-text.js';
import { CRITERIA } from './criteria.js';
import { allowedKeysAt } from './schema-keys.js';
import { formatKeyPath, type PathSegment } from './key-path.js';
import { MAX_ALIAS_COUNT, MAX_CONFIG_DEPTH, offsetBeyondDepth } from './yaml-limits.js';


/** Reads and validates a YAML configuration file. */
export function loadConfigFile(file: string, overrides: ConfigOverrides = {}): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    // Only a missing file is "not found"; a directory or a file one may not read says why.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigError('config-not-found', { file }, null, { file });
    throw new InputError('file-unreadable', { file, detail: code ?? String(error) }, { file });
  }
  return parseConfigText(text.replace(/^\uFEFF/, ''), file, overrides);
}

/** Settings given on the command line, which take precedence over the file. */
export interface ConfigOverrides {
  readonly yates?: boolean;
  /** Changes the raw configuration before validation (command-line flags that replace keys). */
  readonly amend?: (raw: Record<string, unknown>) => Record<string, unknown>;
}

/** Parses YAML configuration text; `source` names it in messages. */
export function parseConfigText(text: string, source: string, overrides: ConfigOverrides = {}): Config {
  const lineCounter = new LineCounter();
  // Depth first, on the parser's tree: building the document (and zod) recurse, and a few thousand levels exhaust the stack.
  const tooDeep = offsetBeyondDepth(text);
  if (tooDeep !== null) {
    const line = text.slice(0, tooDeep).split('\n').length;
    throw new ConfigError('config-too-deep', { limit: MAX_CONFIG_DEPTH }, null, { file: source, line });
  }
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const position = yamlError.linePos?.[0];
    // The parser often reports one cause as several errors from the same place (a value read as a key, then a key over two lines): the last line any of them reaches is where to look too.
    const endLines = document.errors.filter((error) => error.linePos?.[0].line === position?.line).map((error) => error.linePos?.[1]?.line ?? 0);
    const end = { line: Math.max(0, ...endLines) };
    // The yaml package's English message ends with its own "at line L, column C": jamstat says where in its own words.
    const detail = yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const args = { problem: yamlError.code, detail, ...(position && end && end.line > position.line ? { toLine: end.line } : {}) };
    throw new ConfigError('config-yaml', args, null, {
      file: source,
      ...(position ? { line: position.line, column: position.col } : {}),
    });
  }
  let raw: unknown = documentToJs(document, source, lineCounter);
  if (raw === null || raw === undefined) throw new ConfigError('config-empty', {}, null, { file: source });
  if (overrides.amend && typeof raw === 'object' && !Array.isArray(raw)) raw = overrides.amend(raw as Record<string, unknown>);
  return validateConfig(raw, source, overrides, (path) => {
    // The line of the key itself (a value may stand on the next line), else of the value.
    const parent = path.length ? document.getIn(path.slice(0, -1), true) : document.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path[path.length - 1]));
      if (pair && isNode(pair.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]).line;
    }
    const node = document.getIn(path, true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    return undefined;
  });
}

/**
 * The document as plain values, with aliases expanded up to MAX_ALIAS_COUNT nodes. The
 * `yaml` package stops a larger expansion, and an alias with no anchor before it, with a
 * ReferenceError; each becomes a known error at the alias's line (for an expansion, the
 * alias that repeats other aliases: an alias bomb's building block).
 */
function documentToJs(document: Document, source: string, lineCounter: LineCounter): unknown {
  const unresolved = unresolvedAlias(document);
  if (unresolved) {
    const line = unresolved.offset !== undefined ? lineCounter.linePos(unresolved.offset).line : undefined;
    throw new ConfigError('config-unknown-alias', { name: unresolved.name }, null, { file: source, ...(line ? { line } : {}) });
  }
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const offset = aliasBombOffset(document);
    throw new ConfigError('config-aliases', { limit: MAX_ALIAS_COUNT }, null, {
      file: source,
      ...(offset !== undefined ? { line: lineCounter.linePos(offset).line } : {}),
    });
  }
}

/** The first alias with no anchor of its name before it, if any. */
function unresolvedAlias(document: Document): { name: string; offset: number | undefined } | undefined {
  let found: { name: string; offset: number | undefined } | undefined;
  // Recursion is safe here: the depth was checked before the document was built.
  visit(document, {
    Alias(_key, alias) {
      if (alias.resolve(document) !== undefined) return undefined;
      found = { name: alias.source, offset: alias.range?.[0] };
      return visit.BREAK;
    },
  });
  return found;
}

/** The offset of the first alias whose target holds aliases itself (else the first alias). */
function aliasBombOffset(document: Document): number | undefined {
  let first: number | undefined;
  let nested: number | undefined;
  // Recursion is safe here: the depth was checked before the document was built.
  visit(document, {
    Alias(_key, alias) {
      const offset = alias.range?.[0];
      first ??= offset;
      const target = alias.resolve(document);
      let holdsAliases = false;
      if (isCollection(target)) visit(target, { Alias: () => ((holdsAliases = true), visit.BREAK) });
      if (holdsAliases && nested === undefined) {
        nested = offset;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return nested ?? first;
}

/**
 * Validates a configuration object (from YAML or built from command-line flags) and
 * returns the frozen Config. `lineOf` finds the source line of a key path, when known.
 */
export function validateConfig(
  raw: unknown,
  source: string,
  overrides: ConfigOverrides = {},
  lineOf: (path: PathSegment[]) => number | undefined = () => undefined,
): Config {
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    // An unknown key is the likeliest cause of the other issues (a misspelt required key), so it goes first.
    const issues = result.error.issues;
    const first = issues.find((issue) => issue.code === 'unrecognized_keys') ?? issues[0]!;
    throw issueToError(first, raw, source, lineOf);
  }
  return freezeConfig(result.data, source, overrides);
}

function issueToError(
  issue: z.core.$ZodIssue,
  raw: unknown,
  source: string,
  lineOf: (path: PathSegment[]) => number | undefined,
): ConfigError {
  const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const keyPath = formatKeyPath([...path, key]);
    const allowed = allowedKeysAt(configSchema, path);
    const line = lineOf([...path, key]);
    return new ConfigError(
      'config-unknown-key',
      { key: keyPath, suggestion: allowed.length ? closest(key, allowed) : undefined, allowed: allowed.join(', ') },
      keyPath,
      { file: source, ...(line ? { line } : {}) },
    );
  }
  const keyPath = formatKeyPath(path);
  const line = lineOf(path) ?? lineOf(path.slice(0, -1));
  const crossKey = issue.code === 'custom' ? (issue.params as Partial<CrossKeyParams> | undefined)?.crossKey : undefined;
  if (crossKey) {
    return ConfigError.fromMessage(crossKey, keyPath, { file: source, ...(line ? { line } : {}) });
  }
  return new ConfigError('config-invalid', describeIssue(issue, keyPath, valueAt(raw, path)), keyPath, {
    file: source,
    ...(line ? { line } : {}),
  });
}

function valueAt(raw: unknown, path: readonly PathSegment[]): unknown {
  let node: unknown = raw;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

function freezeCondition(raw: RawCondition): Condition {
  const column = raw.column ?? '';
  if (raw.equals !== undefined) return { kind: 'equals', column, value: raw.equals };
  if (raw.in !== undefined) return { kind: 'in', column, values: raw.in };
  if (raw.notIn !== undefined) return { kind: 'notIn', column, values: raw.notIn };
  if (raw.empty !== undefined) return { kind: 'empty', column, empty: raw.empty };
  if (raw.all !== undefined) return { kind: 'all', conditions: raw.all.map(freezeCondition) };
  if (raw.any !== undefined) return { kind: 'any', conditions: raw.any.map(freezeCondition) };
  return { kind: 'not', condition: freezeCondition(raw.not!) };
}

function freezeExplain(raw: RawConfig['explain']): CriterionConfig[] {
  if (!raw) return [];
  return CRITERIA.filter((criterion) => raw[criterion] !== undefined).map((criterion) => ({ criterion, variables: raw[criterion]! }));
}

type RawDerived = NonNullable<RawConfig['derive']> extends ReadonlyMap<string, infer Derived> ? Derived : never;

function freezeDerived(name: string, raw: RawDerived): DerivedVariable {
  if (raw.age?.column !== undefined) return { kind: 'age-column', name, column: raw.age.column };
  if (raw.age) return { kind: 'age-personnummer', name, personnummer: raw.age.personnummer!, at: raw.age.at! };
  if (raw.bins) return { kind: 'bins', name, column: raw.bins.column, edges: raw.bins.edges, labels: raw.bins.labels ?? null };
  if (raw.map) return { kind: 'map', name, column: raw.map.column, values: Object.fromEntries(raw.map.values), other: raw.map.other ?? null };
  return { kind: 'period', name, column: raw.period!.column, per: raw.period!.per };
}

function freezeConfig(raw: RawConfig, source: string, overrides: ConfigOverrides): Config {
  const explain = freezeExplain(raw.explain);
  const config: Config = {
    source,
    sex:
      raw.sex.personnummer !== undefined
        ? { kind: 'personnummer', column: raw.sex.personnummer }
        : raw.sex.columns !== undefined
          ? { kind: 'columns', columns: [...raw.sex.columns].map(([name, role]) => ({ name, role })) }
          : { kind: 'column', column: raw.sex.column!, values: raw.sex.values ? Object.fromEntries(raw.sex.values) : null },
    count: raw.count ?? null,
    by: raw.by ?? [],
    derive: [...(raw.derive ?? [])].map(([name, derived]) => freezeDerived(name, derived)),
    unit: raw.unit ? { id: raw.unit.id, rule: raw.unit.rule ?? 'any', date: raw.unit.date ?? null } : null,
    period: raw.period ?? null,
    population: raw.population
      ? { file: raw.population.file, sex: raw.population.sex, count: raw.population.count, by: raw.population.by ?? [], step: raw.population.step ?? null }
      : null,
    steps: raw.steps.map((step, index) => ({
      name: step.name,
      among: step.among ? freezeCondition(step.among) : null,
      outcome: step.outcome ? freezeCondition(step.outcome) : null,
      funnel: step.of !== undefined && step.yes !== undefined ? { of: step.of, yes: step.yes } : null,
      categories: step.categories
        ? {
            column: step.categories.column,
            values: step.categories.ordered ?? step.categories.values ?? null,
            ordered: step.categories.ordered !== undefined,
            other: step.categories.other ?? null,
          }
        : null,
      measure: step.measure ? { column: step.measure.column, unit: step.measure.unit ?? null, minShift: step.measure.minShift ?? null } : null,
      explain: step.explain ? freezeExplain(step.explain) : explain,
      keyPath: `steps[${index}]`,
    })),
    thresholds: { ...DEFAULT_THRESHOLDS, ...(raw.thresholds as Partial<typeof DEFAULT_THRESHOLDS> | undefined) },
    yates: overrides.yates ?? true,
    lang: raw.lang ?? null,
    suppress: raw.suppress ? { below: raw.suppress.below } : null,
    id: raw.id ?? null,
    quality: { ...DEFAULT_QUALITY, ...raw.quality },
    limits: { ...DEFAULT_LIMITS, ...raw.limits },
    fill: raw.fill ?? [],
    markers: {
      hidden: raw.markers?.hidden ?? DEFAULT_MARKERS.hidden,
      zero: raw.markers?.zero ?? DEFAULT_MARKERS.zero,
      notApplicable: raw.markers?.notApplicable ?? DEFAULT_MARKERS.notApplicable,
    },
    totals: { labels: raw.totals?.labels ?? DEFAULT_TOTAL_LABELS },
    ...(raw.report && Object.keys(raw.report).length ? { report: { ...raw.report } } : {}),
    validate: raw.validate ? { ...DEFAULT_VALIDATION, ...raw.validate, values: Object.fromEntries(raw.validate.values ?? []) } : null,
  };
  return deepFreeze(config);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
