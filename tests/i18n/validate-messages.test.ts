import { describe, expect, it } from 'vitest';
import { CATALOGUE, LANGUAGES, say } from '../../src/i18n/catalogue.js';
import { PROBLEM_CODES, type ProblemArgs } from '../../src/validate/problem.js';

/** Arguments of the kind the core gives each code (checked against each code's argument type). */
const SAMPLE_ARGS: { [Code in keyof ProblemArgs]: ProblemArgs[Code] } = {
  'missing-column': { keyPaths: 'sex.column', suggestion: 'Kön', columns: 'Kön, Beslut' },
  'header-mismatch': { firstFile: 'jan.csv', missing: 'Tolk', extra: '' },
  'no-rows': {},
  'no-sex-recognised': { seen: '1, 2' },
  'analysis-stopped': { code: 'unmapped-value', args: { variable: 'Grupp', value: 'X', column: 'Kod' } },
  'unexpected-value': { value: 'Beviljd', allowed: 'Beviljad, Avslag', suggestion: 'Beviljad' },
  'invalid-count': { value: '-1' },
  'count-is-personnummer': { value: 'XXXXXXXXXX' },
  'count-over-limit': { value: '12 000 000', limit: 10_000_000 },
  'count-not-whole': { value: '1112,37', looksLike: 'rate' },
  'hidden-in-source': { marker: '..' },
  'count-marker': { marker: '-', meaning: 'zero' },
  'funnel-not-nested': { yesValue: '12', ofColumn: 'Aktualiseringar', ofValue: '9' },
  'duplicate-id': { value: 'Ä-2024-000001' },
  'invalid-date': { value: '2024-02-30', keyPath: 'period.column' },
  'invalid-measure': { value: 'tolv', keyPath: 'steps[3].measure.column' },
  'unlisted-category': { value: 'Extrem', keyPath: 'steps[1].categories.ordered', listed: 'Låg, Medel, Hög', suggestion: undefined },
  'excluded-share': { step: 'Insats', share: 0.016, limit: 0.01, reasons: 'missing-sex=24;missing-outcome=96;invalid-date=1' },
  'ragged-rows': { expected: 16 },
  'missing-value': { role: 'sex' },
  'unrecognised-sex': { value: 'Annat', suggestion: undefined },
  'invalid-personnummer': { problem: 'checksum' },
  'rare-value': { value: 'Bevilajd', suggestion: 'Beviljad' },
  'value-not-found': { keyPath: 'steps[1].among.equals', value: 'ja', suggestion: 'Ja' },
  'suspect-date': { value: 'igår' },
  'step-selects-nothing': { step: 'Insats', keyPath: 'steps[1].among' },
  'row-count-change': { previous: 1000, current: 1500, change: 0.5, limit: 0.3 },
  'share-change': { step: 'Insats', sex: 'female', sexTerms: 'children', previous: 0.3, current: 0.45, changePp: 15, limit: 10 },
  'value-misspelt': { keyPath: 'steps[0].outcome.equals', value: 'Utredning inled', suggestion: 'Utredning inleds' },
};

describe('the validate catalogue', () => {
  it('has a text for every problem code in both languages', () => {
    for (const language of LANGUAGES) expect(Object.keys(CATALOGUE[language].problem).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('renders every code in both languages without a hole, and says what to do', () => {
    for (const language of LANGUAGES) {
      for (const code of PROBLEM_CODES) {
        const text = say(language, 'problem', code, { ...SAMPLE_ARGS[code], count: 3 });
        expect(text, `${language} ${code}`).not.toMatch(/undefined|NaN|null|\[object/);
        expect(text.split('. ').length, `${language} ${code}: what was found, then what to do`).toBeGreaterThan(1);
      }
    }
  });

  it('says each problem in Swedish and in English', () => {
    for (const code of PROBLEM_CODES) {
      const args = { ...SAMPLE_ARGS[code], count: 3 };
      expect(say('sv', 'problem', code, args), code).not.toBe(say('en', 'problem', code, args));
    }
  });

  it('renders the summing problems (the rest of a list of values)', () => {
    for (const language of LANGUAGES) {
      for (const code of ['unexpected-value', 'unrecognised-sex', 'rare-value'] as const) {
        expect(say(language, 'problem', code, { more: 4, count: 9 })).toMatch(/4/);
      }
    }
  });

  it('names the exclusion reasons in the language, and a reason it does not know by its code', () => {
    const args = { step: 'Insats', share: 0.5, limit: 0.1, reasons: 'missing-sex=2;new-reason=1', count: 3 };
    expect(say('sv', 'problem', 'excluded-share', args)).toContain('kön saknas 2, new-reason 1');
    expect(say('en', 'problem', 'excluded-share', args)).toContain('sex missing 2, new-reason 1');
  });
});
