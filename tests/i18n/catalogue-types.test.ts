/**
 * Compile-time checks of the catalogue: `npm run typecheck` fails if any line marked
 * @ts-expect-error compiles, i.e. if a wrong key, a missing or wrong argument, or a
 * missing translation were no longer a type error. The test body only makes vitest
 * count the file.
 */
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors.js';
import { say } from '../../src/i18n/catalogue.js';
import { ERROR_TEXTS } from '../../src/i18n/error-texts.js';
import { LABEL_TEXTS, type LabelArgs } from '../../src/i18n/label-texts.js';
import type { Texts } from '../../src/i18n/texts.js';
import type { ErrorArgs } from '../../src/messages/error-codes.js';
import type { Language } from '../../src/messages/languages.js';
import { problem } from '../../src/validate/problem.js';

/** Lines that must not compile; wrapped in a function that never runs. */
function mustNotCompile(): void {
  // @ts-expect-error a key that does not exist
  say('sv', 'label', 'no-such-label');
  // @ts-expect-error a text that shows values, called without them
  say('sv', 'label', 'settingsLine');
  // @ts-expect-error a missing argument
  say('en', 'label', 'init.run', { file: 'x.csv' });
  // @ts-expect-error a misspelt argument
  say('en', 'error', 'file-unreadable', { file: 'x.csv', detial: 'EACCES' });
  // @ts-expect-error an argument of the wrong type
  say('en', 'error', 'all-rows-excluded', { rows: 'many' });
  // @ts-expect-error a key built from data that the catalogue does not have
  say('sv', 'label', `criterion.${'unknown' as string}`);
  // @ts-expect-error an error code without its arguments
  new InputError('file-unreadable');
  // @ts-expect-error an error code with another code's arguments
  new UsageError('usage-bad-choice', { flag: '--lang', value: 'de' });
  // @ts-expect-error an error code that does not exist
  new UsageError('usage-no-such-thing');
  // @ts-expect-error a problem with another problem's arguments
  problem('duplicate-id', { file: 'x.csv' }, { role: 'id' });
}

const { overall: _left, ...englishWithoutOverall } = LABEL_TEXTS.en;
// @ts-expect-error a label missing in English
export const MISSING_TRANSLATION = { sv: LABEL_TEXTS.sv, en: englishWithoutOverall } satisfies Record<Language, Texts<LabelArgs>>;
// @ts-expect-error a language missing
export const MISSING_LANGUAGE = { sv: ERROR_TEXTS.sv } satisfies Record<Language, Texts<ErrorArgs>>;
// @ts-expect-error a text that reads an argument its code does not have
export const WRONG_PLACEHOLDER = { 'file-empty': (a: { file: string }) => a.file } satisfies Partial<Texts<ErrorArgs>>;

describe('the catalogue types', () => {
  it('compile the calls that must compile', () => {
    expect(say('en', 'label', 'overall')).toBe('Overall');
    expect(say('sv', 'label', `sex.${'female' as 'female' | 'male'}.children`)).toBe('Flickor');
    expect(say('en', 'error', 'file-unreadable', { file: 'x.csv', detail: 'EACCES' })).toContain('EACCES');
    expect(new UsageError('usage-no-analysis').args).toEqual({});
    expect(typeof mustNotCompile).toBe('function');
  });
});
