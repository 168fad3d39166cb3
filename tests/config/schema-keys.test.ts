/** The allowed keys come from the schema itself, so the "did you mean" list cannot drift from it. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { configSchema, thresholdsSchema } from '../../src/config/schema.js';
import { allowedKeysAt } from '../../src/config/schema-keys.js';
import { parseConfigText } from '../../src/config/load.js';
import { CRITERIA } from '../../src/config/criteria.js';

const CONDITION = ['column', 'equals', 'in', 'notIn', 'empty', 'all', 'any', 'not'];

describe('allowedKeysAt', () => {
  // The keys the hand-written table listed before it was derived from the schema.
  const EXPECTED: ReadonlyArray<readonly [path: readonly (string | number)[], keys: readonly string[]]> = [
    [[], ['sex', 'count', 'by', 'steps', 'thresholds', 'lang', 'derive', 'explain', 'unit', 'period', 'population', 'suppress', 'id', 'validate', 'quality', 'limits', 'fill', 'markers', 'totals', 'report']],
    [['sex'], ['column', 'values', 'personnummer', 'columns']],
    [['steps', 0], ['name', 'among', 'outcome', 'of', 'yes', 'categories', 'measure', 'explain']],
    [['steps', 0, 'categories'], ['column', 'values', 'ordered', 'other']],
    [['steps', 0, 'measure'], ['column', 'unit', 'minShift']],
    [['steps', 3, 'explain'], CRITERIA],
    [['explain'], CRITERIA],
    [['steps', 0, 'outcome'], CONDITION],
    [['steps', 1, 'among', 'all', 2, 'not'], CONDITION],
    [['thresholds'], ['alpha', 'minDiffPp', 'minN', 'correction', 'minShift']],
    [['derive', 'Åldersgrupp'], ['age', 'bins', 'map', 'period']],
    [['derive', 'x', 'age'], ['personnummer', 'at', 'column']],
    [['derive', 'x', 'bins'], ['column', 'edges', 'labels']],
    [['derive', 'x', 'map'], ['column', 'values', 'other']],
    [['derive', 'x', 'period'], ['column', 'per']],
    [['unit'], ['id', 'rule', 'date']],
    [['period'], ['column', 'per']],
    [['population'], ['file', 'sex', 'count', 'by', 'step']],
    [['suppress'], ['below']],
    [['validate'], ['values', 'maxExcludedShare', 'rareValueCount', 'maxRowChange', 'maxShareChangePp']],
    [['quality'], ['maxExcludedShare', 'allowExcluded']],
    [['limits'], ['maxCount', 'maxGroups']],
    [['markers'], ['hidden', 'zero', 'notApplicable']],
    [['totals'], ['labels']],
    [['report'], ['title', 'organisation', 'period', 'author']],
  ];
  for (const [path, keys] of EXPECTED) {
    it(`reads the keys at ${path.join('.') || '(root)'}`, () => {
      expect(allowedKeysAt(configSchema, path)).toEqual(keys);
    });
  }

  it('has no keys where the schema expects no object', () => {
    expect(allowedKeysAt(configSchema, ['by'])).toEqual([]);
    expect(allowedKeysAt(configSchema, ['nonsense', 'deeper'])).toEqual([]);
  });

  it('allows a key as soon as the schema has it, at the root and inside an object', () => {
    const extended = z.strictObject({
      ...configSchema.shape,
      thresholds: z.optional(z.strictObject({ ...thresholdsSchema.shape, power: z.optional(z.number()) })),
      notes: z.optional(z.string()),
    });
    expect(allowedKeysAt(extended, [])).toContain('notes');
    expect(allowedKeysAt(extended, ['thresholds'])).toContain('power');
    expect(allowedKeysAt(configSchema, ['thresholds'])).not.toContain('power');
  });

  it('suggests the nearest key of a nested condition from the schema', () => {
    const text = 'sex: { column: Kön }\nsteps:\n  - name: A\n    outcome: { any: [ { column: X, equls: Ja } ] }\n';
    expect(() => parseConfigText(text, 'x.yml')).toThrow(expect.objectContaining({ code: 'config-unknown-key', args: expect.objectContaining({ key: 'steps[0].outcome.any[0].equls', suggestion: 'equals' }) }));
  });
});
