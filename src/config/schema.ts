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

export const stepSchema = z
  .object({
    name: z.string().trim().min(1),
    among: conditionSchema.optional(),
    outcome: conditionSchema,
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

export const configSchema = z
  .object({
    sex: sexSchema,
    count: columnName.optional(),
    by: z.array(columnName).optional(),
    steps: z.array(stepSchema).min(1),
    thresholds: thresholdsSchema.optional(),
    lang: z.enum(['sv', 'en']).optional(),
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
