/**
 * The method in plain language and the settings as label–value pairs, for the reports
 * that explain themselves (HTML, the xlsx sheet "Om analysen"/"About").
 */
import type { Language } from '../messages/languages.js';
import { say } from '../i18n/catalogue.js';
import type { PublishedReport } from '../model/report.js';
import { formatNumber } from './numbers.js';

/** The method, one paragraph per idea: the difference, the test, the flag, the criteria, the verdict rules, the shortfall. */
export function methodParagraphs(report: PublishedReport, language: Language): string[] {
  const settings = report.settings;
  const female = say(language, 'label', `sex.female.${report.sexTerms}`).toLowerCase();
  const male = say(language, 'label', `sex.male.${report.sexTerms}`).toLowerCase();
  return [
    say(language, 'label', 'pub.method.difference', { female, male }),
    say(language, 'label', 'pub.method.test', { correction: settings.correction }),
    say(language, 'label', 'pub.method.flag', {
      alpha: formatNumber(settings.alpha, language, 2),
      minDiffPp: formatNumber(settings.minDiffPp, language),
      minN: formatNumber(settings.minN, language),
    }),
    say(language, 'label', 'pub.method.criteria'),
    say(language, 'label', 'pub.method.verdicts', { alpha: formatNumber(settings.alpha, language, 2), minDiffPp: formatNumber(settings.minDiffPp, language) }),
    say(language, 'label', 'pub.method.shortfall'),
    say(language, 'label', 'pub.method.detectable', { minDiffPp: formatNumber(settings.minDiffPp, language) }),
  ];
}

/** The settings of the run as pairs of label and value. */
export function settingRows(report: PublishedReport, language: Language): Array<readonly [string, string]> {
  const settings = report.settings;
  return [
    [say(language, 'label', 'pub.setting.alpha'), formatNumber(settings.alpha, language, 2)],
    [say(language, 'label', 'pub.setting.minDiffPp'), formatNumber(settings.minDiffPp, language)],
    [say(language, 'label', 'pub.setting.minN'), formatNumber(settings.minN, language)],
    [say(language, 'label', 'pub.setting.correction'), settings.correction],
    [say(language, 'label', 'pub.setting.familySize'), formatNumber(settings.familySize, language)],
    [say(language, 'label', 'pub.setting.yates'), settings.yates ? say(language, 'label', 'pub.yes') : say(language, 'label', 'pub.noWord')],
    [say(language, 'label', 'pub.setting.unit'), say(language, 'label', `pub.unit.${settings.unit}`)],
    [say(language, 'label', 'pub.setting.by'), settings.by.join(', ') || '–'],
    [
      say(language, 'label', 'pub.setting.suppressBelow'),
      settings.suppressBelow === null ? say(language, 'label', 'pub.setting.suppressOff') : say(language, 'label', 'pub.setting.suppressRange', { max: settings.suppressBelow - 1 }),
    ],
  ];
}
