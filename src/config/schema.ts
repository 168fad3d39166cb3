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

export const sexSchema = z
  .strictObject({
    column: z.optional(columnName),
    values: z.optional(dataMapping(z.string(), sexValue)),
    personnummer: z.optional(columnName),
  })
  .check(
    z.superRefine((sex: { column?: string; values?: ReadonlyMap<string, string>; personnummer?: string }, context) => {
      if ((sex.column === undefined) === (sex.personnummer === undefined)) {
        context.addIssue({ code: 'custom', message: 'sex-one-source' });
      }
      if (sex.values !== undefined && sex.column === undefined) {
        context.addIssue({ code: 'custom', message: 'sex-values-need-column', path: ['values'] });
      }
    }),
  );

const criterionVariables = z.optional(nonEmptyList(columnName));

/** The criteria that may explain a difference: each a list of variables whose combinations form strata. */
export const explainSchema = z.strictObject(
  Object.fromEntries(CRITERIA.map((criterion) => [criterion, criterionVariables])) as Record<Criterion, typeof criterionVariables>,
);

export const stepSchema = z.strictObject({
  name: nonEmptyText(),
  among: z.optional(conditionSchema),
  outcome: conditionSchema,
  explain: z.optional(explainSchema),
});

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

/** Bounds on the input (`limits:`); every key optional (defaults in defaults.ts). */
export const limitsSchema = z.strictObject({
  maxCount: z.optional(z.int().check(z.gte(1))),
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
