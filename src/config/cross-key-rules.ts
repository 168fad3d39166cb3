/**
 * The rules that span several keys: one key is wrong only because of another (a
 * population `by` variable that `by` does not analyse, a personnummer column used to
 * split tables). The schema runs them all after the keys themselves are valid, so
 * their errors name the key path and the line of the YAML file like every other
 * configuration error, before any extract is read.
 *
 * A rule returns its findings at the key path to blame, each with a message code of the
 * catalogue and its arguments. A new rule is one function added to CROSS_KEY_RULES.
 */
import { closest } from 'fastest-levenshtein';
import { CRITERIA } from './criteria.js';
import { intersectionVariables } from './intersections.js';
import { formatKeyPath, type PathSegment } from './key-path.js';
import type { ErrorMessage } from '../messages/error-codes.js';

/** A rule's finding: where, and what to say (a message code and its arguments, checked together). */
export type CrossKeyFinding = ErrorMessage & { readonly path: readonly PathSegment[] };

type Explain = Partial<Record<(typeof CRITERIA)[number], readonly string[]>>;

/** The parts of a parsed configuration the rules read (the schema's output has them all). */
export interface CrossKeyInput {
  readonly sex: { readonly personnummer?: string; readonly columns?: ReadonlyMap<string, string> };
  readonly count?: string;
  readonly by?: readonly string[];
  readonly steps: readonly {
    readonly name: string;
    readonly explain?: Explain;
    readonly of?: string;
    readonly categories?: unknown;
    readonly measure?: unknown;
  }[];
  readonly explain?: Explain;
  readonly unit?: { readonly id: string; readonly rule?: string };
  readonly period?: { readonly column: string };
  readonly population?: { readonly by?: readonly string[]; readonly step?: string };
  /** A Map, as the schema reads it: a derived variable may be named like an Object property. */
  readonly derive?: ReadonlyMap<string, Readonly<Partial<Record<'age' | 'bins' | 'map' | 'period', Readonly<Record<string, unknown>>>>>>;
}

type CrossKeyRule = (config: CrossKeyInput) => CrossKeyFinding[];

/**
 * The rates count the cases of `population.step`: a name that is no step has nothing to
 * count. Said as what the key should hold (`config-invalid`), naming the steps that exist.
 */
const populationStepExists: CrossKeyRule = (config) => {
  const name = config.population?.step;
  const names = config.steps.map((step) => step.name);
  if (name === undefined || names.includes(name)) return [];
  const path = ['population', 'step'];
  const expectation = { code: 'population-step-unknown', args: { name, steps: names.join(', '), suggestion: closest(name, names) } } as const;
  return [{ path, code: 'config-invalid', args: { keyPath: formatKeyPath(path), got: '', expectation } }];
};

/** Every population `by` variable must be analysed on its own in `by`: rates are per group of it. */
const populationByIsAnalysed: CrossKeyRule = (config) =>
  (config.population?.by ?? []).flatMap((variable, index) =>
    (config.by ?? []).includes(variable) ? [] : [{ path: ['population', 'by', index], code: 'population-by-not-in-analysis', args: { variable } }],
  );

/**
 * The personnummer column (of sex or of the person id) never splits a table: every
 * person would show. (The tally still refuses values that look like personnummer in any
 * group column: that is about the data, this is about the configuration.)
 */
const noPersonnummerGroups: CrossKeyRule = (config) => {
  const personal = new Set([config.sex.personnummer, config.unit?.id].filter((column) => column !== undefined));
  const findings: CrossKeyFinding[] = [];
  const check = (column: string, path: readonly PathSegment[]) => {
    if (personal.has(column)) findings.push({ path, code: 'personnummer-as-group', args: { column } });
  };
  (config.by ?? []).forEach((spec, index) => intersectionVariables(spec).forEach((column) => check(column, ['by', index])));
  const checkExplain = (explain: Explain | undefined, at: readonly PathSegment[]) => {
    for (const criterion of CRITERIA) explain?.[criterion]?.forEach((column, index) => check(column, [...at, 'explain', criterion, index]));
  };
  checkExplain(config.explain, []);
  config.steps.forEach((step, index) => checkExplain(step.explain, ['steps', index]));
  if (config.period) check(config.period.column, ['period', 'column']);
  return findings;
};

/** The variables a derived variable reads: columns, or other derived variables. */
function sourcesOf(derived: NonNullable<ReturnType<NonNullable<CrossKeyInput['derive']>['get']>>): string[] {
  return Object.values(derived).flatMap((kind) =>
    ['personnummer', 'at', 'column'].flatMap((key) => (typeof kind?.[key] === 'string' ? [kind[key] as string] : [])),
  );
}

