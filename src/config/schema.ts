/**
 * The configuration file's schema (zod). Every object is strict, so an unknown key is
 * an error; load.ts turns zod's issues into messages that name the key path.
 */
import { z } from 'zod';
import { CORRECTIONS } from '../stats/p-adjust.js';

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
const value = z.union([z.string(), z.number(), z.boolean()]).transform((raw) => String(raw).trim());
const columnName = z.string().trim().min(1);

const LEAF_OPERATORS = ['equals', 'in', 'notIn', 'empty'] as const;
const GROUP_OPERATORS = ['all', 'any', 'not'] as const;

export const conditionSchema: z.ZodType<RawCondition> = z.lazy(() =>
  z
    .object({
      column: columnName.optional(),
      equals: value.optional(),
      in: z.array(value).min(1).optional(),
      notIn: z.array(value).min(1).optional(),
      empty: z.boolean().optional(),
      all: z.array(conditionSchema).min(1).optional(),
      any: z.array(conditionSchema).min(1).optional(),
      not: conditionSchema.optional(),
    })
    .strict()
    .superRefine((condition, context) => {
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
);

const sexValue = z.enum(['female', 'male', 'other']);

export const sexSchema = z
  .object({
    column: columnName.optional(),
    values: z.record(z.string(), sexValue).optional(),
    personnummer: columnName.optional(),
  })
  .strict()
  .superRefine((sex, context) => {
    if ((sex.column === undefined) === (sex.personnummer === undefined)) {
      context.addIssue({ code: 'custom', message: 'sex-one-source' });
    }
    if (sex.values !== undefined && sex.column === undefined) {
      context.addIssue({ code: 'custom', message: 'sex-values-need-column', path: ['values'] });
    }
  });

/** The criteria that may explain a difference: each a list of variables whose combinations form strata. */
export const explainSchema = z
  .object({
    need: z.array(columnName).min(1).optional(),
    otherSupport: z.array(columnName).min(1).optional(),
    consent: z.array(columnName).min(1).optional(),
    participation: z.array(columnName).min(1).optional(),
  })
  .strict();

export const stepSchema = z
  .object({
    name: z.string().trim().min(1),
    among: conditionSchema.optional(),
    outcome: conditionSchema,
    explain: explainSchema.optional(),
  })
  .strict();

export const PERIOD_UNITS = ['month', 'quarter', 'year'] as const;

/** Variables derived from columns (or from earlier derived variables). Exactly one kind each. */
export const derivedSchema = z
  .object({
    age: z
      .object({ personnummer: columnName.optional(), at: columnName.optional(), column: columnName.optional() })
      .strict()
      .superRefine((age, context) => {
        const fromPersonnummer = age.personnummer !== undefined && age.at !== undefined && age.column === undefined;
        const fromColumn = age.column !== undefined && age.personnummer === undefined && age.at === undefined;
        if (!fromPersonnummer && !fromColumn) context.addIssue({ code: 'custom', message: 'age-source' });
      })
      .optional(),
    bins: z
      .object({
        column: columnName,
        edges: z.array(z.number()).min(2),
        labels: z.array(z.string().trim().min(1)).optional(),
      })
      .strict()
      .superRefine((bins, context) => {
        if (bins.edges.some((edge, index) => index > 0 && edge <= bins.edges[index - 1]!)) {
          context.addIssue({ code: 'custom', message: 'bins-increasing', path: ['edges'] });
        }
        if (bins.labels && bins.labels.length !== bins.edges.length - 1) {
          context.addIssue({ code: 'custom', message: 'bins-labels', path: ['labels'] });
        }
      })
      .optional(),
    map: z
      .object({
        column: columnName,
        values: z.record(z.string(), value),
        other: value.optional(),
      })
      .strict()
      .optional(),
    period: z.object({ column: columnName, per: z.enum(PERIOD_UNITS) }).strict().optional(),
  })
  .strict()
  .superRefine((derived, context) => {
    const kinds = (['age', 'bins', 'map', 'period'] as const).filter((kind) => derived[kind] !== undefined);
    if (kinds.length !== 1) context.addIssue({ code: 'custom', message: 'derived-kind-count', params: { found: kinds.join(', ') } });
  });

export const unitSchema = z
  .object({
    id: columnName,
    rule: z.enum(['any', 'first', 'last']).optional(),
    date: columnName.optional(),
  })
  .strict()
  .superRefine((unit, context) => {
    if ((unit.rule === 'first' || unit.rule === 'last') && unit.date === undefined) {
      context.addIssue({ code: 'custom', message: 'unit-rule-needs-date', path: ['date'] });
    }
  });

export const populationSchema = z
  .object({
    file: z.string().trim().min(1),
    sex: columnName,
    count: columnName,
    by: z.array(columnName).optional(),
    step: z.string().trim().min(1).optional(),
  })
  .strict();

export const thresholdsSchema = z
  .object({
    alpha: z.number().gt(0).lt(1).optional(),
    minDiffPp: z.number().min(0).max(100).optional(),
    minN: z.number().int().min(0).optional(),
    correction: z.enum(CORRECTIONS as unknown as [string, ...string[]]).optional(),
  })
  .strict();

/** What `jamstat validate` expects of an extract; every key optional (defaults in defaults.ts). */
export const validationSchema = z
  .object({
    values: z.record(columnName, z.array(value).min(1)).optional(),
    maxExcludedShare: z.number().min(0).max(1).optional(),
    rareValueCount: z.number().int().min(0).optional(),
    maxRowChange: z.number().min(0).optional(),
    maxShareChangePp: z.number().min(0).max(100).optional(),
  })
  .strict();

export const configSchema = z
  .object({
    sex: sexSchema,
    count: columnName.optional(),
    by: z.array(columnName).optional(),
    steps: z.array(stepSchema).min(1),
    thresholds: thresholdsSchema.optional(),
    lang: z.enum(['sv', 'en']).optional(),
    derive: z.record(z.string().trim().min(1), derivedSchema).optional(),
    explain: explainSchema.optional(),
    unit: unitSchema.optional(),
    period: z.object({ column: columnName, per: z.enum(PERIOD_UNITS) }).strict().optional(),
    population: populationSchema.optional(),
    suppress: z.object({ below: z.number().int().min(2) }).strict().optional(),
    id: columnName.optional(),
    validate: validationSchema.optional(),
  })
  .strict()
  .superRefine((config, context) => {
    const seen = new Set<string>();
    config.steps.forEach((step, index) => {
      if (seen.has(step.name)) {
        context.addIssue({ code: 'custom', message: 'step-name-duplicate', path: ['steps', index, 'name'] });
      }
      seen.add(step.name);
    });
  });

export type RawConfig = z.infer<typeof configSchema>;
