import { describe, expect, it } from 'vitest';
import { messageCodes } from '../../src/i18n/messages.js';
import { labelKeys } from '../../src/i18n/labels.js';
import { STEP_EXCLUSIONS, INPUT_EXCLUSIONS } from '../../src/tally/tally.js';
import { NO_TEST_REASONS, STAT_WARNINGS } from '../../src/stats/types.js';

describe('the text catalogue', () => {
  it('has every message in both languages', () => {
    expect(messageCodes('en')).toEqual(messageCodes('sv'));
  });
  it('has every label in both languages', () => {
    expect(labelKeys('en')).toEqual(labelKeys('sv'));
  });
  it('has a label for every exclusion reason', () => {
    for (const reason of [...INPUT_EXCLUSIONS, ...STEP_EXCLUSIONS]) expect(labelKeys('sv')).toContain(`exclusion.${reason}`);
  });
  it('has a label for every no-test reason and statistical warning', () => {
    for (const reason of NO_TEST_REASONS) expect(labelKeys('sv')).toContain(`reason.${reason}`);
    for (const warning of STAT_WARNINGS) expect(labelKeys('sv')).toContain(`warning.${warning}`);
  });
});