/** Derived variables may build on each other, but not in a circle. */
const noDerivedCycle: CrossKeyRule = (config) => {
  const derive = config.derive ?? new Map();
  const names = new Set(derive.keys());
  const done = new Set<string>();
  const visit = (name: string, visiting: readonly string[]): CrossKeyFinding | null => {
    if (visiting.includes(name)) {
      const circle = [...visiting.slice(visiting.indexOf(name)), name];
      return { path: ['derive', name], code: 'config-derived-cycle', args: { variables: circle.join(' → ') } };
    }
    if (done.has(name)) return null;
    for (const source of sourcesOf(derive.get(name)!)) {
      if (!names.has(source)) continue;
      const found = visit(source, [...visiting, name]);
      if (found) return found;
    }
    done.add(name);
    return null;
  };
  for (const name of names) {
    const found = visit(name, []);
    if (found) return [found];
  }
  return [];
};

/** The first funnel step (its counts are its `of` and `yes` columns), or undefined. */
function firstFunnelStep(config: CrossKeyInput): string | undefined {
  return config.steps.find((step) => step.of !== undefined)?.name;
}

/** Counts in columns are the counts: a `count:` column as well would count each case twice over. */
const noCountWithColumns: CrossKeyRule = (config) => {
  if (config.count === undefined) return [];
  if (config.sex.columns !== undefined) return [{ path: ['count'], code: 'wide-with-count', args: {} }];
  const step = firstFunnelStep(config);
  return step === undefined ? [] : [{ path: ['count'], code: 'funnel-with-count', args: { step } }];
};

/** Persons (`unit:`) are told apart by their id on rows of one case each; counts in columns have no persons. */
const noUnitWithColumns: CrossKeyRule = (config) => {
  if (config.unit === undefined) return [];
  if (config.sex.columns !== undefined) return [{ path: ['unit'], code: 'wide-with-unit', args: {} }];
  const step = firstFunnelStep(config);
  return step === undefined ? [] : [{ path: ['unit'], code: 'funnel-with-unit', args: { step } }];
};

/** The key of a step whose outcome is no yes/no (`categories` or `measure`), or null for a yes/no step. */
function otherKindOf(step: CrossKeyInput['steps'][number]): 'categories' | 'measure' | null {
  return step.categories !== undefined ? 'categories' : step.measure !== undefined ? 'measure' : null;
}

/**
 * Rule `any` makes a person yes when any case is: a category or a number has no "any".
 * Said at unit.rule when it is written, else at unit (the rule is any by default).
 */
const noAnyRuleWithKinds: CrossKeyRule = (config) => {
  if (config.unit === undefined || (config.unit.rule ?? 'any') !== 'any') return [];
  const step = config.steps.find((candidate) => otherKindOf(candidate) !== null);
  if (step === undefined) return [];
  return [{ path: config.unit.rule === undefined ? ['unit'] : ['unit', 'rule'], code: 'unit-any-with-kind', args: { step: step.name, key: otherKindOf(step)! } }];
};

/** Rates per 1,000 count a yes/no step's cases (population.step, else the first step). */
const populationStepIsYesNo: CrossKeyRule = (config) => {
  if (config.population === undefined) return [];
  const name = config.population.step;
  const step = name === undefined ? config.steps[0] : config.steps.find((candidate) => candidate.name === name);
  const key = step === undefined ? null : otherKindOf(step);
  if (step === undefined || key === null) return [];
  return [{ path: name === undefined ? ['population'] : ['population', 'step'], code: 'population-step-kind', args: { step: step.name, key } }];
};

/** A funnel's counts are yes and no in columns: categories and numbers need case rows. */
const noKindsInFunnel: CrossKeyRule = (config) => {
  const funnelStep = firstFunnelStep(config);
  if (funnelStep === undefined) return [];
  return config.steps.flatMap((step, index) => {
    const key = otherKindOf(step);
    return key === null ? [] : [{ path: ['steps', index, key], code: 'funnel-with-kind', args: { step: step.name, funnelStep, key } } as const];
  });
};

/** The rules, in the order their findings are reported. */
export const CROSS_KEY_RULES: readonly CrossKeyRule[] = [
  populationStepExists,
  noDerivedCycle,
  noPersonnummerGroups,
  populationByIsAnalysed,
  noCountWithColumns,
  noUnitWithColumns,
  noKindsInFunnel,
  noAnyRuleWithKinds,
  populationStepIsYesNo,
];

/** The findings of every rule on a configuration whose keys are each valid. */
export function crossKeyFindings(config: CrossKeyInput): CrossKeyFinding[] {
  return CROSS_KEY_RULES.flatMap((rule) => rule(config));
}
