/**
 * The configuration file's schema (zod). Every object is strict, so an unknown key is
 * an error; load.ts turns zod's issues into messages that name the key path.
 *
 * Written with zod/mini, zod's functional form: the same validator and issues as
 * `zod`, but only what is used is loaded (bundled, about 30 KB against 750 KB; zod's
 * full form took some 60 ms of every run to start).
 */
import * as z from 'zod/mini';
import { CORRECTIONS } from '../stats/p-adjust.js';
import { CRITERIA, type Criterion } from './criteria.js';
import { crossKeyFindings, type CrossKeyFinding, type CrossKeyInput } from './cross-key-rules.js';

/** A condition as written in the YAML file. */
export interface RawCondition {
  column?: string;
  equals?: string;
  in?: string[];
  notIn?: string[];
  empty?: boolean;
  all?: RawCondition[];
  any?: RawCondition[];
  not?: RawCondition;
}

/** Values in conditions are compared as text; YAML may read `1` or `true` as other types. */
const value = z.pipe(
  z.union([z.string(), z.number(), z.boolean()]),
  z.transform((raw: string | number | boolean) => String(raw).trim()),
);
const nonEmptyText = () => z.string().check(z.trim(), z.minLength(1));
const columnName = nonEmptyText();
const nonEmptyList = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1));

/** A plain YAML mapping (not a list, not a Map). */
const isPlainMapping = (input: unknown): input is Record<string, unknown> =>
  input !== null && typeof input === 'object' && !Array.isArray(input) && [Object.prototype, null].includes(Object.getPrototypeOf(input));

/**
 * A mapping whose keys come from the users' data: codes, values, column and variable
 * names. zod's record leaves a `__proto__` key out without a word, so the mapping is read
 * into a Map first, where any text is an ordinary key (issues still name the key path).
 */
const dataMapping = <Key extends z.core.SomeType, Value extends z.core.SomeType>(key: Key, item: Value) =>
  z.pipe(
    z.transform((input: unknown) => (isPlainMapping(input) ? new Map(Object.entries(input)) : input)),
    z.map(key, item),
  );

const LEAF_OPERATORS = ['equals', 'in', 'notIn', 'empty'] as const;
const GROUP_OPERATORS = ['all', 'any', 'not'] as const;

export const conditionSchema: z.ZodMiniType<RawCondition> = z.lazy(() =>
  z
    .strictObject({
      column: z.optional(columnName),
      equals: z.optional(value),
      in: z.optional(nonEmptyList(value)),
      notIn: z.optional(nonEmptyList(value)),
      empty: z.optional(z.boolean()),
      all: z.optional(nonEmptyList(conditionSchema)),
      any: z.optional(nonEmptyList(conditionSchema)),
      not: z.optional(conditionSchema),
    })
    .check(
      z.superRefine((condition: RawCondition, context) => {
        const operators = [...LEAF_OPERATORS, ...GROUP_OPERATORS].filter((key) => condition[key] !== undefined);
        if (operators.length !== 1) {
          context.addIssue({
            code: 'custom',
            message: 'condition-operator-count',
            params: { found: operators.join(', ') },
          });
          return;
        }
        const isLeaf = (LEAF_OPERATORS as readonly string[]).includes(operators[0]!);
        if (isLeaf && condition.column === undefined) {
          context.addIssue({ code: 'custom', message: 'condition-needs-column', path: ['column'] });
        }
        if (!isLeaf && condition.column !== undefined) {
          context.addIssue({ code: 'custom', message: 'condition-group-has-column', path: ['column'] });
        }
      }),
    ),
);

const sexValue = z.enum(['female', 'male', 'other']);
/** What a column of a table wide by sex holds: one sex's count, or the total (checked, not counted). */
const sexColumnValue = z.enum(['female', 'male', 'other', 'total']);

/** The parts of `sex:` its rule reads. */
interface RawSex {
  column?: string;
  values?: ReadonlyMap<string, string>;
  personnummer?: string;
  columns?: ReadonlyMap<string, string>;
}

