/** The flag table of `analyze`: commander's names, and the configuration the flags make. */
import { Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { ANALYZE_FLAG_ENTRIES } from '../../src/cli/analyze-flags.js';
import { applyQuickFlags } from '../../src/cli/quick-config.js';

describe('the analyze flag table', () => {
  it('keys each flag by the name commander gives its value', () => {
    for (const [name, spec] of ANALYZE_FLAG_ENTRIES) expect(new Option(spec.syntax).attributeName(), spec.syntax).toBe(name);
  });

  it('names a key path for every flag that amends the configuration without its own apply', () => {
    for (const [, spec] of ANALYZE_FLAG_ENTRIES) if (spec.parse || spec.applies) expect(spec.keyPath ?? spec.apply, spec.syntax).toBeDefined();
  });
});

describe('applyQuickFlags', () => {
  const base = { sex: { column: 'Kön', values: { F: 'female' } }, steps: [{ name: 'A', outcome: { column: 'X', equals: 'Ja' } }], thresholds: { alpha: 0.01 }, unit: { id: 'Pnr', rule: 'first', date: 'D' } };

  it('replaces the keys the flags name and leaves the file object unchanged', () => {
    const before = JSON.stringify(base);
    const { raw } = applyQuickFlags(base, { sex: 'Kon', outcome: 'Y=Ja|Kanske', among: 'Z=1', minN: '10', correction: 'holm', id: 'Id' });
    expect(JSON.stringify(base)).toBe(before);
    expect(raw).toEqual({
      sex: { column: 'Kon' },
      steps: [{ among: { column: 'Z', equals: '1' }, outcome: { column: 'Y', in: ['Ja', 'Kanske'] }, name: 'Y=Ja|Kanske' }],
      thresholds: { alpha: 0.01, minN: 10, correction: 'holm' },
      unit: { id: 'Id', rule: 'first', date: 'D' },
    });
  });

  it('records which flag set which key, and --step-name takes the name from --outcome', () => {
    const { origins } = applyQuickFlags(base, { personnummer: 'Pnr', outcome: 'Y=Ja', stepName: 'Steg', alpha: '0,1' });
    expect(origins.flagFor('sex.personnummer')).toBe('--personnummer');
    expect(origins.flagFor('steps[0].outcome.column')).toBe('--outcome');
    expect(origins.flagFor('steps[0].name')).toBe('--step-name');
    expect(origins.flagFor('thresholds.alpha')).toBe('--alpha');
    expect(origins.flagFor('thresholds.minN')).toBeUndefined();
    expect(origins.flagFor('unit.id')).toBeUndefined();
    expect(origins.flagFor('steps[0].explain.need')).toBeUndefined();
  });

  it('ignores --among and --step-name without --outcome, as before', () => {
    const { raw, origins } = applyQuickFlags(base, { among: 'Z=1', stepName: 'Steg' });
    expect(raw.steps).toEqual(base.steps);
    expect(origins.flagFor('steps[0].among')).toBeUndefined();
  });

  it('--unit case drops the file unit; --unit person needs an id', () => {
    expect(applyQuickFlags(base, { unit: 'case' }).raw.unit).toBeUndefined();
    expect(() => applyQuickFlags({}, { unit: 'person' })).toThrow(expect.objectContaining({ code: 'usage-unit-needs-id' }));
    expect(applyQuickFlags(base, { unit: 'person' }).raw.unit).toEqual(base.unit);
  });
});
