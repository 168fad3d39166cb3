/**
 * The catalogue is complete and consistent at run time: both languages have every key
 * of every topic, read the same values, and leave no value unfilled; Swedish texts are
 * Swedish. (That every key has its arguments, and that no key is missing, is checked by
 * the compiler: see catalogue-types.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, LANGUAGES, type Topic } from '../../src/i18n/catalogue.js';
import { STEP_EXCLUSIONS, INPUT_EXCLUSIONS } from '../../src/tally/tally.js';
import { NO_TEST_REASONS, STAT_WARNINGS } from '../../src/stats/types.js';

const TOPICS: readonly Topic[] = ['error', 'problem', 'label', 'warning'];
/** Topics whose values are all shown as given; problems compute with numbers and look up words (tested with real arguments in validate-messages.test.ts). */
const SHOWN_AS_GIVEN: readonly Topic[] = ['error', 'label'];

/**
 * Texts whose arguments hold further messages rather than values, or compute with
 * numbers (the data-quality gate's shares); checked with real arguments in their own tests.
 */
const NESTED = new Set(['error config-invalid', 'problem analysis-stopped', 'error excluded-rows', 'warning excluded-rows']);

/** Labels that read the same in both languages: symbols, names of tests, and loan words. */
const SAME_IN_BOTH = new Set(['n', 'test', 'p', 'q', 'chi2', 'fisher', 'noTest', 'role.personnummer', 'role.id', 'pub.setting.suppressRange', 'verdict.none', 'period', 'dist.nEquals', 'wilcoxon', 'van-elteren', 'welch', 'dist.welchP', 'csv.sexFigure', 'dist.median', 'csv.trendP', 'csv.trendQ', 'csv.welch']);

/** Values that must be one of a few words (they choose a word of their own). */
const CHOSEN: Readonly<Record<string, string>> = { sex: 'female', sexTerms: 'children', role: 'sex', problem: 'format', reasons: '', looksLike: 'rate', meaning: 'zero' };

/** Runs a text with arguments that answer every name (a marker for strings, 2 for `count`, `more` absent) and records the names it reads. */
function render(text: (args: never) => string): { words: string; read: string[] } {
  const read = new Set<string>();
  const args = new Proxy(
    {},
    {
      get: (_target, name) => {
        if (typeof name !== 'string') return undefined;
        read.add(name);
        if (name === 'more') return undefined;
        if (Object.hasOwn(CHOSEN, name)) return CHOSEN[name];
        return name === 'count' ? 2 : `<${name}>`;
      },
      has: (_target, name) => name !== 'more',
    },
  );
  return { words: text(args as never), read: [...read].sort() };
}

/** Every text of a topic in a language, by key. */
function textsOf(topic: Topic, language: (typeof LANGUAGES)[number]): Array<[string, (args: never) => string]> {
  return Object.entries(CATALOGUE[language][topic]);
}

describe('the text catalogue', () => {
  it('has every key of every topic in both languages', () => {
    for (const topic of TOPICS) {
      const keys = Object.keys(CATALOGUE.sv[topic]).sort();
      for (const language of LANGUAGES) expect(Object.keys(CATALOGUE[language][topic]).sort(), `${topic} ${language}`).toEqual(keys);
    }
  });

  it('reads the same values in both languages, and fills every one', () => {
    for (const topic of TOPICS) {
      for (const [key, text] of textsOf(topic, 'sv')) {
        if (NESTED.has(`${topic} ${key}`)) continue;
        const sv = render(text);
        const en = render(textsOf(topic, 'en').find(([other]) => other === key)![1]);
        expect(en.read, `${topic} ${key}`).toEqual(sv.read);
        if (!SHOWN_AS_GIVEN.includes(topic)) continue;
        for (const { words } of [sv, en]) {
          expect(words, `${topic} ${key}`).not.toMatch(/undefined|NaN|null|\[object|\{\w+\}/);
          for (const name of sv.read) if (!Object.hasOwn(CHOSEN, name) && name !== 'count' && name !== 'suggestion') expect(words, `${topic} ${key} shows ${name}`).toContain(`<${name}>`);
        }
      }
    }
  });

  it('has Swedish words in the Swedish texts', () => {
    for (const topic of SHOWN_AS_GIVEN) {
      for (const [key, text] of textsOf(topic, 'sv')) {
        if (NESTED.has(`${topic} ${key}`) || SAME_IN_BOTH.has(key)) continue;
        const english = textsOf(topic, 'en').find(([other]) => other === key)![1];
        expect(render(text).words, `${topic} ${key}`).not.toBe(render(english).words);
      }
    }
  });

  it('has a label for every exclusion reason', () => {
    const keys = Object.keys(CATALOGUE.sv.label);
    for (const reason of [...INPUT_EXCLUSIONS, ...STEP_EXCLUSIONS]) expect(keys).toContain(`exclusion.${reason}`);
  });

  it('has a label for every no-test reason and statistical warning', () => {
    const keys = Object.keys(CATALOGUE.sv.label);
    for (const reason of NO_TEST_REASONS) expect(keys).toContain(`reason.${reason}`);
    for (const warning of STAT_WARNINGS) expect(keys).toContain(`warning.${warning}`);
  });
});