export const sexSchema = z
  .strictObject({
    column: z.optional(columnName),
    values: z.optional(dataMapping(z.string(), sexValue)),
    personnummer: z.optional(columnName),
    columns: z.optional(dataMapping(columnName, sexColumnValue)),
  })
  .check(
    z.superRefine((sex: RawSex, context) => {
      const sources = [sex.column, sex.personnummer, sex.columns].filter((source) => source !== undefined);
      if (sources.length !== 1) {
        context.addIssue({ code: 'custom', message: 'sex-one-source' });
      }
      if (sex.values !== undefined && sex.column === undefined) {
        context.addIssue({ code: 'custom', message: 'sex-values-need-column', path: ['values'] });
      }
      // A table wide by sex compares the sexes' columns: both must be there.
      const held = new Set(sex.columns?.values() ?? []);
      if (sex.columns !== undefined && !(held.has('female') && held.has('male'))) {
        context.addIssue({ code: 'custom', message: 'sex-columns-need-both', path: ['columns'] });
      }
    }),
  );

const criterionVariables = z.optional(nonEmptyList(columnName));

/** The criteria that may explain a difference: each a list of variables whose combinations form strata. */
export const explainSchema = z.strictObject(
  Object.fromEntries(CRITERIA.map((criterion) => [criterion, criterionVariables])) as Record<Criterion, typeof criterionVariables>,
);

/**
 * A categorical step's outcome (`categories:`): a column's values. `values` keeps the
 * listed ones in that display order; `ordered` does the same and says the order means
 * something (a trend test); a value not listed is pooled into `other` when it is given.
 */
const categoriesSchema = z
  .strictObject({
    column: columnName,
    values: z.optional(nonEmptyList(value)),
    ordered: z.optional(nonEmptyList(value)),
    other: z.optional(value),
  })
  .check(
    z.superRefine((categories: { values?: string[]; ordered?: string[]; other?: string }, context) => {
      if (categories.values !== undefined && categories.ordered !== undefined) {
        context.addIssue({ code: 'custom', message: 'categories-values-or-ordered', path: ['ordered'], params: { got: '' } });
        return;
      }
      const key = categories.ordered !== undefined ? 'ordered' : 'values';
      const listed = categories.ordered ?? categories.values ?? [];
      const seen = new Set<string>();
      listed.forEach((listedValue, index) => {
        if (listedValue === '') context.addIssue({ code: 'custom', message: 'categories-blank-value', path: [key, index] });
        else if (seen.has(listedValue)) context.addIssue({ code: 'custom', message: 'categories-duplicate-value', path: [key, index] });
        seen.add(listedValue);
      });
      // A pooled category named like a listed one would merge two different things under one name.
      if (categories.other === '') context.addIssue({ code: 'custom', message: 'categories-blank-value', path: ['other'] });
      else if (categories.other !== undefined && seen.has(categories.other)) {
        context.addIssue({ code: 'custom', message: 'categories-duplicate-value', path: ['other'] });
      }
    }),
  );

/** A numeric step's outcome (`measure:`): a column of numbers, its unit, and the smallest shift worth a flag. */
const measureSchema = z.strictObject({
  column: columnName,
  unit: z.optional(nonEmptyText()),
  minShift: z.optional(z.number().check(z.gte(0))),
});

/** The keys that give a step its outcome, one kind each (`of` and `yes` together are one: a funnel). */
const STEP_KINDS = ['outcome', 'of', 'categories', 'measure'] as const;

/**
 * A step: its outcome a condition on each row (`outcome:`); in a funnel of counts as
 * columns, the column counting those who reached the step (`of:`) and the column
 * counting those of them with the outcome (`yes:`); a column's categories
 * (`categories:`); or a column of numbers (`measure:`). Exactly one kind.
 */
