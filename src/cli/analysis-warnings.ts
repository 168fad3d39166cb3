/**
 * Warnings after an analysis that ran but whose result a careful user must not miss:
 * a step whose `among` selects no rows (almost always a misspelt value), or steps left
 * with no rows because every row was excluded before them. The analysis still
 * succeeds (a month can truly have no such cases); the warning goes to standard error.
 * The report's own notices (`report.warnings`: values that never occur, a constant
 * outcome, steps run with --allow-excluded) are repeated here, as every output shows them,
 * with the values they name from the data shown escaped (visible-text.ts).
 */
import type { Config } from '../config/types.js';
import { ConfigError, InputError } from '../errors.js';
import type { Language } from '../messages/languages.js';
import type { Report } from '../model/report.js';
import { describeError, messageLine } from './report-error.js';
import { say } from '../i18n/catalogue.js';
import { visibleArgs } from '../report/visible-text.js';
import { blameFlags, type FlagOrigins } from './flag-origins.js';

/**
 * The warning lines for a finished analysis, in `language`; none when every step has rows.
 * A warning about a key a flag set (`origins`) names the flag.
 */
export function analysisWarnings(report: Report, config: Config, language: Language, origins?: FlagOrigins): string[] {
  const warnings: string[] = [];
  report.steps.forEach((step, position) => {
    const stepConfig = config.steps[position];
    if (step.rows > 0 || !stepConfig?.among) return;
    const error = new ConfigError('step-selects-nothing', { step: step.name }, `${stepConfig.keyPath}.among`, { file: config.source });
    warnings.push(describeError(origins ? blameFlags(error, origins) : error, language, 'warning'));
  });
  for (const warning of report.warnings) {
    const flag = warning.code === 'value-never-occurs' ? origins?.flagFor(warning.args.keyPath) : undefined;
    const where = flag ? [say(language, 'label', 'place.commandLine'), flag] : [];
    warnings.push(messageLine(where, say(language, 'warning', warning.code, visibleArgs(warning.args)), language, 'warning'));
  }
  if (report.input.rows > 0 && report.steps.every((step) => step.rows + step.notSelected === 0)) {
    warnings.push(describeError(new InputError('all-rows-excluded', { rows: report.input.rows }), language, 'warning'));
  }
  return warnings;
}
