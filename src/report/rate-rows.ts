/**
 * The columns and cells of the rates table (cases per 1,000 of the population, by sex)
 * as text, shared by the renderers that print tables for people. Hidden values read "..".
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedRateResult, PublishedReport } from '../model/report.js';
import { formatNumber, formatP } from './numbers.js';
import { HIDDEN, formatCount } from './published-values.js';

/** The column heads of the rates table. */
export function rateHeads(report: PublishedReport, language: Language): string[] {
  const female = say(language, 'label', `sex.female.${report.sexTerms}`);
  const male = say(language, 'label', `sex.male.${report.sexTerms}`);
  return [say(language, 'label', 'group'), female, say(language, 'label', 'perThousand'), male, say(language, 'label', 'perThousand'), say(language, 'label', 'rateRatio'), say(language, 'label', 'p'), say(language, 'label', 'q'), say(language, 'label', 'flag')];
}

function rateText(value: number | null, cases: number | null, language: Language): string {
  if (cases === null) return HIDDEN;
  return value === null ? '–' : formatNumber(value, language, 1);
}

/** The cells of one rate row, in the order of rateHeads. */
export function rateCells(rate: PublishedRateResult, language: Language): string[] {
  const ratio = rate.rateRatio
    ? `${formatNumber(rate.rateRatio.estimate, language, 2)} (${formatNumber(rate.rateRatio.ci95[0], language, 2)}–${formatNumber(rate.rateRatio.ci95[1], language, 2)})`
    : '–';
  const shown = (text: string): string => (rate.suppressed ? HIDDEN : text);
  return [
    rate.by === null ? say(language, 'label', 'overall') : `  ${rate.group || say(language, 'label', 'blankGroup')}`,
    formatCount(rate.female.cases, language),
    rateText(rate.female.per1000, rate.female.cases, language),
    formatCount(rate.male.cases, language),
    rateText(rate.male.per1000, rate.male.cases, language),
    shown(ratio),
    shown(formatP(rate.p, language)),
    shown(formatP(rate.q, language)),
    rate.flag ? say(language, 'label', 'flagged') : '',
  ];
}

/** The title of the rates table: "Antal per 1 000 invånare: Utredning inleds". */
export function ratesTitle(report: PublishedReport, language: Language): string {
  return `${say(language, 'label', 'rates')}: ${report.rates[0]?.step ?? ''}`;
}