export const stepSchema = z
  .strictObject({
    name: nonEmptyText(),
    among: z.optional(conditionSchema),
    outcome: z.optional(conditionSchema),
    of: z.optional(columnName),
    yes: z.optional(columnName),
    categories: z.optional(categoriesSchema),
    measure: z.optional(measureSchema),
    explain: z.optional(explainSchema),
  })
  .check(
    z.superRefine((step: { outcome?: RawCondition; of?: string; yes?: string; categories?: unknown; measure?: unknown }, context) => {
      const funnel = step.of !== undefined || step.yes !== undefined;
      const kinds = STEP_KINDS.filter((kind) => (kind === 'of' ? funnel : step[kind] !== undefined));
      if (kinds.length > 1 && (step.categories !== undefined || step.measure !== undefined)) {
        // Said at the second kind's key: the first is taken as meant, the other is the trouble.
        const second = kinds[1]!;
        const found = kinds.map((kind) => (kind === 'of' ? 'of/yes' : kind)).join(', ');
        context.addIssue({ code: 'custom', message: 'step-one-kind', path: [second === 'of' && step.of === undefined ? 'yes' : second], params: { got: '', found } });
      } else if (step.outcome !== undefined && funnel) {
        // Said at the funnel key, without its value: the value is fine, the other key is the trouble.
        context.addIssue({ code: 'custom', message: 'step-outcome-or-funnel', path: [step.of !== undefined ? 'of' : 'yes'], params: { got: '' } });
      } else if (kinds.length === 0) {
        context.addIssue({ code: 'custom', message: 'step-outcome-or-funnel', path: ['outcome'] });
      } else if (funnel && (step.of === undefined || step.yes === undefined)) {
        context.addIssue({ code: 'custom', message: 'step-funnel-needs-both', path: [step.of === undefined ? 'of' : 'yes'] });
      }
    }),
  );

export const PERIOD_UNITS = ['month', 'quarter', 'year'] as const;

const periodSchema = z.strictObject({ column: columnName, per: z.enum(PERIOD_UNITS) });

const ageSchema = z
  .strictObject({ personnummer: z.optional(columnName), at: z.optional(columnName), column: z.optional(columnName) })
  .check(
    z.superRefine((age: { personnummer?: string; at?: string; column?: string }, context) => {
      const fromPersonnummer = age.personnummer !== undefined && age.at !== undefined && age.column === undefined;
      const fromColumn = age.column !== undefined && age.personnummer === undefined && age.at === undefined;
      if (!fromPersonnummer && !fromColumn) context.addIssue({ code: 'custom', message: 'age-source' });
    }),
  );

const binsSchema = z
  .strictObject({
    column: columnName,
    edges: z.array(z.number()).check(z.minLength(2)),
    labels: z.optional(z.array(nonEmptyText())),
  })
  .check(
    z.superRefine((bins: { edges: number[]; labels?: string[] }, context) => {
      if (bins.edges.some((edge, index) => index > 0 && edge <= bins.edges[index - 1]!)) {
        context.addIssue({ code: 'custom', message: 'bins-increasing', path: ['edges'] });
      }
      if (bins.labels && bins.labels.length !== bins.edges.length - 1) {
        context.addIssue({ code: 'custom', message: 'bins-labels', path: ['labels'] });
      }
    }),
  );

const mapSchema = z.strictObject({
  column: columnName,
  values: dataMapping(z.string(), value),
  other: z.optional(value),
});

/** Variables derived from columns (or from earlier derived variables). Exactly one kind each. */
export const derivedSchema = z
  .strictObject({
    age: z.optional(ageSchema),
    bins: z.optional(binsSchema),
    map: z.optional(mapSchema),
    period: z.optional(periodSchema),
  })
  .check(
    z.superRefine((derived: Partial<Record<'age' | 'bins' | 'map' | 'period', unknown>>, context) => {
      const kinds = (['age', 'bins', 'map', 'period'] as const).filter((kind) => derived[kind] !== undefined);
      if (kinds.length !== 1) context.addIssue({ code: 'custom', message: 'derived-kind-count', params: { found: kinds.join(', ') } });
    }),
  );

export const unitSchema = z
  .strictObject({
    id: columnName,
    rule: z.optional(z.enum(['any', 'first', 'last'])),
    date: z.optional(columnName),
  })
  .check(
    z.superRefine((unit: { rule?: string; date?: string }, context) => {
      if ((unit.rule === 'first' || unit.rule === 'last') && unit.date === undefined) {
        context.addIssue({ code: 'custom', message: 'unit-rule-needs-date', path: ['date'] });
      }
    }),
  );

export const populationSchema = z.strictObject({
  file: nonEmptyText(),
  sex: columnName,
  count: columnName,
  by: z.optional(z.array(columnName)),
  step: z.optional(nonEmptyText()),
});

export const thresholdsSchema = z.strictObject({
  alpha: z.optional(z.number().check(z.gt(0), z.lt(1))),
  minDiffPp: z.optional(z.number().check(z.gte(0), z.lte(100))),
  minN: z.optional(z.int().check(z.gte(0))),
  correction: z.optional(z.enum(CORRECTIONS as unknown as [string, ...string[]])),
  minShift: z.optional(z.number().check(z.gte(0))),
});

/** What `jamstat validate` expects of an extract; every key optional (defaults in defaults.ts). */
export const validationSchema = z.strictObject({
  values: z.optional(dataMapping(columnName, nonEmptyList(value))),
  maxExcludedShare: z.optional(z.number().check(z.gte(0), z.lte(1))),
  rareValueCount: z.optional(z.int().check(z.gte(0))),
  maxRowChange: z.optional(z.number().check(z.gte(0))),
  maxShareChangePp: z.optional(z.number().check(z.gte(0), z.lte(100))),
});

/** The data-quality gate of `analyze` (see analysis/quality-gate.ts); every key optional (defaults in defaults.ts). */
export const qualitySchema = z.strictObject({
  maxExcludedShare: z.optional(z.number().check(z.gte(0), z.lte(1))),
  allowExcluded: z.optional(z.boolean()),
});

/**
 * Bounds on the input and on a run's memory (`limits:`); every key optional (defaults in
 * defaults.ts).
 */
export const limitsSchema = z.strictObject({
  maxCount: z.optional(z.int().check(z.gte(1))),
  maxGroups: z.optional(z.int().check(z.gte(1))),
});

/** Symbols in count cells (see DEFAULT_MARKERS); each list optional, replacing its default. */
export const markersSchema = z.strictObject({
  hidden: z.optional(z.array(nonEmptyText())),
  zero: z.optional(z.array(nonEmptyText())),
  notApplicable: z.optional(z.array(nonEmptyText())),
});

/** Total labels (see DEFAULT_TOTAL_LABELS); the list replaces the default. */
export const totalsSchema = z.strictObject({
  labels: z.optional(z.array(nonEmptyText())),
});

/** The report's title block (`report:`): every key optional, plain text shown as given (masked and escaped like all text). */
export const reportMetaSchema = z.strictObject({
  title: z.optional(nonEmptyText()),
  organisation: z.optional(nonEmptyText()),
  period: z.optional(nonEmptyText()),
  author: z.optional(nonEmptyText()),
});

export const configSchema = z
  .strictObject({
    sex: sexSchema,
    count: z.optional(columnName),
    by: z.optional(z.array(columnName)),
    steps: nonEmptyList(stepSchema),
    thresholds: z.optional(thresholdsSchema),
    lang: z.optional(z.enum(['sv', 'en'])),
    derive: z.optional(dataMapping(nonEmptyText(), derivedSchema)),
    explain: z.optional(explainSchema),
    unit: z.optional(unitSchema),
    period: z.optional(periodSchema),
    population: z.optional(populationSchema),
    suppress: z.optional(z.strictObject({ below: z.int().check(z.gte(2)) })),
    id: z.optional(columnName),
    validate: z.optional(validationSchema),
    quality: z.optional(qualitySchema),
    limits: z.optional(limitsSchema),
    fill: z.optional(z.array(columnName)),
    markers: z.optional(markersSchema),
    totals: z.optional(totalsSchema),
    report: z.optional(reportMetaSchema),
  })
  .check(
    z.superRefine((config: CrossKeyInput, context) => {
      const seen = new Set<string>();
      config.steps.forEach((step, index) => {
        if (seen.has(step.name)) {
          context.addIssue({ code: 'custom', message: 'step-name-duplicate', path: ['steps', index, 'name'] });
        }
        seen.add(step.name);
      });
      for (const finding of crossKeyFindings(config)) {
        const params: CrossKeyParams = { crossKey: finding };
        context.addIssue({ code: 'custom', message: finding.code, path: [...finding.path], params });
      }
    }),
  );

/** The params of an issue a cross-key rule raised: load.ts reports its own message code. */
export interface CrossKeyParams {
  readonly crossKey: CrossKeyFinding;
}

export type RawConfig = z.infer<typeof configSchema>;
